import { runLazily } from '../../lib/runner.js';
import { getInputs } from './inputs.js';

await runLazily('republish', getInputs, () => import('./main.js'));

import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('republish', getInputs, () => import('./main.js'));

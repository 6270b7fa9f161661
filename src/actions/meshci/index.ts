import { runLazily } from '../../lib/runner.js';
import { getInputs } from './inputs.js';

await runLazily('meshci', getInputs, () => import('./main.js'));

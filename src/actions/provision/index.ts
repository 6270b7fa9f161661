import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('provision', getInputs, () => import('./main.js'));

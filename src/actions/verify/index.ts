import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('verify', getInputs, () => import('./main.js'));

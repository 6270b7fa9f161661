import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('meshci', getInputs, () => import('./main.js'));

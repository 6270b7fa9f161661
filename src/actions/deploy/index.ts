import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('deploy', getInputs, () => import('./main.js'));

import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('teardown', getInputs, () => import('./main.js'));

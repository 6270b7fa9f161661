import { runLazily } from '../../runtime/runner.js';
import { getInputs } from './inputs.js';

await runLazily('certs', getInputs, () => import('./main.js'));

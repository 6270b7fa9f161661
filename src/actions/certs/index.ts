import { runLazily } from '../../lib/runner.js';
import { getInputs } from './inputs.js';

await runLazily('certs', getInputs, () => import('./main.js'));

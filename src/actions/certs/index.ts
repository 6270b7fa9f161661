import { run } from '../../lib/runner.js';
import { main, post } from './main.js';

await run('certs', main, post);

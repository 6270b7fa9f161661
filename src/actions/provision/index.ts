import { run } from '../../lib/runner.js';
import { main } from './main.js';

await run('provision', main);

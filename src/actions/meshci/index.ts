import { run } from '../../lib/runner.js';
import { main, post } from './main.js';

await run('meshci', main, post);

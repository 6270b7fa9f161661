import { setMasker } from '../../src/lib/logger.js';

/**
 * Library code run inside a test worker (the cluster layer, the rotation) registers the secrets it
 * reads as a runner step would, with an `add-mask` command on stdout — here that would print the
 * tests' own keys and tokens into the test log. Inside the workers they are kept instead; action
 * steps, which run as child processes through the runner emulation, still write the command, and
 * the tests that check masking read it there.
 */
export const registered: string[] = [];
setMasker((v) => registered.push(v));

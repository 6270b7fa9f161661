import { run } from '../../lib/runner.js';
import { getInputs } from './inputs.js';

// Inputs are read (and every bad one reported) before the action's code is loaded: a configuration
// error costs the start-up of @actions/core and the input readers, not the Kubernetes client's or
// the Azure SDKs' megabytes (bench/startup.ts measures it).
await run(
  'provision',
  async () => {
    const inputs = getInputs();
    await (await import('./main.js')).main(inputs);
  },
);

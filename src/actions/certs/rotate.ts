import type { IdentityMaterial } from '../../certs/rules.js';
import type { Inputs } from './inputs.js';

export async function rotate(_inputs: Inputs): Promise<void> {
  throw new Error('rotation is not available yet');
}

export async function readClusterIdentity(_inputs: Inputs): Promise<IdentityMaterial> {
  throw new Error('reading from the cluster is not available yet');
}

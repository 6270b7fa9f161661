/** The phases of a trust-anchor rotation (src/linkerd/rotation.ts), apart so that reading inputs does not load the procedure. */
export const ROTATION_PHASES = ['auto', 'bundle', 'issuer', 'finalize'] as const;
export type RotationPhase = (typeof ROTATION_PHASES)[number];

export interface Pem {
  text: string;
  source: string;
}

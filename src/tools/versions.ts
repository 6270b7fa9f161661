/**
 * The tool versions meshci pins (the defaults of the *-version inputs), apart from the installer so
 * that reading inputs does not load @actions/tool-cache.
 */
export const HELM_VERSION = 'v3.17.3';
export const KIND_VERSION = 'v0.27.0';
export const KUBECTL_VERSION = 'v1.32.3';

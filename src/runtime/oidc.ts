import * as core from '@actions/core';

/** The job's GitHub OIDC token for an audience, handed to the Azure credential code (src/azure), which loads no @actions/*. */
export const githubIdToken = (audience: string): Promise<string> => core.getIDToken(audience);

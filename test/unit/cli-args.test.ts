import { describe, it, expect } from 'vitest';
import { parseArgs, toFlagWords, type Flags } from '../../src/local/args.js';
import { closestMatch, didYouMean, editDistance, nearest } from '../../src/lib/suggest.js';

const certs: Flags = { mode: {}, 'output-dir': {}, overwrite: { boolean: true }, 'output-private-keys': { boolean: true } };
const doctor: Flags = { provider: { values: ['kind', 'aks', 'existing'] }, kubeconfig: {} };
const flagsOf = (c: string | undefined): Flags | undefined => (c === 'certs' ? certs : c === 'doctor' ? doctor : c === undefined ? {} : undefined);

describe('one "did you mean" (src/lib/suggest.ts)', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('verfiy', 'verify')).toBe(1);
    expect(editDistance('doctr', 'doctor')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('a prefix first, then the nearest within a third of the word; nothing when nothing is close', () => {
    expect(closestMatch('mod', ['mode', 'output-dir'])).toBe('mode');
    expect(closestMatch('providr', ['kubeconfig', 'provider'])).toBe('provider');
    expect(closestMatch('generat', ['generate', 'check'])).toBe('generate');
    expect(closestMatch('zzzzzz', ['generate', 'check'])).toBeUndefined();
    // a word that only begins like a flag is not that flag when a nearer one exists
    expect(closestMatch('issuer-validty', ['issuer', 'issuer-validity'])).toBe('issuer-validity');
    expect(closestMatch('overwrites', ['overwrite', 'mode'])).toBe('overwrite');
    expect(closestMatch('nope', ['mode', 'issuer'])).toBeUndefined();
    expect(closestMatch('gke', ['kind', 'aks', 'existing'])).toBeUndefined();
    expect(didYouMean('cert', ['up', 'certs'])).toBe("; did you mean 'certs'?");
    expect(didYouMean('mod', ['mode'], (c) => `--${c}`)).toBe('; did you mean --mode?');
    expect(nearest('westeurop', ['eastus', 'westeurope', 'westus'], 1)).toEqual(['westeurope']);
  });
});

describe('meshci command line (src/local/args.ts)', () => {
  it('a boolean flag stands alone, takes true/false, or is negated; --verbose and -v are debug', () => {
    expect(parseArgs(['certs', '--overwrite'], flagsOf).inputs).toEqual({ overwrite: 'true' });
    expect(parseArgs(['certs', '--overwrite', 'false', '--mode', 'check'], flagsOf).inputs).toEqual({ overwrite: 'false', mode: 'check' });
    expect(parseArgs(['certs', '--no-overwrite'], flagsOf).inputs).toEqual({ overwrite: 'false' });
    expect(parseArgs(['certs', '--overwrite', '--mode', 'check'], flagsOf).inputs).toEqual({ overwrite: 'true', mode: 'check' });
    for (const v of ['--verbose', '-v', '--debug']) {
      const a = parseArgs(['certs', v], flagsOf);
      expect(a.problems).toEqual([]);
      expect(a.debug).toBe(true);
    }
    expect(parseArgs(['doctor', '--help'], flagsOf).help).toBe(true);
  });

  it('every problem at once, in flag words, with a suggestion from the shared function', () => {
    const a = parseArgs(['certs', '--mod', 'check', '--overwrite=maybe', '--output-dir'], flagsOf);
    expect(a.problems).toEqual([
      "unknown flag --mod for 'meshci certs'; did you mean --mode?",
      '--overwrite is a switch: give --overwrite or --no-overwrite (or --overwrite=true|false), not --overwrite=maybe',
      '--output-dir needs a value (--output-dir <value> or --output-dir=<value>)',
    ]);
    // the unknown flag's value is not taken for an argument
    expect(a.positional).toEqual([]);
  });

  it('a closed set of values is checked, with a suggestion', () => {
    expect(parseArgs(['doctor', '--provider', 'kidn'], flagsOf).problems).toEqual([
      "--provider has invalid value 'kidn': allowed values are kind, aks, existing; did you mean 'kind'?",
    ]);
    expect(parseArgs(['doctor', '--providr', 'aks'], flagsOf).problems).toEqual(["unknown flag --providr for 'meshci doctor'; did you mean --provider?"]);
    expect(parseArgs(['doctor', '--provider=aks'], flagsOf)).toMatchObject({ problems: [], inputs: { provider: 'aks' } });
  });

  it("a value that is not allowed gets the flag's hint (down --provider existing: use teardown)", () => {
    const flags: Record<string, Flags> = { down: { provider: { values: ['kind', 'aks'], hint: 'use teardown' } } };
    expect(parseArgs(['down', '--provider', 'existing'], (c) => (c ? flags[c] : {})).problems).toEqual([
      "--provider has invalid value 'existing': allowed values are kind, aks; use teardown",
    ]);
  });

  it("an unknown command's flags are not judged (the command is the problem)", () => {
    expect(parseArgs(['cert', '--anything', 'x'], flagsOf).problems).toEqual([]);
  });

  it("an action's message in flag words: inputs become flags, 'x: true' becomes --x", () => {
    const flags = new Set(['overwrite', 'output-dir', 'mode']);
    expect(toFlagWords("Input 'output-dir' folder '/x' already holds ca.crt; set 'overwrite: true' to replace them", flags)).toBe(
      "--output-dir folder '/x' already holds ca.crt; give --overwrite to replace them",
    );
    expect(toFlagWords("Input 'mode' has invalid value 'x'", flags)).toBe("--mode has invalid value 'x'");
    // a name that is not a flag of the command is left as it is
    expect(toFlagWords("Input 'record' is required", flags)).toBe("Input 'record' is required");
    // an input named on its own, and a value that happens to be quoted, is left alone
    const certs = new Set(['trust-anchor', 'issuer', 'identity-dir', 'mode']);
    expect(toFlagWords("needs both 'trust-anchor' and 'issuer'; give 'identity-dir'", certs)).toBe(
      'needs both --trust-anchor and --issuer; give --identity-dir',
    );
    expect(toFlagWords("--mode has invalid value 'generat'", certs)).toBe("--mode has invalid value 'generat'");
    // an output that shares an input's name is not a flag
    expect(toFlagWords("give the record file provision wrote (its output 'mode') or set 'mode'", certs)).toBe(
      "give the record file provision wrote (its output 'mode') or set --mode",
    );
  });

  it('a value may start with dashes (a PEM key given as text); a mistyped flag never prints the value after it', () => {
    const key = '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIJPEreSegqCm\n-----END EC PRIVATE KEY-----\n';
    const flags: Flags = { 'issuer-key': {}, mode: {} };
    const of = (c: string | undefined) => (c === 'certs' ? flags : {});
    expect(parseArgs(['certs', '--issuer-key', key, '--mode', 'check'], of)).toMatchObject({ inputs: { 'issuer-key': key, mode: 'check' }, problems: [] });
    const typo = parseArgs(['certs', '--issuer-kee', key], of);
    expect(typo.problems).toEqual(["unknown flag --issuer-kee for 'meshci certs'; did you mean --issuer-key?"]);
    expect(typo.positional).toEqual([]);
    expect(JSON.stringify(typo)).not.toContain('MHcCAQEE');
  });

  it('a switch with a word of its own (republish --signatures refresh); other words refused, naming the forms', () => {
    const flags: Flags = { signatures: { boolean: true, values: ['refresh'] } };
    const of = () => flags;
    expect(parseArgs(['republish', '--signatures', 'refresh'], of).inputs).toEqual({ signatures: 'refresh' });
    expect(parseArgs(['republish', '--signatures=refresh'], of).inputs).toEqual({ signatures: 'refresh' });
    expect(parseArgs(['republish', '--signatures'], of).inputs).toEqual({ signatures: 'true' });
    expect(parseArgs(['republish', '--no-signatures'], of).inputs).toEqual({ signatures: 'false' });
    expect(parseArgs(['republish', '--signatures=later'], of).problems).toEqual([
      '--signatures is a switch: give --signatures or --no-signatures (or --signatures=true|refresh|false), not --signatures=later',
    ]);
  });
});

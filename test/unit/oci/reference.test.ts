import { describe, it, expect } from 'vitest';
import { parseReference, destinationFor, parseDestination, formatReference } from '../../../src/oci/reference.js';
import { parseChallenge } from '../../../src/oci/auth.js';
import { backoffMs, retryAfterMs, DEFAULT_RETRY } from '../../../src/oci/retry.js';

const D = 'sha256:' + 'a'.repeat(64);

describe('parseReference (distribution reference grammar)', () => {
  it.each([
    ['alpine', { registry: 'docker.io', repository: 'library/alpine', tag: 'latest' }],
    ['prom/prometheus:v2.48.0', { registry: 'docker.io', repository: 'prom/prometheus', tag: 'v2.48.0' }],
    ['docker.io/dgraph/dgraph:v25.3.1', { registry: 'docker.io', repository: 'dgraph/dgraph', tag: 'v25.3.1' }],
    ['index.docker.io/library/nginx:1.27', { registry: 'docker.io', repository: 'library/nginx', tag: '1.27' }],
    ['cr.l5d.io/linkerd/proxy:stable-2.14.10', { registry: 'cr.l5d.io', repository: 'linkerd/proxy', tag: 'stable-2.14.10' }],
    [`ghcr.io/linkerd/proxy@${D}`, { registry: 'ghcr.io', repository: 'linkerd/proxy', digest: D }],
    [`localhost:5001/a/b:c@${D}`, { registry: 'localhost:5001', repository: 'a/b', tag: 'c', digest: D }],
    ['127.0.0.1:5000/x:1', { registry: '127.0.0.1:5000', repository: 'x', tag: '1' }],
  ])('%s', (input, want) => {
    expect(parseReference(input)).toEqual(want);
  });

  it.each([
    ['', /it is empty/],
    ['UPPER/case', /repository path components must be lowercase/],
    ['a/b:bad tag', /tag 'bad tag'/],
    ['a/b@sha256:123', /digest 'sha256:123' is not sha256:<64 hex>/],
    ['a//b', /repository path components/],
  ])('rejects %j', (input, msg) => {
    expect(() => parseReference(input, "input 'images'")).toThrow(msg);
  });

  it('keeps the repository path below the destination prefix, with mappings winning', () => {
    const dest = parseDestination('myacr.azurecr.io/mirror/');
    expect(dest).toEqual({ registry: 'myacr.azurecr.io', prefix: 'mirror' });
    expect(formatReference(destinationFor(parseReference('cr.l5d.io/linkerd/proxy:stable-2.14.10'), dest))).toBe(
      'myacr.azurecr.io/mirror/linkerd/proxy:stable-2.14.10',
    );
    expect(formatReference(destinationFor(parseReference(`ghcr.io/x/y@${D}`), dest))).toBe(`myacr.azurecr.io/mirror/x/y@${D}`);
    expect(formatReference(destinationFor(parseReference('prom/prometheus:v1'), dest, { 'docker.io/prom/prometheus': 'tools/prometheus' }))).toBe(
      'myacr.azurecr.io/tools/prometheus:v1',
    );
  });
});

describe('registry auth and retry details', () => {
  it('parses the challenges distribution and ACR send', () => {
    expect(parseChallenge('Bearer realm="https://127.0.0.1:5201/oauth2/token",service="127.0.0.1:5201",scope="repository:foo/bar:push,pull"')).toEqual({
      scheme: 'bearer',
      realm: 'https://127.0.0.1:5201/oauth2/token',
      service: '127.0.0.1:5201',
      scope: 'repository:foo/bar:push,pull',
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({ scheme: 'basic', realm: 'Registry Realm', service: undefined, scope: undefined });
    expect(parseChallenge('Negotiate')).toBeUndefined();
  });

  it('honours Retry-After (seconds or a date, capped) and otherwise backs off exponentially with full jitter', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThan(3000);
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(backoffMs(0, DEFAULT_RETRY, 120_000)).toBe(60_000);
    expect(backoffMs(3, DEFAULT_RETRY, undefined, () => 0.999)).toBeLessThan(200 * 8);
    expect(backoffMs(10, DEFAULT_RETRY, undefined, () => 0.999)).toBeLessThan(8000);
    expect(backoffMs(2, DEFAULT_RETRY, undefined, () => 0)).toBe(0);
  });
});

import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { probeJob, probeCommand, parseProbeLog, jobName } from '../../../src/verify/probe-jobs.js';
import { defaultProbes } from '../../../src/verify/expectations.js';

const opts = { namespace: 'meshci-probes', curlImage: 'curlimages/curl:8.11.1', grpcurlImage: 'fullstorydev/grpcurl:v1.9.1-alpine', connectTimeoutSeconds: 3, maxTimeSeconds: 5, nativeSidecar: false };
const [unmeshedHttp, unmeshedGrpc, meshedHttp] = defaultProbes('dgraph-dgraph-alpha', 'dgraph');

describe('probe Jobs', () => {
  it('opt the unmeshed client out and the meshed one in, with the proxy shut down at the end', () => {
    const u = probeJob(unmeshedHttp!, opts) as any;
    expect(u.metadata.name).toBe('meshci-probe-unmeshed-http');
    expect(u.spec.template.metadata.annotations).toEqual({ 'linkerd.io/inject': 'disabled' });
    expect(u.spec.backoffLimit).toBe(0);
    const m = probeJob(meshedHttp!, { ...opts, nativeSidecar: true }) as any;
    expect(m.spec.template.metadata.annotations).toEqual({ 'linkerd.io/inject': 'enabled', 'config.linkerd.io/proxy-admin-shutdown': 'enabled', 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' });
    expect(m.spec.template.spec.containers[0].command[2]).toMatch(/curl -s -X POST http:\/\/localhost:4191\/shutdown/);
    expect((probeJob(unmeshedGrpc!, opts) as any).spec.template.spec.containers[0].image).toBe('fullstorydev/grpcurl:v1.9.1-alpine');
  });

  it('use short timeouts, so a blocked probe is a verdict within seconds', () => {
    expect(probeCommand(unmeshedHttp!, opts)[2]).toMatch(/--connect-timeout 3 -m 5 'http:\/\/dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:8080\/health'/);
    expect(probeCommand(unmeshedGrpc!, opts)[2]).toMatch(/grpcurl -plaintext -connect-timeout 3 -max-time 5 'dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:9080' 'api\.Dgraph\/CheckVersion'/);
    expect(jobName({ ...meshedHttp!, name: 'A Very_Long name'.repeat(6) }).length).toBeLessThanOrEqual(63);
  });

  it('the HTTP probe script prints one JSON line a real shell and curl produce (refused port)', () => {
    const cmd = probeCommand({ ...unmeshedHttp!, target: '127.0.0.1:9' }, opts);
    const out = execFileSync(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    const o = parseProbeLog(out)!;
    expect(o).toMatchObject({ probe: 'unmeshed-http', connected: false });
    expect(o.detail).toMatch(/^curl exit 7/);
  });

  it('reads outcomes: HTTP status means connected; gRPC statuses other than Unavailable/DeadlineExceeded mean connected', () => {
    expect(parseProbeLog('noise\n{"probe":"meshed-http","rc":0,"status":"200","body":"[{\\"status\\":\\"healthy\\"}]","error":""}\n')).toEqual({ probe: 'meshed-http', connected: true, detail: 'HTTP 200' });
    expect(parseProbeLog('{"probe":"x","rc":28,"status":"000","body":"","error":"Connection timed out after 3001 milliseconds"}')).toMatchObject({ connected: false });
    expect(parseProbeLog('{"probe":"g","rc":0,"body":"{  tag: v25.3.1}"}')).toMatchObject({ connected: true });
    expect(parseProbeLog('{"probe":"g","rc":1,"body":"ERROR:  Code: Unimplemented  Message: unknown service"}')).toMatchObject({ connected: true });
    expect(parseProbeLog('{"probe":"g","rc":1,"body":"Failed to dial target host: context deadline exceeded"}')).toMatchObject({ connected: false });
    expect(parseProbeLog('nothing here')).toBeUndefined();
  });
});

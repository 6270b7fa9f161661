import { ConfigurationError } from '../lib/errors.js';
import { formatDuration } from '../lib/duration.js';
import type { Logger } from '../lib/logger.js';
import { writeFilesAtomically } from '../lib/files.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import { generateAnchor, generateIssuer, bundlePem } from '../certs/generate.js';
import { parseCertificate, parsePrivateKey, splitCertificates, keyMatchesCert, signedBy, type CertInfo } from '../certs/pem.js';
import { checkIdentity, errorList, type CheckReport } from '../certs/rules.js';
import type { LinkerdVersion } from './version.js';
import { listMeshedPods, podsLacking, PENDING_ANCHOR_SECRET, toBase64, fromBase64, type IdentityState } from './identity-cluster.js';
import type { IdentityApplier } from './identity-apply.js';
import type { AnchorVault } from '../azure/keyvault.js';

/**
 * Linkerd's documented rotation procedures (docs/reference/linkerd-certificates.md#rotation-order), against a live cluster — a library
 * free of @actions/*: the certs action, the CLI and a scheduled workflow drive the same code, each
 * with its own logger and secret masking.
 *
 * rotate-issuer: validate a new issuer against the cluster's bundle → write it → confirm by the
 * identity controller's `IssuerUpdated` event (restart linkerd-identity if none comes: #15109) →
 * optionally restart meshed workloads so proxies take leaf certificates from the new issuer.
 *
 * rotate-anchor, one phase per run (`auto` picks the next safe one):
 *   bundle   — new anchor + old anchors → restart control plane and meshed workloads → every meshed
 *              pod carries the new anchor;
 *   issuer   — a new issuer signed by the new anchor, as above;
 *   finalize — only the new anchor, refused while any meshed pod lacks it.
 * Every change is validated with Linkerd's own rules before anything is written, so the cluster is
 * never left with a bundle that does not verify its issuer. A generated anchor's key is kept
 * between phases in Secret meshci-pending-trust-anchor (control-plane namespace) and deleted at
 * finalize, unless the anchor is passed in through 'trust-anchor' / 'trust-anchor-key'.
 */

import { ROTATION_PHASES, type RotationPhase, type Pem } from './phases.js';
export { ROTATION_PHASES, type RotationPhase, type Pem };
type Phase = Exclude<RotationPhase, 'auto'>;

/** What the caller decided; the certs action builds it from its inputs. */
export interface RotationOptions {
  mode: 'rotate-issuer' | 'rotate-anchor';
  phase: RotationPhase;
  linkerdVersion: LinkerdVersion;
  trustAnchor?: Pem;
  trustAnchorKey?: Pem;
  issuer?: Pem;
  issuerKey?: Pem;
  anchorValidityMs: number;
  issuerValidityMs: number;
  /** where a generated anchor's certificate and key are written (ca-new.crt, ca-new.key 0600) */
  outputDir?: string;
  overwrite: boolean;
  restartWorkloads: boolean;
  timeoutMs: number;
}

/** What the procedure works on, and how it speaks. */
export interface RotationEnv {
  cluster: Cluster;
  state: IdentityState;
  applier: IdentityApplier;
  vault?: AnchorVault;
  log: Logger;
  /** registers a secret (a generated or read key) with the log's masking, before anything can print it */
  mask: (secret: string) => void;
  now: Date;
}

/**
 * One rotation run. `phase` and `changed` are readable whether `run` resolved or threw, so a caller
 * reports the phase that ran (a failed finalize is not "none") before it fails.
 */
export class Rotation {
  phase: Phase | 'none' = 'none';
  changed = false;
  readonly steps: string[] = [];
  private readonly ctx: Ctx;

  constructor(opts: RotationOptions, env: RotationEnv, current: { anchors: CertInfo[]; issuer: CertInfo }) {
    this.ctx = { ...env, opts, anchors: current.anchors, issuer: current.issuer, steps: this.steps, rotation: undefined };
  }

  async run(): Promise<void> {
    const ctx = this.ctx;
    if (ctx.opts.mode === 'rotate-issuer') {
      this.changed = await rotateIssuer(ctx);
      return;
    }
    ctx.rotation = await readRotationState(ctx);
    const phase = await choosePhase(ctx);
    this.phase = phase;
    ctx.log.info(`rotate-anchor phase: ${phase}${ctx.opts.phase === 'auto' ? ' (detected)' : ''}`);
    const step = phase === 'bundle' ? phaseBundle : phase === 'issuer' ? phaseIssuer : phaseFinalize;
    this.changed = await step(ctx);
    if (this.changed || ctx.rotation?.phase === phase) await markPhase(ctx, phase, 'done');
  }
}

interface Ctx extends RotationEnv {
  opts: RotationOptions;
  anchors: CertInfo[];
  issuer: CertInfo;
  steps: string[];
  /** rotate-anchor: the phase state kept in the cluster (ROTATION_STATE). */
  rotation: RotationState | undefined;
}

const MIN_EVENT_WAIT_MS = 1000;
const MAX_EVENT_WAIT_MS = 180_000;

/**
 * Where a rotate-anchor stands, kept in the cluster (ConfigMap meshci-rotation-state in the
 * control-plane namespace): each phase records `started` before it changes anything and `done`
 * after, so `auto` resumes an interrupted phase exactly — a bundle phase that failed before the
 * restarts restarts, a finalize that failed after writing the bundle finishes — instead of
 * guessing from the bundle and starting a third anchor.
 */
export const ROTATION_STATE = 'meshci-rotation-state';
/** The Lease (src/k8s/lease.ts) a rotation holds in the control-plane namespace: one rotation at a time. */
export const ROTATION_LEASE = 'meshci-rotation';
interface RotationState {
  phase: Phase;
  status: 'started' | 'done';
  /** when the phase was last marked (RFC 3339) */
  updated?: string;
}

async function readRotationState(ctx: Ctx): Promise<RotationState | undefined> {
  const cm = await ctx.cluster.get<KObject & { data?: Record<string, string> }>({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    namespace: ctx.state.namespace,
    name: ROTATION_STATE,
  });
  const phase = cm?.data?.['phase'];
  const status = cm?.data?.['status'];
  const updated = cm?.data?.['updated'];
  if ((phase === 'bundle' || phase === 'issuer' || phase === 'finalize') && (status === 'started' || status === 'done'))
    return { phase, status, ...(updated ? { updated } : {}) };
  return undefined;
}

async function markPhase(ctx: Ctx, phase: Phase, status: RotationState['status']): Promise<void> {
  await ctx.cluster.apply({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: ROTATION_STATE, namespace: ctx.state.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci' } },
    data: { phase, status, updated: new Date().toISOString() },
  } as KObject);
}

async function choosePhase(ctx: Ctx): Promise<Phase> {
  if (ctx.opts.phase !== 'auto') return ctx.opts.phase;
  if (ctx.rotation?.status === 'started') {
    ctx.log.info(`resuming phase '${ctx.rotation.phase}', which did not finish (${ROTATION_STATE})`);
    return ctx.rotation.phase;
  }
  if (ctx.anchors.length < 2) return 'bundle';
  const fresh = await newAnchor(ctx, { needKey: false });
  return signedBy(ctx.issuer, fresh.cert) ? 'finalize' : 'issuer';
}

// ---------------------------------------------------------------- phases

// eslint-disable-next-line max-lines-per-function -- one rotation phase: its checks, its write and the confirmation it waits for read top to bottom
async function phaseBundle(ctx: Ctx): Promise<boolean> {
  if (ctx.anchors.length > 1 && ctx.rotation?.phase === 'bundle' && ctx.rotation.status === 'started') {
    // the bundle was written, the restarts did not finish: do them now
    const fresh = await newAnchor(ctx, { needKey: false });
    ctx.steps.push(`resumed phase bundle: the bundle already holds the new anchor (serial ${fresh.cert.serial})`);
    await restartControlPlane(ctx);
    await rollMeshedWorkloads(ctx, fresh.cert, { required: true });
    return true;
  }
  if (ctx.anchors.length > 1) {
    throw new ConfigurationError(
      `a trust-anchor rotation is already under way: the bundle holds ${ctx.anchors.length} anchors. Run phase 'issuer' or 'finalize' (or 'auto')`,
    );
  }
  const {
    cert: anchor,
    keyPem,
    generated,
  } = await ctx.log.group('Prepare the new trust anchor', async () => {
    if (ctx.opts.trustAnchor && ctx.opts.trustAnchorKey) {
      const cert = parseCertificate(splitCertificates(ctx.opts.trustAnchor.text)[0]!);
      if (!keyMatchesCert(cert, parsePrivateKey(ctx.opts.trustAnchorKey.text))) {
        throw new ConfigurationError(`${ctx.opts.trustAnchorKey.source} does not belong to the certificate in ${ctx.opts.trustAnchor.source}`);
      }
      return { cert, keyPem: ctx.opts.trustAnchorKey.text, generated: false };
    }
    const a = await generateAnchor({ validityMs: ctx.opts.anchorValidityMs });
    ctx.mask(a.keyPem);
    ctx.log.info(`generated trust anchor serial ${a.cert.serial}, valid until ${a.cert.notAfter.toISOString()}`);
    return { cert: a.cert, keyPem: a.keyPem, generated: true };
  });
  if (ctx.anchors.some((a) => a.fingerprintSha256 === anchor.fingerprintSha256)) {
    throw new ConfigurationError(`${ctx.opts.trustAnchor?.source ?? 'the new anchor'} is already the cluster's trust anchor`);
  }
  const bundle = [anchor, ...ctx.anchors];
  validate(ctx, bundle, ctx.issuer, 'the new bundle (new + current anchors) with the current issuer');
  // never overwrite the pending key while the bundle needs it (a finalize that did not finish)
  const pending = await ctx.cluster.get<KObject & { data?: Record<string, string> }>({
    apiVersion: 'v1',
    kind: 'Secret',
    namespace: ctx.state.namespace,
    name: PENDING_ANCHOR_SECRET,
  });
  if (generated && !ctx.vault && pending?.data?.['tls.crt']) {
    const held = parseCertificate(fromBase64(pending.data['tls.crt']));
    if (ctx.anchors.some((a) => a.fingerprintSha256 === held.fingerprintSha256)) {
      throw new ConfigurationError(
        `nothing was changed: Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} holds the key of an anchor in the bundle (serial ${held.serial}), left by a rotation that did not finish: run rotate-anchor phase finalize to finish it (or save and delete that Secret) before a new rotation`,
      );
    }
  }
  await markPhase(ctx, 'bundle', 'started');
  if (ctx.opts.outputDir) {
    const files = [{ name: 'ca-new.crt', content: anchor.pem, mode: 0o644 }];
    if (generated) files.push({ name: 'ca-new.key', content: keyPem, mode: 0o600 });
    writeFilesAtomically(ctx.opts.outputDir, files, { overwrite: ctx.opts.overwrite, input: 'output-dir' });
  }
  if (generated && ctx.vault) {
    await ctx.vault.put('next', anchor, keyPem);
    ctx.steps.push(`kept the new anchor in ${ctx.vault.describe('next')} for the next phases`);
  } else if (generated) {
    await ctx.cluster.apply({
      apiVersion: 'v1',
      kind: 'Secret',
      type: 'kubernetes.io/tls',
      metadata: {
        name: PENDING_ANCHOR_SECRET,
        namespace: ctx.state.namespace,
        labels: { 'app.kubernetes.io/managed-by': 'meshci' },
        annotations: { 'meshci.io/purpose': 'trust anchor of a rotation in progress; deleted when rotate-anchor finalizes' },
      },
      data: { 'tls.crt': toBase64(anchor.pem), 'tls.key': toBase64(keyPem) },
    } as KObject);
    ctx.steps.push(`kept the new anchor's key in Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} for the next phases`);
  }
  await ctx.log.group('Deploy the bundle (new + current anchors)', async () => {
    await ctx.applier.setBundle(bundlePem(bundle));
    ctx.steps.push(`trust bundle set to ${bundle.length} anchors (new serial ${anchor.serial} first)`);
  });
  await restartControlPlane(ctx);
  await rollMeshedWorkloads(ctx, anchor, { required: true });
  return true;
}

async function phaseIssuer(ctx: Ctx): Promise<boolean> {
  if (ctx.anchors.length < 2) {
    throw new ConfigurationError("phase 'issuer' needs a bundle with the new and the old anchor; run phase 'bundle' first");
  }
  const fresh = await newAnchor(ctx, { needKey: true });
  if (signedBy(ctx.issuer, fresh.cert)) {
    if (ctx.rotation?.phase === 'issuer' && ctx.rotation.status === 'started') {
      // the new issuer was written, the run stopped before its confirmation or the restarts: the
      // phase is done only once the identity controller has loaded it and the workloads restarted
      ctx.steps.push(`resumed phase issuer: the issuer is already signed by the new anchor (serial ${fresh.cert.serial})`);
      await confirmIssuer(ctx);
      if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
      return true;
    }
    ctx.log.info('the issuer is already signed by the new anchor; nothing to do in this phase');
    return false;
  }
  await markPhase(ctx, 'issuer', 'started');
  await rollMeshedWorkloads(ctx, fresh.cert, { required: true, onlyLacking: true });
  const issuer = await generateIssuer({ validityMs: ctx.opts.issuerValidityMs, anchor: fresh.cert, anchorKey: parsePrivateKey(fresh.keyPem!) });
  ctx.mask(issuer.keyPem);
  validate(ctx, ctx.anchors, issuer.cert, 'the new issuer against the bundle', issuer.keyPem);
  await applyIssuer(ctx, issuer.cert, issuer.keyPem);
  if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
  return true;
}

async function phaseFinalize(ctx: Ctx): Promise<boolean> {
  if (ctx.anchors.length < 2 && ctx.rotation?.phase === 'finalize' && ctx.rotation.status === 'started') {
    // the bundle was cut to the new anchor; the restarts and the clean-up did not finish
    const only = ctx.anchors[0]!;
    ctx.steps.push(`resumed phase finalize: the bundle already holds the new anchor only (serial ${only.serial})`);
    await restartControlPlane(ctx);
    await rollMeshedWorkloads(ctx, only, { required: false });
    await finishCleanup(ctx, only);
    return true;
  }
  if (ctx.anchors.length < 2) {
    ctx.log.info('the bundle holds one anchor: nothing to finalize');
    return false;
  }
  const fresh = await newAnchor(ctx, { needKey: false });
  if (!signedBy(ctx.issuer, fresh.cert)) {
    throw new ConfigurationError(`refusing to finalize: the issuer is still signed by an old anchor (${ctx.issuer.issuerCN}); run phase 'issuer' first`);
  }
  const pods = await listMeshedPods(ctx.cluster, ctx.state.namespace);
  const lacking = podsLacking(pods, fresh.cert, ctx.state.namespace);
  if (lacking.length > 0) {
    throw new ConfigurationError(
      `refusing to finalize: ${lacking.length} meshed pod(s) still lack the new trust anchor (serial ${fresh.cert.serial}) and would lose mTLS: ` +
        lacking.map((p) => `${p.namespace}/${p.name}`).join(', ') +
        '. Restart them (or run phase issuer again), then finalize',
    );
  }
  validate(ctx, [fresh.cert], ctx.issuer, 'the final bundle (new anchor only) with the current issuer');
  await markPhase(ctx, 'finalize', 'started');
  await ctx.log.group('Remove the old anchors from the bundle', async () => {
    await ctx.applier.setBundle(bundlePem([fresh.cert]));
    ctx.steps.push(`trust bundle set to the new anchor only (serial ${fresh.cert.serial})`);
  });
  await restartControlPlane(ctx);
  await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
  await finishCleanup(ctx, fresh.cert);
  return true;
}

/** The end of a rotation: the pending key's Secret deleted (with a warning: it may be the only copy), the vault slots promoted. */
async function finishCleanup(ctx: Ctx, anchor: CertInfo): Promise<void> {
  if (await ctx.cluster.delete({ apiVersion: 'v1', kind: 'Secret', namespace: ctx.state.namespace, name: PENDING_ANCHOR_SECRET })) {
    ctx.steps.push(`deleted Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET}`);
    ctx.log.warning(
      `Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} held the only copy meshci kept of the new anchor's key (serial ${anchor.serial}); it is deleted now. Later issuer rotations need that key: keep ca-new.key from output-dir, or use key-vault-url`,
    );
  }
  if (ctx.vault) {
    const next = await ctx.vault.get('next');
    if (next && next.cert.fingerprintSha256 === anchor.fingerprintSha256) {
      await ctx.vault.put('current', next.cert, next.keyPem);
      await ctx.vault.remove('next');
      ctx.steps.push(`${ctx.vault.describe('current')} now holds the new anchor; '${ctx.vault.secretName('next')}' deleted`);
    }
  }
}

async function rotateIssuer(ctx: Ctx): Promise<boolean> {
  let cert: CertInfo;
  let keyPem: string;
  if (ctx.opts.issuer && ctx.opts.issuerKey) {
    cert = parseCertificate(splitCertificates(ctx.opts.issuer.text)[0]!);
    keyPem = ctx.opts.issuerKey.text;
  } else {
    const signer = await newAnchor(ctx, { needKey: true, forIssuerRotation: true });
    const made = await generateIssuer({ validityMs: ctx.opts.issuerValidityMs, anchor: signer.cert, anchorKey: parsePrivateKey(signer.keyPem!) });
    ctx.mask(made.keyPem);
    cert = made.cert;
    keyPem = made.keyPem;
  }
  validate(ctx, ctx.anchors, cert, 'the new issuer against the cluster bundle', keyPem);
  // Proxies verify peers against the bundle they were started with: an issuer under an anchor some
  // pods do not carry yet would cut those pods off.
  const signer = ctx.anchors.find((a) => signedBy(cert, a));
  if (signer) {
    const lacking = podsLacking(await listMeshedPods(ctx.cluster, ctx.state.namespace), signer, ctx.state.namespace);
    if (lacking.length > 0) {
      throw new ConfigurationError(
        `nothing was changed: the new issuer is signed by the anchor with serial ${signer.serial}, which ${lacking.length} meshed pod(s) do not trust yet (` +
          lacking.map((p) => `${p.namespace}/${p.name}`).join(', ') +
          "): restart them (rotate-anchor phase 'bundle' does) first",
      );
    }
  }
  await applyIssuer(ctx, cert, keyPem);
  if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, undefined, { required: false });
  return true;
}

// ---------------------------------------------------------------- steps

function validate(ctx: Ctx, anchors: CertInfo[], issuer: CertInfo, what: string, keyPem?: string): void {
  const report: CheckReport = checkIdentity(
    {
      anchors: { text: bundlePem(anchors), source: 'new bundle' },
      issuer: { text: issuer.pem, source: 'new issuer' },
      issuerKey: keyPem ? { text: keyPem, source: 'new issuer key' } : undefined,
    },
    { version: ctx.opts.linkerdVersion, now: new Date(), minValidityMs: 0 },
  );
  const errors = errorList(report.checks);
  if (errors) throw new ConfigurationError(`nothing was changed: ${what} would fail Linkerd's checks: ${errors}`);
}

async function applyIssuer(ctx: Ctx, cert: CertInfo, keyPem: string): Promise<void> {
  await ctx.log.group('Deploy the new issuer and confirm the identity controller loaded it', async () => {
    const ns = ctx.state.namespace;
    const { resourceVersion } = await ctx.cluster.listWithVersion('v1', 'Event', { namespace: ns, fieldSelector: 'involvedObject.name=linkerd-identity' });
    const previous = { crt: ctx.state.issuerPem, key: ctx.state.issuerKeyPem, cert: ctx.issuer };
    await ctx.applier.setIssuer(cert.pem, keyPem, cert);
    ctx.steps.push(`issuer replaced (serial ${cert.serial}, valid until ${cert.notAfter.toISOString()})`);
    const wait = Math.min(MAX_EVENT_WAIT_MS, Math.max(MIN_EVENT_WAIT_MS, Math.floor(ctx.opts.timeoutMs / 2)));
    const t0 = Date.now();
    const outcome = await ctx.cluster.watch<KObject, { reason: string; message: string }>(
      { apiVersion: 'v1', kind: 'Event' },
      { namespace: ns, fieldSelector: 'involvedObject.name=linkerd-identity', resourceVersion, timeoutMs: wait },
      (ev) => {
        const reason = String(ev.object['reason'] ?? '');
        if (ev.type !== 'DELETED' && (reason === 'IssuerUpdated' || reason === 'IssuerUpdateSkipped'))
          return { reason, message: String(ev.object['message'] ?? '') };
        return undefined;
      },
    );
    if (outcome?.reason === 'IssuerUpdated') {
      ctx.log.info(`identity controller: IssuerUpdated after ${formatDuration(Date.now() - t0)}`);
      ctx.steps.push('confirmed by the IssuerUpdated event');
      return;
    }
    if (outcome?.reason === 'IssuerUpdateSkipped') {
      // The controller kept the old issuer; put the old one back so the cluster is not half-rotated.
      await ctx.applier.setIssuer(previous.crt, previous.key, previous.cert);
      throw new Error(`the identity controller refused the new issuer (IssuerUpdateSkipped: ${outcome.message}); the previous issuer was restored`);
    }
    ctx.log.warning(`no IssuerUpdated event within ${formatDuration(wait)} (linkerd2#15109): restarting deploy/linkerd-identity so it loads the new issuer`);
    await ctx.cluster.rolloutRestart('Deployment', ns, 'linkerd-identity');
    await ctx.cluster.waitRollout('Deployment', ns, 'linkerd-identity', ctx.opts.timeoutMs);
    ctx.steps.push('no IssuerUpdated event came: restarted deploy/linkerd-identity, which loads the issuer at start-up');
  });
}

/**
 * Resuming an issuer phase whose write happened: the confirmation that run never saw. An
 * IssuerUpdated event of linkerd-identity since the phase started is the evidence; without one,
 * linkerd-identity is restarted (it loads the issuer at start-up) and its rollout waited for.
 */
async function confirmIssuer(ctx: Ctx): Promise<void> {
  await ctx.log.group('Confirm the identity controller loaded the new issuer', async () => {
    const ns = ctx.state.namespace;
    const since = Date.parse(ctx.rotation?.updated ?? '') || 0;
    const events = await ctx.cluster.list<KObject>('v1', 'Event', { namespace: ns, fieldSelector: 'involvedObject.name=linkerd-identity' });
    const seen = events.find(
      (e) =>
        e['reason'] === 'IssuerUpdated' &&
        Date.parse(String(e['lastTimestamp'] ?? e['eventTime'] ?? (e.metadata as { creationTimestamp?: string } | undefined)?.creationTimestamp ?? '')) >=
          since,
    );
    if (seen) {
      ctx.log.info('identity controller: IssuerUpdated (before this run resumed the phase)');
      ctx.steps.push('confirmed by the IssuerUpdated event');
      return;
    }
    ctx.log.info('no IssuerUpdated event since the phase started: restarting deploy/linkerd-identity so it loads the new issuer');
    await ctx.cluster.rolloutRestart('Deployment', ns, 'linkerd-identity');
    await ctx.cluster.waitRollout('Deployment', ns, 'linkerd-identity', ctx.opts.timeoutMs);
    ctx.steps.push('restarted deploy/linkerd-identity, which loads the issuer at start-up');
  });
}

async function restartControlPlane(ctx: Ctx): Promise<void> {
  await ctx.log.group('Restart the control plane (it reads the trust bundle at start-up)', async () => {
    const ns = ctx.state.namespace;
    const deps = await ctx.cluster.list<KObject>('apps/v1', 'Deployment', { namespace: ns });
    const at = new Date();
    for (const d of deps) await ctx.cluster.rolloutRestart('Deployment', ns, d.metadata!.name!, at);
    await Promise.all(deps.map((d) => ctx.cluster.waitRollout('Deployment', ns, d.metadata!.name!, ctx.opts.timeoutMs)));
    ctx.steps.push(`restarted ${deps.length} control-plane deployment(s) in ${ns}`);
  });
}

/**
 * Restart the workloads of meshed pods (outside the control plane) and wait for them; with an
 * anchor, then require every meshed pod to carry it.
 */
async function rollMeshedWorkloads(ctx: Ctx, anchor: CertInfo | undefined, opts: { required: boolean; onlyLacking?: boolean }): Promise<void> {
  const cpNs = ctx.state.namespace;
  let pods = await listMeshedPods(ctx.cluster, cpNs);
  const targets = opts.onlyLacking && anchor ? podsLacking(pods, anchor, cpNs) : pods.filter((p) => p.namespace !== cpNs);
  if (targets.length === 0) return;
  if (!ctx.opts.restartWorkloads) {
    if (opts.required && anchor && podsLacking(pods, anchor, cpNs).length > 0) {
      throw new ConfigurationError(
        `'restart-workloads' is false but ${podsLacking(pods, anchor, cpNs).length} meshed pod(s) lack the new anchor; restart them yourself and run again`,
      );
    }
    return;
  }
  await ctx.log.group('Restart meshed workloads', async () => {
    const workloads = new Map<string, { kind: 'Deployment' | 'StatefulSet' | 'DaemonSet'; namespace: string; name: string }>();
    for (const p of targets) if (p.workload) workloads.set(`${p.namespace}/${p.workload.kind}/${p.workload.name}`, { ...p.workload, namespace: p.namespace });
    const at = new Date();
    for (const w of workloads.values()) await ctx.cluster.rolloutRestart(w.kind, w.namespace, w.name, at);
    await Promise.all([...workloads.values()].map((w) => ctx.cluster.waitRollout(w.kind, w.namespace, w.name, ctx.opts.timeoutMs)));
    ctx.steps.push(`restarted ${workloads.size} meshed workload(s): ${[...workloads.keys()].join(', ')}`);
    const bare = targets.filter((p) => !p.workload);
    if (bare.length)
      ctx.log.warning(
        `meshed pods without a Deployment/StatefulSet/DaemonSet cannot be restarted by meshci: ${bare.map((p) => `${p.namespace}/${p.name}`).join(', ')}`,
      );
  });
  if (!anchor) return;
  pods = await listMeshedPods(ctx.cluster, cpNs);
  const lacking = podsLacking(pods, anchor, cpNs);
  if (lacking.length === 0) {
    ctx.steps.push(`every meshed pod carries the new anchor (serial ${anchor.serial})`);
    return;
  }
  const msg = `${lacking.length} meshed pod(s) still lack the new trust anchor: ${lacking.map((p) => `${p.namespace}/${p.name}`).join(', ')}`;
  if (opts.required) throw new Error(`${msg}; restart them and run this phase again`);
  ctx.log.warning(msg);
}

async function newAnchor(ctx: Ctx, opts: { needKey: boolean; forIssuerRotation?: boolean }): Promise<{ cert: CertInfo; keyPem?: string }> {
  const inBundle = (c: CertInfo) => ctx.anchors.some((a) => a.fingerprintSha256 === c.fingerprintSha256);
  if (ctx.opts.trustAnchor) {
    const cert = parseCertificate(splitCertificates(ctx.opts.trustAnchor.text)[0]!);
    if (!inBundle(cert)) throw new ConfigurationError(`${ctx.opts.trustAnchor.source} (serial ${cert.serial}) is not in the cluster's trust bundle`);
    if (opts.needKey && !ctx.opts.trustAnchorKey) throw new ConfigurationError("input 'trust-anchor-key' is needed to sign a new issuer");
    if (ctx.opts.trustAnchorKey && !keyMatchesCert(cert, parsePrivateKey(ctx.opts.trustAnchorKey.text))) {
      throw new ConfigurationError(`${ctx.opts.trustAnchorKey.source} does not belong to the certificate in ${ctx.opts.trustAnchor.source}`);
    }
    return { cert, keyPem: ctx.opts.trustAnchorKey?.text };
  }
  if (ctx.vault) {
    for (const slot of opts.forIssuerRotation ? (['next', 'current'] as const) : (['next'] as const)) {
      const kept = await ctx.vault.get(slot);
      if (kept && inBundle(kept.cert)) return kept;
    }
  }
  const pending = await ctx.cluster.get<KObject & { data?: Record<string, string> }>({
    apiVersion: 'v1',
    kind: 'Secret',
    namespace: ctx.state.namespace,
    name: PENDING_ANCHOR_SECRET,
  });
  if (pending?.data?.['tls.crt'] && pending.data['tls.key']) {
    const keyPem = fromBase64(pending.data['tls.key']);
    ctx.mask(keyPem);
    const cert = parseCertificate(fromBase64(pending.data['tls.crt']));
    if (inBundle(cert)) return { cert, keyPem };
  }
  if (opts.needKey) {
    throw new ConfigurationError(
      opts.forIssuerRotation
        ? "rotate-issuer needs either 'issuer' + 'issuer-key', or the trust anchor that signs the new issuer ('trust-anchor' + 'trust-anchor-key'): Linkerd does not keep the anchor key in the cluster"
        : `the new anchor's key is needed to sign the new issuer: pass 'trust-anchor' + 'trust-anchor-key' (Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} is absent)`,
    );
  }
  // Without a record of which anchor is new, take the first: `step certificate bundle` and meshci put it there.
  return { cert: ctx.anchors[0]! };
}

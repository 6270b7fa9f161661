import { Agent, request } from 'undici';
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import type { RegistryFront } from './front.js';

/**
 * Pushes synthetic multi-arch images into a test registry without Docker, independently of meshci's
 * own OCI client (docs/reference/registry.md#testing-against-a-local-registry): per platform, random layers wrapped in real gzip (stored
 * blocks, so skopeo copies them verbatim), a config with diff_ids, a manifest pushed by digest; then
 * an OCI index (or Docker manifest list) under the tag.
 */
export const MT = {
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
};

export interface PushOpts {
  repo: string;
  tag: string;
  platforms?: string[];
  /** Layer sizes in bytes (before gzip framing). */
  layers?: number[];
  format?: 'oci' | 'docker';
  auth: { user: string; pass: string };
  /** Reuse these exact layer blobs (shared base layers across images). */
  sharedLayers?: Buffer[];
}

export interface Pushed {
  ref: string;
  digest: string;
  manifests: { platform: string; digest: string }[];
  blobBytes: number;
  /** Every blob the image references (layers and configs, all platforms). */
  blobs: { digest: string; size: number }[];
}

const sha = (b: Buffer | string) => 'sha256:' + createHash('sha256').update(b).digest('hex');

export class Pusher {
  private readonly agent: Agent;
  private tokens = new Map<string, string>();
  constructor(
    readonly front: RegistryFront,
    ca: string,
  ) {
    this.agent = new Agent({ connect: { ca }, connections: 8 });
  }

  async close(): Promise<void> {
    await this.agent.close();
  }

  private async token(repo: string, auth: { user: string; pass: string }): Promise<string> {
    const scope = `repository:${repo}:pull,push`;
    const cached = this.tokens.get(scope);
    if (cached) return cached;
    const u = new URL(this.front.realm);
    u.searchParams.set('service', this.front.opts.service);
    u.searchParams.set('scope', scope);
    const res = await request(u, {
      dispatcher: this.agent,
      headers: { authorization: 'Basic ' + Buffer.from(`${auth.user}:${auth.pass}`).toString('base64') },
    });
    const body = (await res.body.json()) as { token?: string; access_token?: string };
    if (res.statusCode !== 200) throw new Error(`token: ${res.statusCode} ${JSON.stringify(body)}`);
    const t = body.token ?? body.access_token ?? '';
    this.tokens.set(scope, t);
    return t;
  }

  private async call(method: string, path: string, repo: string, auth: PushOpts['auth'], body?: Buffer, headers: Record<string, string> = {}) {
    const res = await request(this.front.origin + path, {
      method: method as 'GET',
      dispatcher: this.agent,
      body,
      headers: { authorization: `Bearer ${await this.token(repo, auth)}`, ...headers },
    });
    const text = method === 'HEAD' ? '' : await res.body.text();
    if (method === 'HEAD') await res.body.dump();
    return { status: res.statusCode, headers: res.headers, text };
  }

  /**
   * One blob, HEAD first. A failed upload (a reset on a 1 GB body, a 5xx) starts again from a new
   * upload session, a few times: seeding a benchmark must not die on one dropped connection.
   */
  async blob(repo: string, auth: PushOpts['auth'], data: Buffer, attempts = 4): Promise<string> {
    for (let i = 1; ; i++) {
      try {
        return await this.blobOnce(repo, auth, data);
      } catch (e) {
        if (i >= attempts) throw e;
      }
    }
  }

  private async blobOnce(repo: string, auth: PushOpts['auth'], data: Buffer): Promise<string> {
    const digest = sha(data);
    const head = await this.call('HEAD', `/v2/${repo}/blobs/${digest}`, repo, auth);
    if (head.status === 200) return digest;
    const start = await this.call('POST', `/v2/${repo}/blobs/uploads/`, repo, auth);
    if (start.status !== 202) throw new Error(`upload start: ${start.status} ${start.text}`);
    const loc = String(start.headers['location']);
    const put = await this.call('PUT', `${loc}${loc.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`, repo, auth, data, {
      'content-type': 'application/octet-stream',
    });
    if (put.status !== 201) throw new Error(`upload: ${put.status} ${put.text}`);
    return digest;
  }

  async manifest(repo: string, auth: PushOpts['auth'], ref: string, bytes: Buffer, mediaType: string): Promise<string> {
    const r = await this.call('PUT', `/v2/${repo}/manifests/${ref}`, repo, auth, bytes, { 'content-type': mediaType });
    if (r.status !== 201) throw new Error(`manifest ${ref}: ${r.status} ${r.text}`);
    return sha(bytes);
  }

  async push(o: PushOpts): Promise<Pushed> {
    const oci = (o.format ?? 'oci') === 'oci';
    const platforms = o.platforms ?? ['linux/amd64', 'linux/arm64'];
    const manifests: { platform: string; digest: string; size: number }[] = [];
    let blobBytes = 0;
    const blobs: { digest: string; size: number }[] = [];
    for (const platform of platforms) {
      const [os, architecture] = platform.split('/');
      const layers = [...(o.sharedLayers ?? []), ...(o.layers ?? [1 << 20]).map((n) => gzipSync(randomBytes(n), { level: 0 }))];
      const layerDescs = [];
      for (const l of layers) {
        layerDescs.push({ mediaType: oci ? MT.ociLayer : MT.dockerLayer, digest: await this.blob(o.repo, o.auth, l), size: l.length });
        blobs.push({ digest: layerDescs[layerDescs.length - 1]!.digest, size: l.length });
        blobBytes += l.length;
      }
      const config = Buffer.from(
        JSON.stringify({ architecture, os, config: {}, rootfs: { type: 'layers', diff_ids: layers.map((l) => sha(gunzipStored(l))) } }),
      );
      const configDigest = await this.blob(o.repo, o.auth, config);
      blobBytes += config.length;
      blobs.push({ digest: configDigest, size: config.length });
      const m = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: oci ? MT.ociManifest : MT.dockerManifest,
          config: { mediaType: oci ? MT.ociConfig : MT.dockerConfig, digest: configDigest, size: config.length },
          layers: layerDescs,
        }),
      );
      const digest = await this.manifest(o.repo, o.auth, sha(m), m, oci ? MT.ociManifest : MT.dockerManifest);
      manifests.push({ platform, digest, size: m.length });
    }
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: oci ? MT.ociIndex : MT.dockerList,
        manifests: manifests.map((m) => ({
          mediaType: oci ? MT.ociManifest : MT.dockerManifest,
          digest: m.digest,
          size: m.size,
          platform: { os: m.platform.split('/')[0], architecture: m.platform.split('/')[1] },
        })),
      }),
    );
    const digest = await this.manifest(o.repo, o.auth, o.tag, index, oci ? MT.ociIndex : MT.dockerList);
    return {
      ref: `${this.front.host}/${o.repo}:${o.tag}`,
      digest,
      manifests: manifests.map(({ platform, digest: d }) => ({ platform, digest: d })),
      blobBytes,
      blobs,
    };
  }

  /** A cosign-style signature: an OCI manifest under tag sha256-<hex>.sig. */
  async signature(repo: string, auth: PushOpts['auth'], subject: string, suffix: 'sig' | 'att' = 'sig'): Promise<string> {
    const payload = Buffer.from(JSON.stringify({ critical: { image: { 'docker-manifest-digest': subject }, type: 'cosign container image signature' } }));
    const layer = await this.blob(repo, auth, payload);
    const config = Buffer.from('{}');
    const configDigest = await this.blob(repo, auth, config);
    const m = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: MT.ociManifest,
        config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
        layers: [
          {
            mediaType: 'application/vnd.dev.cosign.simplesigning.v1+json',
            digest: layer,
            size: payload.length,
            annotations: { 'dev.cosignproject.cosign/signature': 'MEUCIQ==' },
          },
        ],
      }),
    );
    return this.manifest(repo, auth, `${subject.replace(':', '-')}.${suffix}`, m, MT.ociManifest);
  }
}

/** The uncompressed bytes of a gzip made with level 0 (for diff_ids). */
function gunzipStored(gz: Buffer): Buffer {
  return gunzipSync(gz);
}

import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  githubIdToken
} from "./chunk-3I4BTNHB.js";
import {
  DEFAULT_RETRY,
  RETRY_STATUS,
  backoffMs,
  isRetryableError,
  require_vm,
  retryAfterMs,
  sleep
} from "./chunk-X62AGHVA.js";
import {
  require_stream
} from "./chunk-KXPCIG6P.js";
import {
  loadAzureCredential
} from "./chunk-CSIXSPU3.js";
import {
  addImages,
  appEntry,
  getInputs,
  linkerdImages
} from "./chunk-PB7YTFBW.js";
import "./chunk-GVPJXP3T.js";
import {
  apiHost,
  destinationFor,
  formatReference,
  parseReference
} from "./chunk-QXHXWAPQ.js";
import "./chunk-V55V5RA2.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-BN3KMUHI.js";
import {
  actionsLogger,
  debug,
  error,
  group,
  info,
  setOutput,
  summary,
  warning
} from "./chunk-O36P7VPO.js";
import {
  require_http,
  require_https
} from "./chunk-QCOQAGNQ.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-WK2HTM6I.js";
import {
  formatDuration
} from "./chunk-YICLTDNQ.js";
import "./chunk-6OIT7D33.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import {
  require_crypto
} from "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import "./chunk-LRYOYDRT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-J36IR65A.js";

// node-builtin:tls
var require_tls = __commonJS({
  "node-builtin:tls"(exports, module) {
    module.exports = __require("node:tls");
  }
});

// node-builtin:v8
var require_v8 = __commonJS({
  "node-builtin:v8"(exports, module) {
    module.exports = __require("node:v8");
  }
});

// src/oci/http.ts
var import_node_http = __toESM(require_http(), 1);
var import_node_https = __toESM(require_https(), 1);
var import_node_tls = __toESM(require_tls(), 1);
var import_node_stream = __toESM(require_stream(), 1);

// node_modules/proxy-from-env/index.js
var DEFAULT_PORTS = {
  ftp: 21,
  gopher: 70,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443
};
function parseUrl(urlString) {
  try {
    return new URL(urlString);
  } catch {
    return null;
  }
}
function getProxyForUrl(url) {
  var parsedUrl = (typeof url === "string" ? parseUrl(url) : url) || {};
  var proto = parsedUrl.protocol;
  var hostname = parsedUrl.host;
  var port = parsedUrl.port;
  if (typeof hostname !== "string" || !hostname || typeof proto !== "string") {
    return "";
  }
  proto = proto.split(":", 1)[0];
  hostname = hostname.replace(/:\d*$/, "");
  port = parseInt(port) || DEFAULT_PORTS[proto] || 0;
  if (!shouldProxy(hostname, port)) {
    return "";
  }
  var proxy = getEnv(proto + "_proxy") || getEnv("all_proxy");
  if (proxy && proxy.indexOf("://") === -1) {
    proxy = proto + "://" + proxy;
  }
  return proxy;
}
function shouldProxy(hostname, port) {
  var NO_PROXY = getEnv("no_proxy").toLowerCase();
  if (!NO_PROXY) {
    return true;
  }
  if (NO_PROXY === "*") {
    return false;
  }
  return NO_PROXY.split(/[,\s]/).every(function(proxy) {
    if (!proxy) {
      return true;
    }
    var parsedProxy = proxy.match(/^(.+):(\d+)$/);
    var parsedProxyHostname = parsedProxy ? parsedProxy[1] : proxy;
    var parsedProxyPort = parsedProxy ? parseInt(parsedProxy[2]) : 0;
    if (parsedProxyPort && parsedProxyPort !== port) {
      return true;
    }
    if (!/^[.*]/.test(parsedProxyHostname)) {
      return hostname !== parsedProxyHostname;
    }
    if (parsedProxyHostname.charAt(0) === "*") {
      parsedProxyHostname = parsedProxyHostname.slice(1);
    }
    return !hostname.endsWith(parsedProxyHostname);
  });
}
function getEnv(key) {
  return process.env[key.toLowerCase()] || process.env[key.toUpperCase()] || "";
}

// src/lib/gc-tuning.ts
var import_node_v8 = __toESM(require_v8(), 1);
var import_node_vm = __toESM(require_vm(), 1);
var done = false;
function preferThroughputGc() {
  if (done) return;
  done = true;
  if (Number(process.versions.node.split(".")[0]) >= 24) import_node_v8.default.setFlagsFromString("--external-memory-accounted-in-global-limit");
}
var STREAM_GC_BYTES = 2 * 1024 * 1024;
var minor;
var since = 0;
function streamed(bytes) {
  since += bytes;
  if (since < STREAM_GC_BYTES) return;
  since = 0;
  if (minor === void 0) {
    try {
      import_node_v8.default.setFlagsFromString("--expose-gc");
      minor = (0, import_node_vm.runInNewContext)("gc");
    } catch {
      minor = null;
    }
  }
  minor?.({ type: "minor" });
}

// src/oci/http.ts
function isReplayable(body) {
  return body === void 0 || typeof body === "string" || Buffer.isBuffer(body);
}
function isRelay(body) {
  return typeof body === "object" && !Buffer.isBuffer(body) && "source" in body && body.source instanceof import_node_stream.Readable;
}
var WRITE_BATCH = 256 * 1024;
var HttpTransport = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.secureContext = import_node_tls.default.createSecureContext({
      ciphers: `TLS_AES_128_GCM_SHA256:${import_node_tls.default.DEFAULT_CIPHERS}`,
      ...opts.ca ? { ca: [...import_node_tls.default.rootCertificates, String(opts.ca)] } : {}
    });
    const maxSockets = opts.connections ?? 32;
    this.agents = {
      https: new import_node_https.default.Agent({ keepAlive: true, maxSockets, maxCachedSessions: 64 }),
      http: new import_node_http.default.Agent({ keepAlive: true, maxSockets })
    };
  }
  opts;
  secureContext;
  /** The one pool per scheme: every request of a run, to every origin, goes through it. */
  agents;
  /** Tunnel agents by proxy URL, made on first use. */
  tunnels = /* @__PURE__ */ new Map();
  counted = /* @__PURE__ */ new WeakSet();
  /** Connections, TLS handshakes and resumed sessions per origin (tests and the bench read them). */
  stats = /* @__PURE__ */ new Map();
  request(url, opts = {}) {
    const u = typeof url === "string" ? new URL(url) : url;
    return this.send(u, opts);
  }
  async close() {
    this.agents.https.destroy();
    this.agents.http.destroy();
    await Promise.allSettled([...this.tunnels.values()].map(async (a) => (await a).destroy()));
  }
  /** The proxy for an https origin, from the environment, or undefined. */
  proxyFor(u) {
    return u.protocol === "https:" ? getProxyForUrl(u.toString()) || void 0 : void 0;
  }
  /** A proxy's tunnelling agent, loaded only when a proxy is configured. */
  tunnel(proxy) {
    return memo(this.tunnels, proxy, async () => {
      const m = await import("./dist-FMSAOXAV.js");
      const { HttpsProxyAgent } = m.default ?? m;
      return new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets: this.opts.connections ?? 32 });
    });
  }
  /** Count a connection the first time a request gets it, and whether its TLS session was resumed. */
  count(origin, socket) {
    if (this.counted.has(socket)) return;
    this.counted.add(socket);
    let s = this.stats.get(origin);
    if (!s) this.stats.set(origin, s = { connections: 0, handshakes: 0, resumed: 0 });
    s.connections++;
    if (!(socket instanceof import_node_tls.default.TLSSocket)) return;
    const st = s;
    const seen = () => socket.isSessionReused() ? st.resumed++ : st.handshakes++;
    if (socket.encrypted && !socket.connecting && socket.getProtocol()) seen();
    else socket.once("secureConnect", seen);
  }
  async send(u, opts) {
    const proxy = this.proxyFor(u);
    const agent = u.protocol !== "https:" ? this.agents.http : proxy ? await this.tunnel(proxy) : this.agents.https;
    const timeoutMs = this.opts.timeoutMs ?? 12e4;
    return new Promise((resolve, reject) => {
      const options = {
        method: opts.method ?? "GET",
        headers: opts.headers,
        agent,
        secureContext: this.secureContext
      };
      if (proxy) options.checkServerIdentity = (_host, cert) => import_node_tls.default.checkServerIdentity(u.hostname.replace(/^\[|\]$/g, ""), cert);
      const req = (u.protocol === "https:" ? import_node_https.default : import_node_http.default).request(u, options, (res) => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new NodeBody(res) });
      });
      req.once("socket", (s) => this.count(u.origin, s));
      req.setTimeout(
        timeoutMs,
        () => req.destroy(Object.assign(new Error(`no response from ${u.host} in ${Math.round(timeoutMs / 1e3)} s`), { code: "ETIMEDOUT" }))
      );
      req.on("error", reject);
      const body = opts.body;
      if (body === void 0 || typeof body === "string" || Buffer.isBuffer(body)) req.end(body);
      else if (isRelay(body)) pump(body.source, req, body.tap);
      else pump(body instanceof import_node_stream.Readable ? body : import_node_stream.Readable.from(body), req);
    });
  }
};
function pump(src, req, tap) {
  let pending = [];
  let bytes = 0;
  let finished = false;
  const fail = (e) => {
    if (finished) return;
    finished = true;
    src.destroy();
    req.destroy(e);
  };
  const flush = () => {
    if (pending.length === 0) return true;
    const out = pending;
    pending = [];
    bytes = 0;
    if (out.length === 1) return req.write(out[0]);
    req.cork();
    let ok = true;
    for (const b of out) ok = req.write(b);
    req.uncork();
    return ok;
  };
  const add = (b) => {
    if (!b) return;
    if (Buffer.isBuffer(b)) {
      pending.push(b);
      bytes += b.length;
    } else {
      for (const x of b) {
        pending.push(x);
        bytes += x.length;
      }
    }
  };
  src.on("data", (c) => {
    try {
      add(tap ? tap.chunk(c) : c);
    } catch (e) {
      fail(e);
      return;
    }
    streamed(c.length);
    if (bytes >= WRITE_BATCH && !flush()) src.pause();
  });
  req.on("drain", () => src.resume());
  src.once("end", () => {
    try {
      add(tap?.end());
    } catch (e) {
      fail(e);
      return;
    }
    finished = true;
    flush();
    req.end();
  });
  src.once("error", (e) => fail(e));
  src.once("close", () => {
    if (!src.readableEnded) fail(Object.assign(new Error("the source stream closed before its end"), { code: "ECONNRESET" }));
  });
  req.once("close", () => {
    if (!src.destroyed && !src.readableEnded) src.destroy();
  });
}
function memo(map, key, make) {
  let p = map.get(key);
  if (!p) map.set(key, p = make());
  return p;
}
var NodeBody = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  dump() {
    if (this.stream.readableEnded || this.stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.once("end", resolve).once("close", resolve).once("error", () => resolve());
      this.stream.resume();
    });
  }
  async bytes() {
    const parts = [];
    for await (const c of this.stream) parts.push(c);
    return Buffer.concat(parts);
  }
  async text() {
    return (await this.bytes()).toString("utf8");
  }
};

// src/oci/registry.ts
var import_node_crypto = __toESM(require_crypto(), 1);

// src/oci/auth.ts
function parseChallenge(header) {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return void 0;
  const m = /^\s*(\w+)\s*(.*)$/.exec(h);
  if (!m) return void 0;
  const scheme = m[1].toLowerCase();
  if (scheme !== "bearer" && scheme !== "basic") return void 0;
  const params = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1].toLowerCase()] = p[2];
  return { scheme, realm: params["realm"], service: params["service"], scope: params["scope"] };
}
var AuthError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  name = "AuthError";
};
var ACR_SCOPE = "https://containerregistry.azure.net/.default";
function parseScope(s) {
  const i = s.lastIndexOf(":");
  return { resource: s.slice(0, i), actions: new Set(s.slice(i + 1).split(",")) };
}
var TokenSource = class {
  constructor(origin, auth, http2) {
    this.origin = origin;
    this.auth = auth;
    this.http = http2;
  }
  origin;
  auth;
  http;
  grants = [];
  refresh;
  /** The registry's last challenge: later scopes are authorized without another 401 round trip. */
  challenge;
  describe() {
    return this.auth.kind === "anonymous" ? "anonymous access" : this.auth.describe;
  }
  /** A cached Authorization header whose grant covers every requested scope. */
  cached(scopes) {
    const now = Date.now();
    const want = scopes.map(parseScope);
    for (let i = this.grants.length - 1; i >= 0; i--) {
      const g = this.grants[i];
      if (g.expires <= now) continue;
      if (want.every((w) => [...w.actions].every((a) => g.scopes.get(w.resource)?.has(a)))) return g.header;
    }
    return void 0;
  }
  /** The Authorization header value for a challenge and the scopes the caller needs. */
  async authorize(ch, scopes) {
    this.challenge = { scheme: ch.scheme, realm: ch.realm, service: ch.service };
    const key = scopes;
    if (ch.scheme === "basic") {
      if (this.auth.kind !== "basic") throw new AuthError(`the registry wants a username and password (${this.describe()} given)`, 401);
      return this.remember(key, "Basic " + Buffer.from(`${this.auth.username}:${this.auth.password}`).toString("base64"), 3600);
    }
    if (!ch.realm) throw new AuthError("the registry sent a Bearer challenge without a realm");
    if (this.auth.kind === "azure") return this.remember(key, `Bearer ${await this.acrAccessToken(ch, scopes)}`, 240);
    const u = new URL(ch.realm);
    if (ch.service) u.searchParams.set("service", ch.service);
    for (const s of scopes) u.searchParams.append("scope", s);
    const headers = {};
    if (this.auth.kind === "basic") headers["authorization"] = "Basic " + Buffer.from(`${this.auth.username}:${this.auth.password}`).toString("base64");
    const res = await this.http.request(u, { headers });
    const body = await res.body.text() || "{}";
    if (res.status !== 200) throw new AuthError(`token request to ${u.origin}${u.pathname} failed with HTTP ${res.status} (${this.describe()})`, res.status);
    const json = JSON.parse(body);
    const token = json.token ?? json.access_token;
    if (!token) throw new AuthError(`token response from ${u.origin} holds no token`);
    maskSecret(token);
    return this.remember(key, `Bearer ${token}`, Math.max(30, (json.expires_in ?? 60) - 15));
  }
  remember(scopes, header, ttlSeconds) {
    const map = /* @__PURE__ */ new Map();
    for (const s of scopes) {
      const p = parseScope(s);
      const have = map.get(p.resource) ?? /* @__PURE__ */ new Set();
      for (const a of p.actions) have.add(a);
      map.set(p.resource, have);
    }
    if (header.startsWith("Basic ")) map.set("*", /* @__PURE__ */ new Set());
    this.grants.push({ scopes: map, header, expires: Date.now() + ttlSeconds * 1e3 });
    return header;
  }
  /** ACR: AAD token → refresh token (exchange) → access token for the scopes. */
  async acrAccessToken(ch, scopes) {
    if (this.auth.kind !== "azure") throw new Error("unreachable");
    const service = ch.service ?? new URL(this.origin).host;
    if (!this.refresh || this.refresh.expires - 3e5 < Date.now()) {
      const aad = await this.auth.credential.getToken(ACR_SCOPE);
      if (!aad) throw new AuthError(`no Azure AD token for ${ACR_SCOPE} (${this.describe()})`);
      maskSecret(aad.token);
      const res2 = await this.http.request(`${this.origin}/oauth2/exchange?api-version=2021-07-01`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "access_token", service, access_token: aad.token }).toString()
      });
      const text2 = await res2.body.text();
      if (res2.status !== 200)
        throw new AuthError(`ACR token exchange at ${this.origin}/oauth2/exchange failed with HTTP ${res2.status} (${this.describe()})`, res2.status);
      const rt = JSON.parse(text2).refresh_token ?? "";
      maskSecret(rt);
      const payload = JSON.parse(Buffer.from(rt.split(".")[1] ?? "", "base64url").toString() || "{}");
      this.refresh = { token: rt, expires: (payload.exp ?? Date.now() / 1e3 + 600) * 1e3 };
    }
    const res = await this.http.request(`${this.origin}/oauth2/token?api-version=2021-07-01`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ grant_type: "refresh_token", service, scope: scopes.join(" "), refresh_token: this.refresh.token }).toString()
    });
    const text = await res.body.text();
    if (res.status !== 200) throw new AuthError(`ACR access token request failed with HTTP ${res.status} (${this.describe()})`, res.status);
    const at = JSON.parse(text).access_token ?? "";
    maskSecret(at);
    return at;
  }
};

// src/oci/media.ts
var MediaType = {
  ociIndex: "application/vnd.oci.image.index.v1+json",
  ociManifest: "application/vnd.oci.image.manifest.v1+json",
  dockerList: "application/vnd.docker.distribution.manifest.list.v2+json",
  dockerManifest: "application/vnd.docker.distribution.manifest.v2+json",
  dockerManifestV1Signed: "application/vnd.docker.distribution.manifest.v1+prettyjws"
};
var MANIFEST_ACCEPT = [MediaType.ociIndex, MediaType.ociManifest, MediaType.dockerList, MediaType.dockerManifest].join(", ");
function isIndex(mediaType) {
  return mediaType === MediaType.ociIndex || mediaType === MediaType.dockerList;
}
function platformOf(d) {
  const p = d.platform;
  if (!p) return "unknown";
  return [p.os, p.architecture, p.variant].filter(Boolean).join("/");
}

// src/oci/registry.ts
var RegistryError = class extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
  status;
  code;
  name = "RegistryError";
};
var Registry = class {
  constructor(opts) {
    this.opts = opts;
    this.origin = `${opts.plainHttp ? "http" : "https"}://${apiHost(opts.registry)}`;
    this.tokens = new TokenSource(this.origin, opts.auth, opts.http);
    this.retry = opts.retry ?? DEFAULT_RETRY;
  }
  opts;
  origin;
  tokens;
  retry;
  get name() {
    return this.opts.registry;
  }
  /**
   * One request with auth and retries. Replayable bodies (buffers) are retried on 429/5xx and
   * network errors; a streamed body is sent once (the caller restarts the whole transfer).
   */
  async send(method, pathOrUrl, opts) {
    const url = pathOrUrl.startsWith("http") ? pathOrUrl : this.origin + pathOrUrl;
    const replayable = isReplayable(opts.body);
    let authed = false;
    for (let attempt = 0; ; attempt++) {
      const headers = { ...opts.headers ?? {} };
      let auth = this.tokens.cached(opts.scopes);
      if (!auth && this.tokens.challenge && !authed) {
        auth = await this.tokens.authorize(this.tokens.challenge, opts.scopes).catch(() => void 0);
        authed = !!auth;
      }
      if (auth) headers["authorization"] = auth;
      let res;
      try {
        res = await this.opts.http.request(url, { method, headers, body: opts.body });
      } catch (e) {
        if (replayable && isRetryableError(e) && attempt + 1 < this.retry.attempts) {
          const d = backoffMs(attempt, this.retry);
          this.opts.onRetry?.(opts.what, attempt + 1, d, e.code ?? String(e));
          await sleep(d);
          continue;
        }
        throw Object.assign(
          new RegistryError(`${opts.what}: ${getErrorMessage(e)}${e.code ? ` (${e.code})` : ""}`),
          { cause: e, retryable: isRetryableError(e) }
        );
      }
      if (res.status === 401 && !authed) {
        const ch = parseChallenge(res.headers["www-authenticate"]);
        await res.body.dump();
        if (!ch) throw new RegistryError(`${opts.what}: HTTP 401 without a challenge`, 401);
        await this.tokens.authorize(ch, opts.scopes).catch((e) => {
          if (e instanceof AuthError) throw new RegistryError(`${opts.what}: ${e.message}${hint(this.name, e.status)}`, e.status ?? 401);
          throw e;
        });
        authed = true;
        if (!replayable) {
          throw Object.assign(new RegistryError(`${opts.what}: authorization needed; retrying the transfer`, 401), { retryable: true });
        }
        attempt--;
        continue;
      }
      if (opts.ok.includes(res.status)) return res;
      if (RETRY_STATUS.has(res.status) && replayable && attempt + 1 < this.retry.attempts) {
        const d = backoffMs(attempt, this.retry, retryAfterMs(res.headers["retry-after"]));
        await res.body.dump();
        this.opts.onRetry?.(opts.what, attempt + 1, d, `HTTP ${res.status}`);
        await sleep(d);
        continue;
      }
      throw await this.failure(res, opts.what);
    }
  }
  async failure(res, what) {
    let code;
    let message = "";
    try {
      const j = JSON.parse(await res.body.text());
      code = j.errors?.[0]?.code;
      message = j.errors?.[0]?.message ?? "";
    } catch {
    }
    const err = new RegistryError(
      `${what}: HTTP ${res.status}${code ? ` ${code}` : ""}${message ? `: ${message}` : ""}${hint(this.name, res.status, this.tokens.describe())}`,
      res.status,
      code
    );
    if (RETRY_STATUS.has(res.status)) err.retryable = true;
    return err;
  }
  /**
   * Learn the registry's challenge and get one token for many scopes at once (token servers accept
   * repeated `scope`), so a run over many repositories does not pay a 401 and a token request per
   * repository. Best effort: on any problem the lazy per-request path still works.
   */
  async prefetch(scopes) {
    if (scopes.length === 0 || this.tokens.cached(scopes)) return;
    try {
      if (!this.tokens.challenge) {
        const r = await this.opts.http.request(`${this.origin}/v2/`);
        await r.body.dump();
        const ch = r.status === 401 ? parseChallenge(r.headers["www-authenticate"]) : void 0;
        if (!ch) return;
        this.tokens.challenge = ch;
      }
      await this.tokens.authorize(this.tokens.challenge, scopes);
    } catch {
    }
  }
  // ------------------------------------------------------------- manifests
  /** Digest and media type of a manifest, or undefined when it does not exist. */
  async headManifest(repo, ref, scope = "pull") {
    try {
      const r = await this.send("HEAD", `/v2/${repo}/manifests/${ref}`, {
        scopes: [`repository:${repo}:${scope}`],
        headers: { accept: MANIFEST_ACCEPT },
        ok: [200],
        what: `HEAD ${this.name}/${repo}:${ref}`
      });
      await r.body.dump();
      const digest = String(r.headers["docker-content-digest"] ?? "");
      if (!digest) return void 0;
      return { digest, mediaType: String(r.headers["content-type"] ?? ""), size: Number(r.headers["content-length"] ?? 0) };
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return void 0;
      throw e;
    }
  }
  async getManifest(repo, ref) {
    const r = await this.send("GET", `/v2/${repo}/manifests/${ref}`, {
      scopes: [`repository:${repo}:pull`],
      headers: { accept: MANIFEST_ACCEPT },
      ok: [200],
      what: `GET manifest ${this.name}/${repo}:${ref}`
    });
    const bytes = await r.body.bytes();
    const digest = "sha256:" + (0, import_node_crypto.createHash)("sha256").update(bytes).digest("hex");
    if (ref.startsWith("sha256:") && digest !== ref) throw new RegistryError(`manifest ${this.name}/${repo}@${ref} does not match its digest (got ${digest})`);
    const header = r.headers["docker-content-digest"];
    if (header && String(header) !== digest)
      throw new RegistryError(`manifest ${this.name}/${repo}:${ref}: body digest ${digest} differs from Docker-Content-Digest ${header}`);
    const mediaType = String(r.headers["content-type"] ?? "").split(";")[0] || JSON.parse(bytes.toString()).mediaType || "";
    return { bytes, digest, mediaType };
  }
  async putManifest(repo, ref, bytes, mediaType) {
    const r = await this.send("PUT", `/v2/${repo}/manifests/${ref}`, {
      scopes: [`repository:${repo}:pull,push`],
      headers: { "content-type": mediaType },
      body: bytes,
      ok: [201, 200],
      what: `PUT manifest ${this.name}/${repo}:${ref}`
    });
    await r.body.dump();
    return String(r.headers["docker-content-digest"] ?? "");
  }
  // ------------------------------------------------------------- blobs
  async blobExists(repo, digest, scope = "pull") {
    try {
      const r = await this.send("HEAD", `/v2/${repo}/blobs/${digest}`, {
        scopes: [`repository:${repo}:${scope}`],
        ok: [200],
        what: `HEAD blob ${this.name}/${repo}@${digest}`
      });
      await r.body.dump();
      return true;
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return false;
      throw e;
    }
  }
  /** A blob's body as a stream, following the redirects registries use for storage (307 to a CDN). */
  async getBlob(repo, digest) {
    let r = await this.send("GET", `/v2/${repo}/blobs/${digest}`, {
      scopes: [`repository:${repo}:pull`],
      ok: [200, 307, 302, 303],
      what: `GET blob ${this.name}/${repo}@${digest}`
    });
    for (let hops = 0; r.status >= 300 && hops < 5; hops++) {
      await r.body.dump();
      const loc = new URL(String(r.headers["location"]), this.origin).toString();
      r = await this.opts.http.request(loc);
    }
    if (r.status !== 200) throw await this.failure(r, `GET blob ${this.name}/${repo}@${digest}`);
    return r.body.stream;
  }
  /** Try a cross-repository mount; returns true when mounted, else the upload location to use. */
  async startUpload(repo, mount) {
    const scopes = [`repository:${repo}:pull,push`, ...mount ? [`repository:${mount.from}:pull`] : []];
    const q = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : "";
    const r = await this.send("POST", `/v2/${repo}/blobs/uploads/${q}`, { scopes, ok: [201, 202], what: `start upload ${this.name}/${repo}` });
    await r.body.dump();
    if (r.status === 201) return { mounted: true };
    return { mounted: false, location: String(r.headers["location"] ?? "") };
  }
  /** Monolithic streaming PUT of a whole blob to an upload location (a relayed download, or a stream). */
  async putBlob(repo, location, digest, size, body) {
    const url = new URL(location, this.origin);
    url.searchParams.set("digest", digest);
    const r = await this.send("PUT", url.toString(), {
      scopes: [`repository:${repo}:pull,push`],
      headers: { "content-type": "application/octet-stream", "content-length": String(size) },
      body,
      ok: [201, 204],
      what: `upload ${digest} to ${this.name}/${repo}`
    });
    await r.body.dump();
    const got = r.headers["docker-content-digest"];
    if (got && String(got) !== digest) throw new RegistryError(`upload ${digest} to ${this.name}/${repo}: registry stored ${got}`);
  }
  /** OCI 1.1 referrers of a digest, or [] where the registry has no referrers API. */
  async referrers(repo, digest) {
    try {
      const r = await this.send("GET", `/v2/${repo}/referrers/${digest}`, {
        scopes: [`repository:${repo}:pull`],
        headers: { accept: "application/vnd.oci.image.index.v1+json" },
        ok: [200],
        what: `GET referrers ${this.name}/${repo}@${digest}`
      });
      const j = JSON.parse(await r.body.text());
      return j.manifests ?? [];
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400 || e.status === 405)) return [];
      throw e;
    }
  }
};
function hint(registry, status, credential) {
  if (status !== 401 && status !== 403) return "";
  const who = credential ? ` (tried ${credential})` : "";
  if (/\.azurecr\.(io|cn|us)$/.test(registry)) {
    return `${who}; the identity needs the AcrPush role on the registry (AcrPull to read)`;
  }
  return `${who}; check the credentials for ${registry} and that they may push there`;
}

// src/oci/copy.ts
var import_node_crypto2 = __toESM(require_crypto(), 1);

// src/lib/limit.ts
var Limiter = class {
  constructor(size) {
    this.size = size;
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Limiter size must be a positive integer, got ${size}`);
  }
  size;
  active = 0;
  waiting = [];
  async run(task) {
    if (this.active >= this.size) await new Promise((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
};
async function allSettledOrThrow(tasks) {
  const settled = await Promise.allSettled(tasks);
  const failure = settled.find((s) => s.status === "rejected");
  if (failure) throw failure.reason;
}

// src/oci/copy.ts
function newResult(src, dst, action, extra = {}) {
  return {
    source: formatReference(src),
    destination: formatReference(dst),
    platforms: [],
    size: 0,
    bytes: 0,
    blobs: { copied: 0, skipped: 0, mounted: 0 },
    signatures: 0,
    action,
    ms: 0,
    ...extra
  };
}
var DigestMismatchError = class extends Error {
  name = "DigestMismatchError";
};
var SIG_SUFFIXES = ["sig", "att", "sbom"];
var Copier = class {
  constructor(source, dest, opts) {
    this.source = source;
    this.dest = dest;
    this.opts = opts;
    this.blobs = new Limiter(opts.blobConcurrency);
  }
  source;
  dest;
  opts;
  /** digest → a destination repository known to hold it (for cross-repository mounts). */
  known = /* @__PURE__ */ new Map();
  /** digest → the transfer of that blob now running (another image's copy waits, then mounts). */
  inflight = /* @__PURE__ */ new Map();
  blobs;
  /**
   * Authorize every repository of a run up front: one token request per registry. `sources`:
   * which pairs will read their source — by default those named by tag (their warm check HEADs the
   * source); a warm run of pinned digests never touches the source registry. The pairs left to
   * copy after the warm checks are prepared with prepareSources.
   */
  async prepare(pairs, sources = pairs.filter((p) => !p.src.digest || this.opts.platforms?.length)) {
    await Promise.all([this.dest.prefetch([...new Set(pairs.map((p) => `repository:${p.dst.repository}:pull,push`))]), this.prepareSources(sources)]);
  }
  /** One token request per source registry for the repositories these pairs read. */
  async prepareSources(pairs) {
    const bySource = /* @__PURE__ */ new Map();
    for (const p of pairs) {
      const set = bySource.get(p.src.registry) ?? /* @__PURE__ */ new Set();
      set.add(`repository:${p.src.repository}:pull`);
      bySource.set(p.src.registry, set);
    }
    await Promise.all([...bySource].map(([host, scopes]) => this.source(host).prefetch([...scopes])));
  }
  /** The digest both sides share when the destination is already up to date, else undefined. */
  async upToDate(src, dst) {
    if (this.opts.platforms?.length) return void 0;
    const ref = src.digest ?? src.tag;
    const dstRef = dst.tag ?? dst.digest ?? src.digest;
    const [srcHead, have] = await Promise.all([
      src.digest ? Promise.resolve({ digest: src.digest }) : this.source(src.registry).headManifest(src.repository, ref),
      this.dest.headManifest(dst.repository, dstRef, "pull,push")
    ]);
    return srcHead?.digest && have?.digest === srcHead.digest ? have.digest : void 0;
  }
  /**
   * For an image already up to date: copy the signatures, attestations and referrers of its digest
   * that the destination lacks (added at the source after the first copy). Nothing else is touched.
   */
  async refreshSignatures(src, dst, digest) {
    const t0 = Date.now();
    const result = newResult(src, dst, "skipped", { digest });
    try {
      await this.copySignatures(this.source(src.registry), src, dst, digest, result);
    } catch (e) {
      result.action = "failed";
      result.error = `signatures of ${result.source}: ${getErrorMessage(e)}`;
    }
    result.ms = Date.now() - t0;
    return result;
  }
  /** `checked`: the caller already ran upToDate and it said no. */
  async copy(src, dst, checked = false) {
    const t0 = Date.now();
    const result = newResult(src, dst, "copied");
    const srcReg = this.source(src.registry);
    try {
      const ref = src.digest ?? src.tag;
      const dstRef = dst.tag ?? dst.digest ?? src.digest;
      if (!checked) {
        const same = await this.upToDate(src, dst);
        if (same) {
          result.action = "skipped";
          result.digest = same;
          return result;
        }
      }
      const top = await srcReg.getManifest(src.repository, ref);
      if (src.digest && top.digest !== src.digest) throw new RegistryError(`${result.source} resolved to ${top.digest}`);
      const lookup = this.opts.signatures ? this.findSignatures(srcReg, src, top.digest) : void 0;
      lookup?.catch(() => void 0);
      let bytes = top.bytes;
      const parsed = JSON.parse(top.bytes.toString("utf8"));
      if (isIndex(top.mediaType) || parsed.manifests) {
        let children = parsed.manifests ?? [];
        if (this.opts.platforms?.length) {
          const available = children.map(platformOf);
          const missing = this.opts.platforms.filter((p) => !available.includes(p));
          if (missing.length) {
            throw new RegistryError(`platform ${missing.join(", ")} is not in ${result.source} (it has ${[...new Set(available)].join(", ")})`);
          }
          const keep = new Set(children.filter((c) => this.opts.platforms.includes(platformOf(c))).map((c) => c.digest));
          children = children.filter((c) => keep.has(c.digest) || keep.has(c.annotations?.["vnd.docker.reference.digest"] ?? ""));
          bytes = Buffer.from(JSON.stringify({ ...JSON.parse(top.bytes.toString("utf8")), manifests: children }));
          result.filtered = true;
        }
        result.platforms = children.map(platformOf).filter((p) => p !== "unknown/unknown");
        await allSettledOrThrow(children.map((child) => this.copyManifest(srcReg, src.repository, dst.repository, child.digest, result)));
      } else {
        result.platforms = ["single"];
        await this.copyManifestBody(srcReg, src.repository, dst.repository, parsed, result);
      }
      const found = lookup ? await lookup : void 0;
      const signatures = !!found && found.tags.length + found.referrers.length > 0;
      const signFirst = signatures && !result.filtered && dstRef !== top.digest;
      if (signFirst) {
        await this.dest.putManifest(dst.repository, top.digest, bytes, top.mediaType);
        await this.copySignatures(srcReg, src, dst, top.digest, result, found);
      }
      const digest = await this.dest.putManifest(dst.repository, dstRef, bytes, top.mediaType);
      result.digest = digest || top.digest;
      if (!result.filtered && result.digest !== top.digest) {
        throw new RegistryError(`${result.destination} stored digest ${result.digest}, the source has ${top.digest}`);
      }
      if (result.blobs.copied === 0 && result.blobs.mounted > 0) result.action = "mounted";
      if (signatures && !signFirst) await this.copySignatures(srcReg, src, dst, top.digest, result, found);
      return result;
    } catch (e) {
      result.action = "failed";
      result.error = getErrorMessage(e);
      return result;
    } finally {
      result.ms = Date.now() - t0;
    }
  }
  async copyManifest(srcReg, srcRepo, dstRepo, digest, result) {
    const m = await srcReg.getManifest(srcRepo, digest);
    const parsed = JSON.parse(m.bytes.toString("utf8"));
    if (parsed.manifests) {
      await allSettledOrThrow(parsed.manifests.map((c) => this.copyManifest(srcReg, srcRepo, dstRepo, c.digest, result)));
    } else {
      await this.copyManifestBody(srcReg, srcRepo, dstRepo, parsed, result);
    }
    await this.dest.putManifest(dstRepo, digest, m.bytes, m.mediaType);
  }
  async copyManifestBody(srcReg, srcRepo, dstRepo, m, result) {
    const blobs = [...m.config ? [m.config] : [], ...m.layers ?? []];
    const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
    let failed;
    await Promise.all(
      unique.map(
        (b) => this.blobs.run(async () => {
          if (failed) return;
          try {
            const how = await this.copyBlobOnce(srcReg, srcRepo, dstRepo, b);
            result.size += b.size;
            result.blobs[how]++;
            if (how === "copied") result.bytes += b.size;
          } catch (e) {
            failed ??= { error: e };
          }
        })
      )
    );
    if (failed) throw failed.error;
  }
  /** One transfer per digest at a time: a blob two images share is sent once, then mounted. */
  async copyBlobOnce(srcReg, srcRepo, dstRepo, b) {
    for (let running = this.inflight.get(b.digest); running; running = this.inflight.get(b.digest)) await running.catch(() => void 0);
    const p = this.copyBlob(srcReg, srcRepo, dstRepo, b);
    this.inflight.set(b.digest, p);
    try {
      return await p;
    } finally {
      this.inflight.delete(b.digest);
    }
  }
  async copyBlob(srcReg, srcRepo, dstRepo, b) {
    const policy = this.dest.retry;
    for (let attempt = 0; ; attempt++) {
      let verifier;
      try {
        if (await this.dest.blobExists(dstRepo, b.digest, "pull,push")) {
          this.known.set(b.digest, dstRepo);
          return "skipped";
        }
        const from = this.known.get(b.digest);
        const start = await this.dest.startUpload(dstRepo, from && from !== dstRepo ? { digest: b.digest, from } : void 0);
        if (start.mounted) {
          this.known.set(b.digest, dstRepo);
          return "mounted";
        }
        const body = await srcReg.getBlob(srcRepo, b.digest);
        verifier = new DigestVerifier(b.digest, b.size);
        try {
          await this.dest.putBlob(dstRepo, start.location, b.digest, b.size, { source: body, tap: verifier });
        } finally {
          if (!body.readableEnded) body.destroy();
        }
        if (verifier.error) throw verifier.error;
        this.known.set(b.digest, dstRepo);
        return "copied";
      } catch (e) {
        const mismatch = verifier?.error ?? (e instanceof DigestMismatchError ? e : findMismatch(e));
        if (mismatch) throw mismatch;
        const retryable = e.retryable || isRetryableError(e);
        if (!retryable || attempt + 1 >= policy.attempts) throw e;
        const d = backoffMs(attempt, policy);
        this.opts.log.info(`  retrying blob ${b.digest.slice(0, 19)}\u2026 (${getErrorMessage(e).split("\n")[0]}) in ${d} ms`);
        await sleep(d);
      }
    }
  }
  /**
   * The signatures, attestations and referrers of a digest at the source: the three tag lookups
   * and the referrers listing at once (most images have none of them, and four sequential round
   * trips would sit at the end of every image).
   */
  async findSignatures(srcReg, src, digest) {
    const tags = SIG_SUFFIXES.map((s) => `${digest.replace(":", "-")}.${s}`);
    const [heads, referrers] = await Promise.all([
      Promise.all(tags.map((t) => srcReg.headManifest(src.repository, t))),
      srcReg.referrers(src.repository, digest)
    ]);
    return { tags: tags.flatMap((tag, i) => heads[i] ? [{ tag, digest: heads[i].digest }] : []), referrers };
  }
  async copySignatures(srcReg, src, dst, digest, result, found) {
    const { tags, referrers } = found ?? await this.findSignatures(srcReg, src, digest);
    for (const { tag, digest: want } of tags) {
      const have = await this.dest.headManifest(dst.repository, tag, "pull,push");
      if (have?.digest !== want) {
        const m = await srcReg.getManifest(src.repository, tag);
        await this.copyManifestBody(srcReg, src.repository, dst.repository, JSON.parse(m.bytes.toString("utf8")), result);
        await this.dest.putManifest(dst.repository, tag, m.bytes, m.mediaType);
      }
      result.signatures++;
    }
    for (const r of referrers) {
      const m = await srcReg.getManifest(src.repository, r.digest);
      await this.copyManifestBody(srcReg, src.repository, dst.repository, JSON.parse(m.bytes.toString("utf8")), result);
      await this.dest.putManifest(dst.repository, r.digest, m.bytes, m.mediaType);
      result.signatures++;
    }
  }
};
function findMismatch(e) {
  let cur = e;
  for (let i = 0; i < 4 && cur; i++) {
    if (cur instanceof DigestMismatchError) return cur;
    cur = cur.cause;
  }
  return void 0;
}
var DigestVerifier = class {
  constructor(digest, size) {
    this.digest = digest;
    this.size = size;
  }
  digest;
  size;
  hash = (0, import_node_crypto2.createHash)("sha256");
  n = 0;
  held;
  error;
  chunk(c) {
    this.hash.update(c);
    this.n += c.length;
    if (this.n > this.size) {
      this.error = new DigestMismatchError(`blob ${this.digest}: the source sent more than the ${this.size} bytes its descriptor declares`);
      throw this.error;
    }
    const previous = this.held;
    this.held = c;
    return previous;
  }
  end() {
    const got = "sha256:" + this.hash.digest("hex");
    if (got !== this.digest || this.n !== this.size) {
      this.error = new DigestMismatchError(`blob ${this.digest}: the source sent ${this.n} bytes hashing to ${got}; refusing to store it`);
      throw this.error;
    }
    return this.held;
  }
};

// src/republish/helm-values.ts
function helmValues(images, o) {
  const by = /* @__PURE__ */ new Map();
  for (const m of images) {
    const s = parseReference(m.source);
    by.set(`${s.registry}/${s.repository}`, { src: s, dst: parseReference(m.destination), ...m.digest ? { digest: m.digest } : {} });
  }
  const out = {};
  const set = (chart, path, value) => {
    const keys = path.split(".");
    let cur = out[chart] ??= {};
    for (const k of keys.slice(0, -1)) cur = cur[k] ??= {};
    cur[keys.at(-1)] = value;
  };
  const point = (chart, values2, tagToo) => {
    for (const [repo, paths] of Object.entries(values2)) {
      const hit = by.get(repo);
      if (!hit) continue;
      for (const p of paths) {
        if (p.registry && p.repository) {
          set(chart, p.registry, hit.dst.registry);
          set(chart, p.repository, hit.dst.repository);
        } else if (p.registry && p.name) {
          const i = hit.dst.repository.lastIndexOf("/");
          set(chart, p.registry, i < 0 ? hit.dst.registry : `${hit.dst.registry}/${hit.dst.repository.slice(0, i)}`);
          set(chart, p.name, hit.dst.repository.slice(i + 1));
        } else if (p.name) set(chart, p.name, `${hit.dst.registry}/${hit.dst.repository}`);
        if (p.digest && hit.digest) set(chart, p.digest, hit.digest);
        if (p.tag && hit.dst.tag && tagToo(repo, hit.dst.tag)) set(chart, p.tag, hit.dst.tag);
      }
    }
  };
  for (const [chart, facts] of Object.entries(o.linkerd?.charts ?? {})) point(chart, facts.values, () => false);
  const fixed = Object.values(o.linkerd?.charts ?? {}).flatMap((f) => f.hardcoded ?? []);
  for (const src of fixed) {
    const hit = by.get(src.replace(/[:@][^/]*$/, ""));
    if (hit && (hit.src.tag ? `${hit.src.registry}/${hit.src.repository}:${hit.src.tag}` : "") === src) {
      (out["meshci"] ??= { images: {} })["images"][src] = `${hit.dst.registry}/${hit.dst.repository}:${hit.dst.tag}`;
    }
  }
  for (const [app, a] of Object.entries(o.apps ?? {})) {
    point(app, a.values, (repo) => a.images.some((i) => i === `${repo}:{version}`));
  }
  return out;
}
function helmValuesYaml(values2) {
  return jsYaml.dump(values2, { lineWidth: -1, noRefs: true, sortKeys: false });
}

// src/actions/republish/main.ts
async function main(inputs = getInputs()) {
  const linkerd = inputs.linkerdVersion ? await group(`Linkerd ${inputs.linkerdVersion}: the images its charts pull`, () => linkerdSet(inputs)) : void 0;
  if (!inputs.images.length) throw new ConfigurationError("Nothing to republish: give 'images' (one reference per line) and/or 'linkerd-version'");
  if (inputs.mode === "plan") return plan(inputs, linkerd);
  const http2 = new HttpTransport();
  try {
    await republish(inputs, http2, linkerd);
  } finally {
    for (const [origin, s] of http2.stats)
      debug(`connections to ${origin}: ${s.connections} (${s.handshakes} TLS handshake${s.handshakes === 1 ? "" : "s"}, ${s.resumed} resumed)`);
    await http2.close();
  }
}
async function linkerdSet(inputs) {
  const version = inputs.linkerdVersion;
  const [{ versionFacts }, { ensureTool, HELM_VERSION }] = await Promise.all([import("./resolve-QBDQRI3V.js"), import("./tool-install-67IZZBYK.js")]);
  const entry = await versionFacts(version, { helm: () => ensureTool({ name: "helm", version: HELM_VERSION }), repo: inputs.chartRepo, log: actionsLogger });
  const images = linkerdImages(entry, version, inputs.extensions);
  addImages(inputs, images, `Linkerd ${version}`);
  info(`${images.length} image(s) from ${entry.resolvedFrom}`);
  return entry;
}
function values(inputs, linkerd, images) {
  const app = appEntry(inputs.app);
  return helmValuesYaml(helmValues(images, { ...linkerd ? { linkerd } : {}, ...app ? { apps: { [inputs.app]: app } } : {} }));
}
async function plan(inputs, linkerd) {
  const pairs = inputs.images.map((src) => ({ src, dst: destinationFor(src, inputs.destination, inputs.mapping) }));
  const ref = (r) => `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
  await group(
    `Plan: ${pairs.length} image(s) \u2192 ${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ""} (nothing is copied)`,
    async () => {
      for (const p of pairs) info(`${ref(p.src)} \u2192 ${ref(p.dst)}   (${inputs.origins.get(ref(p.src)) ?? ""})`);
    }
  );
  setOutput("images", pairs.map((p) => ref(p.src)).join("\n"));
  setOutput("image-map", JSON.stringify(Object.fromEntries(pairs.map((p) => [ref(p.src), ref(p.dst)]))));
  setOutput(
    "helm-values",
    values(
      inputs,
      linkerd,
      pairs.map((p) => ({ source: ref(p.src), destination: ref(p.dst) }))
    )
  );
  for (const k of ["copied", "skipped", "failed", "bytes"]) setOutput(k, "0");
  await summary.addHeading("meshci republish: plan", 2).addRaw(
    `<p>${pairs.length} image(s)${inputs.linkerdVersion ? ` for Linkerd ${escapeHtml(inputs.linkerdVersion)}${inputs.extensions.length ? ` (${inputs.extensions.join(", ")})` : ""}` : ""}${linkerd ? `, from ${escapeHtml(linkerd.source)}` : ""}. Nothing was copied.</p>`
  ).addTable([
    ["image", "from", "would be republished as"].map((h) => ({ data: h, header: true })),
    ...pairs.map((p) => [
      { data: `<code>${escapeHtml(ref(p.src))}</code>` },
      { data: escapeHtml(inputs.origins.get(ref(p.src)) ?? "") },
      { data: `<code>${escapeHtml(ref(p.dst))}</code>` }
    ])
  ]).write();
}
async function destinationAuth(inputs) {
  const host = inputs.destination.registry;
  let kind = inputs.destinationAuth;
  if (kind === "auto") kind = inputs.destinationUsername ? "basic" : /\.azurecr\.(io|cn|us)(:\d+)?$/.test(host) ? "azure" : "anonymous";
  if (kind === "basic") {
    if (!inputs.destinationUsername || !inputs.destinationPassword) {
      throw new ConfigurationError("Input 'destination-auth' is basic but 'destination-username' or 'destination-password' is empty");
    }
    return {
      kind: "basic",
      username: inputs.destinationUsername,
      password: inputs.destinationPassword,
      describe: `username/password for ${inputs.destinationUsername}`
    };
  }
  if (kind === "azure") return { kind: "azure", credential: await loadAzureCredential(githubIdToken), describe: "the Azure identity (ACR token exchange)" };
  return { kind: "anonymous" };
}
async function republish(inputs, http2, linkerd) {
  const auth = await destinationAuth(inputs);
  if (inputs.lockTags && auth.kind !== "azure") {
    throw new ConfigurationError(
      "Input 'lock-tags' needs the Azure identity for the destination ('destination-auth: azure', or an *.azurecr.io destination without a username)"
    );
  }
  const dest = new Registry({
    registry: inputs.destination.registry,
    auth,
    http: http2,
    plainHttp: inputs.plainHttp.has(inputs.destination.registry),
    onRetry: (what, n, ms, why) => info(`  retry ${n} of ${what} in ${ms} ms (${why})`)
  });
  const source = sourceRegistries(inputs, http2);
  const copier = new Copier(source, dest, {
    platforms: inputs.platforms.length ? inputs.platforms : void 0,
    signatures: inputs.signatures !== "false",
    blobConcurrency: blobSlots(inputs.concurrency),
    log: actionsLogger
  });
  let importer;
  if (inputs.mode !== "copy" && inputs.acrResourceId) {
    const { AcrImporter, parseAcrId } = await import("./acr-import-R2XAT6YC.js");
    importer = new AcrImporter(parseAcrId(inputs.acrResourceId), await loadAzureCredential(githubIdToken));
  }
  const pairs = inputs.images.map((src) => ({ src, dst: destinationFor(src, inputs.destination, inputs.mapping) }));
  if (!importer) await copier.prepare(pairs);
  const rows = new Array(pairs.length);
  const t0 = Date.now();
  const upToDate = /* @__PURE__ */ new Map();
  if (!importer) {
    const checks = await Promise.allSettled(pairs.map((p) => copier.upToDate(p.src, p.dst)));
    checks.forEach((c, i) => {
      if (c.status === "fulfilled" && c.value) upToDate.set(i, c.value);
    });
    await copier.prepareSources(inputs.signatures === "refresh" ? pairs : pairs.filter((_, i) => !upToDate.has(i)));
  }
  await group(
    `Republish ${pairs.length} image(s) to ${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ""} (${inputs.mode})`,
    async () => {
      const images = new Limiter(inputs.concurrency);
      let done2 = 0;
      let moved = 0;
      await Promise.all(
        pairs.map(
          ({ src, dst }, i) => images.run(async () => {
            const same = upToDate.get(i);
            rows[i] = !same ? await one(src, dst, !importer) : inputs.signatures === "refresh" ? withHow(await copier.refreshSignatures(src, dst, same)) : withHow(newResult(src, dst, "skipped", { digest: same }));
            const r = rows[i];
            done2++;
            moved += r.bytes;
            const line = `[${done2}/${pairs.length} images, ${mb(moved)}] ${r.how.padEnd(8)} ${r.source} \u2192 ${r.destination}${r.digest ? `@${r.digest.slice(0, 19)}\u2026` : ""} (${formatDuration(r.ms)}${r.bytes ? `, ${mb(r.bytes)}` : ""})`;
            if (r.how === "failed") error(`${line}: ${r.error}`);
            else info(line);
          })
        )
      );
    }
  );
  async function one(src, dst, checked) {
    if (importer) {
      const start = Date.now();
      try {
        await importer.importImage(src, dst, { timeoutMs: inputs.importTimeoutMs, credentials: inputs.sourceCredentials.get(src.registry) });
        const head = await dest.headManifest(dst.repository, dst.tag ?? dst.digest ?? "latest");
        return { ...newResult(src, dst, "copied", { digest: head?.digest, ms: Date.now() - start }), how: "imported" };
      } catch (e) {
        if (inputs.mode === "import") {
          return withHow(newResult(src, dst, "failed", { ms: Date.now() - start, error: getErrorMessage(e) }));
        }
        warning(`${getErrorMessage(e)}; falling back to a client-side copy`);
      }
    }
    preferThroughputGc();
    const r = await copier.copy(src, dst, checked);
    return withHow(r);
  }
  setOutputs(rows, inputs, linkerd);
  await writeSummary(rows, inputs, Date.now() - t0);
  if (inputs.lockTags && auth.kind === "azure") await lockDestinationTags(rows, inputs, auth.credential);
  const failed = rows.filter((r) => r.how === "failed");
  if (failed.length) throw new Error(`${failed.length} of ${rows.length} image(s) failed: ${failed.map((r) => `${r.source}: ${r.error}`).join("; ")}`);
}
function sourceRegistries(inputs, http2) {
  const sources = /* @__PURE__ */ new Map();
  return (host) => {
    let r = sources.get(host);
    if (!r) {
      const c = inputs.sourceCredentials.get(host);
      r = new Registry({
        registry: host,
        auth: c ? { kind: "basic", username: c.username, password: c.password, describe: `username/password for ${c.username} on ${host}` } : { kind: "anonymous" },
        http: http2,
        plainHttp: inputs.plainHttp.has(host),
        onRetry: (what, n, ms, why) => info(`  retry ${n} of ${what} in ${ms} ms (${why})`)
      });
      sources.set(host, r);
    }
    return r;
  };
}
function setOutputs(rows, inputs, linkerd) {
  const ok = rows.filter((r) => r.how !== "failed");
  const map = {};
  for (const r of ok) map[r.source] = `${r.destination.split("@")[0]}${r.digest ? `@${r.digest}` : ""}`;
  setOutput("image-map", JSON.stringify(map));
  setOutput("images", rows.map((r) => r.source).join("\n"));
  setOutput(
    "helm-values",
    values(
      inputs,
      linkerd,
      ok.map((r) => ({ source: r.source, destination: r.destination, ...r.digest ? { digest: r.digest } : {} }))
    )
  );
  setOutput("copied", String(rows.filter((r) => r.how === "copied" || r.how === "mounted" || r.how === "imported").length));
  setOutput("skipped", String(rows.filter((r) => r.how === "skipped").length));
  setOutput("failed", String(rows.filter((r) => r.how === "failed").length));
  setOutput("bytes", String(rows.reduce((n, r) => n + r.bytes, 0)));
}
async function writeSummary(rows, inputs, total) {
  await summary.addHeading("meshci republish", 2).addRaw(
    `<p>${rows.length} image(s) to <code>${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ""}</code> in ${formatDuration(total)}, ${mb(rows.reduce((n, r) => n + r.bytes, 0))} transferred.</p>`
  ).addTable([
    ["image", "platforms", "size", "what happened", "time"].map((h) => ({ data: h, header: true })),
    ...rows.map((r) => [
      { data: `<code>${r.source}</code>${r.digest ? `<br><sub>${r.digest}</sub>` : ""}` },
      { data: r.platforms.join(", ") || "\u2014" },
      { data: r.size ? mb(r.size) : "\u2014" },
      {
        data: r.how === "failed" ? `\u274C failed: ${escapeHtml(r.error ?? "")}` : `${r.how}${r.filtered ? " (filtered index: new digest)" : ""}${r.signatures ? ` + ${r.signatures} signature(s)` : ""}${r.how === "copied" ? ` (${r.blobs.copied} blobs copied, ${r.blobs.skipped} present, ${r.blobs.mounted} mounted)` : ""}`
      },
      { data: formatDuration(r.ms) }
    ])
  ]).write();
}
async function lockDestinationTags(rows, inputs, credential) {
  const lockable = rows.filter((r) => r.how !== "failed").map((r) => {
    const d = parseReference(r.destination);
    return { repository: d.repository, tag: d.tag };
  }).filter((t) => !!t.tag);
  await group(`Lock ${lockable.length} tag(s)`, async () => {
    const { lockTags } = await import("./acr-tags-S3GNXCOD.js");
    await lockTags(inputs.destination.registry, credential, lockable);
    for (const t of lockable) info(`locked ${inputs.destination.registry}/${t.repository}:${t.tag}`);
  });
}
function withHow(r) {
  return { ...r, how: r.action };
}
function blobSlots(imageConcurrency) {
  return Math.max(4, imageConcurrency * 2);
}
function mb(n) {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`;
}
export {
  main
};

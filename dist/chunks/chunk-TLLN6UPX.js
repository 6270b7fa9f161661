import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Helm,
  generateAnchor,
  generateIssuer
} from "./chunk-2W47MD3R.js";
import {
  parseLinkerdVersion
} from "./chunk-5PFT33RB.js";
import {
  parsePrivateKey
} from "./chunk-3QE3C37Q.js";
import {
  parseReference
} from "./chunk-IJ4TUR3A.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  js_yaml_default
} from "./chunk-YB4FYT7K.js";
import {
  require_fs,
  require_path
} from "./chunk-TDLHXYM6.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/republish/resolve.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/linkerd/chart-facts.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/linkerd/chart-images.ts
var isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function normalizeImage(ref) {
  const r = parseReference(ref, "a chart");
  return `${r.registry}/${r.repository}${r.digest ? `@${r.digest}` : `:${r.tag ?? "latest"}`}`;
}
function imagesFromManifests(text) {
  const out = /* @__PURE__ */ new Set();
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    for (const key of ["containers", "initContainers", "ephemeralContainers"]) {
      const list = v[key];
      if (Array.isArray(list)) {
        for (const c of list) if (isObj(c) && typeof c["image"] === "string" && c["image"]) out.add(normalizeImage(c["image"]));
      }
    }
    for (const child of Object.values(v)) walk(child);
  };
  for (const doc of js_yaml_default.loadAll(text, void 0, { json: true })) {
    walk(doc);
    if (isObj(doc) && doc["kind"] === "ConfigMap" && isObj(doc["metadata"]) && doc["metadata"]["name"] === "linkerd-config" && isObj(doc["data"])) {
      for (const i of injectorImages(doc["data"])) out.add(i);
    }
  }
  return [...out].sort();
}
function injectorImages(data) {
  const raw = typeof data["values"] === "string" ? data["values"] : typeof data["global"] === "string" ? void 0 : void 0;
  if (!raw) return [];
  let v;
  try {
    v = js_yaml_default.load(raw, { json: true });
  } catch {
    return [];
  }
  if (!isObj(v)) return [];
  const version = typeof v["linkerdVersion"] === "string" ? v["linkerdVersion"] : void 0;
  const out = [];
  for (const path of [["proxy", "image"], ["proxyInit", "image"], ["debugContainer", "image"]]) {
    let cur = v;
    for (const p of path) cur = isObj(cur) ? cur[p] : void 0;
    if (!isObj(cur) || typeof cur["name"] !== "string" || !cur["name"]) continue;
    const tag = typeof cur["version"] === "string" && cur["version"] ? cur["version"] : version;
    if (tag) out.push(normalizeImage(`${cur["name"]}:${tag}`));
  }
  return out;
}
function imageValuePaths(valuesYaml, repositories) {
  const wanted = new Set(repositories);
  const out = {};
  const add = (repo, v) => {
    if (!wanted.has(repo)) return;
    const list = out[repo] ??= [];
    if (!list.some((x) => x.name === v.name && x.repository === v.repository)) list.push(v);
  };
  const repoOf = (s) => {
    try {
      const r = parseReference(s, "a chart");
      return `${r.registry}/${r.repository}`;
    } catch {
      return void 0;
    }
  };
  const root = js_yaml_default.load(valuesYaml, { json: true });
  const fallback = isObj(root) && typeof root["defaultRegistry"] === "string" ? root["defaultRegistry"] : void 0;
  const walk = (v, path) => {
    if (!isObj(v)) return;
    const at = (k) => [...path, k].join(".");
    const own = typeof v["registry"] === "string" ? v["registry"] : void 0;
    const registry = own === "" && fallback ? fallback : own;
    for (const [k, val] of Object.entries(v)) {
      if (isObj(val)) {
        walk(val, [...path, k]);
        continue;
      }
      if (typeof val !== "string" || !val || /\s/.test(val)) continue;
      const sibling = (names) => names.find((n) => n in v && (typeof v[n] === "string" || v[n] === null || typeof v[n] === "number"));
      if (k === "repository" && registry !== void 0 && registry !== "") {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(["tag", "version"]);
        const digest = sibling(["digest"]);
        if (repo) add(repo, { registry: at("registry"), repository: at("repository"), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      } else if (k === "name" && registry !== void 0) {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(["tag", "version"]);
        const digest = sibling(["digest"]);
        if (repo) add(repo, { registry: at("registry"), name: at("name"), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      } else if ((k === "name" || k === "repository" || /Image$/.test(k)) && val.includes("/")) {
        const repo = repoOf(val);
        const tag = k.endsWith("Image") ? sibling([k.replace(/Image$/, "Version")]) : sibling(["tag", "version"]);
        const digest = k.endsWith("Image") ? void 0 : sibling(["digest"]);
        if (repo && !/[:@]/.test(val.split("/").pop() ?? "")) add(repo, { name: at(k), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      }
    }
  };
  walk(root, []);
  return out;
}
function apiKinds(text) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of js_yaml_default.loadAll(text, void 0, { json: true })) {
    if (isObj(doc) && typeof doc["apiVersion"] === "string" && typeof doc["kind"] === "string") out.add(`${doc["apiVersion"]} ${doc["kind"]}`);
  }
  return [...out].sort();
}
function crdVersions(text, name) {
  for (const doc of js_yaml_default.loadAll(text, void 0, { json: true })) {
    if (!isObj(doc) || doc["kind"] !== "CustomResourceDefinition" || !isObj(doc["metadata"]) || doc["metadata"]["name"] !== name) continue;
    const spec = doc["spec"];
    const versions2 = isObj(spec) && Array.isArray(spec["versions"]) ? spec["versions"] : [];
    return versions2.filter((x) => isObj(x) && x["served"] !== false && typeof x["name"] === "string").map((x) => x["name"]);
  }
  return [];
}
function renderedNamespaces(text) {
  const out = [];
  const strings = (v) => isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {};
  for (const doc of js_yaml_default.loadAll(text, void 0, { json: true })) {
    if (isObj(doc) && doc["kind"] === "Namespace" && isObj(doc["metadata"]) && typeof doc["metadata"]["name"] === "string") {
      out.push({ name: doc["metadata"]["name"], labels: strings(doc["metadata"]["labels"]), annotations: strings(doc["metadata"]["annotations"]) });
    }
  }
  return out;
}
var REMOVED = [
  ["extensions/v1beta1", "1.16"],
  ["apps/v1beta1", "1.16"],
  ["apps/v1beta2", "1.16"],
  ["admissionregistration.k8s.io/v1beta1", "1.22"],
  ["apiextensions.k8s.io/v1beta1", "1.22"],
  ["apiregistration.k8s.io/v1beta1", "1.22"],
  ["rbac.authorization.k8s.io/v1beta1", "1.22"],
  ["scheduling.k8s.io/v1beta1", "1.22"],
  ["networking.k8s.io/v1beta1", "1.22"],
  ["batch/v1beta1", "1.25"],
  ["policy/v1beta1", "1.25"],
  ["autoscaling/v2beta1", "1.25"],
  ["autoscaling/v2beta2", "1.26"],
  ["flowcontrol.apiserver.k8s.io/v1beta1", "1.26"]
];
function removedApis(kinds) {
  const out = [];
  for (const k of kinds) {
    const [api, kind] = k.split(" ");
    const hit = REMOVED.find(([a]) => a === api);
    if (hit) out.push({ api, kind, removedIn: hit[1] });
  }
  return out;
}

// src/data/linkerd-images.json
var linkerd_images_default = {
  $comment: "Generated by scripts/linkerd-images.ts from the upstream charts of each version (see each entry's source); do not edit by hand. apps: the app images republish adds (app input).",
  generator: "scripts/linkerd-images.ts, v3.17.3+ge4da497",
  versions: {
    "stable-2.10.2": {
      source: "linkerd/linkerd2@stable-2.10.2 (5535e9c4edda7f5a8d8d21e351b61425bd3a8208): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd2",
      kubeVersion: ">=1.16.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.10.2",
        "cr.l5d.io/linkerd/debug:stable-2.10.2",
        "cr.l5d.io/linkerd/proxy-init:v1.3.11",
        "cr.l5d.io/linkerd/proxy:stable-2.10.2"
      ],
      charts: {
        linkerd2: {
          version: "2.10.2",
          images: [
            "cr.l5d.io/linkerd/controller:stable-2.10.2",
            "cr.l5d.io/linkerd/debug:stable-2.10.2",
            "cr.l5d.io/linkerd/proxy-init:v1.3.11",
            "cr.l5d.io/linkerd/proxy:stable-2.10.2"
          ],
          values: {
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "namespace",
            "installNamespace",
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "apps/v1 Deployment",
            "batch/v1beta1 CronJob",
            "policy/v1beta1 PodSecurityPolicy",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd",
            labels: {
              "linkerd.io/is-control-plane": "true",
              "config.linkerd.io/admission-webhooks": "disabled",
              "linkerd.io/control-plane-ns": "linkerd"
            },
            annotations: {
              "linkerd.io/inject": "disabled"
            }
          },
          haValues: true
        },
        "linkerd2-cni": {
          version: "2.10.2",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:stable-2.10.2"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "cniPluginImage",
                tag: "cniPluginVersion"
              }
            ]
          },
          keys: [
            "namespace",
            "installNamespace"
          ],
          apis: [
            "apps/v1 DaemonSet",
            "policy/v1beta1 PodSecurityPolicy",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-cni",
            labels: {
              "linkerd.io/cni-resource": "true",
              "config.linkerd.io/admission-webhooks": "disabled"
            },
            annotations: {
              "linkerd.io/inject": "disabled"
            }
          }
        },
        "linkerd-viz": {
          version: "2.10.2",
          images: [
            "cr.l5d.io/linkerd/grafana:stable-2.10.2",
            "cr.l5d.io/linkerd/metrics-api:stable-2.10.2",
            "cr.l5d.io/linkerd/tap:stable-2.10.2",
            "cr.l5d.io/linkerd/web:stable-2.10.2",
            "docker.io/prom/prometheus:v2.19.3"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/grafana": [
              {
                registry: "grafana.image.registry",
                name: "grafana.image.name",
                tag: "grafana.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "namespace",
            "linkerdNamespace",
            "installNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-viz",
            labels: {
              "linkerd.io/extension": "viz"
            },
            annotations: {
              "linkerd.io/inject": "enabled"
            }
          },
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2.10.2",
          images: [
            "cr.l5d.io/linkerd/jaeger-webhook:stable-2.10.2",
            "docker.io/jaegertracing/all-in-one:1.19.2",
            "docker.io/omnition/opencensus-collector:0.1.11"
          ],
          values: {
            "docker.io/omnition/opencensus-collector": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "namespace",
            "installNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-jaeger",
            labels: {
              "linkerd.io/extension": "jaeger"
            },
            annotations: {
              "linkerd.io/inject": "enabled"
            }
          }
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:stable-2.10.2"
      ],
      viz: [
        "cr.l5d.io/linkerd/grafana:stable-2.10.2",
        "cr.l5d.io/linkerd/metrics-api:stable-2.10.2",
        "cr.l5d.io/linkerd/tap:stable-2.10.2",
        "cr.l5d.io/linkerd/web:stable-2.10.2",
        "docker.io/prom/prometheus:v2.19.3"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.10.2",
        "docker.io/jaegertracing/all-in-one:1.19.2",
        "docker.io/omnition/opencensus-collector:0.1.11"
      ],
      removedApis: [
        {
          chart: "linkerd2",
          api: "batch/v1beta1",
          kind: "CronJob",
          removedIn: "1.25"
        },
        {
          chart: "linkerd2",
          api: "policy/v1beta1",
          kind: "PodSecurityPolicy",
          removedIn: "1.25"
        },
        {
          chart: "linkerd2-cni",
          api: "policy/v1beta1",
          kind: "PodSecurityPolicy",
          removedIn: "1.25"
        }
      ]
    },
    "stable-2.11.5": {
      source: "linkerd/linkerd2@stable-2.11.5 (1062718eae71049c102ed8d35a2fe35ae11e48a6): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd2",
      kubeVersion: ">=1.17.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.11.5",
        "cr.l5d.io/linkerd/debug:stable-2.11.5",
        "cr.l5d.io/linkerd/policy-controller:stable-2.11.5",
        "cr.l5d.io/linkerd/proxy-init:v1.5.3",
        "cr.l5d.io/linkerd/proxy:stable-2.11.5"
      ],
      charts: {
        linkerd2: {
          version: "2.11.5",
          images: [
            "cr.l5d.io/linkerd/controller:stable-2.11.5",
            "cr.l5d.io/linkerd/debug:stable-2.11.5",
            "cr.l5d.io/linkerd/policy-controller:stable-2.11.5",
            "cr.l5d.io/linkerd/proxy-init:v1.5.3",
            "cr.l5d.io/linkerd/proxy:stable-2.11.5"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "namespace",
            "installNamespace",
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apiextensions.k8s.io/v1 CustomResourceDefinition",
            "apps/v1 Deployment",
            "batch/v1beta1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd",
            labels: {
              "linkerd.io/is-control-plane": "true",
              "config.linkerd.io/admission-webhooks": "disabled",
              "linkerd.io/control-plane-ns": "linkerd"
            },
            annotations: {
              "linkerd.io/inject": "disabled"
            }
          },
          haValues: true
        },
        "linkerd2-cni": {
          version: "2.11.5",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:stable-2.11.5"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "cniPluginImage",
                tag: "cniPluginVersion"
              }
            ]
          },
          keys: [
            "namespace",
            "installNamespace"
          ],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-cni",
            labels: {
              "linkerd.io/cni-resource": "true",
              "config.linkerd.io/admission-webhooks": "disabled"
            },
            annotations: {
              "linkerd.io/inject": "disabled"
            }
          }
        },
        "linkerd-viz": {
          version: "2.11.5",
          images: [
            "cr.l5d.io/linkerd/grafana:stable-2.11.5",
            "cr.l5d.io/linkerd/metrics-api:stable-2.11.5",
            "cr.l5d.io/linkerd/tap:stable-2.11.5",
            "cr.l5d.io/linkerd/web:stable-2.11.5",
            "docker.io/prom/prometheus:v2.19.3"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/grafana": [
              {
                registry: "grafana.image.registry",
                name: "grafana.image.name",
                tag: "grafana.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "namespace",
            "linkerdNamespace",
            "installNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1beta1 Server",
            "policy.linkerd.io/v1beta1 ServerAuthorization",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-viz",
            labels: {
              "linkerd.io/extension": "viz"
            },
            annotations: {
              "linkerd.io/inject": "enabled",
              "config.linkerd.io/proxy-await": "enabled"
            }
          },
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2.11.5",
          images: [
            "cr.l5d.io/linkerd/jaeger-webhook:stable-2.11.5",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector:0.43.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "namespace",
            "linkerdNamespace",
            "installNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "policy.linkerd.io/v1beta1 Server",
            "policy.linkerd.io/v1beta1 ServerAuthorization",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 Namespace",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          createsNamespace: {
            name: "linkerd-jaeger",
            labels: {
              "linkerd.io/extension": "jaeger"
            },
            annotations: {
              "linkerd.io/inject": "enabled",
              "config.linkerd.io/proxy-await": "enabled"
            }
          }
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:stable-2.11.5"
      ],
      viz: [
        "cr.l5d.io/linkerd/grafana:stable-2.11.5",
        "cr.l5d.io/linkerd/metrics-api:stable-2.11.5",
        "cr.l5d.io/linkerd/tap:stable-2.11.5",
        "cr.l5d.io/linkerd/web:stable-2.11.5",
        "docker.io/prom/prometheus:v2.19.3"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.11.5",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector:0.43.0"
      ],
      removedApis: [
        {
          chart: "linkerd2",
          api: "batch/v1beta1",
          kind: "CronJob",
          removedIn: "1.25"
        }
      ]
    },
    "stable-2.12.6": {
      source: "linkerd/linkerd2@stable-2.12.6 (5b422851089832e411892f2f8994ca1eb658f346): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.21.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.12.6",
        "cr.l5d.io/linkerd/debug:stable-2.12.6",
        "cr.l5d.io/linkerd/policy-controller:stable-2.12.6",
        "cr.l5d.io/linkerd/proxy-init:v2.0.0",
        "cr.l5d.io/linkerd/proxy:stable-2.12.6"
      ],
      charts: {
        "linkerd-crds": {
          version: "1.4.0",
          images: [],
          values: {},
          keys: [],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ]
        },
        "linkerd-control-plane": {
          version: "1.9.8",
          images: [
            "cr.l5d.io/linkerd/controller:stable-2.12.6",
            "cr.l5d.io/linkerd/debug:stable-2.12.6",
            "cr.l5d.io/linkerd/policy-controller:stable-2.12.6",
            "cr.l5d.io/linkerd/proxy-init:v2.0.0",
            "cr.l5d.io/linkerd/proxy:stable-2.12.6"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          cniImages: [
            "gcr.io/google_containers/pause:3.2"
          ],
          hardcoded: [
            "gcr.io/google_containers/pause:3.2"
          ],
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "30.3.8",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.1.1"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "30.3.8",
          images: [
            "cr.l5d.io/linkerd/metrics-api:stable-2.12.6",
            "cr.l5d.io/linkerd/tap:stable-2.12.6",
            "cr.l5d.io/linkerd/web:stable-2.12.6",
            "docker.io/curlimages/curl:7.78.0",
            "docker.io/prom/prometheus:v2.30.3"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          hardcoded: [
            "docker.io/curlimages/curl:7.78.0"
          ],
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta1 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "30.4.8",
          images: [
            "cr.l5d.io/linkerd/jaeger-webhook:stable-2.12.6",
            "docker.io/curlimages/curl:7.78.0",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector:0.43.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          hardcoded: [
            "docker.io/curlimages/curl:7.78.0"
          ],
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1beta1 Server",
            "policy.linkerd.io/v1beta1 ServerAuthorization",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "gcr.io/google_containers/pause:3.2",
        "cr.l5d.io/linkerd/cni-plugin:v1.1.1"
      ],
      viz: [
        "cr.l5d.io/linkerd/metrics-api:stable-2.12.6",
        "cr.l5d.io/linkerd/tap:stable-2.12.6",
        "cr.l5d.io/linkerd/web:stable-2.12.6",
        "docker.io/curlimages/curl:7.78.0",
        "docker.io/prom/prometheus:v2.30.3"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.12.6",
        "docker.io/curlimages/curl:7.78.0",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector:0.43.0"
      ]
    },
    "stable-2.13.7": {
      source: "linkerd/linkerd2@stable-2.13.7 (526633fdeea30fd1c51c9ee5ef8ec889949cef87): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.21.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.13.7",
        "cr.l5d.io/linkerd/debug:stable-2.13.7",
        "cr.l5d.io/linkerd/policy-controller:stable-2.13.7",
        "cr.l5d.io/linkerd/proxy-init:v2.2.3",
        "cr.l5d.io/linkerd/proxy:stable-2.13.7"
      ],
      charts: {
        "linkerd-crds": {
          version: "1.6.1",
          images: [],
          values: {},
          keys: [],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ]
        },
        "linkerd-control-plane": {
          version: "1.12.7",
          images: [
            "cr.l5d.io/linkerd/controller:stable-2.13.7",
            "cr.l5d.io/linkerd/debug:stable-2.13.7",
            "cr.l5d.io/linkerd/policy-controller:stable-2.13.7",
            "cr.l5d.io/linkerd/proxy-init:v2.2.3",
            "cr.l5d.io/linkerd/proxy:stable-2.13.7"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "30.8.5",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.2.2"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "30.8.7",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/metrics-api:stable-2.13.7",
            "cr.l5d.io/linkerd/tap:stable-2.13.7",
            "cr.l5d.io/linkerd/web:stable-2.13.7",
            "docker.io/prom/prometheus:v2.43.0"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta1 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "30.8.7",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/jaeger-webhook:stable-2.13.7",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector:0.59.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta1 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.2.2"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/metrics-api:stable-2.13.7",
        "cr.l5d.io/linkerd/tap:stable-2.13.7",
        "cr.l5d.io/linkerd/web:stable-2.13.7",
        "docker.io/prom/prometheus:v2.43.0"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.13.7",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector:0.59.0"
      ]
    },
    "stable-2.14.10": {
      source: "linkerd/linkerd2@stable-2.14.10 (1ea6b271718f90182bdf747490895784988e980e): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.21.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.14.10",
        "cr.l5d.io/linkerd/debug:stable-2.14.10",
        "cr.l5d.io/linkerd/policy-controller:stable-2.14.10",
        "cr.l5d.io/linkerd/proxy-init:v2.2.3",
        "cr.l5d.io/linkerd/proxy:stable-2.14.10"
      ],
      charts: {
        "linkerd-crds": {
          version: "1.8.0",
          images: [],
          values: {},
          keys: [
            "enableHttpRoutes"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ]
        },
        "linkerd-control-plane": {
          version: "1.16.11",
          images: [
            "cr.l5d.io/linkerd/controller:stable-2.14.10",
            "cr.l5d.io/linkerd/debug:stable-2.14.10",
            "cr.l5d.io/linkerd/policy-controller:stable-2.14.10",
            "cr.l5d.io/linkerd/proxy-init:v2.2.3",
            "cr.l5d.io/linkerd/proxy:stable-2.14.10"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "30.12.2",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.3.0"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "30.12.11",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/metrics-api:stable-2.14.10",
            "cr.l5d.io/linkerd/tap:stable-2.14.10",
            "cr.l5d.io/linkerd/web:stable-2.14.10",
            "docker.io/prom/prometheus:v2.48.0"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta1 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "30.12.11",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/jaeger-webhook:stable-2.14.10",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector:0.59.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta1 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.3.0"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/metrics-api:stable-2.14.10",
        "cr.l5d.io/linkerd/tap:stable-2.14.10",
        "cr.l5d.io/linkerd/web:stable-2.14.10",
        "docker.io/prom/prometheus:v2.48.0"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.14.10",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector:0.59.0"
      ]
    },
    "edge-24.2.4": {
      source: "linkerd/linkerd2@edge-24.2.4 (f0d861ea9b927eed308d66fa64a08a5861c028d2): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.22.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-24.2.4",
        "cr.l5d.io/linkerd/debug:edge-24.2.4",
        "cr.l5d.io/linkerd/policy-controller:edge-24.2.4",
        "cr.l5d.io/linkerd/proxy-init:v2.2.4",
        "cr.l5d.io/linkerd/proxy:edge-24.2.4"
      ],
      charts: {
        "linkerd-crds": {
          version: "2024.2.4",
          images: [],
          values: {},
          keys: [
            "enableHttpRoutes"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ]
        },
        "linkerd-control-plane": {
          version: "2024.2.4",
          images: [
            "cr.l5d.io/linkerd/controller:edge-24.2.4",
            "cr.l5d.io/linkerd/debug:edge-24.2.4",
            "cr.l5d.io/linkerd/policy-controller:edge-24.2.4",
            "cr.l5d.io/linkerd/proxy-init:v2.2.4",
            "cr.l5d.io/linkerd/proxy:edge-24.2.4"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2024.2.4",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.3.0"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2024.2.4",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/metrics-api:edge-24.2.4",
            "cr.l5d.io/linkerd/tap:edge-24.2.4",
            "cr.l5d.io/linkerd/web:edge-24.2.4",
            "docker.io/prom/prometheus:v2.48.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta2 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2024.2.4",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.0",
            "cr.l5d.io/linkerd/jaeger-webhook:edge-24.2.4",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector-contrib": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta2 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.3.0"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/metrics-api:edge-24.2.4",
        "cr.l5d.io/linkerd/tap:edge-24.2.4",
        "cr.l5d.io/linkerd/web:edge-24.2.4",
        "docker.io/prom/prometheus:v2.48.1"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "cr.l5d.io/linkerd/jaeger-webhook:edge-24.2.4",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
      ]
    },
    "edge-24.8.2": {
      source: "linkerd/linkerd2@edge-24.8.2 (332c4efa8ccb6c6e9bae928c2096fe991ee4c567): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.22.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-24.8.2",
        "cr.l5d.io/linkerd/debug:edge-24.8.2",
        "cr.l5d.io/linkerd/policy-controller:edge-24.8.2",
        "cr.l5d.io/linkerd/proxy-init:v2.4.1",
        "cr.l5d.io/linkerd/proxy:edge-24.8.2"
      ],
      charts: {
        "linkerd-crds": {
          version: "2024.8.2",
          images: [],
          values: {},
          keys: [
            "enableHttpRoutes"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1alpha2"
          ],
          gatewayAPI: "bundled"
        },
        "linkerd-control-plane": {
          version: "2024.8.2",
          images: [
            "cr.l5d.io/linkerd/controller:edge-24.8.2",
            "cr.l5d.io/linkerd/debug:edge-24.8.2",
            "cr.l5d.io/linkerd/policy-controller:edge-24.8.2",
            "cr.l5d.io/linkerd/proxy-init:v2.4.1",
            "cr.l5d.io/linkerd/proxy:edge-24.8.2"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2024.8.2",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.5.1"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2024.8.2",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.1",
            "cr.l5d.io/linkerd/metrics-api:edge-24.8.2",
            "cr.l5d.io/linkerd/tap:edge-24.8.2",
            "cr.l5d.io/linkerd/web:edge-24.8.2",
            "docker.io/prom/prometheus:v2.48.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2024.8.2",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.1",
            "cr.l5d.io/linkerd/jaeger-webhook:edge-24.8.2",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector-contrib": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.5.1"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.1",
        "cr.l5d.io/linkerd/metrics-api:edge-24.8.2",
        "cr.l5d.io/linkerd/tap:edge-24.8.2",
        "cr.l5d.io/linkerd/web:edge-24.8.2",
        "docker.io/prom/prometheus:v2.48.1"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.1",
        "cr.l5d.io/linkerd/jaeger-webhook:edge-24.8.2",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
      ]
    },
    "edge-24.11.8": {
      source: "linkerd/linkerd2@edge-24.11.8 (43335fd90603d511bc898942b40f0ac15671b593): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.22.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-24.11.8",
        "cr.l5d.io/linkerd/debug:edge-24.11.8",
        "cr.l5d.io/linkerd/policy-controller:edge-24.11.8",
        "cr.l5d.io/linkerd/proxy-init:v2.4.1",
        "cr.l5d.io/linkerd/proxy:edge-24.11.8"
      ],
      charts: {
        "linkerd-crds": {
          version: "2024.11.8",
          images: [],
          values: {},
          keys: [
            "enableHttpRoutes"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1alpha2"
          ],
          gatewayAPI: "bundled"
        },
        "linkerd-control-plane": {
          version: "2024.11.8",
          images: [
            "cr.l5d.io/linkerd/controller:edge-24.11.8",
            "cr.l5d.io/linkerd/debug:edge-24.11.8",
            "cr.l5d.io/linkerd/policy-controller:edge-24.11.8",
            "cr.l5d.io/linkerd/proxy-init:v2.4.1",
            "cr.l5d.io/linkerd/proxy:edge-24.11.8"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2024.11.8",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.5.2"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2024.11.8",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.1",
            "cr.l5d.io/linkerd/metrics-api:edge-24.11.8",
            "cr.l5d.io/linkerd/tap:edge-24.11.8",
            "cr.l5d.io/linkerd/web:edge-24.11.8",
            "docker.io/prom/prometheus:v2.48.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2024.11.8",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.1",
            "cr.l5d.io/linkerd/jaeger-webhook:edge-24.11.8",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector-contrib": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.5.2"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.1",
        "cr.l5d.io/linkerd/metrics-api:edge-24.11.8",
        "cr.l5d.io/linkerd/tap:edge-24.11.8",
        "cr.l5d.io/linkerd/web:edge-24.11.8",
        "docker.io/prom/prometheus:v2.48.1"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.1",
        "cr.l5d.io/linkerd/jaeger-webhook:edge-24.11.8",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
      ]
    },
    "edge-25.4.4": {
      source: "linkerd/linkerd2@edge-25.4.4 (0fe0ad015ec150d23de3b3e6861175e0b355d58a): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.23.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-25.4.4",
        "cr.l5d.io/linkerd/debug:edge-25.4.4",
        "cr.l5d.io/linkerd/policy-controller:edge-25.4.4",
        "cr.l5d.io/linkerd/proxy-init:v2.4.2",
        "cr.l5d.io/linkerd/proxy:edge-25.4.4"
      ],
      charts: {
        "linkerd-crds": {
          version: "2025.4.4",
          images: [],
          values: {},
          keys: [
            "installGatewayAPI"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1",
            "v1alpha2"
          ],
          gatewayAPI: "bundled"
        },
        "linkerd-control-plane": {
          version: "2025.4.4",
          images: [
            "cr.l5d.io/linkerd/controller:edge-25.4.4",
            "cr.l5d.io/linkerd/debug:edge-25.4.4",
            "cr.l5d.io/linkerd/policy-controller:edge-25.4.4",
            "cr.l5d.io/linkerd/proxy-init:v2.4.2",
            "cr.l5d.io/linkerd/proxy:edge-25.4.4"
          ],
          values: {
            "cr.l5d.io/linkerd/policy-controller": [
              {
                name: "policyController.image.name",
                tag: "policyController.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2025.4.4",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.6.2"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2025.4.4",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.4",
            "cr.l5d.io/linkerd/metrics-api:edge-25.4.4",
            "cr.l5d.io/linkerd/tap:edge-25.4.4",
            "cr.l5d.io/linkerd/web:edge-25.4.4",
            "docker.io/prom/prometheus:v2.55.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd-jaeger": {
          version: "2025.4.4",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.4",
            "cr.l5d.io/linkerd/jaeger-webhook:edge-25.4.4",
            "docker.io/jaegertracing/all-in-one:1.31",
            "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
          ],
          values: {
            "docker.io/otel/opentelemetry-collector-contrib": [
              {
                name: "collector.image.name",
                tag: "collector.image.version"
              }
            ],
            "docker.io/jaegertracing/all-in-one": [
              {
                name: "jaeger.image.name",
                tag: "jaeger.image.version"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/jaeger-webhook": [
              {
                name: "webhook.image.name",
                tag: "webhook.image.version"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ]
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.6.2"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.4",
        "cr.l5d.io/linkerd/metrics-api:edge-25.4.4",
        "cr.l5d.io/linkerd/tap:edge-25.4.4",
        "cr.l5d.io/linkerd/web:edge-25.4.4",
        "docker.io/prom/prometheus:v2.55.1"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/extension-init:v0.1.4",
        "cr.l5d.io/linkerd/jaeger-webhook:edge-25.4.4",
        "docker.io/jaegertracing/all-in-one:1.31",
        "docker.io/otel/opentelemetry-collector-contrib:0.83.0"
      ]
    },
    "edge-25.10.7": {
      source: "linkerd/linkerd2@edge-25.10.7 (0ebd74b02665ee7206490901703ba50949121af0): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.23.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-25.10.7",
        "cr.l5d.io/linkerd/debug:edge-25.10.7",
        "cr.l5d.io/linkerd/proxy-init:v2.4.3",
        "cr.l5d.io/linkerd/proxy:edge-25.10.7"
      ],
      charts: {
        "linkerd-crds": {
          version: "2025.10.7",
          images: [],
          values: {},
          keys: [
            "installGatewayAPI"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1",
            "v1alpha2"
          ],
          gatewayAPI: "optional"
        },
        "linkerd-control-plane": {
          version: "2025.10.7",
          images: [
            "cr.l5d.io/linkerd/controller:edge-25.10.7",
            "cr.l5d.io/linkerd/debug:edge-25.10.7",
            "cr.l5d.io/linkerd/proxy-init:v2.4.3",
            "cr.l5d.io/linkerd/proxy:edge-25.10.7"
          ],
          values: {
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/proxy-init": [
              {
                name: "proxyInit.image.name",
                tag: "proxyInit.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2025.10.7",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.6.4"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2025.10.7",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.7",
            "cr.l5d.io/linkerd/metrics-api:edge-25.10.7",
            "cr.l5d.io/linkerd/tap:edge-25.10.7",
            "cr.l5d.io/linkerd/web:edge-25.10.7",
            "docker.io/prom/prometheus:v2.55.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.6.4"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.7",
        "cr.l5d.io/linkerd/metrics-api:edge-25.10.7",
        "cr.l5d.io/linkerd/tap:edge-25.10.7",
        "cr.l5d.io/linkerd/web:edge-25.10.7",
        "docker.io/prom/prometheus:v2.55.1"
      ]
    },
    "edge-26.6.3": {
      source: "linkerd/linkerd2@edge-26.6.3 (7977d505fc3d9ae7dddddd11779a82f813e405ac): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.31.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-26.6.3",
        "cr.l5d.io/linkerd/debug:edge-26.6.3",
        "cr.l5d.io/linkerd/proxy:edge-26.6.3"
      ],
      charts: {
        "linkerd-crds": {
          version: "2026.6.3",
          images: [],
          values: {},
          keys: [
            "installGatewayAPI"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1",
            "v1alpha2"
          ],
          gatewayAPI: "optional"
        },
        "linkerd-control-plane": {
          version: "2026.6.3",
          images: [
            "cr.l5d.io/linkerd/controller:edge-26.6.3",
            "cr.l5d.io/linkerd/debug:edge-26.6.3",
            "cr.l5d.io/linkerd/proxy:edge-26.6.3"
          ],
          values: {
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2026.6.3",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.6.8"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2026.6.3",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.11",
            "cr.l5d.io/linkerd/metrics-api:edge-26.6.3",
            "cr.l5d.io/linkerd/tap:edge-26.6.3",
            "cr.l5d.io/linkerd/web:edge-26.6.3",
            "docker.io/prom/prometheus:v2.55.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.6.8"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.11",
        "cr.l5d.io/linkerd/metrics-api:edge-26.6.3",
        "cr.l5d.io/linkerd/tap:edge-26.6.3",
        "cr.l5d.io/linkerd/web:edge-26.6.3",
        "docker.io/prom/prometheus:v2.55.1"
      ]
    },
    "edge-26.8.3": {
      source: "linkerd/linkerd2@edge-26.8.3 (19a0d90d5a4a65e0b976f079ba8a5f1dab12c005): charts prepared as bin/helm-build packages them, rendered with helm v3.17.3+ge4da497 --kube-version 1.32.0 and their default values",
      chart: "linkerd-control-plane",
      kubeVersion: ">=1.31.0-0",
      core: [
        "cr.l5d.io/linkerd/controller:edge-26.8.3",
        "cr.l5d.io/linkerd/debug:edge-26.8.3",
        "cr.l5d.io/linkerd/proxy:edge-26.8.3"
      ],
      charts: {
        "linkerd-crds": {
          version: "2026.8.3",
          images: [],
          values: {},
          keys: [
            "installGatewayAPI"
          ],
          apis: [
            "apiextensions.k8s.io/v1 CustomResourceDefinition"
          ],
          grpcRoute: [
            "v1",
            "v1alpha2"
          ],
          gatewayAPI: "optional"
        },
        "linkerd-control-plane": {
          version: "2026.8.3",
          images: [
            "cr.l5d.io/linkerd/controller:edge-26.8.3",
            "cr.l5d.io/linkerd/debug:edge-26.8.3",
            "cr.l5d.io/linkerd/proxy:edge-26.8.3"
          ],
          values: {
            "cr.l5d.io/linkerd/proxy": [
              {
                name: "proxy.image.name",
                tag: "proxy.image.version"
              }
            ],
            "cr.l5d.io/linkerd/controller": [
              {
                name: "controllerImage"
              }
            ],
            "cr.l5d.io/linkerd/debug": [
              {
                name: "debugContainer.image.name",
                tag: "debugContainer.image.version"
              }
            ]
          },
          keys: [
            "cniEnabled"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration",
            "apps/v1 Deployment",
            "batch/v1 CronJob",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        },
        "linkerd2-cni": {
          version: "2026.8.3",
          images: [
            "cr.l5d.io/linkerd/cni-plugin:v1.7.0-alpha.1"
          ],
          values: {
            "cr.l5d.io/linkerd/cni-plugin": [
              {
                name: "image.name",
                tag: "image.version"
              }
            ]
          },
          keys: [],
          apis: [
            "apps/v1 DaemonSet",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "v1 ConfigMap",
            "v1 ServiceAccount"
          ]
        },
        "linkerd-viz": {
          version: "2026.8.3",
          images: [
            "cr.l5d.io/linkerd/extension-init:v0.1.12",
            "cr.l5d.io/linkerd/metrics-api:edge-26.8.3",
            "cr.l5d.io/linkerd/tap:edge-26.8.3",
            "cr.l5d.io/linkerd/web:edge-26.8.3",
            "docker.io/prom/prometheus:v2.55.1"
          ],
          values: {
            "cr.l5d.io/linkerd/metrics-api": [
              {
                registry: "metricsAPI.image.registry",
                name: "metricsAPI.image.name",
                tag: "metricsAPI.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/tap": [
              {
                registry: "tap.image.registry",
                name: "tap.image.name",
                tag: "tap.image.tag"
              },
              {
                registry: "tapInjector.image.registry",
                name: "tapInjector.image.name",
                tag: "tapInjector.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/web": [
              {
                registry: "dashboard.image.registry",
                name: "dashboard.image.name",
                tag: "dashboard.image.tag"
              }
            ],
            "cr.l5d.io/linkerd/extension-init": [
              {
                registry: "namespaceMetadata.image.registry",
                name: "namespaceMetadata.image.name",
                tag: "namespaceMetadata.image.tag"
              }
            ],
            "docker.io/prom/prometheus": [
              {
                registry: "prometheus.image.registry",
                name: "prometheus.image.name",
                tag: "prometheus.image.tag"
              }
            ]
          },
          keys: [
            "linkerdNamespace"
          ],
          apis: [
            "admissionregistration.k8s.io/v1 MutatingWebhookConfiguration",
            "apiregistration.k8s.io/v1 APIService",
            "apps/v1 Deployment",
            "batch/v1 Job",
            "linkerd.io/v1alpha2 ServiceProfile",
            "policy.linkerd.io/v1alpha1 AuthorizationPolicy",
            "policy.linkerd.io/v1alpha1 MeshTLSAuthentication",
            "policy.linkerd.io/v1alpha1 NetworkAuthentication",
            "policy.linkerd.io/v1beta3 Server",
            "rbac.authorization.k8s.io/v1 ClusterRole",
            "rbac.authorization.k8s.io/v1 ClusterRoleBinding",
            "rbac.authorization.k8s.io/v1 Role",
            "rbac.authorization.k8s.io/v1 RoleBinding",
            "v1 ConfigMap",
            "v1 Secret",
            "v1 Service",
            "v1 ServiceAccount"
          ],
          haValues: true
        }
      },
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.7.0-alpha.1"
      ],
      viz: [
        "cr.l5d.io/linkerd/extension-init:v0.1.12",
        "cr.l5d.io/linkerd/metrics-api:edge-26.8.3",
        "cr.l5d.io/linkerd/tap:edge-26.8.3",
        "cr.l5d.io/linkerd/web:edge-26.8.3",
        "docker.io/prom/prometheus:v2.55.1"
      ]
    }
  },
  apps: {
    dgraph: {
      source: "dgraph-io/charts charts/dgraph 25.3.1-preview2, rendered with its default values",
      chart: "25.3.1-preview2",
      default: "v25.3.1",
      images: [
        "docker.io/bitnami/kubectl:1.31",
        "docker.io/dgraph/dgraph:{version}"
      ],
      values: {
        "docker.io/dgraph/dgraph": [
          {
            registry: "image.registry",
            repository: "image.repository",
            tag: "image.tag"
          },
          {
            registry: "alpha.initContainers.init.image.registry",
            repository: "alpha.initContainers.init.image.repository",
            tag: "alpha.initContainers.init.image.tag"
          },
          {
            registry: "backups.image.registry",
            repository: "backups.image.repository",
            tag: "backups.image.tag"
          }
        ],
        "docker.io/bitnami/kubectl": [
          {
            registry: "preUpgradeHook.image.registry",
            repository: "preUpgradeHook.image.repository",
            tag: "preUpgradeHook.image.tag"
          }
        ]
      }
    }
  }
};

// src/linkerd/versions.ts
var RENDER_KUBE_VERSION = "1.32.0";
function chartRepo(version) {
  if (version.startsWith("enterprise-")) return "https://helm.buoyant.cloud";
  if (version.startsWith("edge-")) return "https://helm.linkerd.io/edge";
  return "https://helm.linkerd.io/stable";
}
var versions = linkerd_images_default.versions;
function knownEntry(version) {
  return versions[version];
}
function knownVersions() {
  return Object.keys(versions);
}
function nearestVersions(version, n = 3) {
  const key = (v) => {
    const m = /(\d+)\.(\d+)\.(\d+)$/.exec(v);
    return m ? Number(m[1]) * 1e6 + Number(m[2]) * 1e3 + Number(m[3]) : 0;
  };
  const channel = version.split("-")[0];
  const k = key(version);
  return knownVersions().filter((v) => v.startsWith(`${channel}-`)).sort((a, b) => Math.abs(key(a) - k) - Math.abs(key(b) - k)).slice(0, n);
}

// src/linkerd/chart-facts.ts
var KEYS = ["namespace", "linkerdNamespace", "installNamespace", "cniEnabled", "installGatewayAPI", "enableHttpRoutes"];
var namespaceOf = (chart) => chart.includes("viz") ? "linkerd-viz" : chart.includes("jaeger") ? "linkerd-jaeger" : chart.includes("cni") ? "linkerd-cni" : "linkerd";
async function throwawayIdentity(dir) {
  const anchor = await generateAnchor({ validityMs: 864e5 });
  const issuer = await generateIssuer({ validityMs: 864e5, anchor: anchor.cert, anchorKey: parsePrivateKey(anchor.keyPem) });
  const file = (0, import_node_path.join)(dir, "identity.yaml");
  (0, import_node_fs.writeFileSync)(file, js_yaml_default.dump({ identityTrustAnchorsPEM: anchor.cert.pem, identity: { issuer: { crtExpiry: issuer.cert.notAfter.toISOString().replace(/\.\d+Z$/, "Z"), tls: { crtPEM: issuer.cert.pem, keyPEM: issuer.keyPem } } } }), { mode: 384 });
  return file;
}
async function versionEntryFromCharts(helm, version, charts, o) {
  const entry = { source: o.source ?? "", chart: "linkerd2" in charts ? "linkerd2" : "linkerd-control-plane", kubeVersion: "", core: [], charts: {} };
  for (const [name, chartDir] of Object.entries(charts)) {
    const meta = js_yaml_default.load((0, import_node_fs.readFileSync)((0, import_node_path.join)(chartDir, "Chart.yaml"), "utf8"));
    const valuesText = (0, import_node_fs.readFileSync)((0, import_node_path.join)(chartDir, "values.yaml"), "utf8");
    const values = js_yaml_default.load(valuesText, { json: true }) ?? {};
    const identity = name === "linkerd2" || name === "linkerd-control-plane";
    const rendered = await helm.template({ release: name, chart: chartDir, namespace: namespaceOf(name), valuesFiles: identity ? [o.identityFile] : [], kubeVersion: RENDER_KUBE_VERSION, includeCrds: true });
    const images = imagesFromManifests(rendered);
    let cniImages = [];
    if (identity && "cniEnabled" in values) {
      const cni = (0, import_node_path.join)(o.work, "cni.yaml");
      (0, import_node_fs.writeFileSync)(cni, "cniEnabled: true\n");
      cniImages = imagesFromManifests(await helm.template({ release: name, chart: chartDir, namespace: "linkerd", valuesFiles: [o.identityFile, cni], kubeVersion: RENDER_KUBE_VERSION, includeCrds: true })).filter((i) => !images.includes(i));
    }
    const all = [...images, ...cniImages];
    const paths = imageValuePaths(valuesText, all.map((i) => i.replace(/[:@][^/]*$/, "")));
    const hardcoded = all.filter((i) => !paths[i.replace(/[:@][^/]*$/, "")]);
    const facts = {
      version: String(meta["version"]),
      images,
      values: paths,
      ...cniImages.length ? { cniImages } : {},
      ...hardcoded.length ? { hardcoded } : {},
      keys: KEYS.filter((k) => k in values),
      apis: apiKinds(rendered),
      ...renderedNamespaces(rendered)[0] ? { createsNamespace: renderedNamespaces(rendered)[0] } : {},
      ...(0, import_node_fs.existsSync)((0, import_node_path.join)(chartDir, "values-ha.yaml")) ? { haValues: true } : {}
    };
    if (identity && typeof meta["kubeVersion"] === "string") entry.kubeVersion = meta["kubeVersion"];
    if (name === "linkerd-crds") {
      const grpc = crdVersions(rendered, "grpcroutes.gateway.networking.k8s.io");
      if (grpc.length) Object.assign(facts, { grpcRoute: grpc, gatewayAPI: "bundled" });
      else if ("installGatewayAPI" in values) {
        const on = (0, import_node_path.join)(o.work, "gateway-api.yaml");
        (0, import_node_fs.writeFileSync)(on, "installGatewayAPI: true\n");
        const withGw = await helm.template({ release: name, chart: chartDir, namespace: "linkerd", valuesFiles: [on], kubeVersion: RENDER_KUBE_VERSION, includeCrds: true });
        Object.assign(facts, { grpcRoute: crdVersions(withGw, "grpcroutes.gateway.networking.k8s.io"), gatewayAPI: "optional" });
      }
    }
    entry.charts[name] = facts;
    const component = name === "linkerd-viz" ? "viz" : name === "linkerd-jaeger" ? "jaeger" : name === "linkerd2-cni" ? "cni" : "core";
    const list = entry[component] ??= [];
    for (const i of images) if (!list.includes(i)) list.push(i);
    if (cniImages.length) {
      for (const i of cniImages) if (!(entry.cni ??= []).includes(i)) entry.cni.push(i);
    }
  }
  const removed = Object.entries(entry.charts).flatMap(([chart, f]) => removedApis(f.apis).map((r) => ({ chart, ...r })));
  if (removed.length) entry.removedApis = removed;
  return entry;
}

// src/republish/resolve.ts
async function versionFacts(version, o) {
  const known = knownEntry(version);
  if (known) return { ...known, resolvedFrom: "src/data/linkerd-images.json" };
  const v = parseLinkerdVersion("linkerd-version", version);
  const repo = o.repo ?? chartRepo(v.raw);
  o.log.info(`Linkerd ${v.raw} is not in meshci's data file: resolving its images from the charts in ${repo}`);
  const index = await chartIndex(repo, o.timeoutMs ?? 6e4);
  const names = v.minor <= 11 ? ["linkerd2", "linkerd2-cni", "linkerd-viz", "linkerd-jaeger"] : ["linkerd-crds", "linkerd-control-plane", "linkerd2-cni", "linkerd-viz", "linkerd-jaeger"];
  const picked = {};
  for (const n of names) {
    const hit = (index.entries[n] ?? []).find((e) => e.appVersion === v.raw);
    if (hit) picked[n] = hit.version;
  }
  const cp = v.minor <= 11 ? "linkerd2" : "linkerd-control-plane";
  if (!picked[cp]) {
    const near = nearestVersions(v.raw);
    throw new ConfigurationError(`Input 'linkerd-version': Linkerd '${v.raw}' exists in no chart of ${repo} (no ${cp} chart has appVersion ${v.raw}). Nearest versions meshci knows: ${near.join(", ") || "none"}`);
  }
  if (cp === "linkerd-control-plane") {
    const created = Date.parse((index.entries[cp] ?? []).find((e) => e.version === picked[cp])?.created ?? "");
    const crds = (index.entries["linkerd-crds"] ?? []).filter((e) => Date.parse(e.created ?? "") <= created + 36e5).sort((a, b) => Date.parse(b.created ?? "") - Date.parse(a.created ?? ""))[0];
    if (!crds) throw new Error(`${repo}: no linkerd-crds chart released with ${cp} ${picked[cp]}`);
    picked["linkerd-crds"] = crds.version;
  }
  const helm = new Helm({ binPath: await o.helm() });
  const work = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)((0, import_node_os.tmpdir)(), "meshci-resolve-"));
  try {
    const dirs = {};
    for (const [name, chartVersion] of Object.entries(picked)) dirs[name] = await helm.pull({ chart: name, version: chartVersion, repo, dir: (0, import_node_path2.join)(work, "charts") });
    const entry = await versionEntryFromCharts(helm, v.raw, dirs, { identityFile: await throwawayIdentity(work), work, source: `${repo}: ${Object.entries(picked).map(([n, c]) => `${n}@${c}`).join(", ")}, rendered with their default values` });
    return { ...entry, resolvedFrom: entry.source };
  } finally {
    (0, import_node_fs2.rmSync)(work, { recursive: true, force: true });
  }
}
async function chartIndex(repo, timeoutMs) {
  const url = `${repo.replace(/\/+$/, "")}/index.yaml`;
  let text;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    text = await res.text();
  } catch (e) {
    throw new Error(`GET ${url}: ${getErrorMessage(e)}`);
  }
  const doc = js_yaml_default.load(text, { json: true });
  if (!doc?.entries) throw new Error(`${url} is not a Helm repository index (no entries)`);
  return { entries: doc.entries };
}

export {
  linkerd_images_default,
  chartRepo,
  versionFacts
};

import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/data/linkerd-images.json
var linkerd_images_default = {
  $comment: "Images each Linkerd version pulls, per component (linkerd-facts \xA73.3, \xA73.5). Add a version by adding an entry; 'chart' names the control-plane chart of that line. Edge entries list what the chart templates reference at that tag. 'charts' gives the Helm chart versions of that release (linkerd-facts \xA73.1).",
  versions: {
    "stable-2.10.2": {
      chart: "linkerd2",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.10.2",
        "cr.l5d.io/linkerd/proxy:stable-2.10.2",
        "cr.l5d.io/linkerd/proxy-init:v1.3.11",
        "cr.l5d.io/linkerd/debug:stable-2.10.2"
      ],
      viz: [
        "cr.l5d.io/linkerd/metrics-api:stable-2.10.2",
        "cr.l5d.io/linkerd/tap:stable-2.10.2",
        "cr.l5d.io/linkerd/web:stable-2.10.2",
        "cr.l5d.io/linkerd/grafana:stable-2.10.2",
        "docker.io/prom/prometheus:v2.19.3"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.10.2",
        "docker.io/omnition/opencensus-collector:0.1.11",
        "docker.io/jaegertracing/all-in-one:1.19.2"
      ],
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:stable-2.10.2"
      ],
      charts: {
        repo: "https://helm.linkerd.io/stable",
        linkerd2: "2.10.2",
        "linkerd-viz": "2.10.2",
        "linkerd-jaeger": "2.10.2",
        "linkerd2-cni": "2.10.2"
      }
    },
    "stable-2.14.10": {
      chart: "linkerd-control-plane",
      core: [
        "cr.l5d.io/linkerd/controller:stable-2.14.10",
        "cr.l5d.io/linkerd/policy-controller:stable-2.14.10",
        "cr.l5d.io/linkerd/proxy:stable-2.14.10",
        "cr.l5d.io/linkerd/proxy-init:v2.2.3",
        "cr.l5d.io/linkerd/debug:stable-2.14.10"
      ],
      viz: [
        "cr.l5d.io/linkerd/metrics-api:stable-2.14.10",
        "cr.l5d.io/linkerd/tap:stable-2.14.10",
        "cr.l5d.io/linkerd/web:stable-2.14.10",
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "docker.io/prom/prometheus:v2.48.0"
      ],
      jaeger: [
        "cr.l5d.io/linkerd/jaeger-webhook:stable-2.14.10",
        "cr.l5d.io/linkerd/extension-init:v0.1.0",
        "docker.io/otel/opentelemetry-collector:0.59.0",
        "docker.io/jaegertracing/all-in-one:1.31"
      ],
      cni: [
        "cr.l5d.io/linkerd/cni-plugin:v1.3.0"
      ],
      charts: {
        repo: "https://helm.linkerd.io/stable",
        "linkerd-crds": "1.8.0",
        "linkerd-control-plane": "1.16.11",
        "linkerd-viz": "30.12.11",
        "linkerd-jaeger": "30.12.11",
        "linkerd2-cni": "30.12.2"
      }
    },
    "edge-26.8.3": {
      chart: "linkerd-control-plane",
      core: [
        "cr.l5d.io/linkerd/controller:edge-26.8.3",
        "cr.l5d.io/linkerd/proxy:edge-26.8.3",
        "cr.l5d.io/linkerd/debug:edge-26.8.3"
      ],
      viz: [
        "cr.l5d.io/linkerd/metrics-api:edge-26.8.3",
        "cr.l5d.io/linkerd/tap:edge-26.8.3",
        "cr.l5d.io/linkerd/web:edge-26.8.3",
        "cr.l5d.io/linkerd/extension-init:v0.1.12",
        "docker.io/prom/prometheus:v2.55.1"
      ],
      charts: {
        repo: "https://helm.linkerd.io/edge",
        "linkerd-crds": "2026.8.3",
        "linkerd-control-plane": "2026.8.3",
        "linkerd-viz": "2026.8.3",
        gatewayAPI: "required"
      }
    }
  },
  apps: {
    dgraph: {
      default: "v25.3.1",
      images: [
        "docker.io/dgraph/dgraph:{version}"
      ]
    }
  }
};

// src/republish/images.ts
var EXTENSIONS = ["viz", "jaeger", "cni"];
var versions = linkerd_images_default.versions;
var apps = linkerd_images_default.apps;
function knownVersions() {
  return Object.keys(versions);
}
function controlPlaneChart(version) {
  return versions[version]?.chart ?? "linkerd-control-plane";
}
function linkerdImages(version, extensions) {
  const v = versions[version];
  if (!v) {
    throw new ConfigurationError(
      `Input 'linkerd-version' names '${version}', which meshci has no image list for. Known: ${knownVersions().join(", ")}. List the images yourself in input 'images' (one per line; \`linkerd install --ignore-cluster | grep image:\` prints them), or add the version to src/data/linkerd-images.json`
    );
  }
  const out = [...v.core];
  for (const e of extensions) {
    const list = v[e];
    if (!list) {
      throw new ConfigurationError(`Input 'extensions' asks for '${e}', which Linkerd ${version} does not have${e === "jaeger" ? " (the jaeger extension was removed in edge-25.10.1 / 2.19)" : ""}`);
    }
    out.push(...list);
  }
  return [...new Set(out)];
}
function appImages(app, version) {
  if (app === "none") return [];
  const a = apps[app];
  if (!a) throw new ConfigurationError(`Input 'app' has invalid value '${app}': allowed values are ${[...Object.keys(apps), "none"].join(", ")}`);
  return a.images.map((i) => i.replace("{version}", version ?? a.default));
}

export {
  linkerd_images_default,
  EXTENSIONS,
  knownVersions,
  controlPlaneChart,
  linkerdImages,
  appImages
};

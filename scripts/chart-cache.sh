#!/usr/bin/env bash
# Builds the chart cache the tests read (test/helpers/local-charts.ts: chartCache, localChartRepo;
# MESHCI_CHARTS for the render check) from clones of linkerd/linkerd2 and dgraph-io/charts (git
# directories, bare or not). Nothing of it is committed here.
#   bash scripts/chart-cache.sh /path/to/linkerd2.git /path/to/dgraph-charts.git [OUT]
# OUT: default $MESHCI_CHARTS, else ${XDG_CACHE_HOME:-$HOME/.cache}/meshci/charts. It then holds
#   OUT/<tag>/{charts,viz/charts,jaeger/charts} + OUT/<tag>/.commit   every version in SUPPORTED_VERSIONS
#                                                                     (scripts/export-linkerd-charts.sh)
#   OUT/dgraph/<chartVersion>/ + .commit    dgraph-io/charts' charts/dgraph (Chart.yaml at its root;
#                                           MESHCI_DGRAPH_CHART can name it) at the chart version the
#                                           deploy action installs by default (DGRAPH_CHART_VERSION
#                                           overrides): the tag dgraph-<version>, else the newest
#                                           commit whose charts/dgraph/Chart.yaml has that version
# and drops OUT/packaged (helm packages localChartRepo made from the previous export; remade on use).
set -euo pipefail
linkerd_git="$1"; dgraph_git="$2"
out="${3:-${MESHCI_CHARTS:-${XDG_CACHE_HOME:-$HOME/.cache}/meshci/charts}}"
here="$(cd "$(dirname "$0")/.." && pwd)"

bash "$here/scripts/export-linkerd-charts.sh" "$linkerd_git" "$out"

version="${DGRAPH_CHART_VERSION:-$(sed -n "s/.*getOptional('dgraph-chart-version') ?? '\([^']*\)'.*/\1/p" "$here/src/actions/deploy/inputs.ts")}"
[ -n "$version" ] || { echo "no default dgraph-chart-version in src/actions/deploy/inputs.ts; set DGRAPH_CHART_VERSION" >&2; exit 1; }
chart_version() { git --git-dir="$dgraph_git" show "$1:charts/dgraph/Chart.yaml" 2>/dev/null | sed -n 's/^version:[[:space:]]*//p' | tr -d "\"' "; }
commit=""
if [ "$(chart_version "dgraph-$version")" = "$version" ]; then
  commit="$(git --git-dir="$dgraph_git" rev-list -n 1 "dgraph-$version")"
else
  for c in $(git --git-dir="$dgraph_git" log --all --format=%H -- charts/dgraph/Chart.yaml); do
    if [ "$(chart_version "$c")" = "$version" ]; then commit="$c"; break; fi
  done
fi
[ -n "$commit" ] || { echo "dgraph-io/charts has no charts/dgraph/Chart.yaml with version $version" >&2; exit 1; }
mkdir -p "$out/dgraph"
tmp="$(mktemp -d "$out/dgraph/.tmp-$version-XXXXXX")"
git --git-dir="$dgraph_git" archive "$commit:charts/dgraph" | tar x -C "$tmp"
echo "$commit" > "$tmp/.commit"
rm -rf "${out:?}/dgraph/$version"; mv "$tmp" "$out/dgraph/$version"
echo "dgraph $version: $commit"

rm -rf "${out:?}/packaged"
echo "chart cache: $out ($(du -sh "$out" | cut -f1))"

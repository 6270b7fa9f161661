#!/usr/bin/env bash
# Exports the charts of every version meshci supports from a clone of linkerd/linkerd2 (a git
# directory) into OUT/<tag>/{charts,viz/charts,jaeger/charts}, with the tag's commit in OUT/<tag>/.commit:
# the input of scripts/linkerd-images.ts and of the render check (test/render). Only charts are
# exported; nothing of it is committed here.
#   bash scripts/export-linkerd-charts.sh /path/to/linkerd2.git /tmp/linkerd-charts
set -euo pipefail
git_dir="$1"; out="$2"
here="$(cd "$(dirname "$0")/.." && pwd)"
versions="$(cd "$here" && npx --no-install tsx -e "import { SUPPORTED_VERSIONS } from './src/linkerd/versions.ts'; console.log(SUPPORTED_VERSIONS.join(' '))")"
mkdir -p "$out"
for tag in $versions; do
  rm -rf "${out:?}/$tag"; mkdir -p "$out/$tag"
  paths=(charts)
  for p in viz/charts jaeger/charts; do git --git-dir="$git_dir" cat-file -e "$tag:$p" 2>/dev/null && paths+=("$p"); done
  git --git-dir="$git_dir" archive "$tag" "${paths[@]}" | tar x -C "$out/$tag"
  git --git-dir="$git_dir" rev-list -n 1 "$tag" > "$out/$tag/.commit"
  echo "$tag: ${paths[*]}"
done

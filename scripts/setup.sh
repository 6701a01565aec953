#!/usr/bin/env bash
# npm run setup: everything a fresh machine needs, then a build.
#  - the browsers the end-to-end tests drive: Debian's chromium and firefox-esr, installed with
#    apt-get when they are missing and this user may install packages (root, or sudo without a
#    password); otherwise a message naming what to install (the tests never download a browser);
#  - the npm packages, exactly as locked (npm ci);
#  - the article library and the Chrome build (npm run build).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
[ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)

browsers_ok=1
if [ ${#missing[@]} -gt 0 ]; then
  as_root=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && sudo -n true 2>/dev/null; then as_root=(sudo -n); fi
  if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || [ ${#as_root[@]} -gt 0 ]; }; then
    echo "setup: installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    browsers_ok=0
  fi
fi

node -e 'const [a, b] = process.versions.node.split(".").map(Number); if (a < 20 || (a === 20 && b < 19) || a >= 23) { console.error(`setup: Node.js ${process.versions.node} found; HipLens needs 20.19 or later, below 23`); process.exit(1); }'
npm ci --no-audit --no-fund
npm run build

if [ "$browsers_ok" -eq 0 ]; then
  echo "setup: built, but the end-to-end tests need Debian's ${missing[*]} and this user cannot install packages." >&2
  echo "       Install them (as root: apt-get install -y ${missing[*]}), or set CHROMIUM_PATH / FIREFOX_PATH." >&2
  exit 1
fi
echo "setup: ready. Run the tests with: npm test"

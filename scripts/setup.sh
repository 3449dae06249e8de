#!/usr/bin/env bash
# Installs what dingben needs when it is missing, so that `npm start` and
# `npm test` work on a fresh Debian machine: npm packages from the lock file (`--test`: with the dev tools),
# the compiled command line, then Debian's Chromium and poppler (and, for the tests, Java, EPUBCheck and
# Python's PyYAML).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}

# `npm start` installs the runtime dependencies only (`npm ci --omit=dev`, about half the size); `npm test`
# adds the test and benchmark tools. So the packages are installed again only when the lock file is newer
# than the install, or when the tests find a runtime-only install. A stale install that had the tools gets
# them again, so that `npm start` after a pull does not take away what `npm test` would then reinstall.
fresh() { [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; }
dev_tools() {
  node -e 'const { devDependencies } = require("./package.json");
    process.exit(Object.keys(devDependencies).every((d) => require("fs").existsSync(`node_modules/${d}/package.json`)) ? 0 : 1)'
}
install=
if [ "$mode" = "--test" ]; then
  fresh && dev_tools || install=full
elif ! fresh; then
  dev_tools && install=full || install=runtime
fi
# --include=dev overrides an `omit=dev` in the user's npm config or NODE_ENV=production.
if [ "$install" = full ]; then
  echo "dingben setup: npm ci --include=dev" >&2
  npm ci --include=dev --no-audit --no-fund --loglevel=error
elif [ "$install" = runtime ]; then
  echo "dingben setup: npm ci --omit=dev" >&2
  npm ci --omit=dev --no-audit --no-fund --loglevel=error
fi
# The font packages' weights the theme never sets (seven of nine in each of four families).
node scripts/trim-fonts.mjs
# The compiled command line (npm ci's prepare writes it; a checkout with newer sources writes it again).
if [ ! -f dist/cli.js ] || [ -n "$(find src -newer dist/cli.js -print -quit)" ]; then
  echo "dingben setup: npm run build" >&2
  node scripts/build.mjs
fi

need=()
if [ -z "${DINGBEN_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then need+=(chromium); fi
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
# HanaMin, for the characters Noto SC lacks (Extension B and beyond): see fonts/README.md. A book builds
# without it (those characters print as 〓, with a warning), so only the tests insist on it.
optional=()
[ -n "${DINGBEN_HANAZONO_DIR:-}" ] || [ -f /usr/share/fonts/truetype/hanazono/HanaMinB.ttf ] || optional+=(fonts-hanazono)
if [ "$mode" = "--test" ] || [ "$(id -u)" = "0" ]; then
  need+=(${optional[@]+"${optional[@]}"})
elif [ ${#optional[@]} -gt 0 ]; then
  echo "dingben: ${optional[*]} is not installed: Extension B characters will print as 〓 (sudo apt-get install -y ${optional[*]})" >&2
fi
if [ "$mode" = "--test" ]; then
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
  [ -f /usr/share/java/epubcheck.jar ] || need+=(epubcheck)
  # tests/eval.test.ts checks `dingben eval` against ../shared/tools/score_edition.py, which needs PyYAML
  python3 -c 'import yaml' >/dev/null 2>&1 || need+=(python3-yaml)
fi

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "dingben setup: apt-get install ${need[*]}" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "dingben: missing ${need[*]}; install them with: sudo apt-get install -y ${need[*]}" >&2
    exit 1
  fi
fi

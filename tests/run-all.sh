#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every test (content check, unit, browser).
# Safe to run on a fresh clone and on CI (as root). Browsers are never downloaded: Debian's Chromium is used.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. Node packages, from the committed lock (skipped when node_modules already matches it).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› installing node packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# 2. Chromium from Debian, for Playwright (apt needs root, which we are on every machine here).
if [ ! -x /usr/bin/chromium ]; then
  echo "› installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q chromium
fi

# 3. Content check: every problem in every file, as file:line:col.
echo "› npm run check"
npm run --silent check

# 4. Unit tests (Vitest).
echo "› unit tests"
npx vitest run

# 5. One production build, shared by every browser test.
echo "› next build"
SITE_URL="${SITE_URL:-http://localhost:3100}" npx next build

# 6. Browser tests (Playwright) against the production server (`npm start`), one worker.
echo "› browser tests"
npx playwright test

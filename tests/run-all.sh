#!/usr/bin/env bash
# `npm test`: installs what the tests need, then runs every test (content check, unit, browser).
# Safe to run on a fresh clone and on CI (as root). Browsers are never downloaded: Debian's Chromium is used.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. Node packages, from the committed lock. Skipped when node_modules was installed from this very lock
#    (a hash of it is kept beside the packages; file times lie after a checkout or a copy).
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f node_modules/.lock-hash ] || [ "$(cat node_modules/.lock-hash)" != "$lock_hash" ]; then
  echo "› installing node packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" > node_modules/.lock-hash
fi

# 2. Chromium from Debian, for Playwright (apt needs root, which we are on every machine here).
if [ ! -x /usr/bin/chromium ]; then
  echo "› installing Debian's chromium"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q && apt-get install -y -q chromium
fi

# 3. A throwaway PostgreSQL server for the store tests and the PostgreSQL-backed browser tests (initdb +
#    pg_ctl in a temporary folder as the postgres user; stopped and removed when this script exits, pass or fail).
#    Installs Debian's postgresql package when the binaries are missing.
source tests/support/postgres.sh

# 4. Content check: every problem in every file, as file:line:col. Then the linter (oxlint: React, hooks,
#    JSX accessibility and Next.js rules), zero warnings.
echo "› npm run check"
npm run --silent check
echo "› npm run lint"
npm run --silent lint

# 5. Unit tests (Vitest).
echo "› unit tests"
npx vitest run

# 6. One production build, shared by every browser test (`npm run build`: route types, tsc, then next build).
echo "› next build (type check first: npm run build)"
# The e2e helpers read the same SITE_URL: with E2E_PORT set alone, the build had said localhost:3100 while the
# server ran on another port, and every origin check failed.
export SITE_URL="${SITE_URL:-http://localhost:${E2E_PORT:-3100}}"
npm run --silent build

# 7. Browser tests (Playwright) against the production server (`npm start`), one worker. The form and load
#    tests also start servers of their own on ports after the main one (E2E_PORT, default 3100; the offsets are in
#    tests/support/e2e-server.ts); the size-independence test (scale.spec.ts, ~45 s) builds a 100-chapter scratch copy.
echo "› browser tests"
npx playwright test

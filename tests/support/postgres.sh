#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder owned by the
# `postgres` user (PostgreSQL refuses to run as root), listening on 127.0.0.1 only, on the first free port
# in PG_PORTS (default 5433-5439). Installs Debian's `postgresql` package when the binaries are missing.
#
#   source tests/support/postgres.sh     starts it, exports TEST_DATABASE_URL, and stops and removes it when
#                                        the sourcing shell exits (trap), also on failure.
#   bash tests/support/postgres.sh start prints "URL DIR" (for test runners that manage it themselves)
#   bash tests/support/postgres.sh stop DIR

pg_bindir() {
  local dir=""
  command -v pg_config >/dev/null 2>&1 && dir="$(pg_config --bindir 2>/dev/null || true)"
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  fi
  if [ -z "$dir" ] || [ ! -x "$dir/initdb" ]; then
    echo "› installing Debian's postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >&2 && apt-get install -y -q postgresql >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$dir"
}

pg_as_user() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  local bindir dir port=""
  bindir="$(pg_bindir)" || return 1
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  dir="$(mktemp -d /tmp/guide-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" = "0" ] && chown postgres: "$dir"
  pg_as_user "$bindir/initdb" -D "$dir/data" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; return 1; }
  # Each free-looking port is tried by starting the server on it: another run can take a port between a probe
  # and the start (initdb takes seconds), which had failed the whole run.
  for candidate in $(seq "${PG_PORT_FIRST:-5433}" "${PG_PORT_LAST:-5439}"); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then continue; fi
    if pg_as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $candidate -c listen_addresses=127.0.0.1 -k $dir -c max_connections=200" start >/dev/null; then
      port="$candidate"
      break
    fi
  done
  if [ -z "$port" ]; then
    echo "PostgreSQL could not start on any port in ${PG_PORT_FIRST:-5433}-${PG_PORT_LAST:-5439}" >&2
    cat "$dir/server.log" >&2 2>/dev/null
    rm -rf "$dir"
    return 1
  fi
  echo "postgres://postgres@127.0.0.1:$port/postgres $dir"
}

pg_stop() {
  local dir="$1" bindir
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  bindir="$(pg_bindir)"
  pg_as_user "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

if [ "${BASH_SOURCE[0]}" != "$0" ]; then
  # Sourced: start now, clean up when the sourcing shell exits.
  read -r TEST_DATABASE_URL GUIDE_PG_DIR < <(pg_start) || { echo "could not start PostgreSQL" >&2; return 1; }
  [ -n "$TEST_DATABASE_URL" ] || { echo "could not start PostgreSQL" >&2; return 1; }
  export TEST_DATABASE_URL GUIDE_PG_DIR
  trap 'pg_stop "$GUIDE_PG_DIR"' EXIT
  echo "› PostgreSQL for the tests at ${TEST_DATABASE_URL}"
else
  set -euo pipefail
  case "${1:-}" in
    start) pg_start ;;
    stop) pg_stop "${2:-}" ;;
    *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
  esac
fi

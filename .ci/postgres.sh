#!/usr/bin/env bash
# Start a throw-away local PostgreSQL cluster for tests/sync and print its SQLAlchemy URL
# as the last stdout line. Installs nothing (bootstrap installs the `postgresql` package).
# Re-running reuses the running cluster. Stop it with: pg_ctl -D "$PGDIR/data" stop
set -euo pipefail

BIN="${PG_BIN:-}"
if [[ -z "$BIN" ]]; then
  BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  echo "PostgreSQL server binaries not found (install the Debian 'postgresql' package)" >&2
  exit 1
fi

PGDIR="${UNION_DESK_PG_DIR:-/tmp/union_desk_pg}"
DB="${UNION_DESK_PG_DB:-union_desk_test}"

# initdb refuses to run as root, so root runs the cluster as the 'postgres' user.
if [[ "$(id -u)" == "0" ]]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

mkdir -p "$PGDIR"
chown "$OWNER" "$PGDIR" 2>/dev/null || true

if [[ ! -f "$PGDIR/data/PG_VERSION" ]]; then
  as_owner "$BIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >&2
fi

if [[ -f "$PGDIR/port" ]] && as_owner "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1; then
  PORT=$(cat "$PGDIR/port")
else
  PORT=$(free_port)
  echo "$PORT" > "$PGDIR/port"
  # Only loopback and a private socket dir: nothing is exposed beyond this machine.
  as_owner "$BIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
    -o "-p $PORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
fi

if ! as_owner "$BIN/psql" -h "$PGDIR" -p "$PORT" -U postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='$DB'" postgres | grep -q 1; then
  as_owner "$BIN/createdb" -h "$PGDIR" -p "$PORT" -U postgres "$DB" >&2
fi

echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/$DB"

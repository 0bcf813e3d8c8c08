#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests: a new cluster in DIR, listening only on a Unix socket
# in DIR (no TCP), trust auth, superuser `storyline`, UTF-8, no fsync (its data is disposable).
#   scripts/pg-throwaway.sh start DIR   prints the DSN, postgresql:///postgres?host=DIR&user=storyline
#   scripts/pg-throwaway.sh stop DIR
# Needs Debian's `postgresql` package (initdb, pg_ctl under /usr/lib/postgresql/N/bin, or $PG_BIN).
# initdb refuses to run as root: as root the server runs as the `postgres` user (runuser).
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?DIR}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "pg-throwaway: no PostgreSQL binaries (apt-get install postgresql, or set PG_BIN)" >&2
    exit 3
fi
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $cmd in
start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U storyline -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgresql:///postgres?host=$(printf %s "$dir" | sed 's|/|%2F|g')&user=storyline"
    ;;
stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    ;;
*)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac

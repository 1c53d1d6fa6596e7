#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the integration tests (issue 7: the
# suite runs against SQLite and a real PostgreSQL that the test command
# starts itself). Used by the ctest fixture pg/start and pg/stop.
#
#   scripts/pg-test-cluster.sh start DIR   # writes the server's URL to DIR/url
#   scripts/pg-test-cluster.sh stop DIR    # stops the server, removes its files
#
# The cluster lives in a temporary folder (DIR/datadir names it), trusts the
# role "reskontra" on 127.0.0.1 only, listens on the first free port from a
# random start and keeps its unix socket in its own folder. fsync is off: the
# data is thrown away afterwards. initdb refuses to run as root, so as root
# the server runs as the "postgres" system user (the Debian package creates it).
set -euo pipefail

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }
[ $# -eq 2 ] || usage
action=$1
dir=$2

pg_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
        echo "PostgreSQL is not installed (no /usr/lib/postgresql/<version>/bin/initdb):" \
             "run scripts/install-deps.sh" >&2
        exit 1
    fi
    echo "$bin"
}

# Runs a server program as the cluster's owner.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

stop_cluster() {
    local data
    [ -f "$dir/datadir" ] || { rm -f "$dir/url"; return 0; }
    data=$(cat "$dir/datadir")
    if [ -f "$data/pgdata/postmaster.pid" ]; then
        as_owner "$(pg_bin)/pg_ctl" -D "$data/pgdata" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    case "$data" in
        */reskontra-pgtest.*) rm -rf "$data" ;;
    esac
    rm -f "$dir/datadir" "$dir/url"
}

start_cluster() {
    local bin data port log
    bin=$(pg_bin)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    stop_cluster  # a cluster left over from an interrupted run
    data=$(mktemp -d "${TMPDIR:-/tmp}/reskontra-pgtest.XXXXXX")
    echo "$data" > "$dir/datadir"
    if [ "$(id -u)" -eq 0 ]; then
        id postgres >/dev/null 2>&1 || { echo "no postgres system user (install postgresql)" >&2; exit 1; }
        chown postgres: "$data"
    fi
    log="$data/server.log"
    as_owner "$bin/initdb" -D "$data/pgdata" -U reskontra --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 --no-instructions >"$data/initdb.log" 2>&1 || {
        cat "$data/initdb.log" >&2
        exit 1
    }
    cat >>"$data/pgdata/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = '$data'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    # Try ports until one is free; two build folders may test at once.
    port=$(( 20000 + RANDOM % 20000 ))
    for _ in $(seq 1 50); do
        if as_owner "$bin/pg_ctl" -D "$data/pgdata" -l "$log" -o "-p $port" -w -t 30 start \
            >/dev/null 2>&1; then
            echo "postgresql://reskontra@127.0.0.1:$port/postgres" > "$dir/url"
            echo "PostgreSQL test cluster on port $port in $data"
            return 0
        fi
        port=$(( port + 1 ))
    done
    echo "Could not start the PostgreSQL test cluster; its log:" >&2
    cat "$log" >&2 || true
    exit 1
}

case "$action" in
    start) start_cluster ;;
    stop) stop_cluster ;;
    *) usage ;;
esac

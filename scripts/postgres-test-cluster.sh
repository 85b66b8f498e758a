#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's postgresql, run as the postgres user in a temporary folder,
# listening on 127.0.0.1 only. No containers.
#   scripts/postgres-test-cluster.sh start   prints the connection string of a superuser role for the tests
#   scripts/postgres-test-cluster.sh stop
set -euo pipefail

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
folder=${RF_PG_FOLDER:-/tmp/registrationflow-pg}
port=${RF_PG_PORT:-55432}
password=registrationflow-tests

as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$1"; else bash -c "$1"; fi; }

case "${1:-}" in
  start)
    [ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ -f "$folder/data/postmaster.pid" ]; then as_postgres "$bin/pg_ctl -D $folder/data -m immediate stop" >/dev/null 2>&1 || true; fi
    rm -rf "$folder"
    mkdir -p "$folder"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$folder"; fi
    echo "$password" > "$folder/pwfile"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$folder/pwfile"; fi
    as_postgres "$bin/initdb -D $folder/data -U postgres --pwfile=$folder/pwfile -A scram-sha-256 -E UTF8 --locale=C.UTF-8" >"$folder/initdb.log" 2>&1
    as_postgres "$bin/pg_ctl -D $folder/data -l $folder/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $port -k $folder -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start" >/dev/null
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=$password"
    ;;
  stop)
    [ -n "$bin" ] && [ -d "$folder/data" ] && as_postgres "$bin/pg_ctl -D $folder/data -m fast stop" >/dev/null 2>&1 || true
    rm -rf "$folder"
    ;;
  *)
    echo "usage: $0 start|stop" >&2; exit 2 ;;
esac

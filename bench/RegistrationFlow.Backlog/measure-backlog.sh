#!/usr/bin/env bash
# Starts the service (Release build) on a backlog database written by `seed`, at the product clock the seed printed
# (DB.clock), and measures: start-up to ready (process start until POST /api/auth/login answers 200),
# resident memory after start-up and after the query run, and the queries'
# latency (the `measure` command). Stops the service it started (by its process id) at the end.
#
#   bench/RegistrationFlow.Backlog/measure-backlog.sh DB [ROUNDS] [PORT]
set -euo pipefail
db=$(realpath "$1"); rounds=${2:-50}; port=${3:-5190}
root=$(cd "$(dirname "$0")/../.." && pwd)
url="http://127.0.0.1:$port"
clock=$(cat "$db.clock")
log=$(mktemp /tmp/backlog-service.XXXXXX.log)

dotnet build -c Release "$root/src/RegistrationFlow.Web" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/RegistrationFlow.Backlog" -v q -nologo >/dev/null

source "$root/bench/RegistrationFlow.Backlog/backlog-service.sh"
start=$(date +%s.%N)
start_backlog_service "$root" "$db" "$url" "$log" \
  "Logging__LogLevel__RegistrationFlow.Infrastructure.Deadlines=Information" Logging__Console__TimestampFormat="HH:mm:ss.fff "
wait_until_ready "$url" "$log"
ready=$(date +%s.%N)
rss_ready=$(ps -o rss= -p $pid)
printf 'start-up to ready: %.2f s (process started %s, service pid %s, clock %s)\n' "$(echo "$ready - $start" | bc)" \
  "$(date -d @"$start" +%T.%3N)" "$pid" "$clock"
printf 'resident memory after start-up: %d MB\n' $((rss_ready / 1024))


cd "$root"
dotnet bench/RegistrationFlow.Backlog/bin/Release/net10.0/RegistrationFlow.Backlog.dll measure --url "$url" --rounds "$rounds"
rss_after=$(ps -o rss= -p $pid)
hwm=$(awk '/VmHWM/ {print $2}' /proc/$pid/status)
printf 'resident memory after the queries: %d MB (peak %d MB)\n' $((rss_after / 1024)) $((hwm / 1024))
grep -i "warn\|fail\|error" "$log" | grep -v "Seeded demo\|calendar" | head -5 || true

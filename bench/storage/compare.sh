#!/usr/bin/env bash
# Side by side, in one run on this machine: SQLite 1 node, PostgreSQL 1 node, PostgreSQL 3 nodes behind nginx (the
# shipped deploy/nginx/registrationflow.conf). For each: actions/s at USERS (64) saturating for DURATION seconds, then
# p50/p99 at RATE (200) actions/s, with the CPU seconds of the nodes and of PostgreSQL per action. A throwaway
# PostgreSQL cluster of its own (port 55462) and nginx run on 127.0.0.1 only, and everything is stopped at the end.
#
#   bench/storage/compare.sh            (environment: USERS, DURATION, RATE, WARMUP; defaults 64, 30, 200, 30)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
users=${USERS:-64}; duration=${DURATION:-30}; rate=${RATE:-200}; warmup=${WARMUP:-30}
work=/tmp/rf-compare; rm -rf "$work"; mkdir -p "$work"
export RF_PG_FOLDER=/tmp/rf-pg-compare RF_PG_PORT=55462

dotnet build -c Release src/RegistrationFlow.Web -nologo -v q >/dev/null
dotnet build -c Release bench/RegistrationFlow.LoadTest -nologo -v q >/dev/null
web=$root/src/RegistrationFlow.Web/bin/Release/net10.0/RegistrationFlow.Web.dll
generator=(dotnet "$root/bench/RegistrationFlow.LoadTest/bin/Release/net10.0/RegistrationFlow.LoadTest.dll")

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  bash scripts/postgres-test-cluster.sh stop
}
trap cleanup EXIT
server=$(bash scripts/postgres-test-cluster.sh start)

cpu() { local total=0; for pid in "$@"; do total=$(echo "$total + $(awk '{print ($14 + $15) / 100}' "/proc/$pid/stat" 2>/dev/null || echo 0)" | bc); done; echo "$total"; }
postgres_pids() { pgrep -u postgres -f "postgres" | tr '\n' ' '; }

start_node() { # port, then environment assignments
  local port=$1; shift
  (cd "$root/src/RegistrationFlow.Web" && env DOTNET_GCgen0size=0x4000000 ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_FORWARDEDHEADERS_ENABLED=true "$@" \
     dotnet "$web" --urls "http://127.0.0.1:$port" >"$work/node-$port.log" 2>&1) &
  local runner=$!
  for _ in $(seq 240); do curl -sf -o /dev/null "http://127.0.0.1:$port/openapi/v1.json" && break; sleep 0.5; done
  local pid; pid=$(pgrep -f -- "--urls http://127.0.0.1:$port" | head -1)
  pids+=("$pid" "$runner"); nodes+=("$pid")
}

start_nginx() { # listen port, node ports…
  local listen=$1; shift
  mkdir -p "$work/nginx/temp"
  local servers=""; for port in "$@"; do servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;\n"; done
  awk -v servers="$servers" -v listen="    listen 127.0.0.1:$listen;" '
    /# nodes:begin/ {print; printf "%s", servers; skip=1; next} /# nodes:end/ {skip=0}
    /# listen:begin/ {print; print listen; skip=1; next} /# listen:end/ {skip=0}
    !skip {print}' deploy/nginx/registrationflow.conf | sed 's/\\n/\n/g' >"$work/nginx/site.conf"
  cat >"$work/nginx/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx/temp/body; proxy_temp_path $work/nginx/temp/proxy;
  fastcgi_temp_path $work/nginx/temp/fastcgi; uwsgi_temp_path $work/nginx/temp/uwsgi; scgi_temp_path $work/nginx/temp/scgi;
  include $work/nginx/site.conf;
}
NGINX
  nginx -p "$work/nginx" -c "$work/nginx/nginx.conf"
  for _ in $(seq 40); do curl -sf -o /dev/null "http://127.0.0.1:$listen/openapi/v1.json" && break; sleep 0.25; done
}

measure() { # name, url
  local name=$1 url=$2
  "${generator[@]}" --url "$url" --users 32 --duration "$warmup" --no-handover >"$work/$name-warmup.txt" 2>&1 || true
  local nodes_before pg_before start end
  nodes_before=$(cpu "${nodes[@]}"); pg_before=$(cpu $(postgres_pids))
  start=$(date +%s.%N)
  "${generator[@]}" --url "$url" --users "$users" --duration "$duration" --no-handover >"$work/$name-saturated.txt" 2>"$work/$name-progress.txt" || true
  end=$(date +%s.%N)
  local nodes_cpu pg_cpu actions errors
  nodes_cpu=$(echo "$(cpu "${nodes[@]}") - $nodes_before" | bc); pg_cpu=$(echo "$(cpu $(postgres_pids)) - $pg_before" | bc)
  actions=$(grep -o '^actions [0-9]*' "$work/$name-saturated.txt" | awk '{print $2}')
  errors=$(grep -o 'errors [0-9]*' "$work/$name-saturated.txt" | head -1 | awk '{print $2}')
  "${generator[@]}" --url "$url" --users 64 --duration "$duration" --rate "$rate" --no-handover >"$work/$name-paced.txt" 2>&1 || true
  local wall; wall=$(echo "$end - $start" | bc)
  printf '| %s | %s | %.0f | %s | %.2f | %.2f | %s |\n' "$name" "$actions" "$(echo "$actions / $wall" | bc -l)" "${errors:-?}" \
    "$(echo "$nodes_cpu * 1000 / $actions" | bc -l)" "$(echo "$pg_cpu * 1000 / $actions" | bc -l)" \
    "$(awk -F'|' '/^\| all \|/ {gsub(/ /, ""); print "p50 " $4 " ms, p99 " $6 " ms"}' "$work/$name-paced.txt"), errors $(grep -o 'errors [0-9]*' "$work/$name-paced.txt" | head -1 | awk '{print $2}')" >>"$work/table.md"
}

echo "| set-up | actions | actions/s at $users users | errors | node CPU ms/action | PostgreSQL CPU ms/action | at $rate actions/s |" >"$work/table.md"
echo "|---|---:|---:|---:|---:|---:|---|" >>"$work/table.md"

nodes=(); start_node 5181 ConnectionStrings__Registration="Data Source=$work/sqlite/registration.db"
measure "SQLite, 1 node" http://127.0.0.1:5181
for pid in "${nodes[@]}"; do kill "$pid"; done

create_db() { PGPASSWORD=registrationflow-tests psql -h 127.0.0.1 -p $RF_PG_PORT -U postgres -qc "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; }
create_db rf_one
nodes=(); start_node 5191 Database__Provider=PostgreSql ConnectionStrings__Registration="$server;Database=rf_one"
measure "PostgreSQL, 1 node" http://127.0.0.1:5191
for pid in "${nodes[@]}"; do kill "$pid"; done

create_db rf_three
nodes=()
for port in 5201 5202 5203; do start_node $port Database__Provider=PostgreSql ConnectionStrings__Registration="$server;Database=rf_three"; done
start_nginx 5200 5201 5202 5203
measure "PostgreSQL, 3 nodes behind nginx" http://127.0.0.1:5200

for pid in "${nodes[@]}"; do kill "$pid"; done

# Deadline lateness while the service is saturated: SQLite under the training clock at rate 300, accepted in the
# afternoon, so the same-day warnings (16:00) and breaches (17:00) fall due during the saturating run.
nodes=(); start_node 5211 ConnectionStrings__Registration="Data Source=$work/training/registration.db" \
  Clock__StartAt=2026-03-02T14:45:00+08:00 Clock__Rate=300
"${generator[@]}" --url http://127.0.0.1:5211 --users "$users" --duration 75 --no-handover >"$work/training-saturated.txt" 2>&1 || true
sleep 5
python3 - "$work/training/registration.db" >"$work/lateness.txt" <<'PY'
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT DueAt, FiredAt, State FROM Deadlines").fetchall()
fired = sorted((f - d) / 10_000 / 300 for d, f, s in rows if s == "Fired")  # real ms (simulated ticks / rate)
early = sum(1 for x in fired if x < 0)
def pct(p): return fired[min(len(fired) - 1, int(len(fired) * p))] if fired else float("nan")
print(f"training clock x300, saturated: {len(fired)} deadlines fired, {early} early, real lateness p50 {pct(0.5):.0f} ms, "
      f"p99 {pct(0.99):.0f} ms, max {max(fired) if fired else float('nan'):.0f} ms; "
      f"{sum(1 for r in rows if r[2] == 'Pending')} still pending")
PY
echo; echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
cat "$work/table.md"
grep "^actions" "$work/training-saturated.txt" | sed 's/^/training run: /'
cat "$work/lateness.txt"

#!/usr/bin/env bash
# Starts the product on a fresh SQLite file, warms it up, runs the load generator against it, stops it, and prints the
# generator's summary plus the CPU seconds the service and the generator used (so a figure taken on a busy machine can
# be told apart from one limited by the service).
#
#   bench/RegistrationFlow.LoadTest/measure-http.sh NAME SYNCHRONOUS [generator options…]
#   e.g. bench/RegistrationFlow.LoadTest/measure-http.sh normal NORMAL --users 32 --duration 60 --no-handover
#
# Environment: PORT (default 5090), WARMUP seconds (default 40: tier-1 JIT of the request path takes ~25 s under load),
# WARMUP_RATE (warm up paced at this many actions/s instead of saturating; for latency at a steady rate), SERVICE_ARGS (extra arguments for the service,
# e.g. the training clock: "--Clock:StartAt=2026-03-02T08:30:00+08:00 --Clock:Rate=3600").
set -euo pipefail
cd "$(dirname "$0")/../.."

name=$1; synchronous=$2; shift 2
port=${PORT:-5090}
warmup=${WARMUP:-40}
folder=/tmp/lt/$name
url=http://127.0.0.1:$port

dotnet build -c Release src/RegistrationFlow.Web -nologo -v q >/dev/null
dotnet build -c Release bench/RegistrationFlow.LoadTest -nologo -v q >/dev/null

rm -rf "$folder"; mkdir -p "$folder"
ConnectionStrings__Registration="Data Source=$folder/registration.db" Database__Sqlite__Synchronous=$synchronous \
  dotnet run -c Release --no-build --project src/RegistrationFlow.Web --urls "$url" -- ${SERVICE_ARGS:-} >"$folder/service.log" 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "$url/openapi/v1.json" && break; sleep 0.5; done
service=$(pgrep -P "$runner" | head -1)

cpu() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }   # user + system CPU seconds (100 ticks/s)

# The built program directly (not `dotnet run`), so the generator's CPU seconds are its own.
generator=(dotnet bench/RegistrationFlow.LoadTest/bin/Release/net10.0/RegistrationFlow.LoadTest.dll --url "$url")
if [ "$warmup" != 0 ]; then
  if [ -n "${WARMUP_RATE:-}" ]; then
    # A steady warm-up at the rate to be measured: a saturating one leaves the service with a worse tail for minutes.
    "${generator[@]}" --users 64 --duration "$warmup" --rate "$WARMUP_RATE" --no-handover >"$folder/warmup.txt" 2>&1 || true
  else
    "${generator[@]}" --users 32 --duration "$warmup" --no-handover >"$folder/warmup.txt" 2>&1 || true
  fi
fi

before=$(cpu "$service")
start=$(date +%s.%N)
TIMEFORMAT='%U %S'
{ time "${generator[@]}" "$@" 2>"$folder/progress.txt" >"$folder/result.txt"; } 2>"$folder/generator-cpu.txt" || true
after=$(cpu "$service")
end=$(date +%s.%N)
cat "$folder/result.txt"
generator_cpu=$(awk '{print $1 + $2}' "$folder/generator-cpu.txt")

actions=$(grep -o '^actions [0-9]*' "$folder/result.txt" | awk '{print $2}')
echo "service CPU: $(echo "$after - $before" | bc) s over $(echo "$end - $start" | bc | cut -c1-6) s wall; actions $actions;" \
  "$(echo "scale=2; ($after - $before) * 1000 / ($actions + 0.0001)" | bc) service CPU ms per action;" \
  "generator CPU $generator_cpu s ($(echo "scale=2; $generator_cpu * 1000 / ($actions + 0.0001)" | bc) ms per action); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit $(git rev-parse --short HEAD), synchronous=$synchronous, $(date -u +%Y-%m-%dT%H:%MZ)"

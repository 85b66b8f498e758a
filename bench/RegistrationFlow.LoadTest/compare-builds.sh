#!/usr/bin/env bash
# Runs one short load measurement against an already-built service in a given checkout (e.g. a clone at another commit),
# so builds can be compared in alternating runs in one session. Prints the RESULT line, the service's CPU per action
# and the load average.
#
#   bench/RegistrationFlow.LoadTest/compare-builds.sh CHECKOUT NAME SYNCHRONOUS SECONDS "ENV=VALUE …" [generator options…]
#   e.g. for c in /tmp/before /tmp/after; do bench/RegistrationFlow.LoadTest/compare-builds.sh $c x NORMAL 20 "" --users 32 --no-handover; done
#
# The checkout must have been built first: dotnet build -c Release src/RegistrationFlow.Web bench/RegistrationFlow.LoadTest
set -euo pipefail
checkout=$(cd "$1" && pwd); name=$2; synchronous=$3; seconds=$4; environment=$5; shift 5
folder=/tmp/lt/$name; port=${PORT:-5092}; url=http://127.0.0.1:$port
rm -rf "$folder"; mkdir -p "$folder"
cd "$checkout"
env DOTNET_GCgen0size=0x4000000 $environment ASPNETCORE_ENVIRONMENT=Development ConnectionStrings__Registration="Data Source=$folder/registration.db" \
  Database__Sqlite__Synchronous="$synchronous" \
  dotnet src/RegistrationFlow.Web/bin/Release/net10.0/RegistrationFlow.Web.dll --urls "$url" --contentRoot "$checkout/src/RegistrationFlow.Web" \
  >"$folder/service.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "$url/openapi/v1.json" && break; sleep 0.5; done
generator=(dotnet bench/RegistrationFlow.LoadTest/bin/Release/net10.0/RegistrationFlow.LoadTest.dll --url "$url")
# Tier-1 JIT of the request path goes on for ~25 s under load: measure after it has settled.
"${generator[@]}" --users 32 --duration "${WARMUP:-40}" --no-handover >"$folder/warmup.txt" 2>&1
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$1/stat"; }
before=$(cpu $service)
"${generator[@]}" "$@" --duration "$seconds" >"$folder/result.txt" 2>"$folder/progress.txt"
after=$(cpu $service)
actions=$(grep -o '^actions [0-9]*' "$folder/result.txt" | awk '{print $2}')
echo "$name $(git rev-parse --short HEAD) [$environment]: $(tail -1 "$folder/result.txt") | service CPU $(echo "scale=2; ($after - $before) * 1000 / $actions" | bc) ms/action | load $(cut -d' ' -f1 /proc/loadavg)"

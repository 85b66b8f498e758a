#!/usr/bin/env bash
# Actions per second with a backlog database loaded: starts the service (Release build of the checkout given) on the
# database written by `seed`, at the product clock the seed printed (DB.clock), warms up with 20 s of load and runs the
# load generator for 30 s (create, accept, pass, approve; 32 users unpaced). The run adds its applications to the
# database. Stops the service it started.
#
#   bench/RegistrationFlow.Backlog/measure-backlog-actions.sh DB [CHECKOUT] [PORT]
#   e.g. bench/RegistrationFlow.Backlog/measure-backlog-actions.sh /tmp/bl/base.db
set -euo pipefail
db=$(realpath "$1")
root=$(cd "$(dirname "$0")/../.." && pwd)
checkout=$(cd "${2:-$root}" && pwd); port=${3:-5195}
url="http://127.0.0.1:$port"
clock=$(cat "$db.clock")
log=$(mktemp /tmp/backlog-actions.XXXXXX.log)

dotnet build -c Release "$checkout/src/RegistrationFlow.Web" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/RegistrationFlow.LoadTest" -v q -nologo >/dev/null

cd "$checkout/src/RegistrationFlow.Web"
env ASPNETCORE_ENVIRONMENT=Development \
  ConnectionStrings__Registration="Data Source=$db" \
  Clock__StartAt="$clock" Clock__Rate=1 \
  Seed__DemoApplications=false \
  Workflows__Path="$checkout/workflows" \
  Logging__LogLevel__Default=Warning \
  dotnet bin/Release/net10.0/RegistrationFlow.Web.dll --urls "$url" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d '{"userName":"manager","password":"Demo-Pass-1"}' "$url/api/auth/login" | grep -q 200; do
  ps -o stat= -p $pid | grep -qv Z || { echo "the service stopped:"; tail -n 20 "$log"; exit 1; }
  sleep 0.1
done

generator=(dotnet "$root/bench/RegistrationFlow.LoadTest/bin/Release/net10.0/RegistrationFlow.LoadTest.dll" --url "$url" --no-handover --users 32)
"${generator[@]}" --duration 20 >/dev/null 2>&1
"${generator[@]}" --duration 30 2>/dev/null

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
log=$(mktemp /tmp/backlog-actions.XXXXXX.log)

dotnet build -c Release "$checkout/src/RegistrationFlow.Web" -v q -nologo >/dev/null
dotnet build -c Release "$root/bench/RegistrationFlow.LoadTest" -v q -nologo >/dev/null

source "$root/bench/RegistrationFlow.Backlog/backlog-service.sh"
start_backlog_service "$checkout" "$db" "$url" "$log"
wait_until_ready "$url" "$log"

generator=(dotnet "$root/bench/RegistrationFlow.LoadTest/bin/Release/net10.0/RegistrationFlow.LoadTest.dll" --url "$url" --no-handover --users 32)
"${generator[@]}" --duration 20 >/dev/null 2>&1
"${generator[@]}" --duration 30 2>/dev/null

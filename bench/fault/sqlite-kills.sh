#!/usr/bin/env bash
# The long kill run of one node on a SQLite file: the Release build serving a fresh SQLite file, simulated users
# driving load at it for FAULT_MINUTES (default 10) while it is killed (kill -9) and started again about twice a
# minute; then the checker proves on the file and through the API that nothing acknowledged was lost or done twice,
# that receipt and certificate numbers have no gaps and that each deadline fired once, and prints its report.
#
#   bench/fault/sqlite-kills.sh                     # 10 minutes, 20 kills
#   FAULT_MINUTES=3 FAULT_KILLS=10 bench/fault/sqlite-kills.sh
#
# It is the short test tests/RegistrationFlow.IntegrationTests/Persistence/SqliteKillTests.cs with longer settings
# (tests/RegistrationFlow.Cluster/FaultRunOptions.cs reads them). Everything listens on 127.0.0.1 only; the file lives
# in the run's folder under /tmp/registrationflow-fault, deleted when the run passes.
# Other settings: FAULT_WORKERS, FAULT_CLOCK_RATE, FAULT_KEEP=1 (keep the file and the node's log), FAULT_NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."

minutes=${FAULT_MINUTES:-10}
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -ge 1 ] || { echo "FAULT_MINUTES must be a whole number of minutes (1 or more)" >&2; exit 2; }
export FAULT_MINUTES=$minutes
export FAULT_KILLS=${FAULT_KILLS:-$(( minutes * 2 ))}
# 600 simulated seconds a real one: ten minutes of load pass four office days (warnings, breaches, certificates ready).
export FAULT_CLOCK_RATE=${FAULT_CLOCK_RATE:-600}

if [ "${FAULT_NO_BUILD:-}" != 1 ]; then
    dotnet build tests/RegistrationFlow.IntegrationTests -c Release -warnaserror -v quiet -nologo
fi

report=$(mktemp)
trap 'rm -f "$report"' EXIT
echo "SQLite kill run: $FAULT_MINUTES min of load, $FAULT_KILLS kills (kill -9)"
status=0
FAULT_REPORT="$report" dotnet test tests/RegistrationFlow.IntegrationTests -c Release --no-build \
    --filter "FullyQualifiedName~Persistence.SqliteKillTests" --logger "console;verbosity=minimal" || status=$?
echo
if [ -s "$report" ]; then cat "$report"; else echo "no report was written (the run failed before the checker): see the test output above"; fi
exit $status

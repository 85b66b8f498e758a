#!/usr/bin/env bash
# The long fault run of several nodes: three nodes of the Release build on one PostgreSQL database behind nginx with
# deploy/nginx/registrationflow.conf, simulated users driving load through nginx for FAULT_MINUTES (default 10) while
# nodes are killed (kill -9) and started again, frozen (SIGSTOP for FAULT_FREEZE_SECONDS, default 30) and PostgreSQL is
# restarted; then the checker proves that nothing acknowledged was lost or done twice and prints its report.
#
#   bench/fault/run.sh                      # 10 minutes
#   FAULT_MINUTES=5 bench/fault/run.sh      # 5 minutes
#
# It is the short test tests/RegistrationFlow.IntegrationTests/Nodes/FaultTests.cs with longer settings
# (tests/RegistrationFlow.Cluster/FaultRunOptions.cs reads them), on a throwaway PostgreSQL cluster of its own
# (RF_PG_FOLDER, RF_PG_PORT: not the test suite's), stopped at the end. Everything listens on 127.0.0.1 only.
# Other settings: FAULT_KILLS, FAULT_FREEZES, FAULT_PG_RESTARTS, FAULT_WORKERS, FAULT_CLOCK_RATE, FAULT_KEEP=1 (keep
# the node and nginx logs), FAULT_NO_BUILD=1 (use the build there is).
set -euo pipefail
cd "$(dirname "$0")/../.."

export RF_PG_FOLDER=${RF_PG_FOLDER:-/tmp/registrationflow-pg-fault}
export RF_PG_PORT=${RF_PG_PORT:-55452}
minutes=${FAULT_MINUTES:-10}
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -ge 1 ] || { echo "FAULT_MINUTES must be a whole number of minutes (1 or more)" >&2; exit 2; }
export FAULT_MINUTES=$minutes
# About one kill a minute, a freeze every three minutes, a PostgreSQL restart every five (at least 3, 1 and 1).
export FAULT_KILLS=${FAULT_KILLS:-$(( minutes > 3 ? minutes : 3 ))}
export FAULT_FREEZES=${FAULT_FREEZES:-$(( minutes / 3 > 1 ? minutes / 3 : 1 ))}
export FAULT_PG_RESTARTS=${FAULT_PG_RESTARTS:-$(( minutes / 5 > 1 ? minutes / 5 : 1 ))}
export FAULT_FREEZE_SECONDS=${FAULT_FREEZE_SECONDS:-30}
# 600 simulated seconds a real one: ten minutes of load pass four office days (warnings, breaches, certificates ready).
export FAULT_CLOCK_RATE=${FAULT_CLOCK_RATE:-600}

bash scripts/install-test-dependencies.sh
if [ "${FAULT_NO_BUILD:-}" != 1 ]; then
    dotnet build tests/RegistrationFlow.IntegrationTests -c Release -warnaserror -v quiet -nologo
fi

postgres=$(bash scripts/postgres-test-cluster.sh start)
report=$(mktemp)
trap 'bash scripts/postgres-test-cluster.sh stop; rm -f "$report"' EXIT

echo "fault run: $FAULT_MINUTES min of load, $FAULT_KILLS kills, $FAULT_FREEZES freezes of ${FAULT_FREEZE_SECONDS} s, $FAULT_PG_RESTARTS PostgreSQL restarts"
status=0
REGISTRATIONFLOW_TEST_PROVIDER=PostgreSql REGISTRATIONFLOW_TEST_POSTGRES="$postgres" FAULT_REPORT="$report" \
    dotnet test tests/RegistrationFlow.IntegrationTests -c Release --no-build \
    --filter "FullyQualifiedName~Nodes.FaultTests" --logger "console;verbosity=minimal" || status=$?
echo
if [ -s "$report" ]; then cat "$report"; else echo "no report was written (the run failed before the checker): see the test output above"; fi
exit $status

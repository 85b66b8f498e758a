#!/usr/bin/env bash
# Runs the whole RegistrationFlow test suite on a fresh machine (the integration tests on SQLite, then the
# provider-neutral ones again on PostgreSQL) and prints one line:
#   tests: N passed, N failed, N skipped
# counted from the TRX results. Exits non-zero when a test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")"

bash scripts/install-test-dependencies.sh || { echo "could not install the test dependencies" >&2; exit 1; }

results=TestResults
rm -rf "$results"
dotnet build RegistrationFlow.sln -c Release -warnaserror || { echo "tests: 0 passed, 0 failed, 0 skipped (build failed)"; exit 1; }
# Tests of several nodes need PostgreSQL: they run below (Storage=PostgreSql).
dotnet test RegistrationFlow.sln -c Release --no-build --filter "Storage!=PostgreSql" --logger "trx" --results-directory "$results" "$@"
status=$?

# The provider-neutral integration tests again, and the tests of several nodes, on PostgreSQL: a throwaway cluster on
# 127.0.0.1, stopped at the end.
postgres=$(bash scripts/postgres-test-cluster.sh start) || { echo "could not start the PostgreSQL test cluster" >&2; exit 1; }
trap 'bash scripts/postgres-test-cluster.sh stop' EXIT
REGISTRATIONFLOW_TEST_PROVIDER=PostgreSql REGISTRATIONFLOW_TEST_POSTGRES="$postgres" \
    dotnet test tests/RegistrationFlow.IntegrationTests -c Release --no-build --filter "Storage!=Sqlite" \
    --logger "trx;LogFileName=integration-postgresql.trx" --results-directory "$results"
pg_status=$?
[ "$pg_status" -eq 0 ] || status=$pg_status

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed)
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
skipped=$(sum notExecuted)
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"

if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
exit 0

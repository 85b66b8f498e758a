#!/usr/bin/env bash
# Runs the whole RegistrationFlow test suite on a fresh machine and prints one line:
#   tests: N passed, N failed, N skipped
# counted from the TRX results. Exits non-zero when a test failed or none ran.
set -uo pipefail
cd "$(dirname "$0")"

bash scripts/install-test-dependencies.sh || { echo "could not install the test dependencies" >&2; exit 1; }

results=TestResults
rm -rf "$results"
dotnet build RegistrationFlow.sln -c Release -warnaserror || { echo "tests: 0 passed, 0 failed, 0 skipped (build failed)"; exit 1; }
dotnet test RegistrationFlow.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@"
status=$?

sum() { grep -ho "$1=\"[0-9]*\"" "$results"/*.trx 2>/dev/null | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'; }
passed=$(sum passed)
failed=$(( $(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted) ))
skipped=$(sum notExecuted)
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"

if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
if [ "$failed" -ne 0 ] || [ "$status" -ne 0 ]; then exit 1; fi
exit 0

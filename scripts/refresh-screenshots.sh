#!/usr/bin/env bash
# Re-takes the README's screenshots (docs/screenshots/*.png) by running the browser tests with SCREENSHOTS_DIR pointed there.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-dependencies.sh
dotnet build tests/RegistrationFlow.BrowserTests -c Release -warnaserror
SCREENSHOTS_DIR="$PWD/docs/screenshots" dotnet test tests/RegistrationFlow.BrowserTests -c Release --no-build

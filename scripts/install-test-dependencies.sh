#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine, only when it is missing.
set -euo pipefail

packages=()
# The browser tests drive Debian's Chromium (never a downloaded browser build).
[ -x /usr/bin/chromium ] || packages+=(chromium)
# The integration suite runs a second time on a throwaway PostgreSQL cluster (scripts/postgres-test-cluster.sh).
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
# The fault test of several nodes runs nginx in front of them with deploy/nginx/registrationflow.conf, as its own
# foreground process in a temporary folder (the system service is not used).
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
# The screens are in Chinese: without a CJK font the browser draws boxes.
fc-list :lang=zh 2>/dev/null | grep -q . || packages+=(fonts-wqy-microhei)

if [ ${#packages[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -q
    $sudo apt-get install -y -q "${packages[@]}"
fi
exit 0

#!/bin/sh
# Installs the system packages that the tests and benchmarks use, on Debian and Ubuntu.
# Elsewhere, or without root, it says what is missing and carries on: the tests that need a
# missing tool skip with that reason.
set -u
PACKAGES="openssl iproute2 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core mkcert nginx-light caddy apache2 nodejs chromium desktop-file-utils xvfb weston libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-packages: not a Debian-like system; install openssl, iproute2 and mkcert yourself if you want every test to run."
    exit 0
fi
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
        echo "system-packages: missing:$missing (run as root to install them)"; exit 0
    fi
else
    SUDO=""
fi
echo "system-packages: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "system-packages: apt-get failed for$missing; the tests that need them will skip"

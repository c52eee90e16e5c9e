#!/bin/sh
# Installs the system packages TrustAnchor needs, on Debian and Ubuntu.
#   sh scripts/system-packages.sh --desktop   what the wizard's window needs (make run)
#   sh scripts/system-packages.sh             that plus what the tests and benchmarks use (make test)
# Elsewhere, or without root (or password-less sudo), it says in one line what is missing and
# how to install it, and carries on: the wizard names missing libraries itself, and the tests
# that need a missing tool skip with that reason.
#
# The web servers (nginx, Caddy, Apache) are only for the tests of the pasted server settings,
# which run them as their own children on loopback ports. They are installed without starting
# them (a policy-rc.d that denies service starts during the install), and on a machine running
# systemd their services are disabled afterwards, so none listens on port 80 after the tests.
set -u

# Debian's python3 has no venv/ensurepip without python3-venv; then what Qt's xcb and Wayland
# platform plugins link against (ldd of libqxcb.so / libqwayland.so), and fonts.
DESKTOP="python3-venv libglib2.0-0 libfreetype6 libpng16-16 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-util1
 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libwayland-client0 libwayland-cursor0"
# certbot is the ACME client the renewal tests drive (they keep its files in a temp folder);
# libnss3-tools brings certutil, which fills Chromium's NSS store with the root alone (and
# vfychain, the trust-store tests' NSS verifier); ca-certificates brings update-ca-certificates.
# dbus, at-spi2-core and python3-pyatspi let tests/gui/test_atspi.py drive the wizard through
# AT-SPI, as a screen reader does. fonts-noto-cjk draws the Japanese and Chinese wizard and
# pictures in the tests that measure their text (a desktop in those languages has such a font).
TESTS="openssl iproute2 mkcert nodejs chromium desktop-file-utils xvfb weston certbot libnss3-tools
 ca-certificates dbus at-spi2-core python3-pyatspi fonts-noto-cjk"
WEB_SERVERS="nginx-light caddy apache2"
SERVICES="nginx caddy apache2"

if [ "${1:-}" = "--desktop" ]; then
    PACKAGES="$DESKTOP"
else
    PACKAGES="$DESKTOP $TESTS $WEB_SERVERS"
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "system-packages: not a Debian-like system; see README.md for what the tests use."
    exit 0
fi
missing=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO=sudo; else
        echo "system-packages: missing:$missing (install them with: sudo apt-get install$missing)"
        exit 0
    fi
else
    SUDO=""
fi

# Deny service starts while installing (Debian's invoke-rc.d policy interface), unless the
# machine already has a policy of its own.
policy=/usr/sbin/policy-rc.d
own_policy=0
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null && $SUDO chmod 755 "$policy" && own_policy=1
fi

echo "system-packages: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null && $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null \
    || echo "system-packages: apt-get failed for$missing; the tests that need them will skip"

[ "$own_policy" = 1 ] && $SUDO rm -f "$policy"

# Keep the web servers from starting at boot, and stop any that a package started anyway.
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    for s in $SERVICES; do
        systemctl list-unit-files "$s.service" >/dev/null 2>&1 && $SUDO systemctl disable --now "$s" >/dev/null 2>&1
    done
fi
exit 0

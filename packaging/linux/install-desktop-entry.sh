#!/bin/sh
# Adds TrustAnchor to this user's application menu, pointing at this folder (no root needed).
# Run it again after moving the folder; "--remove" takes the entry out again.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.trustanchor.TrustAnchor
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/$id.desktop" "$icons/$id.png"
    echo "TrustAnchor is no longer in your application menu."
    exit 0
fi
# Exec= needs quoting rules for these characters (freedesktop.org desktop entry spec,
# "The Exec key"); rather than escape them, ask for a plain path.
case "$here" in
    *[\"\`\$\\\|%]*)
        echo "install-desktop-entry: move this folder to a path without quotes, \$, \\, | or % and run it again." >&2
        exit 1 ;;
esac
mkdir -p "$apps" "$icons"
cp "$here/$id.png" "$icons/$id.png"
sed -e "s|^Exec=.*|Exec=\"$here/TrustAnchor\"|" -e "s|^TryExec=.*|TryExec=$here/TrustAnchor|" \
    -e "/^# install-desktop-entry/d" "$here/$id.desktop" > "$apps/$id.desktop.tmp"
mv "$apps/$id.desktop.tmp" "$apps/$id.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$apps" >/dev/null 2>&1 || true
fi
echo "TrustAnchor is now in your application menu (undo: $0 --remove)."

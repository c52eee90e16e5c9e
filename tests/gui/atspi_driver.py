"""Drives the wizard through AT-SPI, as a screen reader user would: Debian's python3 with
pyatspi, inside `dbus-run-session`. Starts Xvfb, the accessibility bus and the app, then on each
of the first three pages lists the controls by accessible name, fills the passphrase fields
through the EditableText interface and presses buttons through their Action interface.
Prints one JSON object: {"pages": [[names...], ...]} or {"skip": reason}.

    dbus-run-session -- /usr/bin/python3 atspi_driver.py APP_PYTHON APP_SCRIPT WORK_DIR
"""

import json
import os
import subprocess
import sys
import time

WAIT_S = 60
PASSPHRASE = "correct horse battery"


def start_xvfb():
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24",
                             "-nolisten", "tcp"], pass_fds=(write,), stderr=subprocess.DEVNULL)
    os.close(write)
    number = b""
    deadline = time.monotonic() + 20
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read, 16)
        if not chunk:
            break
        number += chunk
    os.close(read)
    return xvfb, ":" + number.decode().strip()


def find_app(pyatspi, deadline):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is None:
                continue
            for child in app:
                if child is not None and "TrustAnchor" in (child.name or ""):
                    return child
        time.sleep(0.2)
    return None


def showing(pyatspi, frame):
    """Every showing control under `frame`: (role name, accessible name, object)."""
    found = []
    stack = [frame]
    while stack and len(found) < 2000:
        node = stack.pop()
        try:
            states = node.getState()
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            found.append((node.getRoleName(), node.name or "", node))
            # On Linux Qt names a combo box by its current item and links its label with a
            # labelled-by relation, which is what a screen reader announces: count that too.
            for relation in node.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    for index in range(relation.getNTargets()):
                        label = relation.getTarget(index).name or ""
                        found.append((node.getRoleName(), label.rstrip(":"), node))
            stack.extend(child for child in node if child is not None)
        except Exception:  # a widget went away while walking: skip it
            continue
    return found


def wait_for(pyatspi, frame, name, deadline, enabled=False):
    while time.monotonic() < deadline:
        for _, found, node in showing(pyatspi, frame):
            if found == name and (not enabled or node.getState().contains(
                    pyatspi.STATE_ENABLED)):
                return node
        time.sleep(0.2)
    raise SystemExit(json.dumps({"error": f"no control named {name!r}"}))


def press(node):
    action = node.queryAction()
    for index in range(action.nActions):
        if action.getName(index) in ("Press", "press", "click", "SetFocus") or index == 0:
            action.doAction(index)
            return


def main(app_python, app_script, work):
    try:
        import pyatspi
    except ImportError:
        print(json.dumps({"skip": "pyatspi is not installed (python3-pyatspi)"}))
        return 0
    xvfb, display = start_xvfb()
    env = dict(os.environ, DISPLAY=display)
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                           env=env, stderr=subprocess.DEVNULL)
    time.sleep(1.0)
    app_env = dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                   QT_ACCESSIBILITY="1")
    app = subprocess.Popen([app_python, app_script, work], env=app_env,
                           stderr=subprocess.DEVNULL)
    try:
        os.environ["DISPLAY"] = display
        deadline = time.monotonic() + WAIT_S
        frame = find_app(pyatspi, deadline)
        if frame is None:
            print(json.dumps({"skip": "the app never appeared on the accessibility bus"}))
            return 0
        pages = []
        wait_for(pyatspi, frame, "Next", deadline, enabled=True)
        pages.append(sorted({n for _, n, _ in showing(pyatspi, frame) if n}))
        press(wait_for(pyatspi, frame, "Next", deadline, enabled=True))
        wait_for(pyatspi, frame, "CA name", deadline)
        pages.append(sorted({n for _, n, _ in showing(pyatspi, frame) if n}))
        for name in ("Passphrase", "Passphrase again"):
            field = wait_for(pyatspi, frame, name, deadline)
            field.queryEditableText().setTextContents(PASSPHRASE)
        press(wait_for(pyatspi, frame, "Create CA", deadline, enabled=True))
        wait_for(pyatspi, frame, "Make certificate", deadline)
        pages.append(sorted({n for _, n, _ in showing(pyatspi, frame) if n}))
        print(json.dumps({"pages": pages}))
        return 0
    finally:
        for process in (app, bus, xvfb):
            process.terminate()
            try:
                process.wait(5)
            except subprocess.TimeoutExpired:
                process.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))

#!/usr/bin/env python3
"""Key-to-screen time of the quote finder, measured in tmux.

    finder-keys.py 'CMD' KEY...     e.g.  finder-keys.py 'dokseo big/' 정 부 BSpace BSpace ㅈ ㅅ

Starts CMD in a fresh 120x40 tmux server, waits until no status line says `loading`, `quotes`
or `wrapping` (every quote is in), opens the finder with `f` and waits a second. Then for each
KEY it sends the key and polls `capture-pane` every millisecond until the screen has changed
and the finder's title no longer says `filtering`, and prints that time. The tmux round trip
is part of every number (about 4 to 6 ms here: compare a key that changes little).
"""
import re
import subprocess
import sys
import time


def tmux(sock, *args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True).stdout


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    cmd, keys = sys.argv[1], sys.argv[2:]
    sock = f"fk-{time.time_ns()}"
    tmux(sock, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "exec " + cmd)
    try:
        busy = re.compile(r"loading|quotes \d|wrapping|reading \d")
        deadline = time.monotonic() + 900
        while True:
            lines = [l for l in tmux(sock, "capture-pane", "-p").splitlines() if l.strip()]
            if len(lines) > 2 and not busy.search(lines[-1]):
                break
            if time.monotonic() > deadline:
                raise SystemExit("still loading after 15 minutes")
            time.sleep(0.2)
        tmux(sock, "send-keys", "f")
        time.sleep(1)
        for key in keys:
            before = tmux(sock, "capture-pane", "-p")
            start = time.monotonic()
            tmux(sock, "send-keys", key)
            while time.monotonic() - start < 10:
                screen = tmux(sock, "capture-pane", "-p")
                if screen != before and "filtering" not in screen:
                    break
                time.sleep(0.001)
            took = (time.monotonic() - start) * 1000
            found = re.search(r"Quotes (\S+)", screen)
            print(f"{key}: {took:.1f} ms ({found.group(1) if found else '?'})")
    finally:
        tmux(sock, "kill-server")


if __name__ == "__main__":
    main()

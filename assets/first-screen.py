#!/usr/bin/env python3
"""Time to first screen and peak memory of a terminal program, measured in tmux.

    first-screen.py MARKER 'CMD'          e.g.  first-screen.py '1번째' 'less big.txt' 

Starts CMD in a fresh 120x40 tmux server, polls the screen every 2 ms until MARKER appears,
and prints the time from start to that screen. Then it presses the keys given by --then
(for example `G`), waits for --then-marker, and reports that time too. Peak memory is the
process's VmHWM from /proc. Median of --runs runs.
"""
import argparse
import statistics
import subprocess
import time


def tmux(sock, *args):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True).stdout


def run_once(cmd, marker, then, then_marker, timeout):
    sock = f"fs-{time.time_ns()}"
    start = time.monotonic()
    tmux(sock, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40", "exec " + cmd)
    pid = int(tmux(sock, "display", "-p", "#{pane_pid}").strip())

    def wait(text):
        while time.monotonic() - start < timeout:
            if text in tmux(sock, "capture-pane", "-p"):
                return time.monotonic()
            time.sleep(0.002)
        raise SystemExit(f"timed out waiting for {text!r}")

    first = wait(marker) - start
    later = None
    if then:
        t0 = time.monotonic()
        tmux(sock, "send-keys", *then)
        later = wait(then_marker) - t0
    with open(f"/proc/{pid}/status") as f:
        hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
    tmux(sock, "kill-server")
    return first, later, hwm / 1024


def main():
    p = argparse.ArgumentParser()
    p.add_argument("marker")
    p.add_argument("cmd", help="the command line, quoted as one argument")
    p.add_argument("--then", nargs="*", default=[])
    p.add_argument("--then-marker", default="")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--timeout", type=float, default=600)
    a = p.parse_args()
    runs = [run_once(a.cmd, a.marker, a.then, a.then_marker, a.timeout)
            for _ in range(a.runs)]
    first = statistics.median(r[0] for r in runs) * 1000
    print(f"first screen: {first:.0f} ms (median of {a.runs})")
    if a.then:
        later = statistics.median(r[1] for r in runs) * 1000
        print(f"after {' '.join(a.then)}: {later:.0f} ms")
    print(f"peak RSS: {max(r[2] for r in runs):.1f} MB")


if __name__ == "__main__":
    main()

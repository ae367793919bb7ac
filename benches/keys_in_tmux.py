#!/usr/bin/env python3
"""Key-to-screen in tmux: dokseo on 4 MB and 512 MB (loading), and a last-line word vs less.

Usage: python3 benches/keys_in_tmux.py [path/to/dokseo] [keys|first|writes|word|all]
(build with `cargo build --release` first). Writes the test files to $TMPDIR (about 520 MB).
The README's "Key to screen" tables come from this script.

`first` polls `capture-pane` until the first screen shows; a poll takes 3 to 5 ms, so each
time lands on one poll or the next. `writes` (needs `cc`) times the same starts without
polling: a tiny launcher notes the time and `exec`s the program, a small library preloaded
into it notes when its writes to the terminal first reach 4 KB, and the time reported is
the difference (the program's whole start, dynamic loading included; not tmux's own).
Fifteen runs each, alternating.
"""
import os, shutil, subprocess, sys, time, statistics, glob

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/dokseo")
TMP = os.environ.get("TMPDIR", "/tmp")
SOCK = "measure"
def tmux(*a):
    return subprocess.run(["tmux", "-L", SOCK, *a], capture_output=True, text=True).stdout
def screen():
    return tmux("capture-pane", "-p", "-t", "m")
def start(cmd, w=120, h=40):
    tmux("kill-server")
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "m", "-x", str(w), "-y", str(h), cmd)
def wait(pred, timeout=300):
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        s = screen()
        if pred(s):
            return time.perf_counter() - t0, s
        time.sleep(0.002)
    return None, screen()
def key_to_screen(keys, literal=False):
    before = screen()
    t0 = time.perf_counter()
    if literal:
        tmux("send-keys", "-t", "m", "-l", keys)
    else:
        tmux("send-keys", "-t", "m", keys)
    while True:
        s = screen()
        if s != before:
            return time.perf_counter() - t0
        if time.perf_counter() - t0 > 30:
            return None
        time.sleep(0.001)

def make(path, size, word):
    if os.path.exists(path) and os.path.getsize(path) >= size:
        return
    seeds = "".join(open(f).read() for f in sorted(glob.glob(os.path.join(ROOT, "seeds/*.txt"))))
    with open(path, "w") as f:
        n = 0
        while n < size:
            f.write(seeds); n += len(seeds.encode())
        f.write(f"\n마지막 줄에만 {word} 이 있다.\n")

def measure(path, label):
    env = f"XDG_STATE_HOME={TMP}/dokseo-keys-state XDG_CONFIG_HOME={TMP}/dokseo-keys-cfg"
    start(f"{env} {BIN} --ambiguous 1 {path}")
    wait(lambda s: " line " in s.splitlines()[-1] if s.strip() else False, 60)
    time.sleep(0.3)
    scroll = [key_to_screen("Space") for _ in range(15)]
    tmux("send-keys", "-t", "m", "g"); time.sleep(0.3)
    tmux("send-keys", "-t", "m", "/"); time.sleep(0.3)
    typed = [key_to_screen(c, literal=True) for c in "사람들이"]
    tmux("send-keys", "-t", "m", "Escape"); time.sleep(0.3)
    tmux("kill-server")
    med = lambda xs: statistics.median([x for x in xs if x is not None]) * 1000
    print(f"{label}: scroll median {med(scroll):.1f} ms (max {max(scroll)*1000:.1f}); "
          f"typed search char median {med(typed):.1f} ms (max {max(typed)*1000:.1f})", flush=True)
    return med(scroll), med(typed)

def last_word(path, word, prog):
    if prog == "less":
        start(f"less {path}")
        wait(lambda s: s.strip() != "", 30)
    else:
        start(f"XDG_STATE_HOME={TMP}/dokseo-keys-state {BIN} --ambiguous 1 {path}")
        wait(lambda s: " line " in (s.splitlines() or [""])[-1], 60)
    time.sleep(0.5)
    tmux("send-keys", "-t", "m", "/"); time.sleep(0.2)
    tmux("send-keys", "-t", "m", "-l", word); time.sleep(0.2)
    t0 = time.perf_counter()
    tmux("send-keys", "-t", "m", "Enter")
    took, s = wait(lambda s: any(word in l for l in s.splitlines()[:-1]), 300)
    tmux("kill-server")
    return took

def first_screen(path, prog, probe):
    """Seconds from starting `prog` in a fresh tmux session until the file's first words show."""
    tmux("kill-server")
    time.sleep(0.3)
    if prog == "less":
        cmd = f"less {path}"
    else:
        # A state directory of its own, empty: the file opens at its top, as in less.
        state = f"{TMP}/dokseo-first-state"
        subprocess.run(["rm", "-rf", state])
        cmd = f"XDG_STATE_HOME={state} {BIN} {path}"
    while tmux("list-sessions").strip():
        time.sleep(0.01)
    t0 = time.perf_counter()
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "m", "-x", "120", "-y", "40", cmd)
    took, _ = wait(lambda s: probe in s, 30)
    tmux("kill-server")
    return took

SHIM = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/uio.h>
#include <time.h>
#include <unistd.h>
static ssize_t (*real_write)(int, const void *, size_t);
static ssize_t (*real_writev)(int, const struct iovec *, int);
static size_t total;
static int noted;
/* The monotonic time at which writes to the terminal first reach 4 KB, to $SHIM_LOG. */
static void note(int fd, size_t n) {
    if (noted || !isatty(fd)) return;
    total += n;
    if (total < 4096) return;
    noted = 1;
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    const char *path = getenv("SHIM_LOG");
    int f = path ? open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
    if (f < 0) return;
    char line[64];
    int len = snprintf(line, sizeof line, "%ld.%09ld\n", (long)t.tv_sec, t.tv_nsec);
    if (!real_write) real_write = dlsym(RTLD_NEXT, "write");
    real_write(f, line, len);
    close(f);
}
ssize_t write(int fd, const void *b, size_t n) {
    if (!real_write) real_write = dlsym(RTLD_NEXT, "write");
    note(fd, n);
    return real_write(fd, b, n);
}
ssize_t writev(int fd, const struct iovec *v, int k) {
    if (!real_writev) real_writev = dlsym(RTLD_NEXT, "writev");
    size_t n = 0;
    for (int i = 0; i < k; i++) n += v[i].iov_len;
    note(fd, n);
    return real_writev(fd, v, k);
}
"""

LAUNCH = r"""
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>
/* Notes the monotonic time in $LAUNCH_LOG, then execs argv[1] with the rest. */
int main(int argc, char **argv) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    char line[64];
    int n = snprintf(line, sizeof line, "%ld.%09ld\n", (long)t.tv_sec, t.tv_nsec);
    const char *path = getenv("LAUNCH_LOG");
    int f = path ? open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644) : -1;
    if (f >= 0) { write(f, line, n); close(f); }
    if (argc < 2) return 127;
    execv(argv[1], argv + 1);
    return 127;
}
"""

def screen_written(path, prog, shim, launch):
    """Seconds from `exec` of `prog` until it has written 4 KB to the terminal."""
    log, started = f"{TMP}/dokseo-shim.log", f"{TMP}/dokseo-launch.log"
    for f in (log, started):
        if os.path.exists(f):
            os.remove(f)
    tmux("kill-server")
    time.sleep(0.3)
    state = f"{TMP}/dokseo-first-state"
    subprocess.run(["rm", "-rf", state])
    exe = shutil.which("less") if prog == "less" else os.path.abspath(BIN)
    cmd = (f"XDG_STATE_HOME={state} SHIM_LOG={log} LAUNCH_LOG={started} "
           f"LD_PRELOAD={shim} {launch} {exe} {path}")
    while tmux("list-sessions").strip():
        time.sleep(0.01)
    tmux("-f", "/dev/null", "new-session", "-d", "-s", "m", "-x", "120", "-y", "40", cmd)
    t0 = time.monotonic()
    while not os.path.exists(log) and time.monotonic() - t0 < 30:
        time.sleep(0.01)
    time.sleep(0.05)
    tmux("kill-server")
    with open(log) as f, open(started) as g:
        return float(f.read()) - float(g.read())

if __name__ == "__main__":
    word = "ZQXVWORD"
    small, big = f"{TMP}/dokseo-keys-4mb.txt", f"{TMP}/dokseo-keys-512mb.txt"
    make(small, 4 << 20, word); make(big, 512 << 20, word)
    what = sys.argv[2] if len(sys.argv) > 2 else "all"
    if what in ("all", "keys"):
        for _ in range(2):
            measure(small, "4 MB")
            measure(big, "512 MB (loading)")
    if what in ("all", "first"):
        # The first screen of the 512 MB file, dokseo and less alternating, five runs each.
        # A word of the first line that nothing else on either screen says.
        probe = open(big, encoding="utf-8").readline().split()[6]
        runs = {"dokseo": [], "less": []}
        for _ in range(5):
            for prog in ("dokseo", "less"):
                runs[prog].append(first_screen(big, prog, probe))
        for prog, xs in runs.items():
            ms = sorted(x * 1000 for x in xs if x is not None)
            print(f"first screen, 512 MB, {prog}: median {statistics.median(ms):.1f} ms "
                  f"({', '.join(f'{x:.1f}' for x in ms)})", flush=True)
    if what in ("all", "writes"):
        src, shim = f"{TMP}/dokseo-shim.c", f"{TMP}/dokseo-shim.so"
        with open(src, "w") as f:
            f.write(SHIM)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", src, "-o", shim, "-ldl"], check=True)
        lsrc, launch = f"{TMP}/dokseo-launch.c", f"{TMP}/dokseo-launch"
        with open(lsrc, "w") as f:
            f.write(LAUNCH)
        subprocess.run(["cc", "-O2", lsrc, "-o", launch], check=True)
        runs = {"dokseo": [], "less": []}
        for _ in range(15):
            for prog in ("dokseo", "less"):
                runs[prog].append(screen_written(big, prog, shim, launch))
        for prog, xs in runs.items():
            ms = sorted(x * 1000 for x in xs)
            print(f"exec to first screen written, 512 MB, {prog}: median "
                  f"{statistics.median(ms):.2f} ms ({', '.join(f'{x:.2f}' for x in ms)})",
                  flush=True)
    if what in ("all", "word"):
        for _ in range(2):
            for prog in ("dokseo", "less"):
                t = last_word(big, word, prog)
                print(f"last-line word, 512 MB, {prog}: {t:.2f} s" if t else f"{prog}: timeout", flush=True)

"""Runs a command and measures it as /usr/bin/time does (wall clock; user CPU and peak RSS from the
kernel's rusage of the child, via os.wait4), with a finer wall clock than /usr/bin/time's 10 ms, which
the start-up step needs. Used by bench_peers.py and bench_villages.py."""

import os
import statistics
import subprocess
import sys
import time


class CommandFailed(Exception):
    pass


def run(command, stdout=None, env=None):
    """One run: (wall s, user s, peak RSS KB). stdout goes to the named file (or /dev/null); a non-zero
    exit status raises CommandFailed with the command's stderr."""
    out = open(stdout or os.devnull, "wb")
    err_path = f"/tmp/.bench-peers-stderr-{os.getpid()}"
    err = open(err_path, "wb")
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=out, stderr=err, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    out.close()
    err.close()
    message = open(err_path, encoding="utf-8", errors="replace").read()
    os.unlink(err_path)
    if child.returncode != 0:
        raise CommandFailed(f"{' '.join(map(str, command))}: exit status {child.returncode}\n{message}")
    return wall, usage.ru_utime, usage.ru_maxrss


def measure(command, runs, stdout=None, before_each=None, env=None):
    """`runs` runs: the median wall and user times and the largest peak RSS (KB)."""
    walls, users, peaks = [], [], []
    for _ in range(runs):
        if before_each:
            before_each()
        wall, user, rss = run(command, stdout, env)
        walls.append(wall)
        users.append(user)
        peaks.append(rss)
        print(f"    {os.path.basename(str(command[0]))} {' '.join(map(str, command[1:3]))}…: "
              f"{wall:.3f} s wall, {user:.3f} s user, {rss / 1024:.0f} MB", file=sys.stderr)
    return {"wall": statistics.median(walls), "user": statistics.median(users), "rss_kb": max(peaks)}

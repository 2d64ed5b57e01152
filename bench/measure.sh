#!/usr/bin/env bash
# Runs a command and measures it together with every process it starts (kb's launcher runs the build in a
# child JVM, and /usr/bin/time's maximum RSS sees only one process).
#
#   bench/measure.sh -o FILE COMMAND [ARG...]
#
# The command's standard streams and exit code pass through unchanged. FILE gets one line:
#   wall_s cpu_s peak_rss_kb
# wall_s: elapsed seconds. cpu_s: user + system seconds of the command and all its descendants (from the
# kernel's accounting of waited-for children, so exact). peak_rss_kb: the sum over the command and its
# descendants of each process's peak RSS (VmHWM), sampled every 0.1 s, but never less than the largest
# single-process peak the kernel reports; for a single process this is exactly /usr/bin/time's %M.
set -euo pipefail
[ "${1:-}" = -o ] && [ $# -ge 3 ] || { echo "usage: bench/measure.sh -o FILE COMMAND [ARG...]" >&2; exit 2; }
out=$2
shift 2
exec python3 - "$out" "$@" <<'PY'
import os, resource, signal, subprocess, sys, time

out, command = sys.argv[1], sys.argv[2:]

def tree(root):
    """The root and its descendants: one scan of /proc for parent ids."""
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found

def hwm_kb(pid):
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0

start = time.monotonic()
before = resource.getrusage(resource.RUSAGE_CHILDREN)
process = subprocess.Popen(command)
# A Ctrl+C reaches the command through the terminal; this script only waits for it to finish.
signal.signal(signal.SIGINT, signal.SIG_IGN)
peaks = {}  # pid -> (start time, highest VmHWM seen): a pid reused by a new process counts separately
while process.poll() is None:
    for pid in tree(process.pid):
        try:
            with open("/proc/%d/stat" % pid) as f:
                started = f.read().rsplit(")", 1)[1].split()[19]
        except (OSError, IndexError):
            continue
        key = (pid, started)
        peaks[key] = max(peaks.get(key, 0), hwm_kb(pid))
    time.sleep(0.1)
wall = time.monotonic() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
rss = max(sum(peaks.values()), after.ru_maxrss)
with open(out, "w") as f:
    f.write("%.2f %.2f %d\n" % (wall, cpu, rss))
sys.exit(process.returncode if process.returncode >= 0 else 128 - process.returncode)
PY

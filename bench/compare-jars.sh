#!/usr/bin/env bash
# Times two builds of our generator (e.g. main's jar and a branch's) and Hugo on one corpus, in the same run,
# alternating, so a change can be judged by ratios on a loaded machine. Neither the corpus nor Hugo's source
# folder is written to: every output goes under a temporary folder.
#
#   bench/compare-jars.sh BEFORE.jar AFTER.jar CORPUS [RUNS]
#   (CORPUS is a folder made by bench/run.sh: site-config.yaml, content/ and hugo/)
#
# Prints wall s, CPU s (user + system) and peak RSS MB of each run (bench/measure.sh: summed over the process and
# its children, as kb runs the build in a child JVM), and the build's diagnostics are kept
# in the temporary folder (before-N.log, after-N.log) so they can be compared.
set -euo pipefail
before=$(realpath "$1"); after=$(realpath "$2"); corpus=$(realpath "$3"); runs=${4:-1}
out=$(mktemp -d /tmp/compare-jars.XXXXXX)
measure_sh="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/measure.sh"
measure() { # name log command...
    local name=$1 log=$2; shift 2
    "$measure_sh" -o "$out/time" "$@" > "$log" 2>&1 || echo "$name failed: see $log" >&2
    awk -v n="$name" '{printf "%-7s wall %7.2f s  CPU %7.2f s  RSS %6.0f MB\n", n, $1, $2, $3 / 1024}' "$out/time"
}
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); logs in $out"
for run in $(seq 1 "$runs"); do
    for tool in before after hugo; do
        rm -rf "$out/site"
        case $tool in
            hugo) (cd "$corpus" && measure hugo "$out/hugo-$run.log" hugo --quiet --source hugo --destination "$out/site" \
                    --cacheDir "$out/hugo-cache") ;;
            *) jar=$before; [ "$tool" = after ] && jar=$after
               (cd "$corpus" && measure "$tool" "$out/$tool-$run.log" java -jar "$jar" build --out "$out/site") ;;
        esac
    done
done
rm -rf "$out/site" "$out/hugo-cache"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

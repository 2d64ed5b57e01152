#!/usr/bin/env bash
# Times what the link stage (link checking, backlinks, topics, learning paths, glossary, related articles
# and the pages they generate) adds to a full build, on the synthetic corpus of bench/make-corpus.py with
# a glossary and learning paths added by bench/add-graph-features.py (kept apart, in bench/work/N-graph/,
# so bench/run.sh's comparison with Hugo keeps its corpus).
#
#   bench/graph-cost.sh [N]      default: 10000
#
# Builds the corpus RUNS times (default 3) with the same jar, alternating a normal build with one run with
# -Dharmkb.graph=off (only written links rewritten, nothing else of the link stage), and prints the median
# wall and CPU seconds of each and the percentage the link stage adds. Environment: RUNS, JAVA_OPTS.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
jar="$repo/generator/target/kb.jar"
n=${1:-10000}
runs=${RUNS:-3}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
dir="$bench/work/$n-graph"

fail() { echo "graph-cost.sh: $*" >&2; exit 1; }
[[ "$n" =~ ^[0-9]+$ && "$n" -ge 2 ]] || fail "N must be a whole number of at least 2, got '$n'"
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a whole number of at least 1, got '$runs'"
{ [ -x /usr/bin/time ] && /usr/bin/time -f '%e' true 2> /dev/null; } || fail "GNU time is missing (apt-get install -y time)"
[ -f "$jar" ] || (cd "$repo" && mvn -q -DskipTests package) || fail "the jar did not build"

stamp="$(cat "$bench/make-corpus.py" "$bench/add-graph-features.py" | sha256sum | cut -d' ' -f1) $n $repo"
if [ "$(cat "$dir/.stamp" 2> /dev/null || true)" != "$stamp" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    python3 "$bench/make-corpus.py" "$n" "$dir" >&2
    python3 "$bench/add-graph-features.py" "$dir/content" >&2
    echo "$stamp" > "$dir/.stamp"
fi

# measure on|off: one clean build; prints "wall_s cpu_s".
measure() {
    rm -rf "$dir/public" "$dir"/.public.staging* "$dir"/.public.previous*
    /usr/bin/time -f '%e %U %S' -o "$dir/.time" java "${java_opts[@]}" -Dharmkb.graph="$1" -jar "$jar" build \
        --config "$dir/site-config.yaml" > "$dir/graph-$1.log" 2>&1 || { tail -n 20 "$dir/graph-$1.log" >&2; return 1; }
    tail -n 1 "$dir/.time" | awk '{print $1, $2 + $3}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

declare -A walls=() cpus=()
for ((run = 1; run <= runs; run++)); do
    for mode in on off; do
        echo "N=$n run $run/$runs: link stage $mode ..." >&2
        read -r wall cpu <<< "$(measure "$mode")"
        walls[$mode]+="$wall "
        cpus[$mode]+="$cpu "
    done
done
# shellcheck disable=SC2086 # space-separated numbers
won=$(median ${walls[on]}); woff=$(median ${walls[off]}); con=$(median ${cpus[on]}); coff=$(median ${cpus[off]})
echo "Link stage cost, N=$n, $runs runs each, alternating; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %8s %8s   %s\n' "" "wall s" "CPU s" "wall s of each run"
printf '%-22s %8.2f %8.2f   %s\n' "with the link stage" "$won" "$con" "${walls[on]}"
printf '%-22s %8.2f %8.2f   %s\n' "without" "$woff" "$coff" "${walls[off]}"
awk -v a="$won" -v b="$woff" -v c="$con" -v d="$coff" \
    'BEGIN {printf "the link stage adds %.0f%% wall time and %.0f%% CPU time (target: at most 30%%)\n", 100 * (a - b) / b, 100 * (c - d) / d}'

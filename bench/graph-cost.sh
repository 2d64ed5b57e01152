#!/usr/bin/env bash
# Times what the link stage (link checking, backlinks, topics, learning paths, glossary, related articles)
# costs in a full build, on the synthetic corpus of bench/make-corpus.py with a glossary and learning paths
# added by bench/add-graph-features.py (kept apart, in bench/work/N-graph/, so bench/run.sh's comparison
# with Hugo keeps its corpus).
#
#   bench/graph-cost.sh [N]      default: 10000
#
# Builds the corpus RUNS times (default 3) with 'build --timings' and prints the median wall and CPU
# milliseconds of the 'graph' and 'related' stages and their share of the whole build. The link passes over
# each page's HTML (glossary links, heading anchors) and the templating of generated pages are counted in
# the 'html' and 'templates/write' stages, not here. Environment: RUNS, JAVA_OPTS.
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

# measure: one clean build; prints "link_wall_ms link_cpu_ms total_wall_ms total_cpu_ms".
measure() {
    rm -rf "$dir/public" "$dir"/.public.staging* "$dir"/.public.previous*
    java "${java_opts[@]}" -jar "$jar" build --timings --config "$dir/site-config.yaml" > "$dir/graph.log" 2>&1 \
        || { tail -n 20 "$dir/graph.log" >&2; return 1; }
    # The stage is called "related articles": fields are read from the end of each line sed leaves.
    sed -nE 's/^timing  (graph|related articles|total) +wall +([0-9]+) ms  cpu +([0-9]+) ms.*/\1 \2 \3/p' "$dir/graph.log" \
        | awk '$1 == "total" {tw = $(NF-1); tc = $NF; next} {lw += $(NF-1); lc += $NF} END {print lw + 0, lc + 0, tw, tc}'
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

links_wall=() links_cpu=() totals_wall=() totals_cpu=()
for ((run = 1; run <= runs; run++)); do
    echo "N=$n run $run/$runs ..." >&2
    read -r lw lc tw tc <<< "$(measure)"
    links_wall+=("$lw"); links_cpu+=("$lc"); totals_wall+=("$tw"); totals_cpu+=("$tc")
done
lw=$(median "${links_wall[@]}"); lc=$(median "${links_cpu[@]}"); tw=$(median "${totals_wall[@]}"); tc=$(median "${totals_cpu[@]}")
echo "Link stage cost, N=$n, median of $runs builds; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %9s %9s   %s\n' "" "wall ms" "CPU ms" "wall ms of each run"
printf '%-28s %9s %9s   %s\n' "graph + related stages" "$lw" "$lc" "${links_wall[*]}"
printf '%-28s %9s %9s   %s\n' "whole build" "$tw" "$tc" "${totals_wall[*]}"
awk -v a="$lw" -v b="$tw" -v c="$lc" -v d="$tc" \
    'BEGIN {printf "the link stage takes %.0f%% of the wall time and %.0f%% of the CPU time (target: at most 30%%)\n", 100 * a / b, 100 * c / d}'

#!/usr/bin/env bash
# What publishing costs, in one run: our full build (search index included once the search stage is in
# the build) against Hugo, and against Hugo followed by Pagefind (the usual way to give a Hugo site
# search), with wall time and peak RSS; then serve's incremental-rebuild latency (bench/serve-latency.sh).
#
#   bench/publish-compare.sh [N...]      default: 1000 10000
#
# RUNS=3 builds per tool and size (median reported; tools alternate so background load hits all alike).
# Needs: java, python3, GNU time, hugo (apt-get install -y hugo), npm (Pagefind 1.6.0 is installed into
# bench/work/node_modules on first use), node and /usr/bin/chromium for the latency part.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
jar="$repo/generator/target/kb.jar"
work="$bench/work"
runs=${RUNS:-3}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

fail() { echo "publish-compare.sh: $*" >&2; exit 1; }
command -v hugo > /dev/null || fail "hugo is missing (apt-get install -y hugo)"
command -v npm > /dev/null || fail "npm is missing (apt-get install -y npm)"
[ -f "$jar" ] || (cd "$repo" && mvn -q -DskipTests package) || fail "cannot build $jar"
pagefind="$work/node_modules/.bin/pagefind"
if [ ! -x "$pagefind" ]; then
    mkdir -p "$work"
    (cd "$work" && npm install --no-audit --no-fund pagefind@1.6.0 > /dev/null) || fail "npm install pagefind@1.6.0 failed"
fi

make_corpus() { # same corpus and stamp as bench/run.sh
    local n=$1 dir=$2 stamp
    stamp="$(sha256sum "$bench/make-corpus.py" | cut -d' ' -f1) $n $repo"
    if [ "$(cat "$dir/.stamp" 2> /dev/null || true)" != "$stamp" ]; then
        rm -rf "$dir" && mkdir -p "$dir"
        python3 "$bench/make-corpus.py" "$n" "$dir" >&2 || fail "make-corpus.py failed for N=$n"
        echo "$stamp" > "$dir/.stamp"
    fi
}

# timed LOG COMMAND...: runs it under bench/measure.sh (peak RSS summed over the command's processes: kb runs
# the build in a child JVM); prints "wall_s peak_rss_kb".
timed() {
    local log=$1
    shift
    "$bench/measure.sh" -o "$log.time" "$@" > "$log" 2>&1 || { tail -n 20 "$log" >&2; return 1; }
    awk '{print $1, $3}' "$log.time"
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "Full builds: $runs runs per tool and size, medians; machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)."
echo "hugo: $(hugo version | cut -d' ' -f1-2); pagefind: $("$pagefind" --version 2>/dev/null || echo 1.6.0)"
rows=()
for n in "${sizes[@]}"; do
    dir="$work/$n"
    make_corpus "$n" "$dir"
    ours_w=() ours_r=() hugo_w=() hugo_r=() pf_w=() pf_r=()
    for ((run = 1; run <= runs; run++)); do
        echo "N=$n run $run/$runs ..." >&2
        rm -rf "$dir/public" "$dir"/.public.*
        read -r w r <<< "$(timed "$dir/ours.log" java "${java_opts[@]}" -jar "$jar" build --quiet --config "$dir/site-config.yaml")"
        ours_w+=("$w"); ours_r+=("$r")
        rm -rf "$dir/hugo/public"
        read -r w r <<< "$(timed "$dir/hugo.log" hugo --quiet --source "$dir/hugo" --destination public)"
        hugo_w+=("$w"); hugo_r+=("$r")
        read -r w r <<< "$(timed "$dir/pagefind.log" "$pagefind" --site "$dir/hugo/public")"
        pf_w+=("$w"); pf_r+=("$r")
    done
    ow=$(median "${ours_w[@]}"); orss=$(median "${ours_r[@]}")
    hw=$(median "${hugo_w[@]}"); hr=$(median "${hugo_r[@]}")
    pw=$(median "${pf_w[@]}"); pr=$(median "${pf_r[@]}")
    rows+=("$(awk -v n="$n" -v ow="$ow" -v orss="$orss" -v hw="$hw" -v hr="$hr" -v pw="$pw" -v pr="$pr" 'BEGIN {
        hpw = hw + pw; hpr = (hr > pr ? hr : pr);
        printf "%7d  %7.2f s %6.0f MB | %7.2f s %6.0f MB | %7.2f s %6.0f MB | %5.2fx %5.2fx | %5.2fx %5.2fx",
            n, ow, orss / 1024, hw, hr / 1024, hpw, hpr / 1024, ow / hw, orss / hr, ow / hpw, orss / hpr }')")
done
echo
printf '%7s  %-18s | %-18s | %-18s | %-13s | %-13s\n' N "ours (wall, RSS)" "Hugo" "Hugo + Pagefind" "ours/Hugo" "ours/(H+P)"
printf '%s\n' "${rows[@]}"
echo "Hugo + Pagefind: wall times added, peak RSS the larger of the two. Ratios: wall time, then peak RSS."
echo
"$bench/serve-latency.sh" "${sizes[@]}"

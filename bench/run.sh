#!/usr/bin/env bash
# Times a full build of a synthetic corpus with our generator and, when installed, with Hugo.
#
#   bench/run.sh [N...]          default: 1000 10000
#
# For each N: writes the corpus with bench/make-corpus.py under bench/work/N/ (reused while the generator
# script is unchanged), then builds it RUNS times (default 3) with each tool, alternating the tools so
# that background load hits both alike, and prints the median wall time, pages/s and peak RSS, and the
# ratio ours/Hugo, then the median wall and CPU time of each of our stages (build --timings). Environment: RUNS=5 for more runs; JAVA_OPTS="-Xmx1g" to pass options to the JVM.
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
jar="$repo/generator/target/kb.jar"
work="$bench/work"
runs=${RUNS:-3}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

fail() { echo "run.sh: $*" >&2; exit 1; }

for n in "${sizes[@]}"; do
    [[ "$n" =~ ^[0-9]+$ && "$n" -ge 2 ]] || fail "N must be a whole number of at least 2, got '$n'"
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || fail "RUNS must be a whole number of at least 1, got '$runs'"
command -v python3 > /dev/null || fail "python3 is missing (apt-get install -y python3)"
command -v java > /dev/null || fail "java is missing (Java 17: apt-get install -y openjdk-17-jre-headless)"
if command -v hugo > /dev/null; then
    have_hugo=1
else
    have_hugo=0
    echo "hugo is not installed (apt-get install -y hugo): timing our generator only." >&2
fi

if [ ! -f "$jar" ]; then
    command -v mvn > /dev/null || fail "$jar is missing and so is mvn to build it"
    echo "building $jar ..." >&2
    (cd "$repo" && mvn -q -DskipTests package) || fail "the jar did not build (mvn -q -DskipTests package)"
elif [ -n "$(find "$repo/generator/src/main" -newer "$jar" -type f -print -quit)" ]; then
    echo "warning: sources changed since $jar was built; rebuild it to time them (mvn -q -DskipTests package)" >&2
fi

# Regenerates the corpus only when make-corpus.py or the repo location changed since it was written.
make_corpus() {
    local n=$1 dir=$2 stamp
    stamp="$(sha256sum "$bench/make-corpus.py" | cut -d' ' -f1) $n $repo"
    if [ "$(cat "$dir/.stamp" 2> /dev/null || true)" != "$stamp" ]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        python3 "$bench/make-corpus.py" "$n" "$dir" >&2 || fail "make-corpus.py failed for N=$n"
        echo "$stamp" > "$dir/.stamp"
    fi
}

# bench/measure.sh, not /usr/bin/time: our jar runs the build in a child JVM (cli/Launcher), and the peak RSS
# must count both processes.
# measure TOOL DIR LOG: one clean build (output folders removed first); prints "wall_s peak_rss_kb cpu_s".
measure() {
    local tool=$1 dir=$2 log=$3 pages
    local timing="$dir/.time"
    if [ "$tool" = ours ]; then
        rm -rf "$dir/public" "$dir"/.public.staging* "$dir"/.public.old*
        if ! "$bench/measure.sh" -o "$timing" \
                java "${java_opts[@]}" -jar "$jar" build --timings --config "$dir/site-config.yaml" > "$log" 2>&1; then
            tail -n 20 "$log" >&2
            return 1
        fi
        pages=$(find "$dir/public" -name index.html | wc -l)
    else
        rm -rf "$dir/hugo/public"
        if ! "$bench/measure.sh" -o "$timing" \
                hugo --quiet --source "$dir/hugo" --destination public > "$log" 2>&1; then
            tail -n 20 "$log" >&2
            return 1
        fi
        pages=$(find "$dir/hugo/public" -name index.html | wc -l)
    fi
    # A build that "succeeds" without writing every page would make a meaningless figure.
    if [ "$pages" -lt "$(($(basename "$dir") + 1))" ]; then
        echo "$tool wrote only $pages pages for N=$(basename "$dir") (log: $log)" >&2
        return 1
    fi
    # measure.sh writes "wall_s cpu_s peak_rss_kb".
    tail -n 1 "$timing" | awk '{print $1, $3, $2}'
}

# collect_stages LOG: adds the stage lines of one 'build --timings' log to stage_walls and stage_cpus (ms).
collect_stages() {
    local stage wall cpu
    while IFS='|' read -r stage wall cpu; do
        stage=${stage%"${stage##*[! ]}"}
        [ -n "${stage_walls[$stage]+set}" ] || stage_order+=("$stage")
        stage_walls[$stage]+="$wall "
        stage_cpus[$stage]+="$cpu "
    done < <(sed -nE 's/^timing  (.{16})  wall +([0-9]+) ms  cpu +([0-9]+) ms.*/\1|\2|\3/p' "$1")
}

median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

echo "Build benchmark: $runs runs per tool and size, median reported; tools alternate run by run."
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start; shared machines are noisy,"
echo "so compare ratios from one run of this script rather than absolute times across runs."
echo "ours: $(java -version 2>&1 | head -n 1)${JAVA_OPTS:+ with JAVA_OPTS=$JAVA_OPTS}"
[ "$have_hugo" = 1 ] && echo "hugo: $(hugo version | cut -d' ' -f1-2)"
echo

tools=(ours)
[ "$have_hugo" = 1 ] && tools+=(hugo)
status=0
table=()
stage_table=()
for n in "${sizes[@]}"; do
    dir="$work/$n"
    make_corpus "$n" "$dir"
    declare -A walls=() rsss=() cpus=() failed=() stage_walls=() stage_cpus=()
    stage_order=()
    for ((run = 1; run <= runs; run++)); do
        for tool in "${tools[@]}"; do
            [ -z "${failed[$tool]:-}" ] || continue
            echo "N=$n run $run/$runs: $tool ..." >&2
            if result=$(measure "$tool" "$dir" "$dir/$tool-$run.log"); then
                read -r wall rss cpu <<< "$result"
                walls[$tool]+="$wall "
                rsss[$tool]+="$rss "
                cpus[$tool]+="$cpu "
                [ "$tool" = ours ] && collect_stages "$dir/$tool-$run.log"
            else
                echo "N=$n: $tool build FAILED (log: $dir/$tool-$run.log)" >&2
                failed[$tool]=1
                status=1
            fi
        done
    done
    declare -A med_wall=() med_rss=() med_cpu=()
    for tool in "${tools[@]}"; do
        if [ -n "${failed[$tool]:-}" ]; then
            table+=("$(printf '%7s  %-5s  %s' "$n" "$tool" "FAILED: see $dir/$tool-*.log")")
            continue
        fi
        # shellcheck disable=SC2086 # the values are space-separated numbers
        med_wall[$tool]=$(median ${walls[$tool]})
        # shellcheck disable=SC2086
        med_rss[$tool]=$(median ${rsss[$tool]})
        # shellcheck disable=SC2086
        med_cpu[$tool]=$(median ${cpus[$tool]})
        table+=("$(awk -v n="$n" -v t="$tool" -v w="${med_wall[$tool]}" -v r="${med_rss[$tool]}" -v c="${med_cpu[$tool]}" \
            -v all="${walls[$tool]}" 'BEGIN {printf "%7d  %-5s  %8.2f  %8.0f  %8.2f  %9.0f   %s",
                n, t, w, (n + 1) / (w > 0 ? w : 0.01), c, r / 1024, all}')")
    done
    if [ -n "${med_wall[ours]:-}" ] && [ -n "${med_wall[hugo]:-}" ]; then
        table+=("$(awk -v n="$n" -v ow="${med_wall[ours]}" -v hw="${med_wall[hugo]}" -v oc="${med_cpu[ours]}" \
            -v hc="${med_cpu[hugo]}" -v orss="${med_rss[ours]}" -v hr="${med_rss[hugo]}" \
            'BEGIN {printf "%7d  ours/hugo: wall time %.2fx, CPU time %.2fx, peak RSS %.2fx",
                n, ow / (hw > 0 ? hw : 0.01), oc / (hc > 0 ? hc : 0.01), orss / hr}')")
    fi
    for stage in "${stage_order[@]}"; do
        # shellcheck disable=SC2086 # the values are space-separated numbers
        stage_table+=("$(printf '%7s  %-16s  %9s  %9s   %s' "$n" "$stage" "$(median ${stage_walls[$stage]})" \
            "$(median ${stage_cpus[$stage]})" "${stage_walls[$stage]}")")
    done
    unset walls rsss cpus failed med_wall med_rss med_cpu stage_walls stage_cpus
done

printf '%7s  %-5s  %8s  %8s  %8s  %9s   %s\n' N tool "wall s" "pages/s" "CPU s" "RSS MB" "wall s of each run"
printf '%s\n' "${table[@]}"
echo
echo "wall s, CPU s (user + system over all cores) and peak RSS are medians of $runs runs; pages/s is the N+1"
echo "markdown pages over the median wall time (Hugo also writes one list page per folder). CPU s suffers less"
echo "than wall s from other work on the machine. Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
if [ ${#stage_table[@]} -gt 0 ]; then
    echo
    echo "Our stages (build --timings), medians of $runs runs; CPU ms is the whole process's CPU time while the stage ran:"
    printf '%7s  %-16s  %9s  %9s   %s\n' N stage "wall ms" "CPU ms" "wall ms of each run"
    printf '%s\n' "${stage_table[@]}"
fi
exit "$status"

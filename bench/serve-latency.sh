#!/usr/bin/env bash
# Times incremental rebuilds in `kb serve`: save one article, then (1) the rebuilt page is on disk and
# (2) an open page in headless Chromium has reloaded itself. Targets at N = 10,000: (1) <= 200 ms,
# (2) <= 300 ms.
#
#   bench/serve-latency.sh [N...]        default: 1000 10000
#
# For each N: writes the corpus with bench/make-corpus.py under bench/work/N/ (shared with bench/run.sh),
# starts `kb serve` on it, waits for the first full build, then bench/reload-latency.mjs edits one
# article's body EDITS times (default 30, after WARMUP=3 unmeasured edits that let the JIT warm up) and
# reports the median, 95th percentile (nearest rank: with 30 edits, the second worst) and maximum. Also
# prints the first build's time and serve's peak RSS. KB_JAR=path times another jar (e.g. main's, to
# compare in one session); SERVE_ARGS adds options to `kb serve` (e.g. --timings). PAUSE_MS (default 400)
# is how long the author looks at the page between saves: above serve's 1.5 s quiet time the changed search
# index starts building in the background between saves, and each save must stop it.
# Needs: java, python3, node 20+, /usr/bin/chromium (apt-get install -y chromium).
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
jar="${KB_JAR:-$repo/generator/target/kb.jar}"
work="$bench/work"
edits=${EDITS:-30}
warmup=${WARMUP:-3}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
read -r -a serve_args <<< "${SERVE_ARGS:-}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

fail() { echo "serve-latency.sh: $*" >&2; exit 1; }

command -v node > /dev/null || fail "node is missing (apt-get install -y nodejs)"
[ -x /usr/bin/chromium ] || fail "/usr/bin/chromium is missing (apt-get install -y chromium)"
[ -f "$jar" ] || (cd "$repo" && mvn -q -DskipTests package) || fail "cannot build $jar"
node_flags=()
node -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2> /dev/null || node_flags=(--experimental-websocket)

# Same corpus and stamp as bench/run.sh, so the two scripts share bench/work/N/.
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

# tree_hwm_kb PID: the peak RSS (VmHWM) of PID and all its descendants, summed: serve runs in a child JVM.
tree_hwm_kb() {
    local pids=("$1") all total=0 i=0 pid
    all=$(ps -e -o pid=,ppid=)
    while [ "$i" -lt ${#pids[@]} ]; do
        pids+=($(awk -v p="${pids[$i]}" '$2 == p {print $1}' <<< "$all"))
        i=$((i + 1))
    done
    for pid in "${pids[@]}"; do
        total=$((total + $(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2> /dev/null || echo 0)))
    done
    echo "$total"
}

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

echo "serve incremental-rebuild latency: $edits measured edits after $warmup warm-up edits per size."
echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at start."
echo
echo "Jar: $jar"
printf '%7s  %12s  %10s  %12s  %9s  %9s  %14s  %11s  %11s  %13s\n' N "first build" "serve RSS" "disk median" "disk p95" \
    "disk max" "reload median" "reload p95" "reload max" "search index"
for n in "${sizes[@]}"; do
    dir="$work/$n"
    make_corpus "$n" "$dir"
    rm -rf "$dir/public" "$dir"/.public.staging* "$dir"/.public.previous*
    # The article to edit: the first one of the corpus, and the page it is published as.
    article=$(find "$dir/content" -name '*.md' ! -name index.md | sort | sed -n 1p)
    relative=${article#"$dir/content/"}
    page="${relative%.md}/"
    port=$(free_port)
    log="$dir/serve.log"
    java "${java_opts[@]}" -jar "$jar" serve --config "$dir/site-config.yaml" --port "$port" "${serve_args[@]}" > "$log" 2>&1 &
    serve_pid=$!
    trap 'kill "$serve_pid" 2> /dev/null || true' EXIT
    for _ in $(seq 1 1200); do
        grep -q '^Serving at ' "$log" && break
        kill -0 "$serve_pid" 2> /dev/null || { cat "$log" >&2; fail "serve exited for N=$n"; }
        sleep 0.5
    done
    grep -q '^Serving at ' "$log" || fail "serve did not start within 10 minutes for N=$n (log: $log)"
    first=$(grep -m 1 -o 'in [0-9.]* s' "$log" | cut -d' ' -f2)
    result=$(node "${node_flags[@]}" "$bench/reload-latency.mjs" "http://127.0.0.1:$port/$page" "$article" \
        "$dir/public/${page}index.html" "$edits" "$warmup") || { kill "$serve_pid"; fail "measuring failed for N=$n"; }
    rss_kb=$(tree_hwm_kb "$serve_pid")
    kill "$serve_pid"
    wait "$serve_pid" 2> /dev/null || true
    trap - EXIT
    echo "$result" > "$dir/serve-latency.json"
    python3 - "$n" "$first" "$rss_kb" "$result" <<'EOF'
import json, sys
n, first, rss_kb, result = sys.argv[1], sys.argv[2], int(sys.argv[3]), json.loads(sys.argv[4])
search = result.get("searchIndexAfterLastEditMs")
print("%7s  %10s s  %7.0f MB  %9.0f ms  %6.0f ms  %6.0f ms  %11.0f ms  %8.0f ms  %8.0f ms  %13s" % (
    n, first, rss_kb / 1024, result["diskMedianMs"], result["diskP95Ms"], result["diskMaxMs"], result["reloadMedianMs"],
    result["reloadP95Ms"], result["reloadMaxMs"], "-" if search is None else "%.1f s" % (search / 1000)))
EOF
done
echo
echo "disk: from writing the article to an inotify event showing the rebuilt page's file with the edit."
echo "reload: from writing the article to the reloaded page's load event in headless Chromium (page clock)."
echo "search index: serve builds a changed index beside later rebuilds once edits pause for 1.5 s; time from the"
echo "last edit until the new index files are written."
echo "Every sample is in bench/work/N/serve-latency.json. Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."

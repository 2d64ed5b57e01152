#!/usr/bin/env bash
# Search against Pagefind 1.6 on the synthetic benchmark corpora, side by side in one run:
# index bytes (raw and gzip) and file count, index build time, bytes a browser fetches for a cold
# query showing 10 results with excerpts and for a second query, and query latency p50/p95 after load,
# on three kinds of host (several ranges per request, one range per request, Range ignored), then again
# with the site built with search.max_pack_kb (MAX_PACK_KB, default 16) on the two hosts that need it.
#
#   bench/pagefind-compare.sh [N ...]        (default: 1000 10000)
#
# Main against a branch in one run (the machine's load shifts every figure, so compare only within a run):
#   BASE=/work/main bench/pagefind-compare.sh 10000
# also builds each corpus with BASE's generator/target/kb.jar (built there if missing; BASE_JAR=path to use
# another, e.g. /tmp/kb-main.jar when BASE's target/ is stale) and BASE's theme/, into
# bench/work/site-N-base, and measures the two sites alternately, ROUNDS times (default 2: base, this, base,
# this), each block headed "-- base" or "-- this". Set HOSTS (default several,one,none) to measure fewer
# kinds of host, and CAPPED=0 to skip the search.max_pack_kb sites. Give `uptime` with the figures.
#
# Needs: Java 17, Maven, Python 3, npm (Pagefind ships its binary through npm), Debian chromium and
# chromium-driver. Corpora come from bench/make-corpus.py (override with CORPUS_SCRIPT=path).
set -euo pipefail
cd "$(dirname "$0")/.."
WORK=bench/work
CORPUS_SCRIPT=${CORPUS_SCRIPT:-bench/make-corpus.py}
MAX_PACK_KB=${MAX_PACK_KB:-16}
HOSTS=${HOSTS:-several,one,none}
CAPPED=${CAPPED:-1}
ROUNDS=${ROUNDS:-2}
BASE=${BASE:-}
BASE_JAR=${BASE_JAR:-$BASE/generator/target/kb.jar}
mkdir -p "$WORK"

mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package
# Without Pagefind (npm offline) only ours is measured.
[ -x "$WORK/node_modules/.bin/pagefind" ] || (cd "$WORK" && npm install --no-audit --no-fund pagefind@1.6.0 >/dev/null) \
  || echo "pagefind not installed: measuring ours only" >&2
# BENCH_CLASSPATH: the test classpath (Selenium and its dependencies) built by hand, where Maven offline lacks
# the dependency plugin.
if [ -n "${BENCH_CLASSPATH:-}" ]; then
  CP=$BENCH_CLASSPATH
else
  mvn -B -q -o dependency:build-classpath -pl generator -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$WORK/classpath.txt" >/dev/null
  CP=$(cat "$WORK/classpath.txt")
fi
HAVE_PAGEFIND=$([ -x "$WORK/node_modules/.bin/pagefind" ] && echo 1 || echo 0)
if [ -n "$BASE" ] && [ ! -f "$BASE_JAR" ]; then
  (cd "$BASE" && { mvn -q -o -DskipTests package 2>/dev/null || mvn -q -DskipTests package; })
fi

size_report() { # DIR -> "files raw_bytes gzip_bytes" (gzip: each file's smaller of raw and gzip -6)
  local files=0 raw=0 gz=0 f r g
  while IFS= read -r -d '' f; do
    r=$(stat -c %s "$f"); g=$(gzip -6 -c "$f" | wc -c); [ "$g" -lt "$r" ] || g=$r
    files=$((files + 1)); raw=$((raw + r)); gz=$((gz + g))
  done < <(find "$1" -type f ! -name index.html -print0)
  echo "$files $raw $gz"
}

for N in "${@:-1000 10000}"; do
  for n in $N; do
    corpus="$WORK/corpus-$n"; site="$WORK/site-$n"
    [ -f "$corpus/site-config.yaml" ] || python3 "$CORPUS_SCRIPT" "$n" "$corpus" >/dev/null
    echo "== $n articles"
    start=$(date +%s.%N)
    java -jar generator/target/kb.jar build --config "$corpus/site-config.yaml" --theme theme --out "$site" | tail -1
    build=$(echo "$(date +%s.%N) - $start" | bc)
    ours_index=$(java -cp generator/target/kb.jar bench/pagefind-index-time.java "$corpus/site-config.yaml" theme 3)
    rm -rf "$site/pagefind"
    start=$(date +%s.%N)
    if [ "$HAVE_PAGEFIND" = 1 ]; then
      /usr/bin/time -f "pagefind peak RSS %M KB" "$WORK/node_modules/.bin/pagefind" --site "$site" >/dev/null
    fi
    pagefind=$(echo "$(date +%s.%N) - $start" | bc)
    read -r of or og <<<"$(size_report "$site/search")"
    pages=$(find "$site" -name index.html | wc -l)
    if [ "$HAVE_PAGEFIND" = 1 ]; then
      read -r pf pr pg <<<"$(size_report "$site/pagefind")"
      printf '  %-24s ours %10s   pagefind %10s   ratio %6.3f\n' "index files" "$of" "$pf" "$(echo "$of / $pf" | bc -l)"
      printf '  %-24s ours %10s   pagefind %10s   (target: 1 per 100 pages = %d)\n' "pages per file" \
        "$(echo "$pages / $of" | bc)" "$(echo "$pages / $pf" | bc)" "$((pages / 100))"
      printf '  %-24s ours %10.1f   pagefind %10.1f   ratio %6.3f\n' "index MB raw" "$(echo "$or / 1048576" | bc -l)" \
        "$(echo "$pr / 1048576" | bc -l)" "$(echo "$or / $pr" | bc -l)"
      printf '  %-24s ours %10.1f   pagefind %10.1f   ratio %6.3f\n' "index MB gzip" "$(echo "$og / 1048576" | bc -l)" \
        "$(echo "$pg / 1048576" | bc -l)" "$(echo "$og / $pg" | bc -l)"
    else
      printf '  index: ours %s files, %.1f MB raw, %.1f MB gzip, %d pages a file (Pagefind not measured)\n' "$of" \
        "$(echo "$or / 1048576" | bc -l)" "$(echo "$og / 1048576" | bc -l)" "$(echo "$pages / $of" | bc)"
    fi
    echo "  index build: ours (search stage alone) $ours_index; whole build ${build} s; pagefind ${pagefind} s"
    if [ -n "$BASE" ]; then
      echo "  building with $BASE_JAR and $BASE/theme into $site-base"
      java -jar "$BASE_JAR" build -q --config "$corpus/site-config.yaml" --theme "$BASE/theme" --out "$site-base" | tail -1
      rm -rf "$site-base/pagefind" # Pagefind is measured once, beside this site's first round
      for round in $(seq "$ROUNDS"); do
        echo "-- base ($BASE), round $round; $(uptime)"
        java -cp "$CP:generator/target/classes" bench/pagefind-measure.java "$site-base" "$HOSTS"
        echo "-- this ($(git rev-parse --short HEAD)$(git diff --quiet HEAD -- theme generator/src/main || echo ' +changes')), round $round; $(uptime)"
        java -cp "$CP:generator/target/classes" bench/pagefind-measure.java "$site" "$HOSTS"
        [ ! -d "$site/pagefind" ] || mv "$site/pagefind" "$site/pagefind-measured"
      done
      [ ! -d "$site/pagefind-measured" ] || mv "$site/pagefind-measured" "$site/pagefind"
    else
      echo "  $(uptime)"
      java -cp "$CP:generator/target/classes" bench/pagefind-measure.java "$site" "$HOSTS"
    fi
    [ "$CAPPED" = 1 ] || continue
    # A host that ignores Range gets whole pack files: the same site built with search.max_pack_kb (README, Search).
    capped="$WORK/site-$n-capped"; config="$corpus/site-config-capped.yaml"
    { cat "$corpus/site-config.yaml"; printf '\nsearch:\n  max_pack_kb: %s\n' "$MAX_PACK_KB"; } >"$config"
    java -jar generator/target/kb.jar build --config "$config" --theme theme --out "$capped" | tail -1
    rm -rf "$capped/pagefind"; [ "$HAVE_PAGEFIND" = 0 ] || cp -r "$site/pagefind" "$capped/pagefind"
    echo "  with search.max_pack_kb: $MAX_PACK_KB ($(find "$capped/search" -name 'pack-*' | wc -l) pack files):"
    java -cp "$CP:generator/target/classes" bench/pagefind-measure.java "$capped" none,one
  done
done

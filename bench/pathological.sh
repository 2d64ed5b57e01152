#!/usr/bin/env bash
# Builds one pathological page of SIZE bytes (default 1 MB) per case and prints the seconds each build
# took (wall, and CPU: user+system of the JVM) and its exit code (0 built, 1 diagnostic). Issue 16 part 8: every case must finish within 5 s.
#
#   bench/pathological.sh [case...]      environment: SIZE=1048576, LIMIT=60 (seconds before a case is killed),
#                                        JAR=path/to/kb.jar (another build, for before/after figures)
set -euo pipefail

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$bench")
jar=${JAR:-"$repo/generator/target/kb.jar"}
size=${SIZE:-1048576}
limit=${LIMIT:-60}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$jar" ] || { echo "pathological.sh: build the jar first: mvn -q -B -ntp -o -DskipTests package" >&2; exit 1; }
cases=$(python3 "$bench/pathological.py" "$work" "$size" "$@")
printf '%-18s %8s %8s %5s  %s\n' case seconds cpu exit "first diagnostic"
for name in $cases; do
    site="$work/$name"
    cp "$repo/generator/src/test/resources/sites/_default-config.yaml" "$site/site-config.yaml"
    start=$(date +%s.%N)
    set +e
    (cd "$site" && /usr/bin/time -f '%U %S' -o "$site/cpu" timeout "$limit" java -jar "$jar" build --quiet --theme "$repo/theme" --out "$site/public") > "$site/log" 2>&1
    code=$?
    set -e
    end=$(date +%s.%N)
    [ "$code" -eq 124 ] && code="kill"
    cpu=$(awk 'END { print $1 + $2 }' "$site/cpu" 2>/dev/null || echo "?")
    printf '%-18s %8.2f %8s %5s  %s\n' "$name" "$(echo "$end - $start" | bc)" "$cpu" "$code" "$(grep -m1 -E 'error:|Exception' "$site/log" | cut -c1-90)"
done

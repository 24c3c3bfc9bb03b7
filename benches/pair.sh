#!/usr/bin/env bash
# Two builds of sala on the same synthetic site, run alternately, pair by pair.
#
#   benches/pair.sh /tmp/sala-old target/release/sala          # 1,000 pages a language, 10 pairs
#   benches/pair.sh /tmp/sala-old target/release/sala 10000 2  # 30,303 pages, 2 pairs
#
# This machine's speed drifts by up to a fifth from one minute to the next,
# so two series run one after the other can disagree more than the change
# being measured. Alternating the binaries puts both under the same drift;
# the difference within each pair is what to read. Prints each run (wall,
# user and system seconds, peak RSS), then the means, the median of the
# pair differences and how many pairs the second binary won. Both outputs
# must be byte-identical unless the change meant to alter them: the script
# says whether they are. Needs GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,6p' "$0" >&2; exit 2; }
a=$(realpath "$1")
b=$(realpath "$2")
per_lang=${3:-1000}
pairs=${4:-10}
command -v /usr/bin/time >/dev/null || { echo "missing /usr/bin/time (apt-get install time)" >&2; exit 2; }
work=${SALA_BENCH_DIR:-${TMPDIR:-/tmp}/sala-pair-$per_lang}
rm -rf "$work"
mkdir -p "$work"
"$b" synth --pages-per-lang "$per_lang" --out "$work/site" >/dev/null

run() { # binary, output folder: "wall user sys rss_kb" into $work/time
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$1" build --root "$work/site" --out "$2" >"$work/log" 2>&1; then
    echo "the build with $1 failed:" >&2
    tail -5 "$work/log" >&2
    exit 1
  fi
}
printf "%-4s %-6s %8s %8s %8s %9s\n" pair binary wall user sys "peak MB"
: >"$work/results"
for i in $(seq 1 "$pairs"); do
  for which in a b; do
    bin=$a; [ "$which" = b ] && bin=$b
    run "$bin" "$work/out-$which"
    read -r wall user sys rss <"$work/time"
    printf "%-4s %-6s %8s %8s %8s %9d\n" "$i" "$which" "$wall" "$user" "$sys" $((rss / 1024))
    echo "$i $which $wall $user $sys $rss" >>"$work/results"
  done
done
awk '
  { wall[$2] += $3; user[$2] += $4; n[$2]++; w[$1, $2] = $3 }
  END {
    printf "\nmeans: a %.2f s wall, %.2f s user; b %.2f s wall, %.2f s user\n",
      wall["a"] / n["a"], user["a"] / n["a"], wall["b"] / n["b"], user["b"] / n["b"]
    k = 0; won = 0
    for (i = 1; i <= n["a"]; i++) { d[++k] = w[i, "b"] - w[i, "a"]; if (d[k] < 0) won++ }
    # median of the pair differences (b - a)
    for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (d[j] < d[i]) { t = d[i]; d[i] = d[j]; d[j] = t }
    med = (k % 2) ? d[(k + 1) / 2] : (d[k / 2] + d[k / 2 + 1]) / 2
    printf "b - a, median of %d pairs: %+.2f s; b faster in %d of %d\n", k, med, won, k
  }' "$work/results"
if diff -rq "$work/out-a" "$work/out-b" >/dev/null; then
  echo "outputs: byte-identical"
else
  echo "outputs: differ (diff -r $work/out-a $work/out-b)"
fi

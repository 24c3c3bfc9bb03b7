#!/usr/bin/env bash
# sala against Hugo on the same synthetic corpus, side by side in one run.
#
#   benches/vs-hugo.sh 1000        # 1,000 pages a language (3,000 pages)
#   benches/vs-hugo.sh 10000 3     # 30,000 pages, 3 timed runs each
#   SALA_BIN=/tmp/sala-old benches/vs-hugo.sh 1000   # another sala binary
#   SALA_BENCH_RAM=1 benches/vs-hugo.sh 1000          # on /dev/shm instead of the disk
#
# Measures on the ordinary disk by default (target/bench-vs-hugo-N in this
# repository), as readers and CI have it: there creating and deleting files
# costs real system time, which a RAM disk hides. SALA_BENCH_DIR picks another
# folder. Needs hyperfine, hugo and GNU time (Debian packages hyperfine, hugo,
# time) and Pagefind 1.6 (`npm ci --prefix benches`).
# The corpus is `sala synth` (Vietnamese, Thai and English pages of ~14 KB of
# Markdown with headings, lists, tables, topics and relative links); Hugo reads
# the very same Markdown files (one contentDir per language) through minimal
# layouts that, like sala's theme, list each page's section beside it. Hugo
# builds no search index; sala's build includes its search index, cross-links,
# section navigation and print books; so the third row, Hugo followed by
# Pagefind, is the alternative with search. Prints, per tool: wall time
# (median, min-max), user and system CPU time, pages per second, peak RSS,
# output files and bytes; for sala the search index bytes and the share of
# each stage; then the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
per_lang=${1:-1000}
runs=${2:-5}
if [ -n "${SALA_BENCH_RAM:-}" ]; then
  work=${SALA_BENCH_DIR:-/dev/shm/sala-vs-hugo-$per_lang}
else
  work=${SALA_BENCH_DIR:-$PWD/target/bench-vs-hugo-$per_lang}
fi
for tool in hyperfine hugo /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install hyperfine hugo time)" >&2; exit 2; }
done
pagefind=$PWD/benches/node_modules/.bin/pagefind
[ -x "$pagefind" ] || { echo "missing Pagefind (npm ci --prefix benches)" >&2; exit 2; }
# SALA_BIN compares another build of sala (say, the previous release) on the same corpus.
if [ -n "${SALA_BIN:-}" ]; then
  sala=$(realpath "$SALA_BIN")
else
  cargo build --release --quiet
  sala=$PWD/target/release/sala
fi
rm -rf "$work"
mkdir -p "$work"
"$sala" synth --pages-per-lang "$per_lang" --out "$work/site" >/dev/null

# The Hugo site: configuration and layouts only; content is sala's.
hugo_dir=$work/hugo
mkdir -p "$hugo_dir/layouts/_default"
cat >"$hugo_dir/hugo.toml" <<EOF
baseURL = "/"
defaultContentLanguage = "en"
defaultContentLanguageInSubdir = true
disableKinds = ["RSS", "sitemap", "robotsTXT"]
uglyURLs = false
[taxonomies]
  topic = "topics"
[markup.goldmark.parser.attribute]
  title = true
[markup.goldmark.renderer]
  unsafe = false
[languages.vi]
  weight = 1
  contentDir = "$work/site/content/vi"
[languages.th]
  weight = 2
  contentDir = "$work/site/content/th"
[languages.en]
  weight = 3
  contentDir = "$work/site/content/en"
EOF
cat >"$hugo_dir/layouts/_default/baseof.html" <<'EOF'
<!DOCTYPE html>
<html lang="{{ .Language.Lang }}"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
<body><nav>{{ range .Translations }}<a href="{{ .RelPermalink }}">{{ .Language.Lang }}</a> {{ end }}</nav>
<aside><ul>{{ with .CurrentSection }}{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul></aside>
<main>{{ block "main" . }}{{ end }}</main></body></html>
EOF
cat >"$hugo_dir/layouts/_default/single.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}
<ul>{{ range .Params.topics }}<li>{{ . }}</li>{{ end }}</ul>{{ end }}
EOF
cat >"$hugo_dir/layouts/_default/list.html" <<'EOF'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}
EOF

pages=$(find "$work/site/content" -name '*.md' | wc -l)
sala_cmd="$sala build --root $work/site --out $work/out-sala --force"
hugo_cmd="hugo --quiet --source $hugo_dir --destination $work/out-hugo --cleanDestinationDir"
# Hugo then Pagefind: a site with search, the alternative to sala's build.
pf_cmd="sh -c 'hugo --quiet --source $hugo_dir --destination $work/out-hugopf --cleanDestinationDir && $pagefind --site $work/out-hugopf --silent'"
echo "measuring in $work ($(stat -f -c %T "$work") file system)"
hyperfine --warmup 1 --runs "$runs" --style basic --export-json "$work/times.json" \
  -n sala "$sala_cmd" -n hugo "$hugo_cmd" -n hugo+pagefind "$pf_cmd"

rss() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
sala_rss=$(rss $sala_cmd)
hugo_rss=$(rss $hugo_cmd)
pf_rss=$(/usr/bin/time -f %M "$pagefind" --site "$work/out-hugopf" --silent 2>&1 >/dev/null | tail -1)
pf_rss=$(( pf_rss > hugo_rss ? pf_rss : hugo_rss ))
SALA_TIMINGS=1 $sala_cmd 2>"$work/stages.txt" >/dev/null || true

python3 - "$work" "$pages" "$sala_rss" "$hugo_rss" "$pf_rss" <<'EOF'
import json, os, sys
work, pages = sys.argv[1], int(sys.argv[2])
sala_rss, hugo_rss, pf_rss = (int(x) for x in sys.argv[3:6])
res = {r["command"]: r for r in json.load(open(os.path.join(work, "times.json")))["results"]}
def tree(d):
    n = b = 0
    for root, _, files in os.walk(d):
        for f in files:
            n += 1
            b += os.path.getsize(os.path.join(root, f))
    return n, b
rows = []
for name, out, rss in (("sala", "out-sala", sala_rss), ("hugo", "out-hugo", hugo_rss), ("hugo+pagefind", "out-hugopf", pf_rss)):
    r = res[name]
    files, size = tree(os.path.join(work, out))
    rows.append((name, r["median"], min(r["times"]), max(r["times"]), r["user"], r["system"], pages / r["median"], rss / 1024, files, size / 1e6))
print(f"\n{pages} pages, measured in {work}")
print(f"{'tool':<14} {'median s':>9} {'min-max s':>13} {'user s':>7} {'sys s':>7} {'pages/s':>8} {'peak MB':>8} {'files':>7} {'MB':>8}")
for name, med, lo, hi, user, sys_, pps, rss, files, mb in rows:
    print(f"{name:<14} {med:>9.2f} {lo:>6.2f}-{hi:<6.2f} {user:>7.2f} {sys_:>7.2f} {pps:>8.0f} {rss:>8.0f} {files:>7} {mb:>8.1f}")
_, index = tree(os.path.join(work, "out-sala", "search"))
print(f"sala search index: {index / 1e6:.1f} MB")
stages = []
for line in open(os.path.join(work, "stages.txt")):
    parts = line.split()
    if len(parts) >= 3 and parts[2] == "ms":
        stages.append((parts[0], float(parts[1])))
total = sum(ms for _, ms in stages) or 1
print("sala stages: " + ", ".join(f"{s} {ms / total:.0%}" for s, ms in stages if ms / total >= 0.01))
sala, hugo, pf = rows
print(f"ratio sala/hugo: wall {sala[1] / hugo[1]:.2f}, files {sala[8] / hugo[8]:.2f}, bytes {sala[9] / hugo[9]:.2f}")
print(f"ratio sala/(hugo+pagefind): wall {sala[1] / pf[1]:.2f}, files {sala[8] / pf[8]:.2f}, bytes {sala[9] / pf[9]:.2f}")
EOF

#!/usr/bin/env bash
# Whole-build benchmark: bloggen against Hugo and Jekyll on the same synthetic corpus, and the preview
# server's save-to-ready time. See docs/performance.md, "How to run the benchmarks".
set -euo pipefail

usage() {
  cat <<'EOF'
usage: tests/BlogGen.Benchmarks/whole-build.sh [options]

  --mode builds|serve|all   builds: whole builds of each tool (default); serve: bloggen serve's
                            save-to-ready time; all: both
  --sizes N[,N...]          corpus sizes in posts (default 1000; e.g. 1000,10000)
  --runs N                  repetitions of each build scenario (default 5); the median is shown
  --tools T[,T...]          bloggen, hugo, jekyll (default all three), native: bloggen as a
                            native executable (Native AOT; needs clang and zlib1g-dev), and
                            eleventy: Eleventy 3.1.8 from npm (needs node and npm) on the same
                            posts as plain Markdown; bloggen, the framework-dependent tool, is
                            the baseline of the ratios and is always built
  --skip-jekyll-10k         leave Jekyll out at 10,000 posts and more (the default: it takes
                            about 8 minutes a build there)
  --jekyll-10k              build with Jekyll at 10,000 posts too
  --serve-runs N            saves timed per size in serve mode (default 20)
  --shared DIR              the folder holding bench/make-corpus.py (default: ../shared beside
                            the repository)
  --work DIR                where the corpora, builds and logs go (default: a new temp folder,
                            removed at the end unless --keep)
  --keep                    keep the work folder
  -h, --help                this text

Scenarios, each under /usr/bin/time -v (wall time, peak resident memory), tools alternating:
  cold   output and caches moved away first (bloggen: _site/ and .bloggen-cache/; Hugo: public/,
         resources/ and its cache dir, built with --gc; Jekyll: _site/ and .jekyll-cache/)
  warm   the same build again, nothing changed
  edit   one line appended to one post, then the same build
Plus bloggen (and native) on a one-post site (cold and warm), for the fixed start-up cost.
EOF
}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
mode=builds
sizes=1000
runs=5
tools=bloggen,hugo,jekyll
jekyll_10k=no
serve_runs=20
shared="$repo/../shared"
work=""
keep=no

while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) mode=${2:?--mode needs a value}; shift 2 ;;
    --sizes) sizes=${2:?--sizes needs a value}; shift 2 ;;
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    --tools) tools=${2:?--tools needs a value}; shift 2 ;;
    --skip-jekyll-10k) jekyll_10k=no; shift ;;
    --jekyll-10k) jekyll_10k=yes; shift ;;
    --serve-runs) serve_runs=${2:?--serve-runs needs a value}; shift 2 ;;
    --shared) shared=${2:?--shared needs a value}; shift 2 ;;
    --work) work=${2:?--work needs a value}; shift 2 ;;
    --keep) keep=yes; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "whole-build.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done

fail() { echo "whole-build.sh: $*" >&2; exit 1; }
note() { echo "==> $*" >&2; }

[[ $mode =~ ^(builds|serve|all)$ ]] || fail "--mode must be builds, serve or all, not '$mode'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || fail "--runs must be a positive number, not '$runs'"
[[ $serve_runs =~ ^[1-9][0-9]*$ ]] || fail "--serve-runs must be a positive number, not '$serve_runs'"
IFS=, read -r -a size_list <<<"$sizes"
for size in "${size_list[@]}"; do
  [[ $size =~ ^[1-9][0-9]*$ ]] || fail "--sizes must be positive numbers separated by commas, not '$sizes'"
done
IFS=, read -r -a requested_tools <<<"$tools"
tool_list=(bloggen)
for tool in "${requested_tools[@]}"; do
  case "$tool" in
    bloggen) ;;
    hugo|jekyll|native|eleventy) tool_list+=("$tool") ;;
    *) fail "--tools takes bloggen, native, hugo, jekyll and eleventy, not '$tool'" ;;
  esac
done
make_corpus="$shared/bench/make-corpus.py"
[[ -f $make_corpus ]] || fail "$make_corpus not found: pass --shared with the folder that holds bench/make-corpus.py"
command -v python3 >/dev/null || fail "python3 is needed to make the corpora"
command -v dotnet >/dev/null || fail "the .NET SDK (dotnet) is needed to build bloggen"

if [[ -z $work ]]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/bloggen-bench.XXXXXX")
else
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
fi
cleanup() {
  if [[ $keep == no ]]; then rm -rf "$work"; else note "kept $work"; fi
}
trap cleanup EXIT
# Ruby reads the posts as UTF-8 only under a UTF-8 locale; the same locale for every tool.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- tools -----------------------------------------------------------------------------------

apt_updated=no
# Installs Debian packages with apt-get, through sudo when not root; returns 1 when that is not possible.
apt_install() {
  local run=()
  if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then run=(sudo -n); else return 1; fi
  fi
  command -v apt-get >/dev/null || return 1
  if [[ $apt_updated == no ]]; then
    "${run[@]}" apt-get update -qq >&2 || return 1
    apt_updated=yes
  fi
  note "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive "${run[@]}" apt-get install -y -qq "$@" >&2
}

jekyll_ready() {
  command -v jekyll >/dev/null && ruby -e '
    %w[jekyll-feed jekyll-seo-tag jekyll-sitemap jekyll-paginate].each { |g| require g }
    Gem::Specification.find_by_name("minima")' >/dev/null 2>&1
}

# The jekyll flavour uses the minima theme with jekyll-feed, jekyll-seo-tag, jekyll-sitemap and jekyll-paginate.
jekyll_packages=(jekyll ruby-jekyll-feed ruby-jekyll-seo-tag ruby-jekyll-sitemap ruby-jekyll-paginate jekyll-theme-minima)

if [[ ! -x /usr/bin/time ]]; then
  apt_install time || fail "/usr/bin/time (Debian package 'time') is missing and cannot be installed here"
fi
if [[ $mode != serve ]]; then
  ready_tools=(bloggen)
  for tool in "${tool_list[@]:1}"; do
    case "$tool" in
      hugo)
        if command -v hugo >/dev/null || apt_install hugo; then ready_tools+=(hugo)
        else note "skipping Hugo: it is not installed and apt-get cannot install it here (apt-get install hugo)"; fi ;;
      native)
        if command -v clang >/dev/null || apt_install clang zlib1g-dev; then ready_tools+=(native)
        else note "skipping native: clang is not installed and apt-get cannot install it here (apt-get install clang zlib1g-dev)"; fi ;;
      eleventy)
        if command -v npm >/dev/null || apt_install nodejs npm; then ready_tools+=(eleventy)
        else note "skipping Eleventy: npm is not installed and apt-get cannot install it here (apt-get install nodejs npm)"; fi ;;
      jekyll)
        if jekyll_ready || { apt_install "${jekyll_packages[@]}" && jekyll_ready; }; then ready_tools+=(jekyll)
        else note "skipping Jekyll: it or its plugins are missing and apt-get cannot install them here (apt-get install ${jekyll_packages[*]})"; fi ;;
    esac
  done
  tool_list=("${ready_tools[@]}")
fi

# --- bloggen, built once in Release and run directly -------------------------------------------

note "building bloggen (Release) into $work/bin"
# The framework-dependent tool, as `dotnet run` and the `any` package run it (the project would otherwise publish the
# native executable, which needs clang); docs/performance.md#native-executable compares the two.
dotnet publish "$repo/src/BlogGen.Cli" -c Release -p:PublishAot=false -o "$work/bin/bloggen" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; fail "dotnet publish of src/BlogGen.Cli failed"; }
bloggen="$work/bin/bloggen/bloggen"
[[ -x $bloggen ]] || fail "the published bloggen program is not at $bloggen"
native="$work/bin/native/bloggen"
if [[ " ${tool_list[*]} " == *" native "* ]]; then
  note "building bloggen as a native executable (Release, Native AOT) into $work/bin/native"
  dotnet publish "$repo/src/BlogGen.Cli" -c Release -r "$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')" -o "$work/bin/native" \
    --nologo -v quiet >"$work/publish-native.log" 2>&1 \
    || { cat "$work/publish-native.log" >&2; fail "the native publish of src/BlogGen.Cli failed"; }
fi
if [[ $mode != builds ]]; then
  dotnet publish "$repo/tests/BlogGen.Benchmarks" -c Release -o "$work/bin/benchmarks" --nologo -v quiet >"$work/publish-benchmarks.log" 2>&1 \
    || { cat "$work/publish-benchmarks.log" >&2; fail "dotnet publish of tests/BlogGen.Benchmarks failed"; }
fi

eleventy="$work/bin/eleventy/node_modules/.bin/eleventy"
if [[ " ${tool_list[*]} " == *" eleventy "* ]]; then
  note "installing Eleventy 3.1.8 from npm into $work/bin/eleventy"
  mkdir -p "$work/bin/eleventy"
  (cd "$work/bin/eleventy" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent @11ty/eleventy@3.1.8 >&2) \
    || fail "npm install @11ty/eleventy@3.1.8 failed"
fi

# --- corpora ---------------------------------------------------------------------------------

# The bloggen flavour as an Eleventy site: the same posts, pages and images; a post and a page layout and a home page
# listing ten posts a page, as the other flavours have; Markdown read as Markdown (no template language inside).
make_eleventy_site() { # dir
  mkdir -p "$1/_includes"
  cat >"$1/eleventy.config.js" <<'JS'
export default function (config) {
  config.addPassthroughCopy("assets");
  config.addCollection("posts", (api) => api.getFilteredByGlob("_posts/*.md").reverse());
  config.ignores.add(".bloggen-cache/**");
  return { markdownTemplateEngine: false, htmlTemplateEngine: "njk" };
}
JS
  cat >"$1/_includes/base.njk" <<'NJK'
<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><header><a href="/">镜像与笔记 Bench Blog</a> <a href="/about/">About</a></header>
<main>{{ content | safe }}</main></body></html>
NJK
  printf -- '---
layout: base.njk
---
<article><h1>{{ title }}</h1><p>{{ page.date.toISOString() }}</p>{{ content | safe }}</article>
' >"$1/_includes/post.njk"
  printf -- '---
layout: base.njk
---
<article><h1>{{ title }}</h1>{{ content | safe }}</article>
' >"$1/_includes/page.njk"
  cat >"$1/index.njk" <<'NJK'
---
layout: base.njk
title: 镜像与笔记 Bench Blog
pagination: { data: collections.posts, size: 10, alias: posts }
permalink: "{% if pagination.pageNumber > 0 %}/page{{ pagination.pageNumber + 1 }}/{% else %}/{% endif %}"
---
<ul>{% for post in posts %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endfor %}</ul>
{% if pagination.href.next %}<a href="{{ pagination.href.next }}">Older</a>{% endif %}
NJK
}

corpus() { # tool size -> the source folder, made on first use
  local dir="$work/corpus/$1-$2"
  if [[ ! -d $dir ]]; then
    local flavor=${1/native/bloggen}
    python3 "$make_corpus" --posts "$2" --out "$dir" --flavor "${flavor/eleventy/bloggen}" >&2
    if [[ $1 == eleventy ]]; then make_eleventy_site "$dir"; fi
  fi
  echo "$dir"
}

output_of() { # tool source -> its output folder
  case "$1" in
    hugo) echo "$2/public" ;;
    *) echo "$2/_site" ;;
  esac
}

# One post file to edit in the "edit" scenario: the same post for every tool (the flavours share file names).
edited_post() { # tool source
  local folder="$2/_posts"
  [[ $1 == hugo ]] && folder="$2/content/posts"
  find "$folder" -maxdepth 1 -name '*.md' | LC_ALL=C sort | sed -n '2p'
}

set_aside=0
# Moves a tool's output and caches out of the way, into the work folder, which is removed at the end. Not deleted
# here: on ext4 without a journal, the kernel skips every inode freed in the last minute (five, while the freed inodes are not yet written back) when it makes a new
# file, so a build right after deleting thousands of files spent a fifth of its time in that search (a fresh clone's
# first build does not).
clear_caches() { # tool source
  local paths=() path
  case "$1" in
    bloggen|native) paths=(_site .bloggen-cache) ;;
    hugo) paths=(public resources .hugo-cache) ;;
    jekyll) paths=(_site .jekyll-cache) ;;
    eleventy) paths=(_site .cache) ;;
  esac
  set_aside=$((set_aside + 1))
  mkdir -p "$work/set-aside/$set_aside"
  for path in "${paths[@]}"; do
    if [[ -e $2/$path ]]; then mv "$2/$path" "$work/set-aside/$set_aside/"; fi
  done
}

build_command() { # tool source scenario -> the command, one word a line
  case "$1" in
    bloggen|native)
      local program=$bloggen
      [[ $1 == native ]] && program=$native
      printf '%s\n' "$program" build --source "$2" --destination "$2/_site" --quiet
      ;;
    hugo)
      printf '%s\n' env "HUGO_CACHEDIR=$2/.hugo-cache" hugo --source "$2" --destination "$2/public" --quiet
      if [[ $3 == cold ]]; then printf '%s\n' --gc; fi
      ;;
    jekyll) printf '%s\n' jekyll build --source "$2" --destination "$2/_site" --quiet ;;
    eleventy) printf '%s\n' sh -c 'cd "$1" && exec "$2" --quiet' eleventy "$2" "$eleventy" ;;
  esac
}

results="$work/results.tsv"
: >"$results"
edits=0

run_build() { # tool size scenario repetition
  local tool=$1 size=$2 scenario=$3 rep=$4 src command timing log
  src=$(corpus "$tool" "$size")
  case "$scenario" in
    cold) clear_caches "$tool" "$src" ;;
    edit)
      edits=$((edits + 1))
      printf '\nEdited for the benchmark, run %s.\n' "$edits" >>"$(edited_post "$tool" "$src")"
      ;;
  esac
  mapfile -t command < <(build_command "$tool" "$src" "$scenario")
  timing="$work/logs/$tool-$size-$scenario-$rep.time"
  log="$work/logs/$tool-$size-$scenario-$rep.log"
  mkdir -p "$work/logs"
  if ! /usr/bin/time -v -o "$timing" "${command[@]}" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    fail "$tool failed to build $src ($scenario, run $rep): see above"
  fi
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$timing")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$timing")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$scenario" "$rep" "$wall" "$rss" >>"$results"
  note "$(printf '%-7s %6s posts  %-4s run %s: %6.2f s, %5d MB' "$tool" "$size" "$scenario" "$rep" "$wall" $((rss / 1024)))"
}

tools_for_size() { # size -> the tools that build at this size
  local tool
  for tool in "${tool_list[@]}"; do
    if [[ $tool == jekyll && $1 -ge 10000 && $jekyll_10k == no ]]; then
      note "Jekyll left out at $1 posts (about 8 minutes a build): pass --jekyll-10k to include it"
      continue
    fi
    echo "$tool"
  done
}

# --- comparability: what each tool wrote -------------------------------------------------------

count_files() { { find "$1" "${@:2}" 2>/dev/null || true; } | wc -l | tr -d ' '; }

describe_output() { # tool size
  local tool=$1 size=$2 src out posts tags feed sitemap highlighted name
  src=$(corpus "$tool" "$size")
  out=$(output_of "$tool" "$src")
  posts=$(count_files "$out" -regextype posix-extended -regex '.*/[0-9]{4}/[0-9]{2}/[0-9]{2}/[^/]+/index\.html')
  tags=$(count_files "$out/tags" -mindepth 2 -maxdepth 2 -name index.html)
  feed=""
  for name in feed.xml atom.xml index.xml; do
    [[ -f $out/$name ]] && feed+="${feed:+, }$name"
  done
  sitemap=none
  [[ -f $out/sitemap.xml ]] && sitemap=sitemap.xml
  # Highlighted code: bloggen's hl-* spans, Hugo's Chroma (inline styles in this flavour), Jekyll's Rouge.
  highlighted=$({ grep -rlE --include=index.html '<span class="hl-|<div class="highlight"><pre (class="highlight"|tabindex)' "$out" 2>/dev/null || true; } | wc -l | tr -d ' ')
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$tool" "$size" \
    "$(count_files "$out" -type f)" "$(count_files "$out" -type f -name '*.html')" \
    "$posts" "$tags" "${feed:-none}" "$sitemap" "$highlighted"
}

# --- builds ----------------------------------------------------------------------------------

if [[ $mode != serve ]]; then
  for size in "${size_list[@]}"; do
    mapfile -t size_tools < <(tools_for_size "$size")
    for tool in "${size_tools[@]}"; do corpus "$tool" "$size" >/dev/null; done
    for scenario in cold warm edit; do
      for rep in $(seq "$runs"); do
        for tool in "${size_tools[@]}"; do
          run_build "$tool" "$size" "$scenario" "$rep"
        done
      done
    done
  done
  one_post_tools=(bloggen)
  [[ " ${tool_list[*]} " == *" native "* ]] && one_post_tools+=(native)
  for scenario in cold warm; do
    for rep in $(seq "$runs"); do
      for tool in "${one_post_tools[@]}"; do run_build "$tool" 1 "$scenario" "$rep"; done
    done
  done

  echo
  echo "## Whole builds ($(date -u +%Y-%m-%d), $(nproc) cores, median of $runs)"
  echo
  python3 - "$results" <<'EOF'
import statistics, sys
rows = {}
for line in open(sys.argv[1], encoding="utf-8"):
    tool, size, scenario, _, wall, rss = line.rstrip("\n").split("\t")
    rows.setdefault((tool, int(size), scenario), []).append((float(wall), int(rss)))
order = {"bloggen": 0, "native": 1, "hugo": 2, "jekyll": 3, "eleventy": 4}
scenarios = {"cold": 0, "warm": 1, "edit": 2}
print("| tool | posts | scenario | runs | median wall s | median peak MB | wall vs bloggen |")
print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
for (tool, size, scenario) in sorted(rows, key=lambda k: (k[1] == 1, k[1], scenarios[k[2]], order[k[0]])):
    values = rows[(tool, size, scenario)]
    wall = statistics.median(w for w, _ in values)
    peak = statistics.median(r for _, r in values) / 1024
    base = rows.get(("bloggen", size, scenario))
    ratio = "" if tool == "bloggen" or not base else f"{wall / statistics.median(w for w, _ in base):.2f}×"
    print(f"| {tool} | {size:,} | {scenario} | {len(values)} | {wall:.2f} | {peak:.0f} | {ratio} |")
EOF
  echo
  echo "The last rows, 1 post: bloggen's fixed cost (start-up, theme, writing the site's own files)."
  echo
  echo "## What each tool wrote (after the last build)"
  echo
  echo "| tool | posts | files | HTML files | post pages | tag pages | feed | sitemap | pages with highlighted code |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: |"
  for size in "${size_list[@]}"; do
    mapfile -t size_tools < <(tools_for_size "$size" 2>/dev/null)
    for tool in "${size_tools[@]}"; do describe_output "$tool" "$size"; done
  done
fi

# --- serve: save-to-ready time -----------------------------------------------------------------

if [[ $mode != builds ]]; then
  for size in "${size_list[@]}"; do
    src=$(corpus bloggen "$size")
    note "bloggen serve on $size posts: $serve_runs saves"
    echo
    echo "## bloggen serve, $size posts: from save to ready"
    echo
    "$work/bin/benchmarks/BlogGen.Benchmarks" serve-latency --bloggen "$bloggen" --site "$src" --runs "$serve_runs"
  done
fi

#!/bin/sh
# Compares the reports of two psauth builds byte for byte: every format,
# the text options, --report with several formats at once (fix diffs), a
# baseline, and `psauth merge` reading each build's JSON back. Dates and
# durations (HTML "Generated", JUnit time=) are normalised.
# Usage: tools/compare-reports.sh OLD_PSAUTH NEW_PSAUTH PATH... (run from
# the directory the paths are relative to; writes into $TMPDIR).
set -u
old=$1
new=$2
shift 2
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1767225600
same=0
differ=0
norm() { sed -e 's/ time="[0-9.]*"/ time="T"/' "$1"; }
cmp_out() {
  if norm "$t/old.$1" | cmp -s - "$t/new.norm.$1" 2>/dev/null ||
     { norm "$t/new.$1" > "$t/new.norm.$1"; norm "$t/old.$1" | cmp -s - "$t/new.norm.$1"; }; then
    same=$((same + 1))
    echo "same    $1 ($(wc -c < "$t/old.$1") bytes)"
  else
    differ=$((differ + 1))
    echo "DIFFERS $1"
    norm "$t/old.$1" > "$t/old.norm.$1"
    diff "$t/old.norm.$1" "$t/new.norm.$1" | head -10
  fi
}
run() { # NAME ARGS...: the same scan with both builds
  name=$1
  shift
  "$old" scan --exit-zero -j 2 "$@" > "$t/old.$name" 2> "$t/old.$name.err"
  "$new" scan --exit-zero -j 2 "$@" > "$t/new.$name" 2> "$t/new.$name.err"
  cmp_out "$name"
  cp "$t/old.$name.err" "$t/old.$name.stderr"; cp "$t/new.$name.err" "$t/new.$name.stderr"
  cmp_out "$name.stderr"
}
for f in text json sarif html csv markdown github junit gitlab; do run "$f" --format "$f" "$@"; done
run text-stat --statistics "$@"
run text-source --show-source --color always "$@"
run text-quiet -q "$@"
# several reports from one run (JSON and HTML carry fix diffs)
for b in old new; do
  eval bin=\$$b
  "$bin" scan --exit-zero -j 2 --format sarif -o "$t/$b.multi-sarif" \
    --report "json=$t/$b.multi-json" --report "html=$t/$b.multi-html" \
    --report "csv=$t/$b.multi-csv" --report "junit=$t/$b.multi-junit" "$@" 2>/dev/null
done
for f in sarif json html csv junit; do cmp_out "multi-$f"; done
# a baseline of the old build's findings, minus every other line: some
# findings hidden, some entries stale
"$old" scan --exit-zero -q --write-baseline "$t/base.json" "$@" > /dev/null 2>&1
if [ -s "$t/base.json" ]; then
  awk 'NR % 7 != 3' "$t/base.json" > "$t/base2.json"
  python3 - "$t/base.json" "$t/base2.json" <<'PY' 2>/dev/null || cp "$t/base.json" "$t/base2.json"
import json, sys
d = json.load(open(sys.argv[1]))
for key in d:
    if isinstance(d[key], list):
        d[key] = d[key][::2] + [dict(d[key][0], fingerprint="0000000000000000:0")] if d[key] else d[key]
json.dump(d, open(sys.argv[2], "w"), indent=1)
PY
  for f in text json sarif html; do run "baseline-$f" --baseline "$t/base2.json" --format "$f" "$@"; done
fi
# merge reads each build's JSON back; the merged reports are the same
for b in old new; do
  eval bin=\$$b
  for f in json sarif html text; do
    "$bin" merge --format "$f" "$t/$b.json" > "$t/$b.merge-$f" 2>/dev/null
  done
done
for f in json sarif html text; do cmp_out "merge-$f"; done
# the new build's merge of its own JSON is its JSON
if cmp -s "$t/new.json" "$t/new.merge-json"; then same=$((same + 1)); echo "same    new merge(json) = json"
else differ=$((differ + 1)); echo "DIFFERS new merge(json) != json"; fi
echo "$same same, $differ differ"
[ "$differ" -eq 0 ]

#!/bin/sh
# Checks the include direction of the library and the CLI (docs/architecture.md):
#  - no include climbs out of its folder with "../";
#  - a file in analyzer/<stage>/ includes only headers of its own stage or
#    of stages before it, private ("<stage>/x.h") or public ("psauth/x.h");
#  - a private header is included only inside its folder, unless it is one
#    of the designated internal APIs listed below;
#  - a public header includes only public headers of its stage or earlier.
# Prints every offending file:line and exits 1; exits 0 when all is well.
# Usage: tools/check-includes.sh [SOURCE_DIR]
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2

# The stages in pipeline order (lsp/: the language server, on its branch).
stages="base syntax model rules config engine report lsp cli"

# Stage of each public header (include/psauth/<name>.h).
public_stages="
source:syntax parse:syntax cmdtable:syntax
model:model
finding:rules user_rules:rules plan:rules rulemeta:rules
config:config
scan:engine suppress:engine discover:engine fix:engine baseline:engine policy:engine shard:engine
report:report results:report
"

# Private headers that later stages may include: their folder's API.
#   base/*.h         utilities every stage uses
#   syntax/syntax.h  the flat syntax copy the model is built from
#   syntax/view.h    what each byte of a script is (code, string, comment)
#   rules/rules.h    the rule authors' API
#   rules/context.h  the per-file rule state the engine runs rules against
designated="base/util.h base/tsalloc.h base/glob.h base/path.h base/array.h
syntax/syntax.h syntax/view.h rules/rules.h rules/context.h rules/graphmap.h lsp/lsp.h"

# the table on one line, for matching " name:"
stage_table=$(printf '%s' "$public_stages" | tr '\n' ' ')
status=0
for h in include/psauth/*.h; do
  name=$(basename "$h" .h)
  case " $stage_table " in
    *" $name:"*) ;;
    *) echo "$h:1: public header without a stage (add it to public_stages in tools/check-includes.sh)"
       status=1 ;;
  esac
done

files=$(find analyzer include -type f \( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort)
[ -n "$files" ] || { echo "check-includes: no sources under $root"; exit 2; }

# shellcheck disable=SC2086 # one argument per file
awk -v stages="$stages" -v public_stages="$public_stages" -v designated="$designated" '
BEGIN {
  n = split(stages, s, " ")
  for (i = 1; i <= n; i++) rank[s[i]] = i
  m = split(public_stages, p, /[ \n]+/)
  for (i = 1; i <= m; i++) if (p[i] != "") {
    split(p[i], kv, ":")
    pub[kv[1]] = kv[2]
  }
  k = split(designated, d, /[ \n]+/)
  for (i = 1; i <= k; i++) if (d[i] != "") api[d[i]] = 1
  bad = 0
}
function fail(msg) {
  printf "%s:%d: %s\n", FILENAME, FNR, msg
  bad = 1
}
# the stage a file belongs to, or "" (not checked)
function stage_of(path,   parts, name) {
  split(path, parts, "/")
  if (parts[1] == "analyzer" && (parts[2] in rank)) return parts[2]
  if (parts[1] == "include" && parts[2] == "psauth") {
    name = parts[3]
    sub(/\.h$/, "", name)
    if (!(name in pub)) return "?"
    return pub[name]
  }
  return ""
}
FNR == 1 {
  here = stage_of(FILENAME)
  public_file = FILENAME ~ /^include\//
}
/^[ \t]*#[ \t]*include[ \t]*"/ {
  line = $0
  sub(/^[ \t]*#[ \t]*include[ \t]*"/, "", line)
  sub(/".*/, "", line)
  target = line
  if (target ~ /(^|\/)\.\.\//) { fail("include climbs out of its folder: \"" target "\""); next }
  if (here == "" || here == "?") next
  split(target, tp, "/")
  if (tp[1] == "psauth") {
    name = tp[2]
    sub(/\.h$/, "", name)
    if (!(name in pub)) { fail("\"" target "\" is not a known public header"); next }
    ts = pub[name]
    if (rank[ts] > rank[here])
      fail("\"" target "\" belongs to stage " ts ", after " here)
    next
  }
  if (!(tp[1] in rank)) next  # generated or third-party headers (no folder)
  if (public_file) { fail("public header includes the private \"" target "\""); next }
  ts = tp[1]
  if (rank[ts] > rank[here]) { fail("\"" target "\" belongs to stage " ts ", after " here); next }
  if (ts != here && !(target in api))
    fail("\"" target "\" is private to " ts "/ (not one of its designated API headers)")
}
END { exit bad }
' $files || status=1
exit $status

#!/bin/sh
# Coverage notices: what psauth's parser cannot read is said (summary line,
# JSON "coverage", SARIF notifications, merge) but is not a finding: a valid
# script whose only problem is a grammar gap exits 0 with default options.
# Usage: coverage.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
. "$(dirname "$0")/../cli-lib.sh"
cd "$t" || exit 2
# valid PowerShell the grammar cannot read (docs/grammar-gaps.md, not worked
# around): a string glued after a method call's result, plus a
# null-conditional member access
cat > gap.ps1 <<'PS'
Write-Host "Score: "$p.ToString("P")" done"
$User = ${Session}?.UserPrincipalName
New-PSSession -ComputerName fs01.contoso.local
PS
"$psauth" scan --no-config gap.ps1 > out.txt 2>&1
check "a grammar gap alone: exit 0 with default options" [ $? = 0 ]
check "no PSA001 for a grammar gap" sh -c '! grep -q PSA001 out.txt'
check "the summary says what was not analysed" grep -q "not analysed: 2 lines in 1 file" out.txt
"$psauth" scan --no-config --format json gap.ps1 > gap.json
check "JSON lists the lines under coverage" grep -q '"coverage"' gap.json
python3 - gap.json <<'PY' || fail=$((fail + 1))
import json, sys
d = json.load(open(sys.argv[1]))
cov = d["coverage"]
assert [(c["line"], c["endLine"]) for c in cov] == [(1, 2)], cov
assert d["summary"]["linesNotAnalysed"] == 2 and d["summary"]["filesNotFullyAnalysed"] == 1
assert d["summary"]["findings"] == 0 and d["findings"] == []
PY
"$psauth" scan --no-config --format sarif gap.ps1 > gap.sarif
python3 - gap.sarif <<'PY' || fail=$((fail + 1))
import json, sys
d = json.load(open(sys.argv[1]))
run = d["runs"][0]
assert run["results"] == []
notes = run["invocations"][0]["toolExecutionNotifications"]
assert len(notes) == 1 and notes[0]["level"] == "note", notes
reg = notes[0]["locations"][0]["physicalLocation"]["region"]
assert reg["startLine"] == 1 and reg["endLine"] == 2, reg
PY
# merge keeps the coverage
"$psauth" merge --format json gap.json > merged.json
check "merge keeps the coverage array" cmp -s gap.json merged.json
# a broken file is still PSA001, and fails the run
printf '$x = "never closed\nGet-Mailbox\n' > broken.ps1
"$psauth" scan --no-config -q broken.ps1 > out.txt 2>&1
check "an unterminated string: exit 1" [ $? = 1 ]
check "an unterminated string: PSA001" grep -q 'broken.ps1:1:6: warning\[PSA001\] syntax error: a string, here-string or <# #> comment is never closed' out.txt
"$psauth" scan --no-config -q --severity PSA001=info broken.ps1 > out.txt 2>&1
check "PSA001's severity is configurable (info: exit 0)" [ $? = 0 ]
# the HTML report keeps the two apart: lines psauth could not analyse (not
# the script's fault) and text that is not PowerShell
"$psauth" scan --no-config --format html gap.ps1 broken.ps1 > both.html
check "HTML: lines psauth could not analyse are counted" grep -q 'psauth could not analyse 2 lines in 1 script' both.html
check "HTML: the unanalysed lines of gap.ps1 are listed" grep -q 'gap.ps1</a></td><td>1&ndash;2</td>' both.html
check "HTML: the broken file is a syntax error, apart" grep -q 'broken.ps1</a></td><td>1[^<]*</td><td>line 1</td>' both.html
echo "coverage: $pass passed, $fail failed"
[ "$fail" = 0 ]

#!/bin/sh
# Report formats through the CLI: --format and --report for every format,
# each checked with an outside tool where one is available: Microsoft's SARIF
# validator (Sarif.Multitool, npm @microsoft/sarif-multitool, installed once
# into a cache directory), the JSON Schema of the JSON report (python3
# jsonschema), xmllint for JUnit, and headless Chromium for the HTML report
# (it renders, its script runs under its CSP, a script smuggled in through a
# scanned file does not, and the page makes no network request).
# Each outside tool's checks are a part of their own, a CTest test that
# reports "skipped" (exit 77) when the tool is missing.
# Usage: reports.sh PSAUTH SOURCE_DIR [core|xmllint|python|jsonschema|sarif|chromium]
set -u
psauth=$1
src=$2
part=${3:-core}
pass=0
fail=0
skip=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
export SOURCE_DATE_EPOCH=1767225600 # the HTML report's date, for byte comparisons

check() { # check <description> <condition...>: a check of the core part
  [ "$part" = core ] || return 0
  tcheck "$@"
}
tcheck() { # tcheck <description> <condition...>: a check of any part
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
skip() { echo "SKIP: $*"; exit 77; } # only in a tool's own part
has() { grep -q -- "$2" "$1"; }
hasnt() { ! grep -q -- "$2" "$1"; }
count() { grep -c -- "$2" "$1"; }

# ---- inputs: run from $t so paths are relative ---------------------------
mkdir -p "$t/repo/sub dir"
cat >"$t/repo/legacy.ps1" <<'EOF'
$pw = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('svc@contoso.com', $pw)
$s = New-PSSession -ConfigurationName Microsoft.Exchange `
  -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
  -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s
Connect-EXOPSSession -UserPrincipalName admin@contoso.com
Send-MailMessage -SmtpServer smtp.office365.com -Credential $cred -From a@b.c -To d@e.f -Subject s
EOF
# markup in a finding's snippet and in the file name
xss='evil<img src=x onerror=alert(2)>.ps1'
cat >"$t/repo/sub dir/$xss" <<'EOF'
$pw = ConvertTo-SecureString 'P@ss</script><script>alert(1)</script><img src=x onerror=alert(1)>' -AsPlainText -Force
Connect-ExchangeOnline -Credential (New-Object System.Management.Automation.PSCredential('a@b.c', $pw))
EOF
printf 'Get-Date\n' >"$t/repo/clean.ps1"

scan() { # scan <args...>: runs psauth scan in $t; sets rc
  (cd "$t" && "$psauth" scan "$@") >"$t/out" 2>"$t/err"
  rc=$?
}

# the number of findings, from the text report's summary line
scan repo
nfind=$(sed -n 's/.*: \([0-9]*\) findings\{0,1\} (.*/\1/p' "$t/out")
check "repo has findings (exit 1)" [ "$rc" = 1 ]
check "repo findings counted" [ "${nfind:-0}" -ge 6 ]

# ---- every format: --format and --report write the same bytes ---------------
for fmt in json sarif html csv markdown github junit gitlab; do
  scan --format "$fmt" repo
  check "$fmt: exit 1 on findings" [ "$rc" = 1 ]
  check "$fmt: no error message" [ ! -s "$t/err" ]
  check "$fmt: output written" [ -s "$t/out" ]
  cp "$t/out" "$t/repo.$fmt"
  scan -q --report "$fmt=$t/report.$fmt" repo
  check "$fmt: --report exit 1" [ "$rc" = 1 ]
  # (JUnit has the run's duration)
  sed 's/ time="[0-9.]*"//' "$t/repo.$fmt" >"$t/a"
  sed 's/ time="[0-9.]*"//' "$t/report.$fmt" >"$t/b"
  check "$fmt: --report writes what --format prints" cmp -s "$t/a" "$t/b"
done
(cd "$src" && "$psauth" scan --format sarif samples >"$t/samples.sarif" 2>/dev/null)
(cd "$src" && "$psauth" scan --format json samples >"$t/samples.json" 2>/dev/null)
(cd "$src" && "$psauth" scan --format html samples >"$t/samples.html" 2>/dev/null)
check "samples: SARIF written" [ -s "$t/samples.sarif" ]

# ---- the spool the reports are written from (docs/reports.md) -------------
if [ "$part" = core ]; then
  mkdir -p "$t/spooldir"
  # gone from $TMPDIR while psauth runs (removed once created) and after
  (cd "$t" && TMPDIR="$t/spooldir" "$psauth" scan --format json --report "html=$t/sp.html" \
    repo "$src/samples" "$src/tests/cases" >"$t/sp.json" 2>/dev/null) &
  bg=$!
  sleep 1
  left=$(ls -A "$t/spooldir")
  wait $bg
  check "spool: not left in TMPDIR during the scan" [ -z "$left" ]
  check "spool: not left in TMPDIR after it" [ -z "$(ls -A "$t/spooldir")" ]
  check "spool: the report is complete" has "$t/sp.json" '"summary"'
  # and after a kill
  (cd "$t" && TMPDIR="$t/spooldir" exec "$psauth" scan -j 1 --format sarif "$src/tests/cases" \
    >/dev/null 2>&1) &
  bg=$!
  sleep 1
  kill -9 $bg 2>/dev/null
  wait $bg 2>/dev/null
  check "spool: not left in TMPDIR after a kill" [ -z "$(ls -A "$t/spooldir")" ]
  # a TMPDIR that cannot hold it: stop before scanning, naming it
  (cd "$t" && TMPDIR="$t/no such dir" "$psauth" scan --format json repo) >"$t/out" 2>"$t/err"
  rc=$?
  check "spool: unwritable TMPDIR exits 2" [ "$rc" = 2 ]
  check "spool: unwritable TMPDIR named" has "$t/err" "results ($t/no such dir/psauth-results-XXXXXX): No such file"
  check "spool: no report then" [ ! -s "$t/out" ]
fi

# ---- CSV ---------------------------------------------------------------
check "csv: UTF-8 BOM" [ "$(head -c 3 "$t/repo.csv" | od -An -tx1 | tr -d ' \n')" = efbbbf ]
check "csv: header" has "$t/repo.csv" "path,line,column,end_line,end_column,rule,name,kind,severity,message,fingerprint"
lines=$(wc -l <"$t/repo.csv")
crs=$(tr -cd '\r' <"$t/repo.csv" | wc -c)
check "csv: every line ends with CRLF" [ "$lines" = "$crs" ]
check "csv: one row per finding" [ "$lines" = $((nfind + 1)) ]
check "csv: the markup path is a plain cell" has "$t/repo.csv" "^repo/sub dir/evil<img src=x onerror=alert(2)>.ps1,1,"

# ---- GitHub workflow commands --------------------------------------------
check "github: one command per finding" [ "$(count "$t/repo.github" '^::\(error\|warning\|notice\) file=')" = "$nfind" ]
check "github: nothing else" [ "$(wc -l <"$t/repo.github")" = "$nfind" ]
check "github: location and title" has "$t/repo.github" '^::error file=repo/legacy.ps1,line=1,col=7,endLine=1,endColumn=[0-9]*,title=PSA301 plaintext-password-securestring::ConvertTo-SecureString'

# ---- Markdown ------------------------------------------------------------
check "markdown: summary table" has "$t/repo.markdown" "^| Findings | $nfind |"
check "markdown: grouped by file" has "$t/repo.markdown" '^#### `repo/legacy.ps1`'
check "markdown: markup escaped" has "$t/repo.markdown" 'evil<img src=x onerror=alert(2)>.ps1`'

# ---- JUnit ---------------------------------------------------------------
check "junit: one failure per finding" [ "$(count "$t/repo.junit" '<failure ')" = "$nfind" ]
if [ "$part" = xmllint ]; then
  command -v xmllint >/dev/null 2>&1 || skip "xmllint not installed: JUnit well-formedness not checked"
  tcheck "junit: well-formed XML (xmllint)" xmllint --noout "$t/repo.junit"
fi

# ---- JSON and GitLab, with python3 ----------------------------------------
if [ "$part" = python ]; then
  command -v python3 >/dev/null 2>&1 || skip "python3 not installed: GitLab report not checked"
  tcheck "gitlab: JSON array, one issue per finding, valid severities" python3 -c '
import json, sys
a = json.load(open(sys.argv[1]))
assert isinstance(a, list) and len(a) == int(sys.argv[2])
assert all(i["severity"] in ("info", "major", "critical") and i["location"]["lines"]["begin"] >= 1 for i in a)
assert len({i["fingerprint"] for i in a}) == len(a)
' "$t/repo.gitlab" "$nfind"
fi
if [ "$part" = jsonschema ]; then
  python3 -c 'import jsonschema' 2>/dev/null ||
    skip "python3 jsonschema not installed: the JSON report is not checked against its schema"
  for f in repo.json samples.json; do
    tcheck "json: $f matches docs/psauth-report.schema.json" python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
for e in errors[:5]: print("  ", e.json_path, e.message)
sys.exit(1 if errors else 0)
' "$src/docs/psauth-report.schema.json" "$t/$f"
  done
fi

# ---- SARIF: Microsoft's validator ------------------------------------------
# Sarif.Multitool ships as a self-contained Linux binary inside the npm
# package @microsoft/sarif-multitool-linux; it is installed once into a cache
# directory (PSAUTH_SARIF_MULTITOOL names a binary to use instead).
mt_version=5.7.0
sarif_multitool() {
  if [ -n "${PSAUTH_SARIF_MULTITOOL:-}" ]; then
    echo "$PSAUTH_SARIF_MULTITOOL"
    return
  fi
  cache=${PSAUTH_TEST_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/psauth-tests}
  dir=$cache/sarif-multitool-$mt_version
  bin=$dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
  if [ ! -f "$bin" ] && command -v npm >/dev/null 2>&1 && mkdir -p "$cache"; then
    tmp=$(mktemp -d "$cache/install.XXXXXX")
    if npm install --prefix "$tmp" --no-audit --no-fund --ignore-scripts --loglevel=error \
      "@microsoft/sarif-multitool@$mt_version" >"$t/npm.log" 2>&1; then
      mv "$tmp" "$dir" 2>/dev/null || rm -rf "$tmp" # another run got there first
    else
      cat "$t/npm.log" >&2
      rm -rf "$tmp"
    fi
  fi
  [ -f "$bin" ] && chmod u+x "$bin" 2>/dev/null
  echo "$bin"
}
if [ "$part" = sarif ]; then
  mt=$(sarif_multitool)
  [ -x "$mt" ] && "$mt" --version >/dev/null 2>&1 ||
    skip "Sarif.Multitool not available (npm install @microsoft/sarif-multitool@$mt_version failed): SARIF not validated"
  for f in repo.sarif samples.sarif; do
    # the default SARIF rules plus GitHub's (Gh); errors and warnings count
    "$mt" validate --rule-kind "Sarif;Gh" "$t/$f" >"$t/validate.log" 2>&1
    tcheck "sarif: $f validates (Sarif.Multitool)" has "$t/validate.log" "Analysis completed successfully"
    if grep -E ': (error|warning) [A-Z]+[0-9]+:' "$t/validate.log" >"$t/problems"; then
      fail=$((fail + 1))
      echo "FAIL: sarif: $f has validator errors or warnings:"
      head -20 "$t/problems"
    else
      pass=$((pass + 1))
    fi
  done
  # the validator does catch what GitHub rejects (a rule without help)
  sed 's/"help":/"helpx":/' "$t/repo.sarif" >"$t/bad.sarif"
  "$mt" validate --rule-kind "Sarif;Gh" "$t/bad.sarif" >"$t/validate.log" 2>&1
  tcheck "sarif: validator reports a rule without help (GH2012)" has "$t/validate.log" "error GH2012"
fi
check "sarif: relative, percent-encoded artifact URI" has "$t/repo.sarif" '"uri":	"repo/sub%20dir/evil%3Cimg%20src=x%20onerror=alert(2)%3E.ps1"'
check "sarif: every rule listed" [ "$(count "$t/repo.sarif" '"helpUri":	"urn:psauth:rule:PSA')" = "$("$psauth" rules | wc -l)" ]

# ---- HTML ----------------------------------------------------------------
html=$t/repo.html
for f in "$html" "$t/samples.html"; do
  n=${f##*/}
  check "html $n: no resource loaded from a URL" hasnt "$f" '\(src\|href\|action\)=["'"'"']\?\(https\?:\)\?//'
  check "html $n: no external style sheet or font" hasnt "$f" '<link\|@import\|url('
  check "html $n: no network in the CSP" has "$f" "default-src 'none'"
done
check "html: the snippet's markup is escaped" has "$html" '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;'
check "html: the file name's markup is escaped" has "$html" 'evil&lt;img src=x onerror=alert(2)&gt;.ps1'
check "html: no raw <img" hasnt "$html" '<img'
check "html: two script elements only" [ "$(grep -o '<script' "$html" | wc -l)" = 2 ]

# the Microsoft Graph permissions of rewritten MSOnline/AzureAD calls: an
# app-only script lists the application permissions to grant (the same list
# as the JSON report's), a delegated one its Connect-MgGraph -Scopes line
# (members' names: Directory.Read.All, a group's members need not be users)
mkdir -p "$t/graph"
cat >"$t/graph/unattended.ps1" <<'EOF'
$pass = ConvertTo-SecureString 'Winter2024!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('admin@contoso.com', $pass)
Connect-MsolService -Credential $cred
Get-MsolUser -All | Select-Object UserPrincipalName, DisplayName
Set-MsolUser -UserPrincipalName 'ada@contoso.com' -BlockCredential $true
EOF
cat >"$t/graph/interactive.ps1" <<'EOF'
Connect-AzureAD
Get-AzureADGroupMember -ObjectId $groupId -All $true | ForEach-Object { $_.DisplayName }
EOF
(cd "$t" && "$psauth" scan --format html graph >"$t/graph.html" 2>/dev/null)
(cd "$t" && "$psauth" scan --format json graph/unattended.ps1 >"$t/graph.json" 2>/dev/null)
check "html: Graph permissions section" has "$t/graph.html" '<section class="card" id="graph-permissions">'
check "html: app-only script: application permissions to grant" has "$t/graph.html" \
  'graph/unattended.ps1</a></td><td>app-only</td><td>Grant these application permissions to the app registration: <code>User.EnableDisableAccount.All</code>, <code>User.Read.All</code></td>'
check "json: the same permissions on the connection finding" \
  [ "$(tr -d ' \n\t' <"$t/graph.json" | grep -o '"rule":"PSA202"[^{]*"permissions":\["User.EnableDisableAccount.All","User.Read.All"\]' | wc -l)" = 1 ]
check "html: delegated script: its Connect-MgGraph -Scopes line" has "$t/graph.html" \
  'graph/interactive.ps1</a></td><td>delegated</td><td><code>Connect-MgGraph -Scopes &#39;Directory.Read.All&#39; -NoWelcome</code>'
check "html: no Graph permissions section without MSOnline/AzureAD calls" hasnt "$html" 'id="graph-permissions"'

if [ "$part" = chromium ]; then
  command -v chromium >/dev/null 2>&1 || skip "chromium not installed: the HTML report was not rendered"
  chrome() { # chrome <out> <args...>: headless Chromium, no sandbox (root)
  out=$1
  shift
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-extensions \
    --user-data-dir="$(mktemp -d "$t/chrome.XXXXXX")" --virtual-time-budget=5000 "$@" \
    >"$out" 2>"$t/chrome.err"
  }
  # renders, its own script runs under its CSP hash, nothing is injected and
  # nothing is fetched: requests made for a file:// page carry "site=file://"
  # in the network log (Chromium's own background traffic does not)
  chrome "$t/dom.html" --log-net-log="$t/net.json" --dump-dom "file://$html"
  tcheck "chromium: the report renders" has "$t/dom.html" "Microsoft 365 sign-in migration report"
  tcheck "chromium: the page script ran under its CSP" has "$t/dom.html" 'data-js="ready"'
  tcheck "chromium: the filter shows every finding" has "$t/dom.html" "Showing $nfind of $nfind findings"
  tcheck "chromium: no injected <img> element" hasnt "$t/dom.html" '<img'
  tcheck "chromium: no network request from the report" hasnt "$t/net.json" 'site=file://'
  chrome "$t/dom2.html" --log-net-log="$t/net2.json" --dump-dom "file://$t/samples.html"
  tcheck "chromium: samples report renders" has "$t/dom2.html" "Fails today: fix first"
  chrome "$t/dom3.html" --dump-dom "file://$t/graph.html"
  tcheck "chromium: the Graph permissions section renders" has "$t/dom3.html" 'Grant these application permissions to the app registration'
  tcheck "chromium: no network request from the samples report" hasnt "$t/net2.json" 'site=file://'

  # the same page with the CSP removed and alert() recording a call: the
  # escaping alone must stop the injected script and onerror handler
  probe='<script>window.alert=function(){document.documentElement.setAttribute("data-alerted","1")};</script>'
  sed -e '/Content-Security-Policy/d' -e "s|<head>|<head>$probe|" "$html" >"$t/probe.html"
  chrome "$t/probe-dom.html" --dump-dom "file://$t/probe.html"
  tcheck "chromium: probe page renders" has "$t/probe-dom.html" 'data-js="ready"'
  tcheck "chromium: no alert() ran (escaping, without CSP)" hasnt "$t/probe-dom.html" '<html[^>]*data-alerted'
  tcheck "chromium: no <img> element (escaping, without CSP)" hasnt "$t/probe-dom.html" '<img'

  # controls: the probe and the network log do see what they look for
  printf '<html><head>%s</head><body><img src=x onerror=alert(1)><img src="http://127.0.0.1:9/x.png"></body></html>\n' \
    "$probe" >"$t/control.html"
  chrome "$t/control-dom.html" --log-net-log="$t/net3.json" --dump-dom "file://$t/control.html"
  tcheck "chromium: the alert probe catches an injected handler (control)" has "$t/control-dom.html" '<html[^>]*data-alerted'
  tcheck "chromium: the network log shows a page's request (control)" has "$t/net3.json" 'site=file://'
fi

echo "reports ($part): $pass passed, $fail failed"
[ "$fail" = 0 ]

#!/bin/sh
# Configuration, suppressions, baselines and organisation rules through the
# CLI, with every exit code. Usage: config.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
case $psauth in /*) ;; *) psauth=$(pwd)/$psauth ;; esac
pass=0
fail=0
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT

check() { # check <description> <condition...>
  desc=$1
  shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL: $desc"; fi
}
run() { # run <args...>: sets out, err, rc
  "$psauth" "$@" >"$t/out" 2>"$t/err"
  rc=$?
  out=$(cat "$t/out")
  err=$(cat "$t/err")
}
has() { printf '%s' "$1" | grep -q -- "$2"; }
hasnt() { ! printf '%s' "$1" | grep -q -- "$2"; }
count() { printf '%s\n' "$1" | grep -c -- "$2"; }

bad='$pw = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force'

# ---- discovery: nearest wins, walking up ----------------------------------
mkdir -p "$t/r/a/b/c" "$t/r/tests" "$t/r/vendor" "$t/r/docs"
printf '%s\n' "$bad" >"$t/r/top.ps1"
printf '%s\n' "$bad" >"$t/r/a/b/c/deep.ps1"
printf '%s\n' "$bad" >"$t/r/tests/t.ps1"
printf '%s\n' "$bad" >"$t/r/vendor/v.ps1"
printf '%s\n' "$bad" >"$t/r/docs/example.txt"
cat >"$t/r/psauth.json" <<'EOF'
{
  "$schema": "https://psauth.dev/schema/psauth-config-1.json",
  "exclude": ["vendor"],
  "include": ["*.ps1", "docs/*.txt"],
  "perFileIgnores": {"tests/**": ["PSA301"]},
  "severity": {"PSA301": "warning"},
  "failOn": "error"
}
EOF
printf '{"severity": {"plaintext-password": "info"}}\n' >"$t/r/a/b/.psauth.json"

run scan "$t/r"
check "config: findings below failOn: exit 0" [ "$rc" = 0 ]
check "severity override from the root config" has "$out" "top.ps1:1:7: warning\[PSA301\]"
check "nearest config wins (a/b/.psauth.json)" has "$out" "deep.ps1:1:7: info\[PSA301\]"
check "perFileIgnores drops tests/**" hasnt "$out" "tests/t.ps1"
check "exclude drops vendor" hasnt "$out" "v.ps1"
check "include adds docs/*.txt" has "$out" "docs/example.txt:1:7"
run scan "$t/r/vendor/v.ps1"
check "exclude applies to an explicit file too" has "$out" "0 files scanned"
run scan --fail-on warning "$t/r/top.ps1"
check "--fail-on overrides failOn: exit 1" [ "$rc" = 1 ]
run scan --severity PSA301=error "$t/r/top.ps1"
check "--severity overrides the config" has "$out" "error\[PSA301\]"
check "--severity error reaches failOn error: exit 1" [ "$rc" = 1 ]
run scan --no-config "$t/r"
check "--no-config: built-in severities, exit 1" [ "$rc" = 1 ]
check "--no-config: vendor scanned" has "$out" "vendor/v.ps1"
check "--no-config: docs/*.txt not scanned" hasnt "$out" "example.txt"
run scan --config "$t/r/a/b/.psauth.json" "$t/r/top.ps1"
check "--config uses that file only" has "$out" "info\[PSA301\]"
run scan --config "$t/missing.json" "$t/r"
check "--config with a missing file: exit 2" [ "$rc" = 2 ]
check "--config missing: file named" has "$err" "missing.json: cannot read the config file"
run scan --config "$t/r/psauth.json" --no-config "$t/r"
check "--config with --no-config: exit 2" [ "$rc" = 2 ]

# select / ignore from the config, and the command line over them
mkdir -p "$t/sel"
printf '%s\n' "$bad" >"$t/sel/x.ps1"
printf 'New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Authentication Basic -Credential $c\n' >>"$t/sel/x.ps1"
printf '{"ignore": ["PSA301"]}\n' >"$t/sel/psauth.json"
run scan -q "$t/sel"
check "ignore from the config" hasnt "$out" "PSA301"
check "other rules still reported" has "$out" "PSA101"
run scan -q --select PSA301 "$t/sel"
check "--select replaces the config's selection" has "$out" "PSA301"
check "--select: only the selected rule" hasnt "$out" "PSA101"
printf '{"select": ["PSA1"]}\n' >"$t/sel/psauth.json"
run scan -q "$t/sel"
check "select from the config" has "$out" "PSA101"
check "select from the config drops others" hasnt "$out" "PSA301"
run scan -q --ignore PSA101 "$t/sel"
check "--ignore adds to the config" [ "$rc" = 0 ]

# every config error: exit 2, the file and key named, nothing scanned
e() { # e <json> <expected text>
  printf '%s\n' "$1" >"$t/sel/psauth.json"
  run scan "$t/sel"
  check "config error exits 2: $1" [ "$rc" = 2 ]
  check "config error names file and key: $2" has "$err" "sel/psauth.json.*$2"
  check "config error: no report" hasnt "$out" "scanned"
}
e '{"ignroe": []}' "ignroe: unknown key (did you mean 'ignore'"
e '{"select": "PSA101"}' "select: expected an array"
e '{"ignore": ["PSA999"]}' "ignore\[0\]: no rule"
e '{"exclude": ["/abs"]}' "exclude\[0\]: bad glob"
e '{"failOn": "fatal"}' "failOn: expected"
e '{"maxFileSize": "1MB"}' "maxFileSize: expected a whole number"
e '{"tenant": {"appId": 5}}' "tenant.appId: expected a non-empty string"
e '{"severity": {"PSA101": "high"}}' "severity.PSA101: expected"
e '{"select": [' "invalid JSON"
e '{"rules": [{"id": "ORG1", "kind": "credential-connect", "message": "m", "stringRegex": "a(b"}]}' \
  "rules\[0\] (ORG1): stringRegex: invalid regular expression: missing closing parenthesis at offset 3"
e '{"rules": [{"id": "ORG1", "kind": "frobnication", "message": "m", "command": "X"}]}' \
  "rules\[0\] (ORG1): kind: unknown kind 'frobnication'"
e '{"rules": [{"id": "ORG1", "kind": "exo-v1", "message": "m", "command": "X"}, {"id": "ORG1", "kind": "exo-v1", "message": "m", "command": "Y"}]}' \
  "rules\[1\] (ORG1): duplicate rule ID 'ORG1'"
e '{"rules": [{"id": "PSA901", "kind": "exo-v1", "message": "m", "command": "X"}]}' \
  "rules\[0\] (PSA901): id: 'PSA901' must start with 'ORG'"
rm -f "$t/sel/psauth.json"
printf '{}' >"$t/sel/.psauth.json"
printf '{}' >"$t/sel/psauth.json"
run scan "$t/sel"
check "both psauth.json and .psauth.json: exit 2" [ "$rc" = 2 ]
check "both: directory named" has "$err" "both psauth.json and .psauth.json"
rm -f "$t/sel/.psauth.json" "$t/sel/psauth.json"

# maxFileSize from the config
printf '{"maxFileSize": 10}\n' >"$t/sel/psauth.json"
run scan "$t/sel/x.ps1"
check "maxFileSize: the file is skipped" has "$err" "x.ps1: skipped:"
run scan --max-file-size 0 "$t/sel/x.ps1"
check "--max-file-size overrides maxFileSize" has "$out" "1 file scanned, 0 skipped"
rm -f "$t/sel/psauth.json"

# ---- psauth config ----------------------------------------------------------
run config "$t/r/a/b/c/deep.ps1"
check "config: exit 0" [ "$rc" = 0 ]
check "config: names the nearest file" has "$out" '"configFile":.*a/b/.psauth.json'
check "config: effective severity" has "$out" '"plaintext-password":.*"info"'
check "config: relative path" has "$out" '"relativePath":.*"c/deep.ps1"'
run config --ignore PSA101 --fail-on info "$t/r/tests/t.ps1"
check "config: command line applied (failOn)" has "$out" '"failOn":.*"info"'
check "config: perFileIgnores applied to enabledRules" hasnt "$out" '"id":.*"PSA301"'
check "config: --ignore applied" hasnt "$out" '"id":.*"PSA101"'
run config --no-config "$t/r"
check "config --no-config: no file" has "$out" '"configFile":.*null'
run config "$t/nothing-here"
check "config on a missing path: exit 2" [ "$rc" = 2 ]
run config --bogus
check "config: unknown option: exit 2" [ "$rc" = 2 ]

# ---- organisation rules -------------------------------------------------------
mkdir -p "$t/org"
cat >"$t/org/psauth.json" <<'EOF'
{
  "rules": [
    {"id": "ORG001", "kind": "credential-connect", "severity": "error",
     "message": "Connect-Tenant with a credential: use Connect-Tenant -CertificateThumbprint",
     "helpUri": "https://wiki.example/org001",
     "command": "Connect-*Tenant", "parameter": "Credential", "absent": "CertificateThumbprint"},
    {"id": "ORG002", "kind": "plaintext-password", "message": "tenant key in the script",
     "stringRegex": "^tk-[0-9a-f]{8}$"},
    {"id": "ORG003", "kind": "legacy-exo-rps", "severity": "info", "message": "old endpoint",
     "command": "New-PSSession", "parameter": "ConnectionUri", "valueRegex": "(?i)ps\\.contoso\\.com"}
  ]
}
EOF
cat >"$t/org/o.ps1" <<'EOF'
Connect-OrgTenant -Cred $c
$p = @{ Credential = $c }
Connect-OrgTenant @p
Connect-OrgTenant -Credential $c -CertificateThumbprint $t
$key = 'tk-0123abcd'
$u = "https://PS.contoso.com/PowerShell"
New-PSSession -ConnectionUri $u
EOF
run scan -q "$t/org/o.ps1"
check "user rule: abbreviation binds" has "$out" "o.ps1:1:19: error\[ORG001\]"
check "user rule: splat binds" has "$out" "o.ps1:2:9: error\[ORG001\]"
check "user rule: absent parameter respected" [ "$(count "$out" "ORG001")" = 2 ]
check "user rule: stringRegex" has "$out" "o.ps1:5:8: warning\[ORG002\]"
check "user rule: valueRegex through a variable" has "$out" "o.ps1:7:.*info\[ORG003\]"
check "user rule findings fail the run" [ "$rc" = 1 ]
printf 'Get-Date\n' >"$t/org/clean.ps1"
run scan "$t/org/clean.ps1"
check "user rules: clean file exits 0" [ "$rc" = 0 ]
run scan -q --select ORG002 "$t/org"
check "--select names a user rule" has "$out" "ORG002"
check "--select user rule only" hasnt "$out" "ORG001"
run scan -q --ignore ORG "$t/org"
check "--ignore ORG prefix" hasnt "$out" "ORG00"
run scan --format json "$t/org/o.ps1"
check "json: user rule kind" has "$out" '"kind":.*"credential-connect"'
run rules --format json
check "rules: no user rules outside the config's tree" hasnt "$out" "ORG001"
(cd "$t/org" && "$psauth" rules >"$t/out" 2>&1)
check "rules: lists the config's rules" grep -q "ORG001" "$t/out"
(cd "$t/org" && "$psauth" explain org001 >"$t/out" 2>&1)
check "explain: an organisation rule by name" grep -q "ORG001 org001 (credential-connect, error" "$t/out"
check "explain: its helpUri" grep -q "https://wiki.example/org001" "$t/out"

# ---- suppressions -------------------------------------------------------------
mkdir -p "$t/s"
cat >"$t/s/s.ps1" <<'EOF'
$note = "# psauth: disable-file all"
# psauth: disable-next-line PSA301 -- test fixture
$a = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force
$b = ConvertTo-SecureString "Winter2025!" -AsPlainText -Force # psauth: disable-line PSA301
# psauth: disable plaintext-password
$c = ConvertTo-SecureString "Winter2026!" -AsPlainText -Force
# psauth: enable plaintext-password
$d = ConvertTo-SecureString "Winter2027!" -AsPlainText -Force
EOF
run scan -q "$t/s/s.ps1"
check "suppressions: only the unsuppressed line" [ "$(count "$out" "PSA301")" = 1 ]
check "suppressions: line 8 reported" has "$out" "s.ps1:8:6"
check "'#' in a string is not a directive" has "$out" "PSA301"
cat >"$t/s/unused.ps1" <<'EOF'
# psauth: disable-next-line PSA101 -- nothing here to suppress
$a = 1
# psauth: disable-line PSA999
# psauth: disbale-line PSA301
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]
param()
EOF
run scan "$t/s/unused.ps1"
check "unused suppressions: silent without the flag" [ "$rc" = 0 ]
check "unused suppressions: no warning without the flag" hasnt "$err" "unused"
run scan --report-unused-suppressions "$t/s/unused.ps1"
check "unused suppression reported" has "$err" "unused.ps1:1:1: warning: unused suppression 'PSA101'"
check "unknown rule in a suppression reported" has "$err" "unused.ps1:3:1: warning: unused suppression 'PSA999'"
check "malformed directive reported" has "$err" "unused.ps1:4:1: warning: unknown psauth directive"
check "PSScriptAnalyzer's own rules are not reported" hasnt "$err" "PSAvoidUsingWriteHost"
check "unused suppressions count as warnings: exit 1" [ "$rc" = 1 ]
check "unused suppressions after the report" has "$out" "1 file scanned"
run scan --report-unused-suppressions --fail-on error "$t/s/unused.ps1"
check "unused suppressions below --fail-on error: exit 0" [ "$rc" = 0 ]
run scan --report-unused-suppressions --exit-zero "$t/s/unused.ps1"
check "unused suppressions with --exit-zero: exit 0" [ "$rc" = 0 ]
run scan --report-unused-suppressions "$t/s/s.ps1"
check "used suppressions are not reported" hasnt "$err" "unused suppression"
cat >"$t/s/attr.ps1" <<'EOF'
[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSA301', '')]
param()
$a = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force
EOF
cat >"$t/s/fattr.ps1" <<'EOF'
function Get-It {
  [System.Diagnostics.CodeAnalysis.SuppressMessage('PSA301', '', Justification = 'test')]
  param()
  $a = ConvertTo-SecureString "Winter2024!" -AsPlainText -Force
}
$b = ConvertTo-SecureString "Winter2025!" -AsPlainText -Force
EOF
run scan -q "$t/s/attr.ps1" "$t/s/fattr.ps1"
check "SuppressMessageAttribute: script level" hasnt "$out" "attr.ps1:3"
check "SuppressMessageAttribute: function level" hasnt "$out" "fattr.ps1:4"
check "SuppressMessageAttribute: outside the function" has "$out" "fattr.ps1:6:6"

# ---- baseline -------------------------------------------------------------------
mkdir -p "$t/b/src"
printf '%s\nGet-Date\n$pw2 = ConvertTo-SecureString "Summer2024!" -AsPlainText -Force\n' "$bad" \
  >"$t/b/src/x.ps1"
(cd "$t/b" && "$psauth" scan --write-baseline baseline.json . >"$t/out" 2>"$t/err")
rc=$?
check "--write-baseline: exit 0" [ "$rc" = 0 ]
check "--write-baseline: says how many" grep -q "wrote 2 baseline entries" "$t/err"
check "baseline: JSON with version and entries" grep -q '"version":.*1' "$t/b/baseline.json"
check "baseline: entry paths relative to the baseline" grep -q '"path":.*"src/x.ps1"' "$t/b/baseline.json"
check "baseline: fingerprints" grep -q '"fingerprint":' "$t/b/baseline.json"
run scan --baseline "$t/b/baseline.json" "$t/b/src/x.ps1"
check "baseline: known findings hidden, exit 0" [ "$rc" = 0 ]
check "baseline: summary line" has "$out" "2 findings not shown, 0 baseline entries no longer match"
# lines inserted above the findings, a new finding at the end
{ printf '# header\n\nWrite-Output 1\n'; cat "$t/b/src/x.ps1";
  printf '$pw3 = ConvertTo-SecureString "Autumn2024!" -AsPlainText -Force\n'; } >"$t/b/y"
mv "$t/b/y" "$t/b/src/x.ps1"
run scan -q --baseline "$t/b/baseline.json" "$t/b/src/x.ps1"
check "baseline survives inserted lines: only the new finding" [ "$(count "$out" "PSA301")" = 1 ]
check "baseline: the new finding reported" has "$out" "x.ps1:7:"
check "baseline: a new finding fails: exit 1" [ "$rc" = 1 ]
(cd "$t/b/src" && "$psauth" scan -q --baseline ../baseline.json x.ps1 >"$t/out" 2>"$t/err")
check "baseline: the same file named from elsewhere" [ "$(grep -c PSA301 "$t/out")" = 1 ]
# a finding fixed: its entry is stale
grep -v Summer "$t/b/src/x.ps1" >"$t/b/y" && mv "$t/b/y" "$t/b/src/x.ps1"
run scan --baseline "$t/b/baseline.json" "$t/b/src/x.ps1"
check "stale entry in the text summary" has "$out" "1 baseline entry no longer matches"
run scan --format json --baseline "$t/b/baseline.json" "$t/b/src/x.ps1"
check "stale entries in the JSON summary" has "$out" '"baselineStale":.*1'
check "stale entries listed in JSON" has "$out" '"stale":'
run scan --baseline "$t/b/missing.json" "$t/b"
check "--baseline missing file: exit 2" [ "$rc" = 2 ]
check "--baseline missing: file named" has "$err" "missing.json: cannot read the baseline"
printf 'not json' >"$t/b/bad.json"
run scan --baseline "$t/b/bad.json" "$t/b"
check "--baseline invalid file: exit 2" [ "$rc" = 2 ]
run scan --write-baseline "$t/nodir/base.json" "$t/b"
check "--write-baseline into a missing directory: exit 2" [ "$rc" = 2 ]

# ---- the JSON schema agrees with the loader ----------------------------------
if python3 -c 'import jsonschema' 2>/dev/null; then
  v() { # v <config file>: valid by docs/psauth-config.schema.json?
    python3 -c '
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
sys.exit(1 if list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2])))) else 0)
' "$src/docs/psauth-config.schema.json" "$1"
  }
  nv() { ! v "$1"; }
  check "schema accepts the test config" v "$t/r/psauth.json"
  check "schema accepts the organisation rules" v "$t/org/psauth.json"
  for j in '{"ignroe": []}' '{"failOn": "fatal"}' '{"exclude": ["/abs"]}' \
      '{"rules": [{"id": "PSA1", "kind": "exo-v1", "message": "m", "command": "X"}]}' \
      '{"rules": [{"id": "ORG1", "kind": "exo-v1", "message": "m"}]}' \
      '{"rules": [{"id": "ORG1", "kind": "exo-v1", "message": "m", "stringRegex": "x", "parameter": "P"}]}' \
      '{"tenant": {"appId": "abc"}}'; do
    printf '%s\n' "$j" >"$t/sel/psauth.json"
    check "schema rejects what the loader rejects: $j" nv "$t/sel/psauth.json"
    run scan "$t/sel"
    check "loader rejects it too: $j" [ "$rc" = 2 ]
  done
  rm -f "$t/sel/psauth.json"
else
  echo "SKIP: python3 jsonschema not installed: docs/psauth-config.schema.json not checked"
fi

# ---- threads: files under different configs, same output ----------------------
"$psauth" scan -j 1 "$t/r" "$t/org" "$t/s" >"$t/j1" 2>&1
"$psauth" scan -j 3 "$t/r" "$t/org" "$t/s" >"$t/j3" 2>&1
check "-j 3 gives the output of -j 1 (several configs)" cmp -s "$t/j1" "$t/j3"
run scan -j x "$t/r"
check "--jobs with a bad number: exit 2" [ "$rc" = 2 ]

# ---- exit codes -------------------------------------------------------------------
run scan "$src/samples/modern-app-only.ps1"
check "exit 0: clean" [ "$rc" = 0 ]
run scan "$t/r/top.ps1" --no-config
check "exit 1: findings" [ "$rc" = 1 ]
run scan --exit-zero --no-config "$t/r/top.ps1"
check "--exit-zero: exit 0 with findings" [ "$rc" = 0 ]
run scan --select NOPE9 "$t/r"
check "exit 2: unknown selector" [ "$rc" = 2 ]
run scan --severity PSA301 "$t/r"
check "exit 2: --severity without a level" [ "$rc" = 2 ]
run scan "$t/nothing.ps1"
check "exit 2: missing explicit path" [ "$rc" = 2 ]

echo "cli config: $pass passed, $fail failed"
[ "$fail" = 0 ]

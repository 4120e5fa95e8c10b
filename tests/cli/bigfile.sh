#!/bin/sh
# Big scripts and memory: a script whose parse would take more memory than
# is available is refused with a message naming it, and the other files are
# scanned, rather than the process being killed or aborting. The first check
# uses a script of tiny statements ($a;$b;... : about 600 bytes of memory
# per byte, where the size check before parsing assumes 100), so only the
# limit inside the parse can catch it. With a real address-space limit
# (ulimit -v) when the build allows one (sanitizer builds reserve terabytes
# of address space and cannot start under it). Usage: bigfile.sh PSAUTH SOURCE_DIR
set -u
psauth=$1
src=$2
. "$(dirname "$0")/../cli-lib.sh"
mkdir -p "$t/repo"
cp "$src"/samples/*.ps1 "$t/repo/"
# 600 KB of tiny statements, with a finding at the start (so the prefilter
# lets it through)
awk 'BEGIN {
  printf "$pw = ConvertTo-SecureString \"Summer1!\" -AsPlainText -Force\n"
  for (i = 0; i < 150000; i++) printf "$a%d;", i % 10
  printf "\n"
}' > "$t/repo/tiny.ps1"
# 600 KB of ordinary statements with the same finding at the end
awk 'BEGIN {
  for (i = 0; i < 15000; i++) printf "$x%d = Get-Date # filler line %d\n", i, i
  printf "$pw = ConvertTo-SecureString \"Summer2!\" -AsPlainText -Force\n"
}' > "$t/repo/plain.ps1"
cd "$t" || exit 2
"$psauth" scan --exit-zero repo > all.txt 2>/dev/null
check "unlimited: the tiny statements are analysed" grep -q '^repo/tiny.ps1:1:7: error.PSA301' all.txt
check "unlimited: the ordinary script is analysed" grep -q '^repo/plain.ps1:15001:7: error.PSA301' all.txt

# 250 MB available (a limit of 7/8 less 64 MiB): the tiny statements need
# several hundred
PSAUTH_MEMORY_AVAILABLE=250000000 "$psauth" scan --exit-zero --format json repo > mem.json 2> mem.err
check "short of memory: exit 0" [ $? = 0 ]
check "short of memory: the file is named with the reason" \
  grep -q 'tiny.ps1: skipped: analysing 0.6 MB of script needs more memory than the 0.14 GiB it may take' mem.err
check "short of memory: skipped in the report" grep -q '"status":[[:space:]]*"skipped"' mem.json
check "short of memory: only that file" [ "$(grep -c 'skipped' mem.err)" = 1 ]
PSAUTH_MEMORY_AVAILABLE=250000000 "$psauth" scan --exit-zero repo > mem.txt 2>/dev/null
check "short of memory: the ordinary script is still analysed" \
  grep -q '^repo/plain.ps1:15001:7: error.PSA301' mem.txt
check "short of memory: nothing reported for the refused one" sh -c "! grep -q '^repo/tiny.ps1:' mem.txt"
for j in 1 2; do
  PSAUTH_MEMORY_AVAILABLE=250000000 "$psauth" scan --exit-zero --jobs $j --format json repo > "mem$j.json" 2>/dev/null
done
check "short of memory: 2 jobs = 1 job" cmp -s mem1.json mem2.json

# a script above twice the piece size (1 MiB) is parsed in pieces: the same
# report as parsing it whole, and as pieces of 100 KB
mkdir -p gen
awk 'BEGIN {
  printf "<#\n.SYNOPSIS\n  Generated.\n#>\nparam([string]$Out = \"C:\\\\r\")\n"
  printf "Connect-ExchangeOnline -CertificateThumbprint $T -AppId $A -Organization \"c.onmicrosoft.com\"\n"
  for (i = 0; i < 9000; i++) {
    printf "function Get-Report%d {\n    param([string]$Identity = \"user%d@contoso.com\")\n", i, i
    printf "    $mbx = Get-EXOMailbox -Identity $Identity -Properties ArchiveStatus\n"
    printf "    [pscustomobject]@{\n        Name = $mbx.DisplayName\n        Archive = $mbx.ArchiveStatus\n    }\n}\n"
    printf "if ($users%d) {\n    $r%d = foreach ($u in $users%d) { Get-Report%d -Identity $u.UserPrincipalName }\n}\n", i, i, i, i
    printf "else {\n    Write-Host \"none %d\"\n}\n", i
    if (i % 500 == 7) {
      printf "$pw%d = ConvertTo-SecureString \"Winter%d!\" -AsPlainText -Force\n", i, i
      printf "$cred%d = New-Object System.Management.Automation.PSCredential(\"svc%d@contoso.com\", $pw%d)\n", i, i, i
      printf "$s%d = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred%d -Authentication Basic -AllowRedirection\n", i, i
      printf "Import-PSSession $s%d -DisableNameChecking | Out-Null\n", i
    }
  }
}' > gen/big.ps1
check "the generated script is above 2 MiB" [ "$(wc -c < gen/big.ps1)" -gt 2097152 ]
"$psauth" scan --exit-zero --format json gen > pieces.json 2>/dev/null
PSAUTH_CHUNK_BYTES=0 "$psauth" scan --exit-zero --format json gen > whole.json 2>/dev/null
PSAUTH_CHUNK_BYTES=100000 "$psauth" scan --exit-zero --format json gen > small.json 2>/dev/null
check "in pieces: findings there" [ "$(grep -c '"rule":[[:space:]]*"PSA101"' whole.json)" -ge 18 ]
check "in pieces of 1 MiB = whole" cmp -s pieces.json whole.json
check "in pieces of 100 KB = whole" cmp -s small.json whole.json

# an error region after clean pieces: their views were given back, and the
# error-region view and the classification build the classes again
mkdir -p late
awk 'BEGIN {
  for (i = 0; i < 30000; i++) printf "$a%d = Get-Item -Path \"C:\\x%d\"\n", i, i
  printf "if ($x { Write-Host \"broken\"\n"
  printf "$p = ConvertTo-SecureString \"Winter1!\" -AsPlainText -Force\n"
  for (i = 0; i < 2000; i++) printf "$b%d = Get-Item -Path \"C:\\y%d\"\n", i, i
}' > late/late.ps1
check "the late-error script is above 1 MiB" [ "$(wc -c < late/late.ps1)" -gt 1048576 ]
PSAUTH_CHUNK_BYTES=65536 "$psauth" scan --exit-zero --max-file-size 0 --format json late > late.json 2>late.err
rc=$?
check "late error region in pieces: exit 0 (got $rc)" [ $rc = 0 ]
check "late error region in pieces: the error is reported" grep -q '"syntaxErrors":[[:space:]]*[1-9]' late.json
check "late error region in pieces: the finding after it" grep -q '"rule":[[:space:]]*"PSA301"' late.json

# a real limit on the address space, when the build can run under one
if (ulimit -v 1000000 && "$psauth" --version) > /dev/null 2>&1; then
  awk 'BEGIN { for (i = 0; i < 400000; i++) printf "$a%d;", i % 10; printf "\n$p = ConvertTo-SecureString \"x\" -AsPlainText -Force\n" }' \
    > repo/tiny2.ps1
  (ulimit -v 1000000 && exec "$psauth" scan --exit-zero repo) > lim.txt 2> lim.err
  rc=$?
  check "ulimit -v: exit 0, not aborted (got $rc)" [ $rc = 0 ]
  check "ulimit -v: the file is named with the reason" \
    grep -q 'tiny2.ps1: skipped: analysing 1.6 MB of script needs more memory' lim.err
  check "ulimit -v: the other scripts are analysed" grep -q '^repo/plain.ps1:15001:7: error.PSA301' lim.txt
else
  echo "(ulimit -v: skipped, this build cannot start under an address-space limit)"
fi
echo "bigfile: $pass passed, $fail failed"
[ "$fail" = 0 ]

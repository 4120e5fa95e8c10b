#!/bin/sh
# Builds a reproducible benchmark corpus (default: about 100 MB in 20,000
# files) from psauth's own samples and generated variations: mostly modern
# scripts with nothing to report, as in real repositories, plus legacy ones,
# UTF-16LE copies, small and large files. Deterministic: the same arguments
# give the same bytes.
# usage: bench/gen-corpus.sh [DIR] [FILES] [TARGET_MB]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$here/corpus}
files=${2:-20000}
target_mb=${3:-100}
rm -rf "$out"
mkdir -p "$out"
awk -v out="$out" -v files="$files" -v target="$((target_mb * 1024 * 1024))" -v samples="$root/samples" '
function rnd() { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 }
function modern_block(i) {
  return sprintf("function Get-Report%d {\n    param([string]$Identity = \"user%d@contoso.com\")\n    $mbx = Get-EXOMailbox -Identity $Identity -Properties ProhibitSendQuota, ArchiveStatus\n    $stats = Get-EXOMailboxStatistics -Identity $mbx.UserPrincipalName\n    [pscustomobject]@{\n        Name    = $mbx.DisplayName\n        SizeGB  = [math]::Round(($stats.TotalItemSize.Value.ToBytes() / 1GB), 2)\n        Archive = $mbx.ArchiveStatus\n    }\n}\n$report%d = foreach ($u in $users) { Get-Report%d -Identity $u.UserPrincipalName }\n$report%d | Export-Csv -Path \"C:\\\\Reports\\\\r%d.csv\" -NoTypeInformation -Encoding UTF8\nWrite-Host \"Report %d written ($($report%d.Count) rows)\" -ForegroundColor Green\n\n", i, i, i, i, i, i, i, i)
}
function legacy_block(i) {
  return sprintf("$pw%d = ConvertTo-SecureString \"Winter%d!\" -AsPlainText -Force\n$cred%d = New-Object System.Management.Automation.PSCredential(\"svc%d@contoso.com\", $pw%d)\n$s%d = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred%d -Authentication Basic -AllowRedirection\nImport-PSSession $s%d -DisableNameChecking | Out-Null\nGet-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress\nRemove-PSSession $s%d\n\n", i, i, i, i, i, i, i, i, i)
}
BEGIN {
  seed = 42
  header = "<#\n.SYNOPSIS\n  Generated benchmark script.\n#>\nparam([string]$OutFolder = \"C:\\\\Reports\")\nConnect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization \"contoso.onmicrosoft.com\" -ShowBanner:$false\n$users = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox\n\n"
  avg = target / files * 0.68 # blocks overshoot the size drawn
  for (f = 0; f < files; f++) {
    r = rnd()
    # sizes: most around the average, a few large ones
    size = (r < 0.02) ? avg * 20 : avg * (0.2 + 1.6 * rnd())
    legacy = (rnd() < 0.1)
    name = sprintf("%s/d%02d/script%05d.ps1", out, f % 50, f)
    if (f < 50) system("mkdir -p " out "/" sprintf("d%02d", f))
    text = header
    i = 0
    while (length(text) < size) {
      text = text ((legacy && i == 1) ? legacy_block(f) : modern_block(f * 100 + i))
      i++
    }
    printf "%s", text > name
    close(name)
  }
}'
# real samples too, and UTF-16LE copies of some generated files
cp "$root"/samples/*.ps1 "$out/d00/"
n=0
for f in "$out"/d01/script000*.ps1; do
  n=$((n + 1))
  [ $n -gt 40 ] && break
  { printf '\377\376'; sed 's/$/\r/' "$f" | iconv -f UTF-8 -t UTF-16LE; } > "${f%.ps1}-utf16.ps1"
done
echo "corpus: $(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB in $out"

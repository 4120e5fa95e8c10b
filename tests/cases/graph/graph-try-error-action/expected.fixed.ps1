# An AzureAD call in a try whose catch handles its failure: AzureAD threw, Microsoft Graph PowerShell writes a
# non-terminating error, so the rewritten call gets -ErrorAction Stop (at any depth of the try body, in a pipeline,
# in ForEach-Object); not with its own -ErrorAction / -EA, not in a script block or function that runs elsewhere,
# not after $ErrorActionPreference = 'Stop' in the same scope, not outside a try
Connect-MgGraph -Scopes 'Group.ReadWrite.All', 'User-PasswordProfile.ReadWrite.All', 'User.ReadWrite.All' -NoWelcome
$rows = Import-Csv .\users.csv
foreach ($row in $rows) {
  try {
    $secure = ConvertTo-SecureString $row.Password -AsPlainText -Force
    Update-MgUser -ErrorAction Stop -UserId $row.ObjectId -PasswordProfile @{Password = ([System.Net.NetworkCredential]::new('', $secure).Password); ForceChangePasswordNextSignIn = $true}
    Write-Output "changed $($row.ObjectId)"
  } catch {
    Write-Output "failed $($row.ObjectId)"
  }
  try {
    if ($row.Leaver -eq 'yes') {
      Remove-MgUser -ErrorAction Stop -UserId $row.ObjectId
    }
    Get-MgUser -ErrorAction Stop -UserId $row.Manager | ForEach-Object { Remove-MgUser -UserId $_.Id -ErrorAction Stop }
    $row.Groups -split ';' | ForEach-Object { Remove-MgGroup -ErrorAction Stop -GroupId $_ }
  } catch {
    Write-Warning "cleanup failed: $_"
  }
  try {
    Remove-MgUser -UserId $row.Old -ErrorAction SilentlyContinue
    Remove-MgUser -UserId $row.Older -EA Continue
    $later = { Remove-MgUser -UserId $args[0] }
    function Remove-Later([string]$Id) { Remove-MgUser -UserId $Id }
    & { Remove-MgUser -ErrorAction Stop -UserId $row.Oldest }
  } catch { }
}
function Remove-Leaver([string]$Id) {
  $ErrorActionPreference = 'Stop'
  try { Remove-MgUser -UserId $Id } catch { Write-Warning "not removed: $Id" }
}
Remove-MgUser -UserId 'leaver@contoso.com'

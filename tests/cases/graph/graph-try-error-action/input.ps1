# An AzureAD call in a try whose catch handles its failure: AzureAD threw, Microsoft Graph PowerShell writes a
# non-terminating error, so the rewritten call gets -ErrorAction Stop (at any depth of the try body, in a pipeline,
# in ForEach-Object); not with its own -ErrorAction / -EA, not in a script block or function that runs elsewhere,
# not after $ErrorActionPreference = 'Stop' in the same scope, not outside a try
Connect-AzureAD
$rows = Import-Csv .\users.csv
foreach ($row in $rows) {
  try {
    $secure = ConvertTo-SecureString $row.Password -AsPlainText -Force
    Set-AzureADUserPassword -ObjectId $row.ObjectId -Password $secure -ForceChangePasswordNextLogin $true
    Write-Output "changed $($row.ObjectId)"
  } catch {
    Write-Output "failed $($row.ObjectId)"
  }
  try {
    if ($row.Leaver -eq 'yes') {
      Remove-AzureADUser -ObjectId $row.ObjectId
    }
    Get-AzureADUser -ObjectId $row.Manager | Remove-AzureADUser
    $row.Groups -split ';' | ForEach-Object { Remove-AzureADGroup -ObjectId $_ }
  } catch {
    Write-Warning "cleanup failed: $_"
  }
  try {
    Remove-AzureADUser -ObjectId $row.Old -ErrorAction SilentlyContinue
    Remove-AzureADUser -ObjectId $row.Older -EA Continue
    $later = { Remove-AzureADUser -ObjectId $args[0] }
    function Remove-Later([string]$Id) { Remove-AzureADUser -ObjectId $Id }
    & { Remove-AzureADUser -ObjectId $row.Oldest }
  } catch { }
}
function Remove-Leaver([string]$Id) {
  $ErrorActionPreference = 'Stop'
  try { Remove-AzureADUser -ObjectId $Id } catch { Write-Warning "not removed: $Id" }
}
Remove-AzureADUser -ObjectId 'leaver@contoso.com'

<#
.SYNOPSIS
    Sets the usage location and the archive of the users in a CSV file.
#>
param (
    [Parameter(Mandatory)]
    [string]$CsvPath
)

$cred = Get-Credential -Message "Exchange Online admin"
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
$importresults = Import-PSSession $s -AllowClobber -DisableNameChecking

foreach ($row in Import-Csv $CsvPath) {
    Enable-Mailbox -Identity $row.UserPrincipalName -Archive | Out-Null
    Write-Host "Archive enabled for $($row.UserPrincipalName)" -ForegroundColor Green
}

Get-PSSession $importresults | Remove-PSSession

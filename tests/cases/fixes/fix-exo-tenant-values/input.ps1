<#
.SYNOPSIS
  Nightly mailbox report.
#>
param([string]$Out = 'C:\Reports\mbx.csv')

$UserCredential = Import-Clixml -Path "$PSScriptRoot\exo-admin.xml"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking -Prefix Cloud | Out-Null
try {
    Get-CloudMailbox -ResultSize Unlimited | Export-Csv $Out -NoTypeInformation
}
finally {
    Remove-PSSession $Session
}

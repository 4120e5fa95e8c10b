# Uses the Exchange Online Remote PowerShell Module (MFA) installed from the
# Exchange admin center.
$CreateEXOPSSession = (Get-ChildItem -Path $env:userprofile -Filter CreateExoPSSession.ps1 -Recurse -ErrorAction SilentlyContinue -Force | Select-Object -Last 1).DirectoryName
. "$CreateEXOPSSession\CreateExoPSSession.ps1"
$EXOSession = New-ExoPSSession -UserPrincipalName admin@contoso.com
Import-PSSession $EXOSession -Prefix Cloud -AllowClobber | Out-Null
Get-CloudMailbox -ResultSize 10 | Select-Object DisplayName
Remove-PSSession $EXOSession

# Nightly mailbox size report (run by the on-call admin, who signs in with MFA).
param (
    [string] $AdminUpn = "ops-admin@contoso.com",
    [string] $LogFile = "C:\Reports\mailbox-size.log"
)

$exoRoot = (Get-ChildItem -Path "$env:LOCALAPPDATA\Apps\2.0" -Recurse -Filter CreateExoPSSession.ps1 | Select-Object -First 1).DirectoryName
$exoDll = [System.IO.Path]::Combine($exoRoot, "Microsoft.Exchange.Management.ExoPowershellModule.dll")
Import-Module $exoDll
. "$exoRoot\CreateExoPSSession.ps1"
Add-Content -Path $LogFile -Value "$(Get-Date -Format s) EXO module loaded from $exoDll"

Connect-EXOPSSession -UserPrincipalName $AdminUpn

Get-Mailbox -ResultSize Unlimited | Get-MailboxStatistics |
    Select-Object DisplayName, TotalItemSize |
    Export-Csv -Path "C:\Reports\mailbox-size.csv" -NoTypeInformation

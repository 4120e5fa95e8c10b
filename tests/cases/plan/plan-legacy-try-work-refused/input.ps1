$cred = Import-Clixml -Path "$PSScriptRoot\svc.xml"
try {
    Connect-MsolService -Credential $cred -ErrorAction Stop
    Set-ADUser -Identity $env:TARGET_USER -Description "Licensed by job"
}
catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-Output "MSOnline sign-in failed"
    exit 2
}
Set-MsolUser -UserPrincipalName "$env:TARGET_USER@contoso.com" -UsageLocation 'GB'

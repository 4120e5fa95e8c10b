# Disable-DepartedUser.ps1 - blocks sign-in and hides a leaver's mailbox
param(
    [Parameter(Mandatory)]
    [string]$UserPrincipalName
)

$AdminUser = 'svc-exchange@contoso.onmicrosoft.com'
$AdminPass = Get-Content "$PSScriptRoot\svc.txt" | ConvertTo-SecureString
$Cred = New-Object System.Management.Automation.PSCredential($AdminUser, $AdminPass)

<<<<<<< HEAD
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Cred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null
=======
Connect-ExchangeOnline -Credential $Cred -UseRPSSession
>>>>>>> feature/exo-v2
Connect-MsolService -Credential $Cred

Set-MsolUser -UserPrincipalName $UserPrincipalName -BlockCredential $true
Set-Mailbox -Identity $UserPrincipalName -HiddenFromAddressListsEnabled $true
Write-Output "$UserPrincipalName disabled"

Get-PSSession | Remove-PSSession

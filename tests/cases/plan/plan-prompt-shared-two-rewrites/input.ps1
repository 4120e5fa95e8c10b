# Mailbox and licence check for a new starter
$UserCredential = Get-Credential -Message "Enter your Office 365 admin credentials"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking
Connect-MsolService -Credential $UserCredential
Write-Host "Signed in as $($UserCredential.UserName)"

$Upn = Read-Host -Prompt "New starter UPN"
Get-Mailbox -Identity $Upn | Select-Object DisplayName, PrimarySmtpAddress
Get-MsolUser -UserPrincipalName $Upn | Select-Object DisplayName, IsLicensed
Remove-PSSession $Session

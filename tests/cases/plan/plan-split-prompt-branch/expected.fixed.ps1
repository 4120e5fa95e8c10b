<#
.SYNOPSIS
  Reports who has Full Access and Send As on the shared mailboxes.

.EXAMPLE
  .\input.ps1
  Prompts for an administrator's credential.

.EXAMPLE
  .\input.ps1 -Organization '<tenant>.onmicrosoft.com' -ClientId '<app-id>' -CertificateThumbprint '<certificate-thumbprint>'
  Runs unattended (task scheduler).
#>
param(
[string]$Organization,
[string]$ClientId,
[string]$CertificateThumbprint,
[string]$OutputFile = ".\SharedMailboxAccess.csv"
)

function Get-AccessReport {
 #Clean up old sessions
 Disconnect-ExchangeOnline -Confirm:$false

 #For scheduled runs, pass an Entra ID app's certificate instead: -Organization, -ClientId and -CertificateThumbprint
 if(($Organization -ne "") -and ($ClientId -ne "") -and ($CertificateThumbprint -ne ""))
 {
  Connect-ExchangeOnline -AppId $ClientId -CertificateThumbprint $CertificateThumbprint -Organization $Organization -CommandName Get-Mailbox,Get-MailboxPermission -ShowBanner:$false | Out-Null
 }
 else
 {
  Connect-ExchangeOnline -CommandName Get-Mailbox,Get-MailboxPermission -ShowBanner:$false | Out-Null
 }

 Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | ForEach-Object {
  Get-MailboxPermission -Identity $_.UserPrincipalName |
   Where-Object { $_.AccessRights -contains 'FullAccess' -and -not $_.IsInherited } |
   Select-Object Identity, User, AccessRights
 } | Export-Csv -Path $OutputFile -NoTypeInformation

 #Close the session
 Disconnect-ExchangeOnline -Confirm:$false
}

Get-AccessReport

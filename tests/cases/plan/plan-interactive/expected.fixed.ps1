<#
.SYNOPSIS
  Helpdesk helper: shows a user's mailbox and licence state.
#>
param([Parameter(Mandatory)][string]$Identity,
      [string]$AdminUpn = 'helpdesk.admin@contoso.com')

Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ErrorAction Stop -ShowBanner:$false | Out-Null
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

Get-Mailbox -Identity $Identity | Format-List DisplayName, PrimarySmtpAddress, RecipientTypeDetails
Get-MgUser -UserId $Identity -Property DisplayName, UsageLocation, Id | Format-List DisplayName, UsageLocation
Disconnect-ExchangeOnline -Confirm:$false

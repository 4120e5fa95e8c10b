<#
.SYNOPSIS
  Helpdesk helper: shows a user's mailbox and licence state.
#>
param([Parameter(Mandatory)][string]$Identity,
      [string]$AdminUpn = 'helpdesk.admin@contoso.com')

$cred = Get-Credential -UserName $AdminUpn -Message 'Office 365 admin'
$exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection -ErrorAction Stop
Import-PSSession $exo -DisableNameChecking | Out-Null
Connect-MsolService -Credential $cred

Get-Mailbox -Identity $Identity | Format-List DisplayName, PrimarySmtpAddress, RecipientTypeDetails
Get-MsolUser -UserPrincipalName $Identity | Format-List DisplayName, UsageLocation
Remove-PSSession $exo

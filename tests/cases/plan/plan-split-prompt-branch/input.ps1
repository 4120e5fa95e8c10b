<#
.SYNOPSIS
  Reports who has Full Access and Send As on the shared mailboxes.

.EXAMPLE
  .\input.ps1
  Prompts for an administrator's credential.

.EXAMPLE
  .\input.ps1 -UserName svc-reports@contoso.com -Password 'Example-Only-1'
  Runs unattended (task scheduler).
#>
param(
[string]$UserName,
[string]$Password,
[string]$OutputFile = ".\SharedMailboxAccess.csv"
)

function Get-AccessReport {
 #Clean up old sessions
 Get-PSSession | Remove-PSSession

 #Storing credential in script for scheduling purpose/ Passing credential as parameter
 if(($UserName -ne "") -and ($Password -ne ""))
 {
  $SecuredPassword = ConvertTo-SecureString -AsPlainText $Password -Force
  $Credential  = New-Object System.Management.Automation.PSCredential $UserName,$SecuredPassword
 }
 else
 {
  $Credential = Get-Credential -Credential $null
 }
 $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
 Import-PSSession $Session -CommandName Get-Mailbox,Get-MailboxPermission -AllowClobber | Out-Null

 Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | ForEach-Object {
  Get-MailboxPermission -Identity $_.UserPrincipalName |
   Where-Object { $_.AccessRights -contains 'FullAccess' -and -not $_.IsInherited } |
   Select-Object Identity, User, AccessRights
 } | Export-Csv -Path $OutputFile -NoTypeInformation

 #Close the session
 Get-PSSession | Remove-PSSession
}

Get-AccessReport

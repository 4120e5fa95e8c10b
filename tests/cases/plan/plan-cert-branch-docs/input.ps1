<#
.SYNOPSIS
  Lists shared mailboxes and who can open them.

.NOTES
  Examples:

  1. With an MFA prompt:
       .\input.ps1

  2. Scheduled, with a non-MFA service account:
       .\input.ps1 -UserName 'svc-report@contoso.com' -Password 'Example-Only-1'

  The script suits the task scheduler: credentials can be passed as parameters.
#>
param(
    [string]$UserName,
    [string]$Password,
    [string]$OutFile = '.\shared.csv'
)

# Non-MFA sign-in for scheduling: credential passed as parameter
if (($UserName -ne "") -and ($Password -ne "")) {
    $pw = ConvertTo-SecureString -AsPlainText $Password -Force
    $cred = New-Object System.Management.Automation.PSCredential $UserName, $pw
    Connect-ExchangeOnline -Credential $cred
}
else {
    Connect-ExchangeOnline
}
Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Select-Object DisplayName, PrimarySmtpAddress |
    Export-Csv $OutFile -NoTypeInformation

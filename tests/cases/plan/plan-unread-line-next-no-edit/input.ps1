# Shared mailbox permissions export, run by an admin from a console
param([string]$Verbosity = "normal")
$Cred = Get-Credential -Message "Exchange Online administrator"
$LogLevel = switch ($Verbosity) {"quiet"{"Warning"}"debug"{"Debug"}default{"Info"}}
Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false

Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | ForEach-Object {
    Get-EXOMailboxPermission -Identity $_.UserPrincipalName |
        Where-Object { $_.User -ne "NT AUTHORITY\SELF" } |
        Select-Object Identity, User, AccessRights
} | Export-Csv -Path ".\shared-permissions.csv" -NoTypeInformation
Write-Host "Done ($LogLevel)"
Disconnect-ExchangeOnline -Confirm:$false

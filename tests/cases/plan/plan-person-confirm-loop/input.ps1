# Weekly clean-up of disabled shared mailboxes (scheduled task); -Confirm asks before removing.
param([switch]$Confirm)
$Cred = Import-Clixml -Path "$PSScriptRoot\cleanup.xml"
Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false
$old = Get-EXOMailbox -RecipientTypeDetails SharedMailbox -Filter "CustomAttribute1 -eq 'disabled'" -ResultSize Unlimited
if ($Confirm) {
    do {
        $answer = Read-Host "Remove $($old.Count) mailboxes? (y/n)"
    } until ($answer -in 'y', 'n')
    if ($answer -ne 'y') { return }
}
$old | Remove-Mailbox -Confirm:$false
Disconnect-ExchangeOnline -Confirm:$false

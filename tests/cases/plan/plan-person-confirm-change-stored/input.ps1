# Hides the departed users from the address list; the service account is saved
# next to the script.
$SvcCred = Import-Clixml -Path "$PSScriptRoot\svc.xml"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $SvcCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null

$leavers = Get-Content "$PSScriptRoot\leavers.txt"
$answer = Read-Host "Hide $($leavers.Count) mailboxes? [y/n]"
if ($answer -eq 'y') {
    $leavers | ForEach-Object { Set-Mailbox -Identity $_ -HiddenFromAddressListsEnabled $true }
}
Remove-PSSession $Session

# Hides the finance team's shared mailboxes from the address book.
$AdminCred = Get-Credential -Message 'Office 365 admin'
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
Import-PSSession $Session

# MSOnline for the licence checks
if (-not (Get-InstalledModule MSOnline -ErrorAction SilentlyContinue)) {
    Install-Module MSOnline -Force
}
Import-Module MSOnline
Connect-MsolService -Credential $AdminCred

$boxes = Get-Mailbox -RecipientTypeDetails SharedMailbox -Filter "Department -eq 'Finance'"
foreach ($b in $boxes) {
    Set-Mailbox -Identity $b.Identity -HiddenFromAddressListsEnabled $true
}
Remove-PSSession $Session

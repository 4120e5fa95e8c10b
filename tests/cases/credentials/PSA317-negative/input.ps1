# Used to sign in: PSA201 names Credential Manager as the origin.
$cred = Get-StoredCredential -Target 'EXO'
Connect-ExchangeOnline -Credential $cred
Connect-PnPOnline -Url https://contoso.sharepoint.com -Credentials (Get-StoredCredential -Target 'SPO')
# A function of the same name.
function Get-StoredCredential {
    param($Target)
    Get-Secret -Name $Target
}
Get-StoredCredential -Target 'local'

# One credential feeds two connections that are both rewritten: the
# plumbing (password literal included) goes only when both rewrites apply.
$user = 'admin@contoso.onmicrosoft.com'
$pw = ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pw)
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
Connect-MsolService -Credential $cred
Get-Mailbox -ResultSize 10 | Select-Object DisplayName
Get-MsolUser -UserPrincipalName 'adele@contoso.com' | Select-Object DisplayName

# a credential read elsewhere only for its user name: a user-name prompt
$other = Get-Credential
Connect-MicrosoftTeams -Credential $other
Write-Host "signed in as $($other.UserName)"

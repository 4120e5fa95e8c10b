# Exchange Online, Security & Compliance and Teams connections with a password
$cred = Get-Credential -Message 'Exchange admin'
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

$secure = Read-Host -Prompt 'Password' -AsSecureString
$sccCred = New-Object System.Management.Automation.PSCredential ('admin@contoso.onmicrosoft.com', $secure)
$scc = @{ Cred = $sccCred; Organization = 'contoso.onmicrosoft.com' }
Connect-IPPSSession @scc

$teamsCred = [pscredential]::new('teams@contoso.onmicrosoft.com', $secure)
MicrosoftTeams\Connect-MicrosoftTeams -Credential:$teamsCred

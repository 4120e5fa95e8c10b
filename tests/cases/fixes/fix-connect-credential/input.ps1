$secure = ConvertTo-SecureString 'Autumn2025!' -AsPlainText -Force
$svc = [pscredential]::new('svc@contoso.onmicrosoft.com', $secure)
Connect-ExchangeOnline -Credential $svc -ShowBanner:$false
$teams = Get-Credential
Connect-MicrosoftTeams -Cred $teams
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential (Get-Credential)

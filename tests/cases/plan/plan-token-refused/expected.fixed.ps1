# Runbook: a managed identity token passed as the password of a remote
# PowerShell session (BasicAuthToOAuthConversion).
$resource = 'https://outlook.office365.com'
$token = (Invoke-RestMethod -Uri "$env:IDENTITY_ENDPOINT?resource=$resource&api-version=2019-08-01" -Headers @{ 'X-IDENTITY-HEADER' = $env:IDENTITY_HEADER }).access_token
$secure = ConvertTo-SecureString "Bearer $token" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('OAuthUser@contoso.onmicrosoft.com', $secure)
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/PowerShell-LiveId?BasicAuthToOAuthConversion=true' -Credential $cred -Authentication Basic -AllowRedirection
Import-PSSession $s -CommandName Get-Mailbox | Out-Null

$cred = Get-Credential

# alias irm, abbreviated -Auth, Microsoft 365 host in an interpolated URI: error
irm -Uri "https://graph.microsoft.com/v1.0/users/$userId" -Auth Basic -Credential $cred

# splatted parameters to a non-Microsoft 365 API: warning
$request = @{
    Uri            = 'https://api.contoso.com/v2/tickets'
    Method         = 'Get'
    Authentication = 'Basic'
    Credential     = $cred
}
Invoke-WebRequest @request

# module-qualified name, URI in a variable
$site = 'https://contoso.sharepoint.com/sites/ops/_api/web/lists'
Microsoft.PowerShell.Utility\Invoke-RestMethod $site -Authentication Basic -Credential $cred

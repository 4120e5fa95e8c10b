# Modern connections: certificates and managed identities
Connect-ExchangeOnline -CertificateThumbprint '0123456789ABCDEF' -AppId '11111111-2222-3333-4444-555555555555' -Organization 'contoso.onmicrosoft.com'
Connect-IPPSSession -CertificateThumbprint '0123456789ABCDEF' -AppId '11111111-2222-3333-4444-555555555555' -Organization 'contoso.onmicrosoft.com'
Connect-SPOService -Url https://contoso-admin.sharepoint.com -ManagedIdentity
Connect-PnPOnline -Url https://contoso.sharepoint.com -ClientId '11111111-2222-3333-4444-555555555555' -Tenant 'contoso.onmicrosoft.com' -Thumbprint '0123456789ABCDEF'
Connect-MicrosoftTeams -Identity
Connect-AzAccount -Identity

# a local helper that happens to share the cmdlet's name
function Connect-MicrosoftTeams {
    param($Credential)
    "would connect as $($Credential.UserName)"
}
Connect-MicrosoftTeams -Credential $someone

# only printed, never run
Write-Host "Connect-ExchangeOnline -Credential `$cred is no longer used"
# Connect-ExchangeOnline -Credential $cred

Connect-ExchangeOnline -Credential $null -Organization 'contoso.onmicrosoft.com'
Connect-PnPOnline -Url https://contoso.sharepoint.com -Credentials ''

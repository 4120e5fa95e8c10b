# Sovereign clouds and delegated access need their URI.
Connect-ExchangeOnline -ConnectionUri https://outlook.office365.us/powershell-liveid -AzureADAuthorizationEndpointUri https://login.microsoftonline.us/common
Connect-ExchangeOnline -ConnectionUri 'https://outlook.office365.com/powershell-liveid/?DelegatedOrg=fabrikam.onmicrosoft.com'
Connect-IPPSSession -ConnectionUri https://ps.compliance.protection.office365.us/powershell-liveid/ -AzureADAuthorizationEndpointUri https://login.microsoftonline.us/organizations
# The Security & Compliance endpoint is not the default of Connect-ExchangeOnline.
Connect-ExchangeOnline -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/
Connect-ExchangeOnline -ConnectionUri $ConnectionUri
Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.Read.All
$AppId = '<app-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

# Builds the people directory: users from Azure AD, sites from SharePoint (PnP)
Import-Module -Name "PnP.PowerShell" -ErrorAction SilentlyContinue | Out-Null
Import-Module -Name Microsoft.Graph.Authentication, Microsoft.Graph.Users -ErrorAction SilentlyContinue | Out-Null

$tenant        = "contoso"
$pfxClientFile = "PnP-App-$tenant.txt"

function connectCloud() {
    "Connect AAD"
    $out         = Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId "$tenant.onmicrosoft.com" -NoWelcome

    "Connect PNP"
    $pfxClientId = Get-Content $pfxClientFile
    $out         = Connect-PnPOnline -ClientId $pfxClientId -Url "https://$tenant.sharepoint.com" -Tenant "$tenant.onmicrosoft.com" -CertificatePath "PnP-App-$tenant.pfx"
}

function findUser($mail) {
    $user = Get-MgUser -Filter "mail eq '$mail'" -Property Mail, UserPrincipalName, DisplayName, Id
    [PSCustomObject]@{ Mail = $user.Mail; Upn = $user.UserPrincipalName; Name = $user.DisplayName }
}

connectCloud
Get-Content ".\mails.txt" | ForEach-Object { findUser $_ } | Export-Csv ".\people.csv" -NoTypeInformation

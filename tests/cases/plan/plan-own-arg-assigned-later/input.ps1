# Builds the people directory: users from Azure AD, sites from SharePoint (PnP)
Import-Module -Name "PnP.PowerShell" -ErrorAction SilentlyContinue | Out-Null
Import-Module -Name "AzureAD" -ErrorAction SilentlyContinue | Out-Null

$tenant        = "contoso"
$pfxClientFile = "PnP-App-$tenant.txt"
$username      = "svc-directory@contoso.com"

function connectCloud() {
    "Connect AAD"
    $secpassword = Get-Content ".\svc.txt" | ConvertTo-SecureString
    $cred        = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $username, $secpassword
    $out         = Connect-AzureAD -Credential $cred

    "Connect PNP"
    $pfxClientId = Get-Content $pfxClientFile
    $out         = Connect-PnPOnline -ClientId $pfxClientId -Url "https://$tenant.sharepoint.com" -Tenant "$tenant.onmicrosoft.com" -CertificatePath "PnP-App-$tenant.pfx"
}

function findUser($mail) {
    $user = Get-AzureADUser -Filter "mail eq '$mail'"
    [PSCustomObject]@{ Mail = $user.Mail; Upn = $user.UserPrincipalName; Name = $user.DisplayName }
}

connectCloud
Get-Content ".\mails.txt" | ForEach-Object { findUser $_ } | Export-Csv ".\people.csv" -NoTypeInformation

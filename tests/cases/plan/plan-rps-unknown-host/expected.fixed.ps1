# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   SharePoint (SPO): Sites.FullControl.All (SharePoint)
#   Teams: the Entra role and Graph permissions of Microsoft Learn "Application-based authentication in Teams PowerShell Module"
$AppId = '<app-id>'
$TenantId = '<tenant-id>'
$CertificateThumbprint = '<certificate-thumbprint>'

# A job: one stored password signs in to Exchange Online (a host mistyped
# by the author: not a Microsoft 365 host, so the session is left as it is,
# and its refusal says so), Teams and SharePoint Online. Teams and SharePoint
# become app-only; the plan says the password stays for the session.
$password = Get-Content .\secret.txt | ConvertTo-SecureString
$tenantCredentials = New-Object System.Management.Automation.PSCredential('admin@contoso.org', $password)

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.ofxxxfice365.com/powershell-liveid/ -Credential $tenantCredentials -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking -AllowClobber

Connect-MicrosoftTeams -CertificateThumbprint $CertificateThumbprint -ApplicationId $AppId -TenantId $TenantId
Connect-SPOService -Url https://contoso-admin.sharepoint.com -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $TenantId

Get-Team | Select-Object DisplayName
Get-SPOSite | Select-Object Url
Get-UnifiedGroup | Select-Object DisplayName

# A job: one stored password signs in to Exchange Online (a host mistyped
# by the author: not a Microsoft 365 host, so the session is left as it is,
# and its refusal says so), Teams and SharePoint Online. Teams and SharePoint
# become app-only; the plan says the password stays for the session.
$password = Get-Content .\secret.txt | ConvertTo-SecureString
$tenantCredentials = New-Object System.Management.Automation.PSCredential('admin@contoso.org', $password)

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.ofxxxfice365.com/powershell-liveid/ -Credential $tenantCredentials -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking -AllowClobber

Connect-MicrosoftTeams -Credential $tenantCredentials
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $tenantCredentials

Get-Team | Select-Object DisplayName
Get-SPOSite | Select-Object Url
Get-UnifiedGroup | Select-Object DisplayName

# The credential comes from the script's own helper and is decrypted into a
# clear-text copy on the way: when the connection becomes app-only, the
# whole chain that only fed it goes (helper call, clear-text copy, secure
# string, both user-name assignments), not just its last links.
# Get-CsOnlineApplicationInstance is unsupported app-only only in GCC High
# and DoD, which this connection does not name.
#connect to Tenant
[String]$username = "PSAdmin";
[system.Management.Automation.PSCredential]$tmpCreds = .\Common\GetRemoteCredentials.ps1 $username;
[String]$clearTextPassword = $tmpCreds.GetNetworkCredential().password;
$password = $clearTextPassword | ConvertTo-SecureString -asPlainText -Force;
$userName = "admin@contoso.org";
[System.Management.Automation.PSCredential]$cred = New-Object System.Management.Automation.PSCredential($username,$password);

#connect to Microsoft Teams Service
Connect-MicrosoftTeams -Credential $cred;

Get-Team | Select-Object DisplayName
Get-CsOnlineApplicationInstance | Select-Object DisplayName

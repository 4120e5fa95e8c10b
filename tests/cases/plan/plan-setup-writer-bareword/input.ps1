# Adds the external sender banner rule.
Read-Host -Prompt "Admin password" -AsSecureString | ConvertFrom-SecureString | Out-File $env:USERPROFILE\exo-pass.txt
$AdminUser = Read-Host -Prompt "Admin user name"
$Secure = Get-Content $env:USERPROFILE\exo-pass.txt | ConvertTo-SecureString
$Cred = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $AdminUser, $Secure
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $Cred -Authentication Basic -AllowRedirection
Import-PSSession $Session | Out-Null

if (-not (Get-TransportRule -Identity "External banner" -ErrorAction SilentlyContinue)) {
    New-TransportRule -Name "External banner" -FromScope NotInOrganization -ApplyHtmlDisclaimerLocation Prepend -ApplyHtmlDisclaimerText "<p>External sender</p>"
}

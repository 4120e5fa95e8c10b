param($Tenant = 'contoso')
# Ask for the tenant admin credentials
$AdminCredential = Get-Credential -Message "Admin account for $Tenant"
$AdminName = $AdminCredential.UserName
$AdminPassword = $AdminCredential.Password

# keep the credential for later connections
$SavedCredential = $AdminCredential

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber
Get-Mailbox -ResultSize 10 | Select-Object DisplayName, LitigationHoldEnabled
Remove-PSSession $Session

# A connect function that builds the same splat variable in each switch branch, once for
# Exchange Online and once for Security & Compliance. Each New-PSSession binds the splat written
# last before it, so the compliance branch becomes Connect-IPPSSession, not Connect-ExchangeOnline.
param([ValidateSet('Exchange','SecurityAndCompliance')][string]$Service)
$Credential = Get-Credential
switch ($Service) {
Exchange {
$newPSSessionSplat = @{
ConfigurationName = 'Microsoft.Exchange'
ConnectionUri     = 'https://outlook.office365.com/powershell-liveid/'
Authentication    = 'Basic'
Credential        = $Credential
AllowRedirection  = $true
}
$Session = New-PSSession @newPSSessionSplat
Import-PSSession $Session -DisableNameChecking
}
SecurityAndCompliance {
$newPSSessionSplat = @{
ConfigurationName = 'Microsoft.Exchange'
ConnectionUri     = 'https://ps.compliance.protection.outlook.com/powershell-liveid/'
Authentication    = 'Basic'
Credential        = $Credential
AllowRedirection  = $true
}
$Session = New-PSSession @newPSSessionSplat
Import-PSSession $Session -DisableNameChecking
}
}

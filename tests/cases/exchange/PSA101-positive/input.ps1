$UserCredential = Get-Credential -Message 'Exchange Online admin'

# the classic block from the old documentation
$Session = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking
Remove-PSSession -Session $Session

# typed at the console: alias, abbreviated parameters, URI concatenated in a variable
$Uri = 'https://outlook.office365.com/' + 'PowerShell-LiveID/'
$s1 = nsn -ConfigurationN Microsoft.Exchange -ConnectionUri $Uri -Auth Basic -Cred $UserCredential -AllowRedirection
ipsn $s1

# pasted from a Word document: typographic dash and quotes
$s2 = New-PSSession –ConfigurationName ‘Microsoft.Exchange’ -ConnectionUri “https://ps.outlook.com/powershell-liveid/” –Authentication ‘Basic’ –Credential $UserCredential

# splatted, GCC High, partner access through ?DelegatedOrg=
$params = @{
    ConfigurationName = 'Microsoft.Exchange'
    ConnectionUri     = 'https://outlook.office365.us/powershell-liveid/?DelegatedOrg=fabrikam.onmicrosoft.com'
    Authentication    = 'Basic'
    Credential        = $UserCredential
}
$s3 = New-PSSession @params

# Security & Compliance, module-qualified, no -Authentication
$s4 = Microsoft.PowerShell.Core\New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://ps.compliance.protection.outlook.com/powershell-liveid/' -Credential $UserCredential

# the closed Office 365 Germany cloud
$s5 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office.de/powershell-liveid/ -Credential $UserCredential -Authentication Basic

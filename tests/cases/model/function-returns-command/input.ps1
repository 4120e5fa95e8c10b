# A function whose output is a command (New-PSSession ..., return New-Object ...) gives that value to its callers.
function Connect-Exo {
    New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $c -Authentication Basic
}
function Get-Cred { return New-Object System.Management.Automation.PSCredential('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString 'Winter2026!' -AsPlainText -Force)) }
$s = Connect-Exo
Import-PSSession $s
Connect-ExchangeOnline -Credential (Get-Cred)

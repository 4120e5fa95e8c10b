# The customer tenant in an expandable string, through the URI's variable.
$partnerAdmin = Get-Credential -Message "Partner administrator"
foreach ($tenant in Get-Content .\tenants.txt) {
    $uri = "https://outlook.office365.com/powershell-liveid?DelegatedOrg=$tenant"
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Credential $partnerAdmin -Authentication Basic -AllowRedirection
    Import-PSSession $s -DisableNameChecking
    Get-Mailbox -ResultSize 10 | Select-Object DisplayName
    Remove-PSSession $s
}

# Left alone: a URI whose query is built at run time (psauth cannot tell
# whether it names a customer tenant), and a job's stored password signing
# in to a customer tenant through a concatenated ?DelegatedOrg= (app-only
# authentication has no partner access).
$prompted = Get-Credential
$query = Get-QueryFor -Customer $args[0]
$uri = "https://ps.outlook.com/powershell-liveid" + $query
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Credential $prompted -Authentication Basic -AllowRedirection
Import-PSSession $s
Get-Mailbox -ResultSize 10 | Select-Object DisplayName
Remove-PSSession $s

$secret = ConvertTo-SecureString 'NotARealPassword1' -AsPlainText -Force
$partner = New-Object System.Management.Automation.PSCredential ('helpdesk@partner.example', $secret)
foreach ($c in Import-Csv .\customers.csv) {
    $s2 = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ("https://ps.outlook.com/powershell-liveid?DelegatedOrg=" + $c.Domain) -Credential $partner -Authentication Basic -AllowRedirection
    Import-PSSession $s2
    Get-Mailbox -ResultSize 10 | Select-Object DisplayName
    Remove-PSSession $s2
}

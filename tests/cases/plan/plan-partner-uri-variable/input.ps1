# A partner loop builds each customer's ?DelegatedOrg= URI in a variable by
# concatenation: the interactive rewrite keeps the customer tenant as
# -DelegatedOrganization (without it every pass would act on the partner's
# own tenant).
$credential = Get-Credential
foreach ($ClientDomain in Import-Csv .\customers.csv) {
	$DelegatedOrgURL = "https://ps.outlook.com/powershell-liveid?DelegatedOrg=" + $ClientDomain.Name
	$ExchangeOnlineSession = New-PSSession -ConnectionUri $DelegatedOrgURL -Credential $credential -Authentication Basic -ConfigurationName Microsoft.Exchange -AllowRedirection
	Import-PSSession -Session $ExchangeOnlineSession -AllowClobber -DisableNameChecking
	Get-Mailbox -ResultSize 10 | Select-Object DisplayName
	Remove-PSSession $ExchangeOnlineSession
}

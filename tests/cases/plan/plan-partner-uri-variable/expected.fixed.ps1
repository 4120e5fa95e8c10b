# A partner loop builds each customer's ?DelegatedOrg= URI in a variable by
# concatenation: the interactive rewrite keeps the customer tenant as
# -DelegatedOrganization (without it every pass would act on the partner's
# own tenant).
foreach ($ClientDomain in Import-Csv .\customers.csv) {
	Connect-ExchangeOnline -DelegatedOrganization $ClientDomain.Name -ShowBanner:$false
	Get-EXOMailbox -ResultSize 10 | Select-Object DisplayName
	Disconnect-ExchangeOnline -Confirm:$false
}

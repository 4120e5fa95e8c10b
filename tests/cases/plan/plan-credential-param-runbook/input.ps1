# Azure Automation runbook: the schedule passes the credential asset as -Credential.
param(
    [Parameter(Mandatory = $true)]
    [PSCredential]$Credential
)
$Domain = Get-AutomationVariable -Name 'AcceptedDomain'
Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Filter "EmailAddresses -like '*@$Domain'" | Select-Object DisplayName, PrimarySmtpAddress
Disconnect-ExchangeOnline -Confirm:$false

# Hybrid check: on-premises mailboxes through the Exchange Management Shell
# on the server, cloud mailboxes with the Exchange Online module.
Invoke-Command -ComputerName exch01.corp.contoso.com -ScriptBlock {
    Add-PSSnapin Microsoft.Exchange.Management.PowerShell.SnapIn
    Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, Database
}
Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
$cloud = Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress
$cloud | Export-Csv .\cloud.csv -NoTypeInformation

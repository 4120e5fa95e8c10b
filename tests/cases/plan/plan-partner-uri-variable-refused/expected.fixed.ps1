# Partner helpdesk: open Exchange Online for one customer picked from the partner's list
$PartnerCred = Get-Credential -Message "Partner admin account"
$Customers = Import-Csv -Path .\customers.csv
$Customer = $Customers | Out-GridView -Title "Pick a customer" -OutputMode Single

$BaseUri = "https://outlook.office365.com/powershell-liveid/?DelegatedOrg="
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri ($BaseUri + $Customer.Domain) `
    -Credential $PartnerCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null

Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress |
    Export-Csv -Path ".\$($Customer.Domain)-mailboxes.csv" -NoTypeInformation
Remove-PSSession $Session

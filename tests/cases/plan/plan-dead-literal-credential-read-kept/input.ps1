# Turns on the audit log for every shared mailbox.
$AdminName = "svc-exo@contoso.onmicrosoft.com"
$AdminPassword = ConvertTo-SecureString "Spring2019!" -AsPlainText -Force
$SavedCredential = New-Object System.Management.Automation.PSCredential ($AdminName, $AdminPassword)

$LiveCred = Get-Credential -Message "Exchange Online admin"
$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $LiveCred -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber | Out-Null

Invoke-Command -ComputerName mail01.contoso.local -Credential $SavedCredential -ScriptBlock { Get-Service MSExchangeTransport }
Get-Mailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Set-Mailbox -AuditEnabled $true
Remove-PSSession $Session

# Nightly mailbox size export; the service account's password is kept in a DPAPI file.
$Password = Get-Content "C:\Scripts\Keys\exo.txt" | ConvertTo-SecureString
$Credentials = New-Object System.Management.Automation.PSCredential -ArgumentList "svc-reports@contoso.com", $Password
$ExchangeSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $Credentials -Authentication "Basic" -AllowRedirection
Import-PSSession -AllowClobber $ExchangeSession >null
Get-Mailbox -ResultSize Unlimited 2>>C:\Scripts\errors.log | Get-MailboxStatistics | Export-Csv C:\Reports\sizes.csv -NoTypeInformation

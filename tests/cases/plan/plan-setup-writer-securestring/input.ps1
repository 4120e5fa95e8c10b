# Weekly litigation hold report, run by Task Scheduler as svc-reports.
[byte[]]$Key = Get-Content "C:\Scripts\aes.key"
# Save the service account's password (AES-encrypted with the key above)
Read-Host -AsSecureString -Prompt "Password for svc-reports@contoso.com" | ConvertFrom-SecureString -Key $Key | Out-File "C:\Scripts\svc-reports.txt"
$SecurePassword = Get-Content "C:\Scripts\svc-reports.txt" | ConvertTo-SecureString -Key $Key
$Credential = New-Object System.Management.Automation.PSCredential ("svc-reports@contoso.com", $SecurePassword)

Connect-ExchangeOnline -Credential $Credential -ShowBanner:$false

Get-EXOMailbox -ResultSize Unlimited -Properties LitigationHoldEnabled | Where-Object LitigationHoldEnabled | Select-Object UserPrincipalName | Export-Csv "C:\Reports\hold.csv" -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false

# Litigation hold report for the tenant
$AdminCredential = Get-Credential -Message "Exchange Online admin (the report names who ran it)"
$AdminPassword = $AdminCredential.Password

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -AllowClobber

$rows = Get-Mailbox -ResultSize Unlimited | Select-Object DisplayName, LitigationHoldEnabled
$rows | Export-Csv -Path ".\hold-$($AdminCredential.UserName).csv" -NoTypeInformation
Write-Host "Report run by $($AdminCredential.UserName)"
Remove-PSSession $Session

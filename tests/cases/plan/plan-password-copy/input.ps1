# Litigation hold report
$credential = Get-Credential -Message "Tenant admin credential"
$adminUserName = $credential.UserName
$adminPassword = $credential.Password # Tenant Administrator password
Write-Host "Connecting as $adminUserName"
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $credential -Authentication Basic -AllowRedirection
Import-PSSession $session -AllowClobber
Get-Mailbox -ResultSize Unlimited | Where-Object { $_.LitigationHoldEnabled } | Select-Object DisplayName
Remove-PSSession $session

function Connect-ExoTenant($upn, $pass) {
    $secure = ConvertTo-SecureString $pass -AsPlainText -Force
    $creds = New-Object System.Management.Automation.PSCredential -ArgumentList $upn, $secure
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $creds -Authentication Basic -AllowRedirection
    Import-PSSession $exo -AllowClobber
    Write-Host "Next time run: Connect-ExoTenant -upn <admin@tenant.onmicrosoft.com> -pass <password>"
}

$upn = "exo-admin@fabrikam.onmicrosoft.com"
$pass = "Winter2018"
Connect-ExoTenant -upn $upn -pass $pass
Get-Mailbox -ResultSize Unlimited | Export-Csv .\mailboxes.csv -NoTypeInformation

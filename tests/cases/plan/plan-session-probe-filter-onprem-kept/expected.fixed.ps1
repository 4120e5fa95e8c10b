# Must not run inside the Exchange Management Shell of an on-premises server.
$local = Get-PSSession | Where-Object { $_.ConfigurationName -eq "Microsoft.Exchange" -and $_.ComputerName -notlike "*outlook.com" }
if ($local -ne $null) {
    Write-Error "Run this from a plain PowerShell window, not the Exchange Management Shell"
    exit 1
}
Connect-ExchangeOnline -ShowBanner:$false | Out-Null
Get-Mailbox -ResultSize 10 | Format-Table DisplayName, PrimarySmtpAddress

<#
  .Synopsis
    Exports the licensed users of the tenant to a CSV file.
  .Notes
    Requires Connect-ContosoO365.ps1 (signs in to Office 365 first).
#>

D:\Scripts\Shared\Connect-ContosoO365.ps1

$Filename = Read-Host "Enter a file name"
Get-MsolUser -All | Where-Object { $_.IsLicensed } | Select-Object DisplayName, UserPrincipalName, Department | Export-Csv -Path "C:\Temp\$Filename.csv" -NoTypeInformation -Encoding UTF8

# Remove the session when done.
Disconnect-ExchangeOnline -Confirm:$false

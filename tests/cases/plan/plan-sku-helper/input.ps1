# Load the Active Directory module
Import-Module ActiveDirectory
Import-Module MSOnline

Connect-MsolService

# New hires from HR: usage location, then the licence
Import-Csv .\new-hires.csv | ForEach-Object {
    Set-MsolUser -UserPrincipalName $_.Upn -UsageLocation $_.Country
    Set-MsolUserLicense -UserPrincipalName $_.Upn -AddLicenses "contoso:$($_.Sku)"
}

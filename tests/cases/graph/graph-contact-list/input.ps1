<#
    Lists the organisation's mail contacts for the address book review.
#>
param(
    [string]$OutFile = ".\contacts.csv"
)

Import-Module MSOnline
Connect-MsolService

$Contacts = Get-MsolContact -All | Select-Object DisplayName, EmailAddress, FirstName, LastName

$Report = foreach ($Contact in $Contacts) {
    if (-not [string]::IsNullOrEmpty($Contact.EmailAddress)) {
        [PSCustomObject]@{
            Name  = $Contact.DisplayName
            Email = $Contact.EmailAddress
        }
    }
}
$Report | Export-Csv -Path $OutFile -NoTypeInformation

# a quick look at the first few
foreach ($c in (Get-MsolContact -MaxResults 5)) {
    Write-Host ("{0} {1} <{2}> {3}" -f $c.FirstName, $c.LastName, $c.EmailAddress, $c.Title)
}

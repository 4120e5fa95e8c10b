<#
    Lists the organisation's mail contacts for the address book review.
#>
param(
    [string]$OutFile = ".\contacts.csv"
)

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Identity.DirectoryManagement
Connect-MgGraph -Scopes 'OrgContact.Read.All' -NoWelcome

$Contacts = Get-MgContact -All | Select-Object 'DisplayName', @{Name = 'EmailAddress'; Expression = {$_.Mail}}, @{Name = 'FirstName'; Expression = {$_.GivenName}}, @{Name = 'LastName'; Expression = {$_.Surname}}

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
foreach ($c in (Get-MgContact -Top 5)) {
    Write-Host ("{0} {1} <{2}> {3}" -f $c.GivenName, $c.Surname, $c.Mail, $c.JobTitle)
}

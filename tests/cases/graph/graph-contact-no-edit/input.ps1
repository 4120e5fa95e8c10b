# Contacts with their phone numbers and cities, for the reception desk list
Connect-MsolService

$Contacts = Get-MsolContact -All
foreach ($Contact in $Contacts) {
    Write-Output ("{0};{1};{2}" -f $Contact.DisplayName, $Contact.PhoneNumber, $Contact.City)
}

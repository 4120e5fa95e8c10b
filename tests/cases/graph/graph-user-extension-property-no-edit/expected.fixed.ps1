# ExtensionProperty reads without an exact Graph form: a key that is no directory extension
# (createdDateTime is a Graph user property, a DateTime where AzureAD gave a string), a key from a variable,
# the dictionary shown whole (Graph returns only the extension values -Property names).
# The file's migration is one unit: nothing is edited.
Connect-MgGraph -NoWelcome  # signed in to Graph already: the exact calls are rewritten one by one
$ada = Get-AzureADUser -ObjectId 'ada@contoso.com'
$ada.ExtensionProperty.createdDateTime
$bob = Get-AzureADUser -ObjectId 'bob@contoso.com'
$bob.ExtensionProperty[$name]
Get-AzureADUser -ObjectId 'eve@contoso.com' | Select-Object -ExpandProperty ExtensionProperty

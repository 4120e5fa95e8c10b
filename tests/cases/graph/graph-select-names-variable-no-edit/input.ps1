# The report's columns are kept in a variable: psauth cannot see which member properties
# Select-Object reads, so it cannot rename them for Graph's directory objects (a person decides)
param([Parameter(Mandatory)][string]$GroupId)
$columns = 'DisplayName', 'UserPrincipalName', 'ObjectType'
Connect-AzureAD
Get-AzureADGroupMember -ObjectId $GroupId -All $true | Select-Object $columns |
    Export-Csv .\members.csv -NoTypeInformation
Get-AzureADGroupOwner -ObjectId $GroupId -All $true |
    Select-Object @{Name = 'Owner'; Expression = 'DisplayName'}

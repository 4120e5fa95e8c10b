# Get-AzureADMSConditionalAccessPolicy read Microsoft Graph already: same property names; the list gets -All, one policy by id does not
Connect-MgGraph -Scopes 'Policy.Read.All' -NoWelcome
Get-MgIdentityConditionalAccessPolicy -pv cap -All | Select-Object -ExpandProperty Conditions | Select-Object -ExpandProperty Users | ForEach-Object {
    $_.IncludeGroups | Select-Object @{N = 'Group'; E = { $_ } }, @{N = 'Policy'; E = { $cap.DisplayName } }, @{N = 'State'; E = { $cap.State } }
} | Export-Csv -Path .\ca-groups.csv -NoTypeInformation
$one = Get-MgIdentityConditionalAccessPolicy -ConditionalAccessPolicyId '6b5e999b-0ba8-4186-a106-e0296c1c4358'
if ($one.State -eq 'Enabled') { Write-Output "$($one.DisplayName) is on since $($one.ModifiedDateTime)" }

# Apply a table of Group.Unified values: the names are computed, so psauth leaves the steps to a person
$values = @{ EnableGroupCreation = 'False'; AllowToAddGuests = 'False'; UsageGuidelinesUrl = 'https://contoso.com/groups' }
Connect-AzureAD
$setting = Get-AzureADDirectorySetting | Where-Object DisplayName -eq 'Group.Unified'
foreach ($name in $values.Keys) {
    $setting[$name] = $values[$name]
}
Set-AzureADDirectorySetting -Id $setting.Id -DirectorySetting $setting

Connect-AzureAD
$newSetting = Get-AzureADDirectorySetting | ? { $_.DisplayName -eq "Group.Unified" }
$settingsObjectID = $newSetting.id
$settingsCopy = Get-AzureADDirectorySetting -Id $settingsObjectID
$settingsCopy["EnableGroupCreation"] = $false
$creatorsGroup = Get-AzureADGroup -SearchString "Creators"
$settingsCopy["GroupCreationAllowedGroupId"] = $creatorsGroup.ObjectId
$settingsCopy["UsageGuidelinesUrl"] = "https://contoso.sharepoint.com/sites/groups/guidelines"
Set-AzureADDirectorySetting -Id $settingsObjectID -DirectorySetting $settingsCopy
Write-Output ("Group creation is now: " + $settingsCopy["EnableGroupCreation"])

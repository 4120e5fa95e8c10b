Connect-MgGraph -Scopes 'GroupMember.Read.All', 'GroupSettings.ReadWrite.All' -NoWelcome
$newSetting = Get-MgBetaDirectorySetting | ? { $_.DisplayName -eq "Group.Unified" }
$settingsObjectID = $newSetting.id
$settingsCopy = Get-MgBetaDirectorySetting -DirectorySettingId $settingsObjectID
($settingsCopy.Values | Where-Object { $_.Name -eq 'EnableGroupCreation' }).Value = $false
$creatorsGroup = Get-MgGroup -Filter 'mailNickName eq ''Creators'' or (mail eq ''Creators'' or (displayName eq ''Creators'' or startsWith(displayName,''Creators'')))'
($settingsCopy.Values | Where-Object { $_.Name -eq 'GroupCreationAllowedGroupId' }).Value = $creatorsGroup.Id
($settingsCopy.Values | Where-Object { $_.Name -eq 'UsageGuidelinesUrl' }).Value = "https://contoso.sharepoint.com/sites/groups/guidelines"
Update-MgBetaDirectorySetting -DirectorySettingId $settingsObjectID -Values $settingsCopy.Values
Write-Output ("Group creation is now: " + ($settingsCopy.Values | Where-Object { $_.Name -eq 'EnableGroupCreation' }).Value)

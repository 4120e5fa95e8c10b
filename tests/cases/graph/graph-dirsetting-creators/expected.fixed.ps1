<#
  Restrict who can create Microsoft 365 groups to the members of one security group.
#>
param(
    [string]$GroupName = "Group Creators",
    [string]$AllowGroupCreation = "False"
)

Connect-MgGraph -Scopes 'GroupMember.Read.All', 'GroupSettings.ReadWrite.All' -NoWelcome

$settingsObjectID = (Get-MgBetaDirectorySetting | Where-object -Property Displayname -Value "Group.Unified" -EQ).id
if (!$settingsObjectID) {
    $template = Get-MgBetaDirectorySettingTemplate | Where-object { $_.displayname -eq "group.unified" }
    $settingsCopy = @{ TemplateId = $template.Id; Values = @($template.Values | ForEach-Object { @{ Name = $_.Name; Value = $_.DefaultValue } }) }
    New-MgBetaDirectorySetting -BodyParameter $settingsCopy
    $settingsObjectID = (Get-MgBetaDirectorySetting | Where-object -Property Displayname -Value "Group.Unified" -EQ).id
}

$settingsCopy = Get-MgBetaDirectorySetting -DirectorySettingId $settingsObjectID
($settingsCopy.Values | Where-Object { $_.Name -eq 'EnableGroupCreation' }).Value = $AllowGroupCreation
if ($GroupName) {
    ($settingsCopy.Values | Where-Object { $_.Name -eq 'GroupCreationAllowedGroupId' }).Value = (Get-MgGroup -Filter "DisplayName eq '$GroupName'").Id
} else {
    ($settingsCopy.Values | Where-Object { $_.Name -eq 'GroupCreationAllowedGroupId' }).Value = $GroupName
}
Update-MgBetaDirectorySetting -DirectorySettingId $settingsObjectID -Values $settingsCopy.Values

(Get-MgBetaDirectorySetting -DirectorySettingId $settingsObjectID).Values

# Enable sensitivity label support for Microsoft 365 groups (tenant setting Group.Unified)
Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Beta.Identity.DirectoryManagement
Connect-MgGraph -Scopes 'GroupSettings.ReadWrite.All' -NoWelcome

$setting = (Get-MgBetaDirectorySetting | Where-Object -Property DisplayName -Value "Group.Unified" -EQ)
if ($setting -eq $null)
{
    $template = Get-MgBetaDirectorySettingTemplate -DirectorySettingTemplateId 62375ab9-6b52-47ed-826b-58e47e0e304b
    $setting = @{ TemplateId = $template.Id; Values = @($template.Values | ForEach-Object { @{ Name = $_.Name; Value = $_.DefaultValue } }) }
    ($setting.Values | Where-Object { $_.Name -eq 'EnableMIPLabels' }).Value = "True"
    New-MgBetaDirectorySetting -BodyParameter $setting
}
else
{
    ($setting.Values | Where-Object { $_.Name -eq 'EnableMIPLabels' }).Value = "True"
    Update-MgBetaDirectorySetting -DirectorySettingId $setting.Id -Values $setting.Values
}

# Group naming policy: a prefix/suffix requirement and custom blocked words
Connect-MgGraph -Scopes 'GroupSettings.ReadWrite.All' -NoWelcome

$existing = Get-MgBetaDirectorySetting | Where-Object { $_.DisplayName -eq 'Group.Unified' }
if (-not $existing) {
    $Template = Get-MgBetaDirectorySettingTemplate | Where-Object { $_.DisplayName -eq 'Group.Unified' }
    $Setting = @{ TemplateId = $Template.Id; Values = @($Template.Values | ForEach-Object { @{ Name = $_.Name; Value = $_.DefaultValue } }) }
    ($Setting.Values | Where-Object { $_.Name -eq 'PrefixSuffixNamingRequirement' }).Value = 'GRP_[GroupName]_[Department]'
    ($Setting.Values | Where-Object { $_.Name -eq 'CustomBlockedWordsList' }).Value = 'Payroll,CEO,HR'
    New-MgBetaDirectorySetting -BodyParameter $Setting
}
else {
    $Current = ($existing.Values | Where-Object { $_.Name -eq 'PrefixSuffixNamingRequirement' }).Value
    Write-Host "Current naming policy: $Current"
    ($existing.Values | Where-Object { $_.Name -eq 'PrefixSuffixNamingRequirement' }).Value = 'GRP_[GroupName]_[Department]'
    ($existing.Values | Where-Object { $_.Name -eq 'CustomBlockedWordsList' }).Value = 'Payroll,CEO,HR'
    Update-MgBetaDirectorySetting -DirectorySettingId $existing.Id -Values $existing.Values
}

# Group naming policy: a prefix/suffix requirement and custom blocked words
Connect-AzureAD

$existing = Get-AzureADDirectorySetting | Where-Object { $_.DisplayName -eq 'Group.Unified' }
if (-not $existing) {
    $Template = Get-AzureADDirectorySettingTemplate | Where-Object { $_.DisplayName -eq 'Group.Unified' }
    $Setting = $Template.CreateDirectorySetting()
    $Setting['PrefixSuffixNamingRequirement'] = 'GRP_[GroupName]_[Department]'
    $Setting['CustomBlockedWordsList'] = 'Payroll,CEO,HR'
    New-AzureADDirectorySetting -DirectorySetting $Setting
}
else {
    $Current = $existing['PrefixSuffixNamingRequirement']
    Write-Host "Current naming policy: $Current"
    $existing['PrefixSuffixNamingRequirement'] = 'GRP_[GroupName]_[Department]'
    $existing['CustomBlockedWordsList'] = 'Payroll,CEO,HR'
    Set-AzureADDirectorySetting -Id $existing.Id -DirectorySetting $existing
}

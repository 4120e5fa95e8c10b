# The setting object also goes to a log file: the Graph object is not AzureAD's, so a person decides
Connect-AzureAD
$setting = Get-AzureADDirectorySetting | Where-Object DisplayName -eq 'Group.Unified'
$setting['AllowToAddGuests'] = 'False'
$setting | Export-Clixml -Path .\group-settings-before.xml
Set-AzureADDirectorySetting -Id $setting.Id -DirectorySetting $setting

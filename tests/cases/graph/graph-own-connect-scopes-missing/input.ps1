# Puts the devices of each site into a device group (Intune assignments use the groups).
Import-Module Microsoft.Graph.Authentication
Connect-MgGraph -Scopes "DeviceManagementManagedDevices.Read.All"
Connect-AzureAD

function New-SiteGroup {
    param([string]$Site)
    $group = New-AzureADGroup -DisplayName "Devices - $Site" -MailEnabled $false -MailNickName "devices-$Site" -SecurityEnabled $true
    return $group
}

foreach ($site in 'Oslo', 'Bergen') {
    $existing = Get-AzureADGroup -Filter "displayName eq 'Devices - $site'"
    if (-not $existing) { $existing = New-SiteGroup -Site $site }
    $members = Get-AzureADGroupMember -ObjectId $existing.ObjectId -All $true | Select-Object -ExpandProperty ObjectId
    Write-Host "$site has $($members.Count) devices"
}

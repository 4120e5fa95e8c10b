# Creates a security group for each site and adds the site's devices to it.
Connect-AzureAD

function New-SiteGroup {
    param([string]$Site)
    $group = New-AzureADGroup -DisplayName "Devices - $Site" -MailEnabled $false -MailNickName "devices-$Site" -SecurityEnabled $true
    Write-Host "Created $($group.DisplayName)"
    return $group
}

foreach ($site in 'Oslo', 'Bergen') {
    $g = New-SiteGroup -Site $site
    Get-AzureADDevice -SearchString $site | ForEach-Object {
        Add-AzureADGroupMember -ObjectId $g.ObjectId -RefObjectId $_.ObjectId
    }
}

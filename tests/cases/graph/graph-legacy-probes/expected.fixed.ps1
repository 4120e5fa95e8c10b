<#
.SYNOPSIS
    Exports the members of the lab groups to a CSV file.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$CsvPath
)

Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Groups

if (-not (gcm Connect-MgGraph -ErrorAction SilentlyContinue)) {
    Write-Warning "The AzureAD module is not available on this computer."
    exit 1
}

if ($null -eq (Get-MgContext)) {
    Write-Host "Signing in..."
    Connect-MgGraph -Scopes 'GroupMember.Read.All' -NoWelcome
}

if ($null -ne (Get-MgContext)) {
    Write-Host "Connected."
}

$rows = foreach ($group in Get-MgGroup -Filter 'mailNickName eq ''Lab-'' or (mail eq ''Lab-'' or (displayName eq ''Lab-'' or startsWith(displayName,''Lab-'')))') {
    foreach ($member in Get-MgGroupMember -GroupId $group.Id -All) {
        [pscustomobject]@{
            Group  = $group.DisplayName
            Member = $member.Id
        }
    }
}
$rows | Export-Csv -Path $CsvPath -NoTypeInformation

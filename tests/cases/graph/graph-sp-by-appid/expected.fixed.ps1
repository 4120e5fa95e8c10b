# Get-MsolServicePrincipal -AppPrincipalId: Get-MgServicePrincipalByAppId -AppId, a get by
# Graph's alternate key that returns the one service principal (no -Top added)
param([string]$AppId = '00000003-0000-0ff1-ce00-000000000000')

Connect-MgGraph -Scopes 'Application.Read.All' -NoWelcome

function Show-Principal {
    $principal = Get-MgServicePrincipalByAppId -AppId $AppId
    Write-Host "Principal: $($principal.DisplayName) ($($principal.Id))"
    if ($principal.ServicePrincipalNames -notcontains "$AppId/contoso.sharepoint.com") {
        Write-Host "SharePoint SPN missing"
    }
}

$existing = Get-MgServicePrincipalByAppId -AppId 'aaaaaaaa-bbbb-cccc-1111-222222222222' -ErrorAction SilentlyContinue
if ($existing -eq $null) {
    Write-Host "Not registered yet"
}
Show-Principal

# MSOnline's AppPrincipalId is Graph's AppId
Get-MgServicePrincipal -All | Where-Object { $_.AppId -eq $AppId } |
    Select-Object 'DisplayName', @{Name = 'AppPrincipalId'; Expression = {$_.AppId}}, 'AccountEnabled'

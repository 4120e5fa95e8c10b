# The service principal's SPN list changed in place: MSOnline's list took Add(), Graph
# PowerShell's ServicePrincipalNames is a String[] whose Add() fails, so that lookup needs a
# person. Show-SigningPrincipal's own $principal is another variable: its lookup is exact
# (held back with the file). The last lookup is partner-scoped (-TenantId), which Graph has
# no per-call form of.
param([guid]$CustomerTenant)

function Show-SigningPrincipal {
    $principal = Get-MsolServicePrincipal -AppPrincipalId '00000003-0000-0ff1-ce00-000000000000'
    Write-Host "Signing principal: $($principal.ObjectId)"
}

function Add-SearchPrincipal {
    $spns = @('00000003-0000-0ff1-ce00-000000000000/search.contoso.com')
    $principal = Get-MsolServicePrincipal -AppPrincipalId '00000003-0000-0ff1-ce00-000000000000' -ErrorAction SilentlyContinue
    if ($principal -ne $null) {
        $spns | ForEach-Object {
            if ($principal.ServicePrincipalNames -notcontains $_) {
                $principal.ServicePrincipalNames.Add($_)
            }
        }
    }
}

Connect-MsolService
Show-SigningPrincipal
Add-SearchPrincipal
$customerSp = Get-MsolServicePrincipal -AppPrincipalId '00000003-0000-0ff1-ce00-000000000000' -TenantId $CustomerTenant
Write-Host $customerSp.DisplayName

# The service principal's SPN list changed in place: MSOnline's list took Add(), Graph
# PowerShell's ServicePrincipalNames is a String[] whose Add() fails, so the lookup needs a
# person; the second lookup is partner-scoped (-TenantId), which Graph has no per-call form of
param([guid]$CustomerTenant)

Connect-MsolService
$spns = @('00000003-0000-0ff1-ce00-000000000000/search.contoso.com')
$principal = Get-MsolServicePrincipal -AppPrincipalId '00000003-0000-0ff1-ce00-000000000000' -ErrorAction SilentlyContinue
if ($principal -ne $null) {
    $spns | ForEach-Object {
        if ($principal.ServicePrincipalNames -notcontains $_) {
            $principal.ServicePrincipalNames.Add($_)
        }
    }
}
$customerSp = Get-MsolServicePrincipal -AppPrincipalId '00000003-0000-0ff1-ce00-000000000000' -TenantId $CustomerTenant
Write-Host $customerSp.DisplayName

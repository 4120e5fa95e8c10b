# Counts the groups of the tenant; signs in when needed.
try {
    $groups = Get-AzureADGroup -All $true -ErrorAction SilentlyContinue
    Write-Host "$($groups.Count) groups"
}
catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] {
    Connect-AzureAD
    $groups = Get-AzureADGroup -All $true
    Write-Host "$($groups.Count) groups"
}

# Lists the guests of the tenant; run Connect-AzureAD first.
try
{
    $guests = Get-AzureADUser -Filter "userType eq 'Guest'" -All $true
}
catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException]
{
    Write-Error 'You must call Connect-AzureAD before running this script.'
    exit 1
}
$guests | Select-Object DisplayName, Mail | Format-Table -AutoSize

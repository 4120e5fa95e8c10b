# $guests | Set-AzureADUser, $guests assigned in both branches by Get-AzureADUser: each object's
# Id goes to Update-MgUser -UserId in a ForEach-Object
param([string]$Domain = '')
Connect-AzureAD
if ($Domain) {
    $guests = Get-AzureADUser -All $true | Where-Object { $_.UserType -eq 'Guest' -and $_.Mail -like "*$Domain" }
} else {
    $guests = Get-AzureADUser -All $true | Where-Object { $_.UserType -eq 'Guest' }
}
$guests | Set-AzureADUser -AccountEnabled $false

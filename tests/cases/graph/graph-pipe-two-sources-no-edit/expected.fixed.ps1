# One branch fills the variable from a CSV (objects with no Graph Id): nothing is edited
param([string]$Path = '')
Connect-AzureAD
if ($Path) {
    $guests = Import-Csv $Path
} else {
    $guests = Get-AzureADUser -All $true | Where-Object { $_.UserType -eq 'Guest' }
}
$guests | Set-AzureADUser -AccountEnabled $false

# $guests | Set-AzureADUser, $guests assigned in both branches by Get-AzureADUser: each object's
# Id goes to Update-MgUser -UserId in a ForEach-Object
param([string]$Domain = '')
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
if ($Domain) {
    $guests = Get-MgUser -All -Property UserType, Mail, Id | Where-Object { $_.UserType -eq 'Guest' -and $_.Mail -like "*$Domain" }
} else {
    $guests = Get-MgUser -All -Property UserType, Id | Where-Object { $_.UserType -eq 'Guest' }
}
$guests | ForEach-Object { Update-MgUser -UserId $_.Id -AccountEnabled:$false }

# Bare-word arguments the grammar rejects: text in brackets glued to a word, a lone
# dash, and a Windows PowerShell workflow's foreach -Parallel -ThrottleLimit.
$Module = Get-Module -Name Microsoft.Graph.Authentication -ListAvailable
if ($Module.Count -eq 0) {
    $Confirm = Read-Host Are you sure you want to install the module? [Y]Yes [N]No
    if ($Confirm -match "[yY]") { Install-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users -Scope CurrentUser }
}
Connect-MgGraph -Scopes 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome
Import-Csv .\users.csv | ForEach-Object {
    $User = Get-MgUser -UserId $_.UserPrincipalName -Property UserPrincipalName, DisplayName, Id
    Update-MgUser -UserId $User.UserPrincipalName -AccountEnabled:$false
    Write-Host $User.DisplayName - sign-in blocked -ForegroundColor Yellow
}

workflow Test-Sites {
    param([string[]]$Sites)
    ForEach -Parallel -ThrottleLimit 10 ($s in $Sites) {
        Invoke-WebRequest -Uri $s -UseBasicParsing
    }
}

# Bare-word arguments the grammar rejects: text in brackets glued to a word, a lone
# dash, and a Windows PowerShell workflow's foreach -Parallel -ThrottleLimit.
$Module = Get-Module -Name MSOnline -ListAvailable
if ($Module.Count -eq 0) {
    $Confirm = Read-Host Are you sure you want to install the module? [Y]Yes [N]No
    if ($Confirm -match "[yY]") { Install-Module MSOnline -Scope CurrentUser }
}
Connect-MsolService
Import-Csv .\users.csv | ForEach-Object {
    $User = Get-MsolUser -UserPrincipalName $_.UserPrincipalName
    Set-MsolUser -UserPrincipalName $User.UserPrincipalName -BlockCredential $true
    Write-Host $User.DisplayName - sign-in blocked -ForegroundColor Yellow
}

workflow Test-Sites {
    param([string[]]$Sites)
    ForEach -Parallel -ThrottleLimit 10 ($s in $Sites) {
        Invoke-WebRequest -Uri $s -UseBasicParsing
    }
}

# Exports every user with the name and address of their manager.
Connect-AzureAD

$AllUsers = Get-AzureADUser -All $true | Select-Object -Property DisplayName, UserPrincipalName

$Result = foreach ($User in $AllUsers) {
    $managerObj = $null
    $managerObj = Get-AzureADUserManager -ObjectId $User.UserPrincipalName
    [PSCustomObject]@{
        UserName          = $User.DisplayName
        UserPrincipalName = $User.UserPrincipalName
        ManagerName       = if ($managerObj -ne $null) { $managerObj.DisplayName } else { $null }
        ManagerUpn        = if ($managerObj -ne $null) { $managerObj.UserPrincipalName } else { $null }
        ManagerMail       = if ($managerObj -ne $null) { $managerObj.Mail } else { $null }
    }
}

$Result | Select-Object UserName, UserPrincipalName, ManagerName, ManagerUpn, ManagerMail |
    Export-Csv -Path ".\UsersManagerInfo.csv" -NoTypeInformation -Encoding UTF8

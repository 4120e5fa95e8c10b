# Exports every user with the name and address of their manager.
Connect-MgGraph -Scopes 'User.Read.All' -NoWelcome

$AllUsers = Get-MgUser -All -Property DisplayName, UserPrincipalName, Id | Select-Object -Property DisplayName, UserPrincipalName

$Result = foreach ($User in $AllUsers) {
    $managerObj = $null
    $managerObj = Get-MgUserManager -UserId $User.UserPrincipalName
    [PSCustomObject]@{
        UserName          = $User.DisplayName
        UserPrincipalName = $User.UserPrincipalName
        ManagerName       = if ($managerObj -ne $null) { $managerObj.AdditionalProperties.displayName } else { $null }
        ManagerUpn        = if ($managerObj -ne $null) { $managerObj.AdditionalProperties.userPrincipalName } else { $null }
        ManagerMail       = if ($managerObj -ne $null) { $managerObj.AdditionalProperties.mail } else { $null }
    }
}

$Result | Select-Object UserName, UserPrincipalName, ManagerName, ManagerUpn, ManagerMail |
    Export-Csv -Path ".\UsersManagerInfo.csv" -NoTypeInformation -Encoding UTF8

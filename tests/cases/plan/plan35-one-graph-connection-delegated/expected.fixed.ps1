param([Parameter(Mandatory)][string]$UserPrincipalName, [string]$Department = 'Sales')

Connect-MgGraph -Scopes 'User.ReadWrite.All', 'Mail.Send' -NoWelcome

Update-MgUser -UserId $UserPrincipalName -Department $Department
$user = Get-MgUser -UserId $UserPrincipalName -Property DisplayName, Id
Send-MgUserMail -UserId 'it-admin@contoso.com' -BodyParameter @{
    message = @{
        subject = "Moved $($user.DisplayName) to $Department"
        body = @{ contentType = 'Text'; content = 'Done.' }
        toRecipients = @('it-reports@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
    }
}

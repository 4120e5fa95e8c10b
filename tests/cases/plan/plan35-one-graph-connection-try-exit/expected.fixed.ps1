# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.EnableDisableAccount.All, User.Read.All, Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'


try {
    Import-Module Microsoft.Graph.Authentication, Microsoft.Graph.Users
    # TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
    # Mail.Send as an application permission can send as every mailbox; to limit the
    # app to the sender's mailbox use Exchange Online RBAC for Applications (role
    # "Application Mail.Send" with a management scope) instead of the consent.
    Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome -ErrorAction Stop
}
catch {
    Write-EventLog -LogName Application -Source 'Leaver' -EntryType Error -EventId 10 -Message "Cannot connect: $_"
    exit 1
}

$leavers = Get-ChildItem 'C:\Leavers\*.xml'
foreach ($file in $leavers) {
    [xml]$leaver = Get-Content $file.FullName
    Update-MgUser -UserId $leaver.Form.Upn -AccountEnabled:$false
    Send-MgUserMail -UserId 'svc-leaver@contoso.com' -BodyParameter @{
        message = @{
            subject = "Leaver $($leaver.Form.Upn) blocked"
            body = @{ contentType = 'Text'; content = 'Sign-in blocked.' }
            toRecipients = @('helpdesk@contoso.com' | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        }
    }
    Remove-Item $file.FullName
}

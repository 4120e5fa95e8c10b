# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: Mail.Send
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

# Nightly mailbox quota report with a pie chart, mailed to the helpdesk (scheduled task).
[void][Reflection.Assembly]::LoadWithPartialName("System.Windows.Forms")
[void][Reflection.Assembly]::LoadWithPartialName("System.Windows.Forms.DataVisualization")

$Chart = New-Object System.Windows.Forms.DataVisualization.Charting.Chart
$Chart.Width = 500
$Chart.Height = 400
$Area = New-Object System.Windows.Forms.DataVisualization.Charting.ChartArea
$Chart.ChartAreas.Add($Area)
[void]$Chart.Series.Add("Data")
$Chart.Series["Data"].Points.DataBindXY(@("Used", "Free"), @(70, 30))
$Chart.SaveImage("$PSScriptRoot\quota.png", "PNG")

# TODO(psauth): the app registration needs the Microsoft Graph application permission Mail.Send
# Mail.Send as an application permission can send as every mailbox; to limit the
# app to the sender's mailbox use Exchange Online RBAC for Applications (role
# "Application Mail.Send" with a management scope) instead of the consent.
Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Send-MgUserMail -UserId "reports@contoso.com" -BodyParameter @{
    message = @{
        subject = "Quota report"
        body = @{ contentType = 'Text'; content = "See the chart." }
        toRecipients = @("helpdesk@contoso.com" | ForEach-Object { @{ emailAddress = @{ address = $_ } } })
        attachments = @("$PSScriptRoot\quota.png" | ForEach-Object { @{ '@odata.type' = '#microsoft.graph.fileAttachment'; name = (Split-Path $_ -Leaf); contentBytes = [Convert]::ToBase64String([IO.File]::ReadAllBytes((Convert-Path -LiteralPath $_))) } })
    }
}

<#
.SYNOPSIS
    Monthly mailbox activity and password-age report, app-only (certificate).

.DESCRIPTION
    Runs unattended on CONTOSO-AUTO01 with the "Contoso Reporting" app
    registration. Exchange Online and Microsoft Graph both use the certificate
    in Cert:\CurrentUser\My; there is no stored password anywhere.
    History: until 2022 this job used New-PSSession -Authentication Basic with
    a service account; it was rewritten when basic authentication was retired.

.PARAMETER NotifyMailbox
    Mailbox that sends the report (Mail.Send scoped with RBAC for Applications).
#>
param(
    [string]$AppId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
    [string]$TenantId = 'contoso.onmicrosoft.com',
    [string]$Thumbprint = '3A7F2C9E1B5D8046F2A9C3E7B1D50F8A6C2E4B90',
    [string]$ReportFolder = 'D:\Reports\Monthly',
    [string]$NotifyMailbox = 'reports@contoso.com',
    [int]$MaxPasswordAgeDays = 180
)

$stamp = Get-Date -Format 'yyyy-MM'
$PasswordFile = "$ReportFolder\PasswordAge_$stamp.csv"
$activityFile = "$ReportFolder\MailboxActivity_$stamp.csv"

Write-Host 'Note: basic authentication is disabled for this tenant; signing in with the app certificate.'
Connect-ExchangeOnline -CertificateThumbprint $Thumbprint -AppId $AppId -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false

$mailboxes = Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress, LitigationHoldEnabled, HiddenFromAddressListsEnabled
$activity = foreach ($mbx in $mailboxes) {
    $stats = Get-EXOMailboxStatistics -UserPrincipalName $mbx.UserPrincipalName -Properties LastUserActionTime
    [pscustomobject]@{
        UserPrincipalName  = $mbx.UserPrincipalName
        Type               = $mbx.RecipientTypeDetails
        Forwarding         = $mbx.ForwardingSmtpAddress
        LitigationHold     = $mbx.LitigationHoldEnabled
        LastUserActionTime = $stats.LastUserActionTime
    }
}
$AuthenticatedUserCount = @($activity | Where-Object { $_.LastUserActionTime -gt (Get-Date).AddDays(-30) }).Count
$activity | Export-Csv -Path $activityFile -NoTypeInformation
Write-Host "$AuthenticatedUserCount of $($activity.Count) mailboxes active in the last 30 days"

Connect-MgGraph -ClientId $AppId -TenantId $TenantId -CertificateThumbprint $Thumbprint -NoWelcome
$passwordExpiryReport = Get-MgUser -All -Property UserPrincipalName, LastPasswordChangeDateTime, PasswordPolicies |
    Where-Object { $_.PasswordPolicies -notmatch 'DisablePasswordExpiration' } |
    ForEach-Object {
        $age = ((Get-Date) - $_.LastPasswordChangeDateTime).Days
        [pscustomobject]@{ UserPrincipalName = $_.UserPrincipalName; PasswordAgeDays = $age; OverLimit = ($age -gt $MaxPasswordAgeDays) }
    }
$passwordExpiryReport | Export-Csv -Path $PasswordFile -NoTypeInformation

$mail = @{
    message = @{
        subject      = "Monthly mailbox activity report $stamp"
        body         = @{ contentType = 'Text'; content = "Active mailboxes: $AuthenticatedUserCount. Password-age report saved to the reports share." }
        toRecipients = @(@{ emailAddress = @{ address = 'it-ops@contoso.com' } })
        attachments  = @(
            @{
                '@odata.type' = '#microsoft.graph.fileAttachment'
                name          = Split-Path $activityFile -Leaf
                contentBytes  = [Convert]::ToBase64String([IO.File]::ReadAllBytes($activityFile))
            }
        )
    }
    saveToSentItems = $false
}
try { Send-MgUserMail -UserId $NotifyMailbox -BodyParameter $mail }
catch { Write-Warning "Report mail failed: $($_.Exception.Message)" }

Disconnect-MgGraph | Out-Null
Disconnect-ExchangeOnline -Confirm:$false

<#
.SYNOPSIS
    Lists unread messages with attachments in shared inboxes (EWS Managed API).

.DESCRIPTION
    The accounts-payable team asked for a morning list of invoices waiting in
    their shared mailboxes. The script impersonates each mailbox from the CSV
    with the EWS service account and exports sender, subject and received time.

.PARAMETER MailboxCsv
    CSV with a column named Mailbox (SMTP addresses).

.NOTES
    Needs the EWS Managed API 2.2 installed in the default location.
    Service account password is provided in the EWS_SVC_PASSWORD environment variable.
#>
param(
    [string]$MailboxCsv = 'C:\Scripts\EWS\ap-mailboxes.csv',
    [string]$OutputCsv = 'C:\Scripts\EWS\ap-unread.csv',
    [int]$PageSize = 100
)

Add-Type -Path "C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll"

$user = 'svc-ews@fabrikam.com'
$pass = $env:EWS_SVC_PASSWORD

$service = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$service.Credentials = New-Object Microsoft.Exchange.WebServices.Data.WebCredentials($user, $pass)
$service.Url = "https://outlook.office365.com/EWS/Exchange.asmx"

$found = @()
foreach ($entry in (Import-Csv -Path $MailboxCsv)) {
    $mailbox = $entry.Mailbox
    Write-Host "Searching inbox of $mailbox" -ForegroundColor Cyan
    $service.ImpersonatedUserId = New-Object Microsoft.Exchange.WebServices.Data.ImpersonatedUserId(
        [Microsoft.Exchange.WebServices.Data.ConnectingIdType]::SmtpAddress, $mailbox)

    $view = New-Object Microsoft.Exchange.WebServices.Data.ItemView($PageSize)
    $unreadFilter = New-Object Microsoft.Exchange.WebServices.Data.SearchFilter+IsEqualTo(
        [Microsoft.Exchange.WebServices.Data.EmailMessageSchema]::IsRead, $false)
    try {
        do {
            $results = $service.FindItems([Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Inbox, $unreadFilter, $view)
            foreach ($item in $results.Items) {
                if (-not $item.HasAttachments) { continue }
                $found += [pscustomobject]@{
                    Mailbox  = $mailbox
                    From     = $item.From.Address
                    Subject  = $item.Subject
                    Received = $item.DateTimeReceived
                }
            }
            $view.Offset += $results.Items.Count
        } while ($results.MoreAvailable)
    }
    catch {
        Write-Host "  failed: $($_.Exception.Message)" -ForegroundColor Red
    }
}

$found | Sort-Object Received | Export-Csv -Path $OutputCsv -NoTypeInformation
Write-Host "$($found.Count) unread messages with attachments exported to $OutputCsv" -ForegroundColor Green

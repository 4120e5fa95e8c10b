<#
.SYNOPSIS
    Weekly mailbox size report for the Contoso Exchange Online tenant.

.DESCRIPTION
    Connects to Exchange Online through classic remote PowerShell, collects
    size and last-logon data for every user mailbox and writes a CSV report.
    Written in 2019 for the Monday capacity meeting; runs from the admin jump box.

.PARAMETER ReportFolder
    Folder that receives the CSV file.

.PARAMETER WarningSizeGB
    Mailboxes larger than this are flagged in the report.

.EXAMPLE
    .\exo-basic-rps.ps1 -ReportFolder D:\Reports\Exchange -WarningSizeGB 45
#>
param(
    [string]$ReportFolder = 'C:\Reports\Exchange',
    [int]$WarningSizeGB = 40
)

$UserCredential = Get-Credential -Message 'Exchange Online admin (admin@contoso.onmicrosoft.com)'

Write-Host 'Connecting to Exchange Online...' -ForegroundColor Cyan
$Session = New-PSSession -ConfigurationName Microsoft.Exchange `
    -ConnectionUri https://outlook.office365.com/powershell-liveid/ `
    -Credential $UserCredential -Authentication Basic -AllowRedirection
Import-PSSession $Session -DisableNameChecking | Out-Null

$report = @()
try {
    $mailboxes = Get-Mailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox
    $total = $mailboxes.Count
    $i = 0
    foreach ($mbx in $mailboxes) {
        $i++
        Write-Host ("[{0}/{1}] {2}" -f $i, $total, $mbx.PrimarySmtpAddress)
        $stats = Get-MailboxStatistics -Identity $mbx.UserPrincipalName
        # TotalItemSize looks like "1.234 GB (1,325,099,008 bytes)"
        $bytes = [int64](($stats.TotalItemSize.ToString() -replace '^.*\(|\s*bytes\)$' -replace ',', ''))
        $sizeGB = [math]::Round($bytes / 1GB, 2)
        $report += [pscustomobject]@{
            DisplayName   = $mbx.DisplayName
            PrimarySmtp   = $mbx.PrimarySmtpAddress
            ItemCount     = $stats.ItemCount
            SizeGB        = $sizeGB
            LastLogonTime = $stats.LastLogonTime
            OverLimit     = ($sizeGB -gt $WarningSizeGB)
        }
    }
}
catch {
    Write-Host "Report failed: $($_.Exception.Message)" -ForegroundColor Red
}
finally {
    Remove-PSSession $Session
}

if (-not (Test-Path $ReportFolder)) {
    New-Item -Path $ReportFolder -ItemType Directory | Out-Null
}
$csvPath = Join-Path $ReportFolder ("MailboxSizes_{0:yyyyMMdd}.csv" -f (Get-Date))
$report | Sort-Object SizeGB -Descending | Export-Csv -Path $csvPath -NoTypeInformation -Encoding UTF8
Write-Host ("{0} mailboxes written to {1} ({2} over {3} GB)" -f $report.Count, $csvPath,
    ($report | Where-Object OverLimit).Count, $WarningSizeGB) -ForegroundColor Green

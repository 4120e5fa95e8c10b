<#
.SYNOPSIS
    Offboarding helper: hides a leaver's mailbox and reports their OneDrive.

.DESCRIPTION
    Run by the service desk from Task Scheduler with a CSV of leavers.
    For each leaver the mailbox is hidden from the address lists and converted
    to shared, then the SharePoint admin centre is queried for their OneDrive.

.PARAMETER LeaverCsv
    CSV with a UserPrincipalName column.
#>
param(
    [Parameter(Mandatory = $true)]
    [string]$LeaverCsv,
    [string]$LogFile = 'C:\Scripts\Offboarding\offboarding.log'
)

# Service account (no MFA - excluded in conditional access, ticket CHG-20417)
$AdminUser = 'svc-offboard@contoso.onmicrosoft.com'
$Password = ConvertTo-SecureString 'Summer2024!' -AsPlainText -Force
$Cred = New-Object System.Management.Automation.PSCredential($AdminUser, $Password)

function Write-Log([string]$Message) {
    $line = '{0:u} {1}' -f (Get-Date), $Message
    Add-Content -Path $LogFile -Value $line
    Write-Host $line
}

$leavers = Import-Csv -Path $LeaverCsv
Write-Log "Starting offboarding for $($leavers.Count) user(s)"

Connect-ExchangeOnline -Credential $Cred -ShowBanner:$false
Connect-SPOService -Url https://contoso-admin.sharepoint.com -Credential $Cred

$summary = foreach ($leaver in $leavers) {
    $upn = $leaver.UserPrincipalName
    $status = 'OK'
    try {
        Set-Mailbox -Identity $upn -Type Shared -HiddenFromAddressListsEnabled $true -ErrorAction Stop
        Write-Log "Mailbox for $upn converted to shared"
    }
    catch {
        $status = "Mailbox error: $($_.Exception.Message)"
        Write-Log $status
    }

    $oneDriveUrl = 'https://contoso-my.sharepoint.com/personal/' + ($upn -replace '[@.]', '_')
    $site = Get-SPOSite -Identity $oneDriveUrl -ErrorAction SilentlyContinue
    [pscustomobject]@{
        UserPrincipalName = $upn
        MailboxStatus     = $status
        OneDriveUrl       = $oneDriveUrl
        OneDriveUsedMB    = if ($site) { $site.StorageUsageCurrent } else { $null }
    }
}

$summary | Export-Csv -Path ($LeaverCsv -replace '\.csv$', '-result.csv') -NoTypeInformation
Disconnect-SPOService
Disconnect-ExchangeOnline -Confirm:$false
Write-Log 'Offboarding run finished'

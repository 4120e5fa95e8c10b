<#
.SYNOPSIS
    Lists licensed users and their mailbox sizes.
.PARAMETER UserId
    The admin account used to sign in, for example admin@fabrikamlabs.onmicrosoft.com.
.PARAMETER Password
    The admin account's password.
.PARAMETER OutFile
    Where the CSV report goes.
.EXAMPLE
    .\Get-LicensedMailboxReport.ps1 -UserId admin@fabrikamlabs.onmicrosoft.com -Password 'x' -OutFile .\report.csv
#>
param(
    [string]$UserId,
    [string]$Password,
    [string]$OutFile = '.\LicensedMailboxes.csv'
)

$secure = ConvertTo-SecureString -String $Password -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential $UserId, $secure

Connect-MsolService -Credential $cred
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

$rows = foreach ($u in Get-MsolUser -All | Where-Object { $_.IsLicensed }) {
    $stats = Get-MailboxStatistics -Identity $u.UserPrincipalName
    [pscustomobject]@{
        User = $u.UserPrincipalName
        Size = $stats.TotalItemSize
    }
}
$rows | Export-Csv -Path $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false

<#
.SYNOPSIS
    Reports mailboxes whose forwarding sends mail outside the organization.

.PARAMETER UserName
    Account for unattended runs (non-MFA). Use it with -Password
    from the task scheduler.

.PARAMETER Password
    Password of the -UserName account.

.PARAMETER OutFile
    Where the CSV report goes.

.EXAMPLE
    .\input.ps1 -OutFile .\forwarding.csv
#>
param(
    [string]$UserName,
    [string]$Password,
    [string]$OutFile = '.\forwarding.csv'
)

if (($UserName -ne "") -and ($Password -ne "")) {
    $secure = ConvertTo-SecureString -AsPlainText $Password -Force
    $credential = New-Object System.Management.Automation.PSCredential $UserName, $secure
    Connect-ExchangeOnline -Credential $credential
}
else {
    Connect-ExchangeOnline
}

Get-EXOMailbox -ResultSize Unlimited -Properties ForwardingSmtpAddress |
    Where-Object { $_.ForwardingSmtpAddress } |
    Select-Object DisplayName, ForwardingSmtpAddress |
    Export-Csv -Path $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false

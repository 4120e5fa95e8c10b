<#
.SYNOPSIS
    Connects to Exchange Online with the password saved next to the script.
#>
[CmdletBinding()]
PARAM(
    [int]$ResultSize = 10
)
BEGIN
{
    $PasswordFile = "$PSScriptRoot\exo-password.txt"
}
PROCESS
{
    $SecurePassword = Get-Content $PasswordFile | ConvertTo-SecureString
    $Credential = New-Object System.Management.Automation.PSCredential -ArgumentList 'svc-reports@contoso.com', $SecurePassword
    $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $Session -DisableNameChecking | Out-Null
    Get-Mailbox -ResultSize $ResultSize | Select-Object DisplayName, PrimarySmtpAddress
}
END
{
    Remove-PSSession $Session
}

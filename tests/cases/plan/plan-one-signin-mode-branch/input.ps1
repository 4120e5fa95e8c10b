<#
.SYNOPSIS
    Exports the mailboxes that have litigation hold enabled.
.EXAMPLE
    .\Export-HoldMailboxes.ps1 -UserName admin@contoso.com -Password 'P@ss'
#>
param(
    [string]$UserName = "",
    [string]$Password = "",
    [string]$OutFile = ".\HoldMailboxes.csv"
)

function Open-ExchangeConnection {
    # scheduled runs pass the credential as parameters
    if (($UserName -ne "") -and ($Password -ne "")) {
        $secure = ConvertTo-SecureString -AsPlainText $Password -Force
        $cred = New-Object System.Management.Automation.PSCredential $UserName, $secure
        Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
    }
    else {
        Connect-ExchangeOnline -ShowBanner:$false
    }
}

Open-ExchangeConnection
Get-Mailbox -ResultSize Unlimited -Filter "LitigationHoldEnabled -eq `$true" |
    Select-Object DisplayName, PrimarySmtpAddress, LitigationHoldDate |
    Export-Csv $OutFile -NoTypeInformation
Disconnect-ExchangeOnline -Confirm:$false

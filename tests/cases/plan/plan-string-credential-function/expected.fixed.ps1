# Shared helpers for the mailbox audit; dot-source and call Connect-Services.
function Connect-Services {
    param(
        [Parameter(Mandatory = $true)]
        [string]$AdminUpn
    )
    Connect-ExchangeOnline -UserPrincipalName $AdminUpn -ShowProgress $true
    Connect-MicrosoftTeams -AccountId $AdminUpn | Out-Null
}

Connect-Services -AdminUpn "auditor@contoso.com"
Get-EXOMailbox -ResultSize 50 | Select-Object DisplayName, PrimarySmtpAddress
Get-Team | Select-Object DisplayName

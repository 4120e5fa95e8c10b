function Connect-Exo {
    Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false | Out-Null
}

function Disconnect-Exo {
    Disconnect-ExchangeOnline -Confirm:$false
}

Connect-Exo
Get-Mailbox -ResultSize 5
Disconnect-Exo

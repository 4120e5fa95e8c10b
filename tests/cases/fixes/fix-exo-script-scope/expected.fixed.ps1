# TODO(psauth): managed-identity sign-in for the rewritten connections.
# Grant the managed identity (app role assignments):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator

function Connect-Exo {
    Connect-ExchangeOnline -ManagedIdentity -Organization 'contoso.onmicrosoft.com' -ShowBanner:$false | Out-Null
}

function Disconnect-Exo {
    Disconnect-ExchangeOnline -Confirm:$false
}

Connect-Exo
Get-Mailbox -ResultSize 5
Disconnect-Exo

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

function New-HybridMoveBatch {
    [CmdletBinding()]
    param([string]$Group)

    begin {
        Import-Module ActiveDirectory
        if (-not (Get-PSSession -Name 'ExchangeOnline*' -ErrorAction SilentlyContinue)) {
            Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false
        }
    }

    process {
        $endpoint = Get-MigrationEndpoint
        foreach ($member in Get-ADGroupMember -Identity $Group) {
            $user = Get-ADUser $member.SamAccountName
            New-MoveRequest -Identity $user.UserPrincipalName -Remote -RemoteHostName $endpoint.RemoteServer -TargetDeliveryDomain 'contoso.mail.onmicrosoft.com'
        }
    }
}

Export-ModuleMember -Function New-HybridMoveBatch

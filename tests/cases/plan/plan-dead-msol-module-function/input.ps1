function New-HybridMoveBatch {
    [CmdletBinding()]
    param([string]$Group)

    begin {
        Import-Module ActiveDirectory
        Import-Module MSOnline
        if (-not (Get-PSSession -Name 'ExchangeOnline*' -ErrorAction SilentlyContinue)) {
            $cloudCred = Get-StoredCredential -Target O365
            Connect-MsolService -Credential $cloudCred
            Connect-ExchangeOnline -Credential $cloudCred -ShowBanner:$false
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

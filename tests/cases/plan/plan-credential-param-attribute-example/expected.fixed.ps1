function Connect-Tenant {
    <#
    .SYNOPSIS
        Connects to Exchange Online.
    .EXAMPLE
        Connect-Tenant -Credential admin@contoso.com
        Asks for admin@contoso.com's password and connects.
    .EXAMPLE
        Connect-Tenant -Credential $cred
        Connects with a credential object the caller already holds.
    #>
    [CmdletBinding()]
    param(
        [System.Management.Automation.PSCredential]
        [System.Management.Automation.Credential()]
        $Credential = [System.Management.Automation.PSCredential]::Empty
    )
    Connect-ExchangeOnline -UserPrincipalName $Credential.UserName -ShowBanner:$false | Out-Null
}

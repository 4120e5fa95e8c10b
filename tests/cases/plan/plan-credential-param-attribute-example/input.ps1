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
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Credential -Authentication Basic -AllowRedirection
    Import-PSSession $s -AllowClobber | Out-Null
}

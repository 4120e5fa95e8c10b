# [CmdletBinding()] then Param with its '(' on the next line: the grammar read
# 'Param' as a command and dropped the parameter block without an error.
function Set-MailboxOwner {
    [CmdletBinding()]
    [Alias()]
    Param
    (
        # the account's password
        [Parameter(Mandatory = $true,
            Position = 0)]
        [string]$Password,

        [string]$Identity
    )
    Write-Output "$Identity $($Password.Length)"
}

$Connect = {
    [CmdletBinding()]
    param
    (
        [string]$AdminPwd
    )
    $AdminPwd
}

[CmdletBinding()]
param(
    [Parameter(Mandatory)][string]$UserName,
    [Parameter(Mandatory)][string]$Password,
    $AdminPwd,
    [string[]]$Passwords,
    [System.String]$O365Cred,
    [String]$Credential,
    [object]$pass_phrase,
    [string]$ServicePassword2
)

function Set-ServiceAccount {
    param(
        [Parameter(Mandatory)]
        [ValidateNotNullOrEmpty()]
        [string]
        $NewPasswd
    )
}

function Reset-User([string]$Pass, [int]$Length) { }

$block = { param([string]$Pwd) $Pwd }

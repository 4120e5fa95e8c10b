# All-lowercase compound names have no word boundary to split at.
param(
    [string]$adminpassword,
    [string]$userpass,
    $adminpwd,
    [string[]]$Passphrases,
    # not password parameters
    [string]$bypass,
    [string]$compass,
    [string]$passwordfile,
    [switch]$nopass,
    [SecureString]$servicepassword
)

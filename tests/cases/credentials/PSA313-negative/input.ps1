param(
    [SecureString]$Password,
    [PSCredential]$Credential,
    [System.Management.Automation.PSCredential[]]$Creds,
    [switch]$PasswordNeverExpires,
    [bool]$ResetPassword,
    [int]$PasswordLength,
    [string]$PasswordFile,
    [string]$CredentialPath,
    [string]$CredentialName,
    [datetime]$PasswordLastSet,
    [System.Management.Automation.Credential()]$AdminCredential,
    $UserCredential,
    [string]$UserName,
    [string]$Compass
)

# an untyped $Credential is a PSCredential in practice
function Connect-Tenant {
    param($Credential)
    "connecting as $($Credential.UserName)"
}

# names that only look alike, and variables that are not parameters
function Get-PassCount([string]$Passenger, [string]$Bypass2Factor) { }
[string]$Password = Read-Host -AsSecureString | ConvertFrom-SecureString

param(
    [string]$UserName,
    [string]$Password,
    [string]$AppId,
    [string]$Thumbprint,
    [string]$Tenant
)

if ($Thumbprint) {
    Connect-ExchangeOnline -AppId $AppId -CertificateThumbprint $Thumbprint -Organization $Tenant -ShowBanner:$false
}
else {
    if (($UserName -ne "") -and ($Password -ne "")) {
        $secure = ConvertTo-SecureString -AsPlainText $Password -Force
        $cred = New-Object System.Management.Automation.PSCredential $UserName, $secure
    }
    else {
        $cred = Get-Credential
    }
    Connect-ExchangeOnline -Credential $cred -ShowBanner:$false
}

Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited | Select-Object DisplayName, PrimarySmtpAddress

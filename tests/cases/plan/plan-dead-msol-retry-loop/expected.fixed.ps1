# Mailbox forwarding report: asks for admin credentials until they work
Do {
    $AdminCred = $null
    $AdminCred = Get-Credential -Message "Office 365 admin"
    if ($AdminCred -ne $null) {
        # Load the MSOnline module
        Connect-ExchangeOnline -ShowBanner:$false | Out-Null
        # Connect to MSOnline as well
    }
    if ((Get-ConnectionInformation) -eq $null -and $AdminCred -ne $null) {
        Write-Warning "Sign-in failed, try again"
    }
} Until (((Get-ConnectionInformation) -ne $null) -or ($AdminCred -eq $null))

if ((Get-ConnectionInformation) -ne $null) {
    Get-Mailbox -ResultSize Unlimited |
        Where-Object { $_.ForwardingSmtpAddress } |
        Select-Object DisplayName, ForwardingSmtpAddress |
        Export-Csv -Path .\forwarding.csv -NoTypeInformation
    Disconnect-ExchangeOnline -Confirm:$false
}

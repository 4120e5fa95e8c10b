# Mailbox forwarding report: asks for admin credentials until they work
Do {
    $AdminCred = $null
    $ExoSession = $null
    $AdminCred = Get-Credential -Message "Office 365 admin"
    if ($AdminCred -ne $null) {
        # Load the MSOnline module
        Import-Module MSOnline
        $ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection
        Import-PSSession $ExoSession -DisableNameChecking | Out-Null
        # Connect to MSOnline as well
        $MsolConnection = Connect-MsolService -Credential $AdminCred
    }
    if ($ExoSession -eq $null -and $AdminCred -ne $null) {
        Write-Warning "Sign-in failed, try again"
    }
} Until (($ExoSession -ne $null) -or ($AdminCred -eq $null))

if ($ExoSession -ne $null) {
    Get-Mailbox -ResultSize Unlimited |
        Where-Object { $_.ForwardingSmtpAddress } |
        Select-Object DisplayName, ForwardingSmtpAddress |
        Export-Csv -Path .\forwarding.csv -NoTypeInformation
    Remove-PSSession $ExoSession
    Remove-Module MSOnline
}

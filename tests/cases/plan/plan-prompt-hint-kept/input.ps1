function Connect-Tenant {
    [CmdletBinding()]
    param()
    # one prompt for every service; the suggested account is the admin's own
    $AdminCred = Get-Credential -UserName "$env:USERNAME@$env:USERDNSDOMAIN" -Message 'Tenant admin'

    # directory: the scripts run after this one still use MSOnline
    Connect-MsolService -Credential $AdminCred

    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri 'https://outlook.office365.com/powershell-liveid/' -Credential $AdminCred -Authentication Basic -AllowRedirection -ErrorAction Stop
    Import-PSSession -Session $exo -Prefix Cloud -AllowClobber | Out-Null
}

function Update-Sites {
    param($Sites)
    $cred = Import-Clixml -Path 'C:\Jobs\exo.xml'
    foreach ($site in $Sites) {
        foreach ($owner in $site.Owners) {
            $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
            Import-PSSession $s | Out-Null
            Add-UnifiedGroupLinks -Identity $site.Group -LinkType Owners -Links $owner
            Remove-PSSession $s
        }
    }
}
Update-Sites -Sites (Import-Csv .\sites.csv)

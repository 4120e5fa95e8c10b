# Connect to Exchange Online with an optional cmdlet prefix
function Connect-Exo {
    param ([switch]$Interactive)
    $creds = Get-Credential
    $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $creds -Authentication Basic -AllowRedirection
    $ImportParam = @{}
    if ($Interactive) {
        $choice = Read-Host 'Prefix cmdlets with o365? (y/n)'
        if ($choice -eq 'y') {
            $ImportParam.Prefix = 'o365'
        }
    }
    Import-Module (Import-PSSession $session @ImportParam -AllowClobber) -Global
}

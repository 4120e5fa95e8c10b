# Copies mail contacts from the source tenant to the target tenant (migration).
$SourceCred = Import-Clixml -Path "$PSScriptRoot\source.xml"
$TargetCred = Import-Clixml -Path "$PSScriptRoot\target.xml"

$src = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $SourceCred -Authentication Basic -AllowRedirection
Import-PSSession $src -Prefix Src -AllowClobber | Out-Null
$dst = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $TargetCred -Authentication Basic -AllowRedirection
Import-PSSession $dst -Prefix Dst -AllowClobber | Out-Null

foreach ($c in Get-SrcMailContact -ResultSize Unlimited) {
    New-DstMailContact -Name $c.Name -ExternalEmailAddress $c.ExternalEmailAddress
}
Remove-PSSession $src, $dst

# Works through the quarantine queue file in batches of 50.
$cred = Import-Clixml -Path 'C:\Jobs\secure\exo-cred.xml'
$ids = Get-Content -Path 'C:\Jobs\quarantine-ids.txt'
$i = 0
while ($i -lt $ids.Count) {
    $s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
    Import-PSSession $s -AllowClobber | Out-Null
    $batch = $ids[$i..([Math]::Min($i + 49, $ids.Count - 1))]
    foreach ($id in $batch) {
        Release-QuarantineMessage -Identity $id -ReleaseToAll
    }
    Remove-PSSession $s
    $i += 50
}

# Start-Hardening.ps1: nightly hardening jobs with the service account.
$svc = Import-Clixml -Path 'D:\Jobs\svc-exo.xml'
& "$PSScriptRoot\input.ps1" -Credential $svc -Days 1

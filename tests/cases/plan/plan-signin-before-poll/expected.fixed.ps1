param([string]$JobName = 'NightlyExport')
Connect-IPPSSession
Start-Job -Name $JobName -ScriptBlock { robocopy D:\Exports \\nas01\exports /MIR } | Out-Null
while ((Get-Job -Name $JobName).State -eq 'Running') {
    Write-Host '.' -NoNewline
    Start-Sleep -Seconds 10
}
Get-ComplianceSearch | Where-Object Status -eq 'Completed' | Select-Object Name, Items
Disconnect-ExchangeOnline -Confirm:$false

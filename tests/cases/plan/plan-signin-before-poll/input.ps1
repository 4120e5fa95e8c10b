param([string]$JobName = 'NightlyExport')
$AdminCred = Get-Credential -Message 'Compliance administrator'
Start-Job -Name $JobName -ScriptBlock { robocopy D:\Exports \\nas01\exports /MIR } | Out-Null
while ((Get-Job -Name $JobName).State -eq 'Running') {
    Write-Host '.' -NoNewline
    Start-Sleep -Seconds 10
}
Connect-IPPSSession -Credential $AdminCred
Get-ComplianceSearch | Where-Object Status -eq 'Completed' | Select-Object Name, Items
Disconnect-ExchangeOnline -Confirm:$false

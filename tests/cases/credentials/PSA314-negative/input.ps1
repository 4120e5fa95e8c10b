# Interactive scripts: Get-Credential is fine here
$cred = Get-Credential -Message 'Exchange Online administrator'
New-PSDrive -Name R -PSProvider FileSystem -Root '\\srv\reports' -Credential $cred

# a setup script that registers a scheduled task prompts for its account
$taskCred = Get-Credential -Message 'Account the task runs as'
$action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument "-NonInteractive -File $PSCommandPath"
Register-ScheduledTask -TaskName 'Report' -Action $action -User $taskCred.UserName

# a job that receives the credential instead of prompting
Start-Job -ScriptBlock { param($c) Copy-Item R:\out.csv C:\in -Credential $c } -ArgumentList $cred

# 'Get-Credential' printed or in a comment does not count
Write-Host 'Run Get-Credential first'

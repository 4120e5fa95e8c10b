[CmdletBinding()]
param(
    [string]$Server,
    [string]$Cmdlet = 'Get-MessageTrace',
    [hashtable]$Arguments = @{}
)

$cred = Import-Clixml -Path "$PSScriptRoot\svc-exchange.xml"
$session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $Server `
    -Credential $cred -Authentication Basic -AllowRedirection

$block = [ScriptBlock]::Create("$Cmdlet @args")
$result = Invoke-Command -Session $session -ScriptBlock $block -ArgumentList $Arguments
$result | Export-Csv "$PSScriptRoot\trace.csv" -NoTypeInformation
Remove-PSSession $session

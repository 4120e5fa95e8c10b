. "$PSScriptRoot\common.ps1"
. .\input.ps1
$s = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri $uri -Authentication Basic
Import-PSSession $s

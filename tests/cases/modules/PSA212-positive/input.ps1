<#
    Weekly export of the Rights Management configuration and templates,
    run from the compliance team's scheduled task.
#>
param(
    [string]$AdminUser = "rms-admin@contoso.onmicrosoft.com",
    [string]$ExportFolder = "D:\Exports\RMS"
)

Install-Module -Name AADRM -Scope CurrentUser -Force
Import-Module AADRM

$password = Get-Content "$PSScriptRoot\rms.txt" | ConvertTo-SecureString
$cred = New-Object System.Management.Automation.PSCredential($AdminUser, $password)
Connect-AADRMService -Credential $cred

Get-AadrmConfiguration | Export-Clixml -Path (Join-Path $ExportFolder "configuration.xml")
foreach ($template in Get-AadrmTemplate) {
    Export-AadrmTemplate -TemplateId $template.TemplateId -Path (Join-Path $ExportFolder "$($template.TemplateId).xml") -Force
}
Disconnect-AadrmService

# Connects to the Security & Compliance Center and lists the retention policies
$UserCredential = Get-Credential -Message "Compliance administrator"

$SessionProperties = @{
    'ConfigurationName' = "Microsoft.Exchange"
    'ConnectionUri'     = "https://ps.compliance.protection.outlook.com/powershell-liveid/"
    'Credential'        = $UserCredential
    'Authentication'    = "Basic"
    'AllowRedirection'  = $true
}
$Session = New-PSSession @SessionProperties
Import-PSSession $Session -DisableNameChecking

Get-RetentionCompliancePolicy | Select-Object Name, Enabled, Mode

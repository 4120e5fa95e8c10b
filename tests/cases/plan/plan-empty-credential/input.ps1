Param(
    [String]$CsvPath,
    [String]$Tenant
)

# Initialise variables
$AdminCreds = ""                                   # credentials for Exchange Online
$Rows = @()

$Rows = Import-Csv $CsvPath
Write-Host "Connecting to Exchange Online for $Tenant..."
$ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $AdminCreds -Authentication Basic -AllowRedirection
Import-PSSession $ExoSession -DisableNameChecking | Out-Null

foreach ($Row in $Rows) {
    $Current = Get-MailUser -Identity $Row.Upn
    Write-Host "$($Row.Upn): $($Current.ExternalEmailAddress) -> $($Row.Target)"
}

$Yes = New-Object System.Management.Automation.Host.ChoiceDescription "&Yes", "Apply the changes."
$No = New-Object System.Management.Automation.Host.ChoiceDescription "&No", "Exit."
$Answer = $host.ui.PromptForChoice("Apply?", "Update the external addresses?", @($Yes, $No), 1)
if ($Answer -eq 0) {
    foreach ($Row in $Rows) {
        Set-MailUser -Identity $Row.Upn -ExternalEmailAddress $Row.Target
    }
}
Remove-PSSession $ExoSession

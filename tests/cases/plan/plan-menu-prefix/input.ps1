# Menu: connect to the services an operator picks; compliance cmdlets get the cc prefix.
$AdminCredential = Get-Credential -Message 'Tenant administrator'
$Choice = Read-Host -Prompt '0 = all, 1 = Exchange, 2 = Compliance'
switch ($Choice) {
    0 {
        $ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $AdminCredential -Authentication Basic -AllowRedirection
        Import-PSSession $ExoSession -DisableNameChecking
        $ComplianceSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
        Import-PSSession $ComplianceSession -Prefix cc
    }
    1 {
        $ExoSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://outlook.office365.com/powershell-liveid/" -Credential $AdminCredential -Authentication Basic -AllowRedirection
        Import-PSSession $ExoSession -DisableNameChecking
    }
    2 {
        $ComplianceSession = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://ps.compliance.protection.outlook.com/powershell-liveid/ -Credential $AdminCredential -Authentication Basic -AllowRedirection
        Import-PSSession $ComplianceSession -Prefix cc
    }
}

# Connects the admin session; the closing brace of the function is missing.
function Connect-Tenant {
    $adminCred = Get-Credential
    $exo = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "https://ps.outlook.com/powershell/" -Credential $adminCred -Authentication Basic -AllowRedirection
    Import-Module (Import-PSSession $exo -AllowClobber) -Global
    Connect-MsolService -Credential $adminCred

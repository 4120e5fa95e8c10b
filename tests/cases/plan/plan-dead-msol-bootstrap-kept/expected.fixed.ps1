# Helpdesk console: signs in once for the helpdesk scripts of this folder
$cfgDir = "$env:APPDATA\Helpdesk"
if (-not (Test-Path $cfgDir)) {
    New-Item -Path $cfgDir -ItemType Directory | Out-Null
}
Import-LocalizedData -BindingVariable Config -BaseDirectory $cfgDir -FileName helpdesk.psd1
try {
    $secure = $Config.Password | ConvertTo-SecureString
    $cred = New-Object System.Management.Automation.PSCredential ($Config.Admin, $secure)
    Connect-MsolService -Credential $cred
    Connect-MicrosoftTeams -Credential $cred
    Set-Variable -Name HelpdeskAdmin -Value $Config.Admin -Scope Global
}
catch {
    Write-Warning "Sign-in failed: update the password in $cfgDir\helpdesk.psd1"
}

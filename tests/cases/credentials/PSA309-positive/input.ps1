$AdminPassword = 'Summer2024!'
$db_pwd = "hunter22!"
$SmtpPass = 'Relay2024#'
$Config = @{ Server = 'sql01'; Password = 'Sql#2024' }
Invoke-MyApi -Uri 'https://api.contoso.com' -ApiSecret 'k3y-9f8e7d6c'
function Connect-Reporting {
    param([string]$ReportPassword = 'Default#Pw1')
    "connecting with $ReportPassword"
}

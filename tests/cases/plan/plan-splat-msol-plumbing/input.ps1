# Exports the licensed users of the tenant
$AdminCredential = Get-Credential -Message "Global reader"
$ConnectParams = @{
    Credential = $AdminCredential
}
Connect-MsolService @ConnectParams

Get-MsolUser -All | Select-Object UserPrincipalName, DisplayName | Export-Csv -Path .\users.csv -NoTypeInformation

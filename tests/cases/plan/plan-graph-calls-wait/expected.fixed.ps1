# Inventory helper dot-sourced by the GUI; the GUI passes the admin credential.
function Connect-Inventory {
    param([System.Management.Automation.PSCredential]$AdminCredential)
    Connect-MsolService -Credential $AdminCredential
    $initial = Get-MsolDomain | Where-Object { $_.Name -like '*.onmicrosoft.com' }
    return ($initial.Name -split '\.')[0]
}

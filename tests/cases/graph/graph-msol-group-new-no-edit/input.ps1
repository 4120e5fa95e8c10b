# Creates one security group per department found in the user list (MSOnline).
Connect-MsolService
$departments = Get-MsolUser -All | Where-Object { $_.Department } | Select-Object -ExpandProperty Department -Unique
foreach ($dept in $departments) {
    New-MsolGroup -DisplayName "SG-$dept" -Description "All users of the $dept department"
}

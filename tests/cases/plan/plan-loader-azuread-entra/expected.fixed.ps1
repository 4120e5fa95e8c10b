# Lists the members of every security group into one CSV report
Function Load-Module ($m) {
    # If module is imported say that and do nothing
    if (Get-Module | Where-Object {$_.Name -eq $m}) {
        write-host "Module $m is already imported."
    }
    else {
        # If module is not imported, but available on disk then import
        if (Get-Module -ListAvailable | Where-Object {$_.Name -eq $m}) {
            Import-Module $m -Verbose
        }
        else {
            write-host "Module $m not imported, not available and not in online gallery, exiting."
            EXIT 1
        }
    }
}

Load-Module "Microsoft.Entra"
Connect-Entra -Scopes 'GroupMember.Read.All'

$report = foreach ($group in Get-EntraGroup -All | Where-Object { $_.SecurityEnabled }) {
    foreach ($member in Get-EntraGroupMember -ObjectId $group.ObjectId -All) {
        [pscustomobject]@{ Group = $group.DisplayName; Member = $member.UserPrincipalName }
    }
}
$report | Export-Csv -Path "$PSScriptRoot\group-members.csv" -NoTypeInformation

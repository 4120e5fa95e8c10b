# Group owner audit: lists each group with its owners.
Connect-AzureAD

$groups = @()   # the script's own, empty: Get-AuditGroups fills a local one
$ownerLine = {
    param($Group)
    # run by Write-OwnerLines: $owners is that function's
    "{0}: {1}" -f $Group.DisplayName, ($owners.UserPrincipalName -join '; ')
}

function Write-Report {
    # called from Get-AuditGroups: $groups is that function's, not the script's
    foreach ($g in $groups) {
        "$($g.DisplayName) mail-enabled: $($g.MailEnabled)"
    }
}

function Write-OwnerLines {
    param($Group)
    $owners = Get-AzureADGroupOwner -ObjectId $Group.ObjectId -All $true
    & $ownerLine $Group
}

function Get-AuditGroups {
    $groups = Get-AzureADGroup -All $true
    Write-Report
    Write-OwnerLines -Group $groups[0]
}

Get-AuditGroups | Out-File -FilePath .\group-audit.txt

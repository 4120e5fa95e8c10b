# Several pipelines name the same -PipelineVariable. The variable lives only while its own pipeline runs
# (about_CommonParameters), so each $acct read belongs to the call whose pipeline holds it, and every call is
# rewritten with its own reads
Connect-AzureAD

# external accounts that never redeemed their invitation
Get-AzureADUser -Filter "userType eq 'Guest'" -All $true -PipelineVariable acct |
    Where-Object { $_.UserState -eq 'PendingAcceptance' } |
    ForEach-Object { [pscustomobject]@{ Id = $acct.ObjectId; Invited = $acct.UserStateChangedOn } } |
    Export-Csv .\pending-guests.csv -NoTypeInformation

# block external accounts from consumer mail domains
Get-AzureADUser -Filter "userType eq 'Guest'" -All $true -PipelineVariable acct |
    Where-Object { $acct.Mail -match 'gmail\.com|outlook\.com|yahoo\.com' } |
    Set-AzureADUser -AccountEnabled $false

# security groups for the access review
Get-AzureADGroup -All $true -PipelineVariable acct |
    Where-Object { $acct.SecurityEnabled } |
    Select-Object DisplayName, Description

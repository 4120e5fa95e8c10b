# Several pipelines name the same -PipelineVariable. The variable lives only while its own pipeline runs
# (about_CommonParameters), so each $acct read belongs to the call whose pipeline holds it, and every call is
# rewritten with its own reads
Connect-MgGraph -Scopes 'GroupMember.Read.All', 'User.EnableDisableAccount.All', 'User.Read.All' -NoWelcome

# external accounts that never redeemed their invitation
Get-MgUser -Filter "userType eq 'Guest'" -All -PipelineVariable acct -Property ExternalUserState, Id, ExternalUserStateChangeDateTime, BusinessPhones, DisplayName, GivenName, JobTitle, Mail, MobilePhone, OfficeLocation, PreferredLanguage, Surname, UserPrincipalName |
    Where-Object { $_.ExternalUserState -eq 'PendingAcceptance' } |
    ForEach-Object { [pscustomobject]@{ Id = $acct.Id; Invited = $acct.ExternalUserStateChangeDateTime } } |
    Export-Csv .\pending-guests.csv -NoTypeInformation

# block external accounts from consumer mail domains
Get-MgUser -Filter "userType eq 'Guest'" -All -PipelineVariable acct -Property Mail, BusinessPhones, DisplayName, GivenName, Id, JobTitle, MobilePhone, OfficeLocation, PreferredLanguage, Surname, UserPrincipalName |
    Where-Object { $acct.Mail -match 'gmail\.com|outlook\.com|yahoo\.com' } |
    ForEach-Object { Update-MgUser -UserId $_.Id -AccountEnabled:$false }

# security groups for the access review
Get-MgGroup -All -PipelineVariable acct |
    Where-Object { $acct.SecurityEnabled } |
    Select-Object DisplayName, Description

#Requires -Modules AzureADPreview
# Fortnightly sign-in summary: the report covers 7 or 30 days only, so -Days 14 fails in AzureADPreview
# and in Microsoft Graph alike; a person picks the period.
Connect-AzureAD
Get-AzureADApplicationSignInSummary -Days 14 | Select-Object AppDisplayName, FailedSignInCount | Format-Table

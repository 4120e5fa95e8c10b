# Two pipelines name the same -PipelineVariable; a read in the first has no Microsoft Graph form (per-user MFA
# methods), so that call needs a person. The second pipeline's call is not held back by it, but the file keeps its
# legacy connection, so nothing is edited
Connect-MsolService

Get-MsolUser -All -PipelineVariable who |
    Where-Object { $who.StrongAuthenticationMethods.Count -eq 0 } |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv .\no-mfa-methods.csv -NoTypeInformation

Get-MsolUser -All -PipelineVariable who |
    Where-Object { $who.BlockCredential } |
    Select-Object UserPrincipalName, DisplayName |
    Export-Csv .\blocked.csv -NoTypeInformation

# The group id from the pipeline (Graph binds no property from it): nothing is edited
Connect-AzureAD
Import-Csv .\groups.csv | Get-AzureADMSLifecyclePolicyGroup

# Enable-AzureADDirectoryRole forms without an exact rewrite: the template from the pipeline
# (Graph takes -RoleTemplateId only), a positional argument. Nothing is edited.
Connect-AzureAD
$template = Get-AzureADDirectoryRoleTemplate | Where-Object { $_.DisplayName -eq 'Helpdesk Administrator' }
$template | Enable-AzureADDirectoryRole
Enable-AzureADDirectoryRole $template.ObjectId

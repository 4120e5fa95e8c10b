# Exports the permissions of every folder in a document library.
$SiteURL = "https://contoso.sharepoint.com/sites/Partners"
$ListName = "Shared Documents"
Connect-PnPOnline -Url $SiteURL -UseWebLogin
$folders = Get-PnPListItem -List $ListName -PageSize 500 | Where-Object { $_.FileSystemObjectType -eq "Folder" }
$folders | ForEach-Object { Get-PnPProperty -ClientObject $_ -Property HasUniqueRoleAssignments } | Export-Csv .\folders.csv -NoTypeInformation

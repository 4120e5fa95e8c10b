# A trap statement that continues resumes after a failed statement: if Get-AzureADGroup
# throws, $groups keeps the CSV rows, so the read after it is not renamed
trap { Write-Warning $_; continue }
Connect-AzureAD
$groups = Import-Csv .\groups.csv
$groups = Get-AzureADGroup -SearchString 'Sales' -ErrorAction Stop
Write-Output $groups[0].ObjectId

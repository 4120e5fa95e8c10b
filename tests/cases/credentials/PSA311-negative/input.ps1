# $env:SVC_PASSWORD
Write-Host $env:SVC_PASSWORD
$thumb = $env:CERT_THUMBPRINT
Set-ServiceAccount -Name $env:USERNAME -Password (Get-Secret -Name 'svc-sync')
Set-ServiceAccount -Name 'svc-sync' -Thumbprint $thumb

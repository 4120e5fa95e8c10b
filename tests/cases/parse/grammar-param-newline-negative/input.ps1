# 'param' as an ordinary word, and a Param block written on one line: nothing
# for PSA313 here, and no coverage notice.
function Get-Param { Write-Output 'param' }
Get-Param
$param = 1
Write-Output param
(1 + $param)
function Set-Size {
    Param([int]$Size)
    $Size
}

# Valid code with constructs that look unbalanced: no syntax error to report.
$template = @'
if ($x -eq { ( [ "
'@
$msg = "braces { ( [ in a string"
function Test-Session {
    param($Session)
    if ($Session) { "New-PSSession $($Session.Id)" } else { 'none' }
}
$s = New-PSSession -ComputerName 'fs01.contoso.local'
Test-Session -Session $s

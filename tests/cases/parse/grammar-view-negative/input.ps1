# Valid code near the transformed constructs that must keep its meaning: a
# range, a '#' inside a bare word, a backtick continuation, a switch written
# over several lines. No finding and no coverage notice.
$Numbers = 1..10
$First = $Numbers[0]..$Numbers[3]
Write-Output P@ss#1 $First
Get-ChildItem -Path C:\Temp `
    -Filter *.csv
switch ($First) {
    1 { 'one' }
    default { 'other' }
}
foreach ($n in $Numbers) { if ($n -gt 3) { break } }

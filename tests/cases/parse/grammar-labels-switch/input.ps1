# Labelled break/continue and one-line switch statements, with what psauth
# must find inside them (no ';' for recovery to split at).
:outer foreach ($Tenant in $Tenants) { foreach ($u in $Users) { if (-not $u) { continue outer } else { Connect-MsolService -Credential $Cred } } }
:next while ($true) { if ($Done) { break next } else { Connect-MsolService -Credential $Cred } }
$Level = switch ($Kind) { 'full' { Connect-MsolService -Credential $Cred } 'none' { 'none' } default { 'x' } }

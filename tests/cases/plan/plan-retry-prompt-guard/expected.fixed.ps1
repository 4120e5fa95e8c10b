param([switch]$WhatIf)

$Session = $null
$AdminCred = $null

function Connect-Tenant
{

    $attempt = 0
    do
    {
        try
        {
            Connect-ExchangeOnline -ErrorAction Stop -ShowBanner:$false | Out-Null
            $connected = $true
        }
        catch
        {
            $attempt++
            if ($attempt -ge 3) { Write-Warning "Three failed sign-ins, giving up."; return }
        }
    } while (-not $connected)

}

Connect-Tenant
Get-MigrationUser | Where-Object { $_.Status -eq 'Failed' } | Select-Object Identity, Error

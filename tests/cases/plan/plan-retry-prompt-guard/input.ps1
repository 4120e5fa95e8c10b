param([switch]$WhatIf)

$Session = $null
$AdminCred = $null

function Connect-Tenant
{
    if (-not $WhatIf -and -not $Session)
    {
        $AdminCred = Get-Credential
    }

    $attempt = 0
    do
    {
        try
        {
            $Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $AdminCred -Authentication Basic -AllowRedirection -ErrorAction Stop
            $connected = $true
        }
        catch
        {
            $attempt++
            if ($attempt -ge 3) { Write-Warning "Three failed sign-ins, giving up."; return }
            $AdminCred = Get-Credential
        }
    } while (-not $connected)

    Import-PSSession $Session -AllowClobber | Out-Null
}

Connect-Tenant
Get-MigrationUser | Where-Object { $_.Status -eq 'Failed' } | Select-Object Identity, Error

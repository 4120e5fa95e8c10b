param(
    [switch]$FromActiveDirectory,
    [string]$DefaultLocation = "NL"
)

# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Microsoft Graph: User.ReadWrite.All
$AppId = '<app-id>'
$Organization = '<tenant>.onmicrosoft.com'
$CertificateThumbprint = '<certificate-thumbprint>'

function Write-Log([string]$Text) {
    Add-Content -Path "$PSScriptRoot\location.log" -Value $Text
}

function Set-UsageLocations {
    process {
        trap {
            Write-Log "Error: $_"
            continue
        }
        if ($FromActiveDirectory) {
            $Candidates = Get-ADUser -Filter { extensionAttribute5 -like "*" } -Properties Country -ErrorAction Stop
            foreach ($person in $Candidates) {
                $upn = $person.UserPrincipalName
                $location = $person.Country
                if (-not $location) { $location = $DefaultLocation }
                Update-MgUser -UserId $upn -UsageLocation $location -ErrorAction Stop
            }
        }
        else {
            $Candidates = Get-MgUser -All -ErrorAction Stop -Property UserPrincipalName, Id
            foreach ($person in $Candidates) {
                Write-Log "Setting $($person.UserPrincipalName) to $DefaultLocation"
                Update-MgUser -UserId $person.UserPrincipalName -UsageLocation $DefaultLocation -ErrorAction Stop
            }
        }
    }
}

Connect-MgGraph -CertificateThumbprint $CertificateThumbprint -ClientId $AppId -TenantId $Organization -NoWelcome
Set-UsageLocations

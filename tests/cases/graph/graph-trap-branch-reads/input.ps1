param(
    [switch]$FromActiveDirectory,
    [string]$DefaultLocation = "NL"
)

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
                Set-MsolUser -UserPrincipalName $upn -UsageLocation $location -ErrorAction Stop
            }
        }
        else {
            $Candidates = Get-MsolUser -All -ErrorAction Stop
            foreach ($person in $Candidates) {
                Write-Log "Setting $($person.UserPrincipalName) to $DefaultLocation"
                Set-MsolUser -UserPrincipalName $person.UserPrincipalName -UsageLocation $DefaultLocation -ErrorAction Stop
            }
        }
    }
}

$password = Get-Content "$PSScriptRoot\svc.txt" | ConvertTo-SecureString
$credential = New-Object System.Management.Automation.PSCredential ("svc-location@contoso.onmicrosoft.com", $password)
Connect-MsolService -Credential $credential
Set-UsageLocations

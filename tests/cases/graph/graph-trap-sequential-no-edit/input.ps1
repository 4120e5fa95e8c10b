param(
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
        # a failed Get-MsolUser leaves the directory users of the line before
        $Candidates = Get-ADUser -Filter { extensionAttribute5 -like "*" } -Properties Country -ErrorAction Stop
        Write-Log "$(@($Candidates).Count) users in Active Directory"
        $Candidates = Get-MsolUser -All -ErrorAction Stop
        foreach ($person in $Candidates) {
            $location = $person.Country
            if (-not $location) { $location = $DefaultLocation }
            Set-MsolUser -UserPrincipalName $person.UserPrincipalName -UsageLocation $location -ErrorAction Stop
        }
    }
}

$password = Get-Content "$PSScriptRoot\svc.txt" | ConvertTo-SecureString
$credential = New-Object System.Management.Automation.PSCredential ("svc-location@contoso.onmicrosoft.com", $password)
Connect-MsolService -Credential $credential
Set-UsageLocations

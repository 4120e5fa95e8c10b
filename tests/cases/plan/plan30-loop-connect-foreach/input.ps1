# Nightly leaver job: hides each leaver's mailbox and removes their licenses.
Import-Module MSOnline
$cred = Import-Clixml -Path "$PSScriptRoot\svc-o365.xml"
$leavers = Import-Csv -Path "$PSScriptRoot\leavers.csv"

# Process every leaver from the HR export
foreach ($leaver in $leavers) {
    if ($leaver.Processed -ne 'Yes') {
        Connect-MsolService -Credential $cred
        $session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred -Authentication Basic -AllowRedirection
        Import-PSSession $session -AllowClobber | Out-Null

        Set-Mailbox -Identity $leaver.UserPrincipalName -HiddenFromAddressListsEnabled $true
        Set-MsolUserLicense -UserPrincipalName $leaver.UserPrincipalName -RemoveLicenses $leaver.Sku

        # close the Exchange session
        Remove-PSSession $session

        Write-Output "Processed $($leaver.UserPrincipalName)"
    }
}

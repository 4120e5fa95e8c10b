# Nightly: applies the licences listed in the HR export
$UserName = "svc-licensing@contoso.com"
$Password = Get-Content "D:\Jobs\Keys\svc-licensing.key" | ConvertTo-SecureString
try {
    Import-Module MSOnline
    $Credential = New-Object -TypeName System.Management.Automation.PSCredential -ArgumentList $UserName, $Password
    Connect-MsolService -Credential $Credential -ErrorAction Stop
}
catch [Microsoft.Online.Administration.Automation.MicrosoftOnlineException] {
    Write-EventLog -LogName Application -Source "Licensing" -EntryType Error -EventId 401 -Message "Sign-in to Office 365 failed"
    exit 1
}
catch {
    Write-EventLog -LogName Application -Source "Licensing" -EntryType Error -EventId 400 -Message "Could not connect: $_"
    exit 1
}

foreach ($row in Import-Csv "D:\Jobs\hr-export.csv") {
    Set-MsolUser -UserPrincipalName $row.UPN -UsageLocation $row.Country
}

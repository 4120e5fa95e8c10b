$svcUser = 'svc-leaver@contoso.com'
$svcPass = Get-Content 'C:\Keys\svc-leaver.key' | ConvertTo-SecureString
$svcCred = New-Object System.Management.Automation.PSCredential -ArgumentList $svcUser, $svcPass

try {
    Import-Module MSOnline
    Connect-MsolService -Credential $svcCred -ErrorAction Stop
}
catch {
    Write-EventLog -LogName Application -Source 'Leaver' -EntryType Error -EventId 10 -Message "Cannot connect: $_"
    exit 1
}

$leavers = Get-ChildItem 'C:\Leavers\*.xml'
foreach ($file in $leavers) {
    [xml]$leaver = Get-Content $file.FullName
    Set-MsolUser -UserPrincipalName $leaver.Form.Upn -BlockCredential $true
    Send-MailMessage -To 'helpdesk@contoso.com' -From 'svc-leaver@contoso.com' -Subject "Leaver $($leaver.Form.Upn) blocked" -Body 'Sign-in blocked.' -SmtpServer 'smtp.office365.com' -Port 587 -UseSsl -Credential $svcCred
    Remove-Item $file.FullName
}

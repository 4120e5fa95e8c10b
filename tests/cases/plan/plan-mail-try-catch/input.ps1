$secure = ConvertTo-SecureString "NotARealPassword1" -AsPlainText -Force
$mailCred = New-Object System.Management.Automation.PSCredential ("alerts@contoso.example", $secure)
try {
    $locked = Search-ADAccount -LockedOut | Select-Object -ExpandProperty SamAccountName
    $text = "Locked accounts: $($locked -join ', ')"
    Send-MailMessage -To "it@contoso.example" -Subject "Lockouts" -Body $text -From "alerts@contoso.example" -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $mailCred
}
catch {
    Send-MailMessage -To "it@contoso.example" -Subject "Lockout check failed" -Body "$_" -From "alerts@contoso.example" -SmtpServer "smtp.office365.com" -Port 587 -UseSsl -Credential $mailCred
}

# Backtick escapes outside strings, each in the same statement as what psauth
# must find: `n in a bare word, an escaped blank joining one argument, a
# backtick-blank inside a method call, $EndDate... as an argument.
$Cred = Import-Clixml -Path .\smtp-cred.xml
Send-MailMessage -To ops@contoso.com -From admin@contoso.com -Subject `nReport~~`n -SmtpServer smtp.office365.com -UseSsl -Credential $Cred
Send-MailMessage -To ops@contoso.com -From admin@contoso.com -Subject yyyy-MMM-dd-ddd` hh-mm` tt -SmtpServer smtp.office365.com -UseSsl -Credential $Cred
$Name = "Report_$((Get-Date -format yyyy-MMM-dd` hh-mm).ToString())_$(Get-MsolUser -All)"
$c = [System.Management.Automation.PSCredential]::new('admin@contoso.onmicrosoft.com',` (ConvertTo-SecureString 'Spring2026!' -AsPlainText -Force))
$d = [System.Management.Automation.PSCredential]::new('admin@contoso.onmicrosoft.com',`   
    (ConvertTo-SecureString 'Summer2026!' -AsPlainText -Force))
Write-Host `nReading mailboxes from $StartDate to $EndDate... (Get-MsolUser -All).Count

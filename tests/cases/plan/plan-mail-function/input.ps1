$UserName = "reports@contoso.com"
$secpw = ConvertTo-SecureString -String "Spring2024!" -AsPlainText -Force
$global:cred = New-Object System.Management.Automation.PSCredential ($UserName, $secpw)
$Exo = @{ AppId = '11111111-2222-3333-4444-555555555555'; Organization = 'contoso.onmicrosoft.com'; CertificateThumbprint = 'ABCDEF0123456789ABCDEF0123456789ABCDEF01' }
Connect-ExchangeOnline @Exo

Function emailCloud($to, $subject, $body) {
    Send-MailMessage -To $to -Subject $subject -Body $body -UseSsl -Port 587 -SmtpServer 'smtp.office365.com' -From $UserName -BodyAsHtml -Credential $global:cred
}

Function processSite($site) {
    if ($site.Stale) { emailCloud $site.Owner "Stale site" "Your site $($site.Url) is stale" }
}

Function Main {
    foreach ($s in Import-Csv .\sites.csv) {
        processSite $s
    }
}
Main

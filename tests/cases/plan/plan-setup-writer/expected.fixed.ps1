# TODO(psauth): app-only, certificate-based sign-in for the rewritten connections.
# Fill in your Entra ID app registration and its certificate; the placeholders
# fail until then. Grant the app (application permissions, admin consent):
#   Exchange Online: Exchange.ManageAsApp (Office 365 Exchange Online) + an Entra role such as Exchange Administrator
$ExoAppId = '<app-id>'
$ExoOrganization = '<tenant>.onmicrosoft.com'
$ExoCertificateThumbprint = '<certificate-thumbprint>'

#connect with the reporting account (it can only run message trace reports)
Connect-ExchangeOnline -CertificateThumbprint $ExoCertificateThumbprint -AppId $ExoAppId -Organization $ExoOrganization -ShowBanner:$false

#last month's date range - runs on the first of the month
$Month = (Get-Date).AddMonths(-1).ToString("MMMyy")
$Start = (Get-Date).AddMonths(-1).ToString("MM/dd/yyyy")
$End = (Get-Date).AddDays(-1).ToString("MM/dd/yyyy")

#start the historical search
$Job = Start-HistoricalSearch -ReportTitle "no-reply report - $Month" -StartDate $Start -EndDate $End -ReportType MessageTraceDetail -SenderAddress no-reply@contoso.com
do {
    Start-Sleep -Seconds 900
    $Search = Get-HistoricalSearch -JobId $Job.JobId
} until ($Search.Status -eq "Done")
Invoke-WebRequest $Search.FileUrl -OutFile "C:\Jobs\MessageTrace\no-reply - $Month.csv"

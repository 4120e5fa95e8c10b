#Obtain and store the login credentials
Get-Credential | Export-Clixml -Path "C:\Jobs\MessageTrace\cred.xml"

#Import the 365 credentials
$cred = Import-Clixml -Path "C:\Jobs\MessageTrace\cred.xml"

#connect with the reporting account (it can only run message trace reports)
Connect-ExchangeOnline -Credential $cred -ShowBanner:$false

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

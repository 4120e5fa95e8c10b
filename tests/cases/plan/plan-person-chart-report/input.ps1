# Nightly mailbox quota report with a pie chart, mailed to the helpdesk (scheduled task).
[void][Reflection.Assembly]::LoadWithPartialName("System.Windows.Forms")
[void][Reflection.Assembly]::LoadWithPartialName("System.Windows.Forms.DataVisualization")

$Password = Get-Content "$PSScriptRoot\report.txt" | ConvertTo-SecureString
$Creds = New-Object System.Management.Automation.PSCredential ("reports@contoso.com", $Password)

$Chart = New-Object System.Windows.Forms.DataVisualization.Charting.Chart
$Chart.Width = 500
$Chart.Height = 400
$Area = New-Object System.Windows.Forms.DataVisualization.Charting.ChartArea
$Chart.ChartAreas.Add($Area)
[void]$Chart.Series.Add("Data")
$Chart.Series["Data"].Points.DataBindXY(@("Used", "Free"), @(70, 30))
$Chart.SaveImage("$PSScriptRoot\quota.png", "PNG")

Send-MailMessage -To "helpdesk@contoso.com" -From "reports@contoso.com" -Subject "Quota report" -Body "See the chart." -Attachments "$PSScriptRoot\quota.png" -SmtpServer smtp.office365.com -Port 587 -UseSsl -Credential $Creds

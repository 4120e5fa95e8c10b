# Exports the calendar items of a room mailbox with the EWS Managed API
param(
    [Parameter(Mandatory)][string]$Mailbox,
    [pscredential]$Credential = (Get-Credential)
)

Add-Type -Path "C:\Program Files\Microsoft\Exchange\Web Services\2.2\Microsoft.Exchange.WebServices.dll"

$service = New-Object Microsoft.Exchange.WebServices.Data.ExchangeService([Microsoft.Exchange.WebServices.Data.ExchangeVersion]::Exchange2013_SP1)
$service.Credentials = New-Object System.Net.NetworkCredential($Credential.UserName, $Credential.GetNetworkCredential().Password)
$service.Url = [Uri]"https://outlook.office365.com/EWS/Exchange.asmx"

$folderId = New-Object Microsoft.Exchange.WebServices.Data.FolderId([Microsoft.Exchange.WebServices.Data.WellKnownFolderName]::Calendar, $Mailbox)
$calendar = [Microsoft.Exchange.WebServices.Data.CalendarFolder]::Bind($service, $folderId)
$view = New-Object Microsoft.Exchange.WebServices.Data.CalendarView((Get-Date), (Get-Date).AddDays(30))
$calendar.FindAppointments($view) | Select-Object Subject, Start, End | Export-Csv .\rooms.csv -NoTypeInformation

# Nightly room mailbox settings job.
$Old = (Get-PSSession | Where-Object {$_.ComputerName -like "outlook.office365.com"}).Count
if ($Old -ge 1) { Remove-PSSession -ComputerName "outlook.office365.com" }
$Cred = Import-Clixml -Path "$PSScriptRoot\svc.xml"
New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $Cred -Authentication Basic -AllowRedirection -Name "NightlyRooms" | Import-PSSession -AllowClobber
foreach ($room in Get-Mailbox -RecipientTypeDetails RoomMailbox) {
    Set-CalendarProcessing -Identity $room.Alias -DeleteSubject $false
}
Remove-PSSession -Name "NightlyRooms"

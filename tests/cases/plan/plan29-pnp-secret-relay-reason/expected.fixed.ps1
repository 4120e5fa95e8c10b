# Nightly: copy new hires from the HR list and mail the helpdesk through the campus relay
$siteUrl = "https://contoso.sharepoint.com/sites/HR"
Connect-PnPOnline -Url $siteUrl -ClientId "5d1c2b7e-0f3a-4c55-9b1e-6a7f2c3d4e5f" -ClientSecret "Qm8~xR2.vT9kLp0sWq3nZ7yB4cD6eF1gH5jK8"

$hires = Get-PnPListItem -List "New Hires" -Query "<View><Query><Where><Eq><FieldRef Name='Processed'/><Value Type='Boolean'>0</Value></Eq></Where></Query></View>"

$relayPass = ConvertTo-SecureString "R3lay!Pass" -AsPlainText -Force
$relayCred = New-Object System.Management.Automation.PSCredential("svc-relay", $relayPass)
Send-MailMessage -SmtpServer "relay.campus.example.edu" -Port 25 -Credential $relayCred `
    -From "hr-bot@example.edu" -To "helpdesk@example.edu" `
    -Subject "New hires: $($hires.Count)" -Body ($hires.FieldValues.Title -join "`n")

# Connects to the Security & Compliance Center and lists the retention policies

Connect-IPPSSession -ShowBanner:$false

Get-RetentionCompliancePolicy | Select-Object Name, Enabled, Mode

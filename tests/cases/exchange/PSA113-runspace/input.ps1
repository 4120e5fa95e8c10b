# The connection check of many Exchange Online reporting scripts, with no connection cmdlet in the file.
function Test-Connectivity {
    try { $script:session = Get-PSSession -InstanceId (Get-AcceptedDomain | select -First 1).RunspaceId.Guid -ErrorAction Stop }
    catch { Write-Error 'No active Exchange Online session detected, please connect first' -ErrorAction Stop }
}
Test-Connectivity
Get-Mailbox -ResultSize Unlimited

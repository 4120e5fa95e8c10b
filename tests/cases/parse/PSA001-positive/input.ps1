$pw = ConvertTo-SecureString 'Before#Error1' -AsPlainText -Force

# an unfinished edit: the condition and the block are never closed
if ($pw -and {
    $x = (

$Session = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Authentication Basic

# Console output pasted into a script: prompts are not PowerShell.
PS C:\> $cred = Get-Credential
PS C:\> Connect-MsolService -Credential $cred
>> Get-MsolUser -All |
>> Select-Object UserPrincipalName

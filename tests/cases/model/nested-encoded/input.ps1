# -EncodedCommand (base64 of UTF-16LE text), the Windows PowerShell default
# -Command, and [scriptblock]::Create inside Start-Job: analysed as PowerShell.
powershell.exe -NoProfile -EncodedCommand QwBvAG4AbgBlAGMAdAAtAE0AcwBvAGwAUwBlAHIAdgBpAGMAZQAgAC0AQwByAGUAZABlAG4AdABpAGEAbAAgACQAYwA=
Start-Process powershell -ArgumentList "-NoProfile -enc SQBuAHMAdABhAGwAbAAtAE0AbwBkAHUAbABlACAALQBOAGEAbQBlACAATQBTAE8AbgBsAGkAbgBlACAALQBGAG8AcgBjAGUA"
Start-Process powershell -ArgumentList "Install-Module -Name MSOnline"
powershell.exe "Install-Module -Name MSOnline -Force"
Start-Job -ScriptBlock ([scriptblock]::Create('Connect-MsolService -Credential $c'))

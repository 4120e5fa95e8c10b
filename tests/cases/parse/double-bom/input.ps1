﻿Write-Host "Saved twice by an editor that added its own mark"
$pw = ConvertTo-SecureString "Winter2020!" -AsPlainText -Force

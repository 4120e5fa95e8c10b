# PSA301 reports the literal fed to ConvertTo-SecureString; with PSA301
# ignored, PSA309 reports the variable that holds it (rules do not hide
# each other's findings through the order they run in).
$AdminPassword = 'Winter2024!'
$secure = ConvertTo-SecureString $AdminPassword -AsPlainText -Force

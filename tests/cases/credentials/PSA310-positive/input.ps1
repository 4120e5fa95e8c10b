$cred = Get-Credential
$BSTR = [System.Runtime.InteropServices.Marshal]::SecureStringToBSTR($cred.Password)
$plain = [Runtime.InteropServices.Marshal]::PtrToStringAuto($BSTR)
$plain2 = $cred.GetNetworkCredential().Password
$plain3 = ConvertFrom-SecureString -SecureString $cred.Password -AsPlainText
$plain4 = $cred.Password | ConvertFrom-SecureString -AsPlain

# shared settings, dot-sourced by input.ps1
$AdminUser = "admin@contoso.onmicrosoft.com"
$AdminPassword = "Spring2024!"
$Headers = @{ Authorization = "Basic dXNlcjpwYXNz" }

/* The semantic model: command resolution, parameter binding, constant
 * folding and value origins, on small scripts built in memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/source.h"

typedef struct {
  psa_source *src;
  psa_parse_result pr;
  psa_model *m;
} fixture;

static psa_parser *parser;

static void load(fixture *f, const char *text) {
  psa_load_status st;
  char msg[128];
  f->src = psa_source_from_bytes("t.ps1", text, strlen(text), &st, msg, sizeof(msg));
  psa_parse(parser, f->src->text, f->src->text_len, true, &f->pr);
  f->m = psa_model_build(f->src, &f->pr);
}

static void unload(fixture *f) {
  psa_model_free(f->m);
  psa_parse_result_free(&f->pr);
  psa_source_free(f->src);
}

/* The n-th command (0-based) with the given resolved name. */
static const psa_command *cmd(const fixture *f, const char *name, int nth) {
  for (uint32_t i = 0; i < f->m->command_count; i++)
    if (!strcmp(f->m->commands[i]->name, name) && nth-- == 0) return f->m->commands[i];
  return NULL;
}

static const char *arg_str(const fixture *f, const psa_command *c, const char *param) {
  const psa_arg *a = c ? psa_command_arg(c, param) : NULL;
  return a && a->value ? psa_value_string(f->m, a->value) : NULL;
}

static void test_names(void) {
  fixture f;
  load(&f,
       "nsn -ConfigurationName Microsoft.Exchange\n"
       "Microsoft.PowerShell.Core\\New-PSSession -Auth Basic\n"
       "& 'new-pssession' -Cred $c\n"
       "Set-Alias -Name mkses -Value New-PSSession\n"
       "mkses -ConnectionUri https://x\n"
       "ipsn $s\n");
  const psa_command *c0 = cmd(&f, "New-PSSession", 0);
  CHECK(c0 != NULL);
  CHECK_STR(c0 ? c0->alias : NULL, "nsn");
  const psa_command *c1 = cmd(&f, "New-PSSession", 1);
  CHECK_STR(c1 ? c1->module : NULL, "Microsoft.PowerShell.Core");
  CHECK_STR(arg_str(&f, c1, "Authentication"), "Basic");
  const psa_command *c2 = cmd(&f, "New-PSSession", 2);
  CHECK(c2 && c2->invoke_operator);
  CHECK(c2 && psa_command_arg(c2, "Credential") != NULL);
  const psa_command *c3 = cmd(&f, "New-PSSession", 3);
  CHECK_STR(c3 ? c3->alias : NULL, "mkses");
  CHECK_STR(arg_str(&f, c3, "ConnectionUri"), "https://x");
  CHECK(cmd(&f, "Import-PSSession", 0) != NULL);
  unload(&f);
}

static void test_local_function_shadows(void) {
  fixture f;
  load(&f,
       "function Connect-ExchangeOnline { param($Credential) 'mine' }\n"
       "Connect-ExchangeOnline -Credential $c\n");
  const psa_command *c = cmd(&f, "Connect-ExchangeOnline", 0);
  CHECK(c && c->local_function);
  CHECK(c && !psa_command_is(c, "Connect-ExchangeOnline"));
  CHECK_INT(f.m->function_count, 1);
  unload(&f);
}

static void test_abbreviations(void) {
  fixture f;
  /* every prefix PowerShell accepts binds; ambiguous ones stay unbound */
  load(&f,
       "New-PSSession -Authentication Basic\n"
       "New-PSSession -Authe Basic\n"
       "New-PSSession -Au Basic\n"
       "New-PSSession -A Basic\n"
       "New-PSSession -Cred $c\n"
       "New-PSSession -C $c\n"
       "New-PSSession -ConfigurationN Microsoft.Exchange\n"
       "New-PSSession -Conf Microsoft.Exchange\n"
       "New-PSSession -authentication:Basic\n"
       "New-PSSession \xe2\x80\x93" "Authentication Basic\n");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 0), "Authentication"), "Basic");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 1), "Authentication"), "Basic");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 2), "Authentication"), "Basic");
  const psa_command *amb = cmd(&f, "New-PSSession", 3);
  CHECK(amb && psa_command_arg(amb, "Authentication") == NULL);
  CHECK(amb && amb->arg_count >= 1 && amb->args[0].match == PSA_PARAM_AMBIGUOUS);
  CHECK(psa_command_arg(cmd(&f, "New-PSSession", 4), "Credential") != NULL);
  const psa_command *c5 = cmd(&f, "New-PSSession", 5);
  CHECK(c5 && c5->args[0].match == PSA_PARAM_AMBIGUOUS);
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 6), "ConfigurationName"), "Microsoft.Exchange");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 7), "ConfigurationName"), "Microsoft.Exchange");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 8), "Authentication"), "Basic");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 9), "Authentication"), "Basic");
  unload(&f);
}

static void test_positional_and_switches(void) {
  fixture f;
  load(&f,
       "ConvertTo-SecureString 'P@ss' -AsPlainText -Force\n"
       "ConvertTo-SecureString -AsPlainText:$false 'x'\n"
       "New-PSSession server1\n");
  const psa_command *c0 = cmd(&f, "ConvertTo-SecureString", 0);
  CHECK_STR(arg_str(&f, c0, "String"), "P@ss");
  CHECK(psa_command_switch(f.m, c0, "AsPlainText"));
  CHECK(psa_command_switch(f.m, c0, "Force"));
  const psa_command *c1 = cmd(&f, "ConvertTo-SecureString", 1);
  CHECK(!psa_command_switch(f.m, c1, "AsPlainText"));
  CHECK_STR(arg_str(&f, c1, "String"), "x");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 0), "ComputerName"), "server1");
  unload(&f);
}

static void test_splatting(void) {
  fixture f;
  load(&f,
       "$p = @{ ConfigurationName = 'Microsoft.Exchange'; 'Auth' = 'Basic' }\n"
       "$p.ConnectionUri = 'https://outlook.office365.com/powershell-liveid/'\n"
       "$p['Credential'] = $cred\n"
       "$p.Add('AllowRedirection', $true)\n"
       "New-PSSession @p\n"
       "$a = @('server1')\n"
       "New-PSSession @a\n");
  const psa_command *c = cmd(&f, "New-PSSession", 0);
  CHECK_STR(arg_str(&f, c, "ConfigurationName"), "Microsoft.Exchange");
  CHECK_STR(arg_str(&f, c, "Authentication"), "Basic");
  CHECK_STR(arg_str(&f, c, "ConnectionUri"), "https://outlook.office365.com/powershell-liveid/");
  const psa_arg *cr = c ? psa_command_arg(c, "Credential") : NULL;
  CHECK(cr && cr->via == PSA_BIND_SPLAT);
  CHECK(c && psa_command_arg(c, "AllowRedirection") != NULL);
  /* the binding points at the hashtable entry */
  const psa_arg *au = c ? psa_command_arg(c, "Authentication") : NULL;
  CHECK(au && au->span.start == (uint32_t)(strstr(f.src->text, "'Auth'") - f.src->text));
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 1), "ComputerName"), "server1");
  unload(&f);
}

static void test_default_parameter_values(void) {
  fixture f;
  load(&f,
       "Connect-ExchangeOnline -Organization x\n"
       "$PSDefaultParameterValues['Connect-*:Credential'] = $cred\n"
       "$PSDefaultParameterValues = @{ 'Send-MailMessage:SmtpServer' = 'smtp.office365.com' }\n"
       "$PSDefaultParameterValues.Add('*:Verbose', $true)\n"
       "Connect-ExchangeOnline -Organization x\n"
       "Send-MailMessage -To a -From b -Subject c\n"
       "Connect-ExchangeOnline -Credential $other\n");
  CHECK(psa_command_arg(cmd(&f, "Connect-ExchangeOnline", 0), "Credential") == NULL);
  const psa_arg *d = psa_command_arg(cmd(&f, "Connect-ExchangeOnline", 1), "Credential");
  CHECK(d && d->via == PSA_BIND_DEFAULT);
  CHECK_STR(arg_str(&f, cmd(&f, "Send-MailMessage", 0), "SmtpServer"), "smtp.office365.com");
  CHECK(psa_command_arg(cmd(&f, "Send-MailMessage", 0), "Verbose") != NULL);
  const psa_arg *own = psa_command_arg(cmd(&f, "Connect-ExchangeOnline", 2), "Credential");
  CHECK(own && own->via == PSA_BIND_NAMED);
  unload(&f);
}

static void test_folding(void) {
  fixture f;
  load(&f,
       "$h = 'outlook.office365.com'\n"
       "$u1 = 'https://' + $h + '/powershell-liveid/'\n"
       "$u2 = \"https://$h/powershell-liveid/?DelegatedOrg=$t\"\n"
       "$u3 = 'https://{0}/{1}' -f $h, 'powershell-liveid'\n"
       "$u4 = @('https:/', $h, 'ps') -join '/'\n"
       "$u5 = [uri]\"https://$h/x\"\n"
       "$u6 = @'\nline1\nline2\n'@\n"
       "$u7 = [System.Uri]::new('https://a/b')\n"
       "$u8 = 'it''s'\n"
       "$u9 = \"tab`there\"\n"
       "$t = Get-Date\n"
       "Write-Output $u1 $u2 $u3 $u4 $u5 $u6 $u7 $u8 $u9\n");
  const psa_command *w = cmd(&f, "Write-Output", 0);
  CHECK(w && w->arg_count == 9);
  if (w && w->arg_count == 9) {
    CHECK_STR(psa_value_string(f.m, w->args[0].value), "https://outlook.office365.com/powershell-liveid/");
    CHECK(psa_value_string(f.m, w->args[1].value) == NULL); /* $t is not constant */
    CHECK_STR(psa_value_string(f.m, w->args[2].value), "https://outlook.office365.com/powershell-liveid");
    CHECK_STR(psa_value_string(f.m, w->args[3].value), "https://outlook.office365.com/ps");
    CHECK_STR(psa_value_string(f.m, w->args[4].value), "https://outlook.office365.com/x");
    CHECK_STR(psa_value_string(f.m, w->args[5].value), "line1\nline2");
    CHECK_STR(psa_value_string(f.m, w->args[6].value), "https://a/b");
    CHECK_STR(psa_value_string(f.m, w->args[7].value), "it's");
    CHECK_STR(psa_value_string(f.m, w->args[8].value), "tab\there");
    psa_span lits[4];
    CHECK_INT(psa_value_literals(f.m, w->args[0].value, lits, 4), 3);
  }
  unload(&f);
}

static void test_credential_flow(void) {
  fixture f;
  load(&f,
       "$pw = 'Summer2024!'\n"
       "$sec = ConvertTo-SecureString $pw -AsPlainText -Force\n"
       "$cred = New-Object System.Management.Automation.PSCredential('admin@contoso.com', $sec)\n"
       "Connect-ExchangeOnline -Credential $cred\n"
       "$c2 = [pscredential]::new('u', (Get-Content .\\pw.txt | ConvertTo-SecureString -AsPlainText -Force))\n"
       "Connect-MicrosoftTeams -Credential $c2\n"
       "$c3 = Get-Credential\n"
       "Connect-IPPSSession -Credential $c3\n");
  const psa_command *c = cmd(&f, "Connect-ExchangeOnline", 0);
  const psa_arg *a = c ? psa_command_arg(c, "Credential") : NULL;
  CHECK(a != NULL);
  if (a) {
    psa_origin o[8];
    uint32_t n = psa_value_origins(f.m, a->value, o, 8);
    CHECK_INT(n, 1);
    CHECK_INT(o[0].kind, PSA_ORIGIN_CREDENTIAL);
    const psa_value *user, *pw;
    CHECK(psa_credential_parts(f.m, o[0].value, &user, &pw));
    CHECK_STR(psa_value_string(f.m, user), "admin@contoso.com");
    psa_origin po[8];
    uint32_t pn = psa_value_origins(f.m, pw, po, 8);
    CHECK(pn == 1 && po[0].kind == PSA_ORIGIN_SECURESTRING);
    /* and the SecureString's input is the literal on line 1 */
    const psa_command *ctss = cmd(&f, "ConvertTo-SecureString", 0);
    psa_origin so[8];
    uint32_t sn = psa_value_origins(f.m, psa_command_arg(ctss, "String")->value, so, 8);
    CHECK(sn == 1 && so[0].kind == PSA_ORIGIN_LITERAL);
    uint32_t line, col;
    psa_source_position(f.src, so[0].span.start, &line, &col);
    CHECK_INT(line, 1);
  }
  const psa_command *t = cmd(&f, "ConvertTo-SecureString", 1);
  CHECK(t && t->pipeline_input && t->pipeline_input->kind == PSA_V_COMMAND);
  psa_origin fo[4];
  CHECK(t && psa_value_origins(f.m, t->pipeline_input, fo, 4) == 1 && fo[0].kind == PSA_ORIGIN_FILE);
  const psa_arg *g = psa_command_arg(cmd(&f, "Connect-IPPSSession", 0), "Credential");
  psa_origin go[4];
  CHECK(g && psa_value_origins(f.m, g->value, go, 4) == 1 && go[0].kind == PSA_ORIGIN_PROMPT);
  unload(&f);
}

static void test_scopes(void) {
  fixture f;
  load(&f,
       "$uri = 'https://script/'\n"
       "function A { $uri = 'https://a/'; New-PSSession -ConnectionUri $uri }\n"
       "function B { New-PSSession -ConnectionUri $uri }\n"
       "function C { $script:target = 'https://c/' }\n"
       "New-PSSession -ConnectionUri $target\n");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 0), "ConnectionUri"), "https://a/");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 1), "ConnectionUri"), "https://script/");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 2), "ConnectionUri"), "https://c/");
  unload(&f);
}

static void test_typographic_quotes(void) {
  fixture f, g;
  load(&f, "New-PSSession -Authentication \xe2\x80\x98" "Basic\xe2\x80\x99 -ConfigurationName \xe2\x80\x9cMicrosoft.Exchange\xe2\x80\x9d\n");
  load(&g, "New-PSSession -Authentication 'Basic' -ConfigurationName \"Microsoft.Exchange\"\n");
  CHECK_INT(f.pr.error_count, 0);
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 0), "Authentication"), "Basic");
  CHECK_STR(arg_str(&f, cmd(&f, "New-PSSession", 0), "ConfigurationName"), "Microsoft.Exchange");
  CHECK_STR(arg_str(&g, cmd(&g, "New-PSSession", 0), "Authentication"), "Basic");
  unload(&f);
  unload(&g);
}

static void test_recovery(void) {
  fixture f;
  /* the middle line does not parse; its neighbours must still be seen */
  const char *text =
      "$s = New-PSSession -ConfigurationName Microsoft.Exchange -Authentication Basic\n"
      "Write-Host `n~~ broken ( [ text ~~`n\n"
      "Import-PSSession $s\n";
  load(&f, text);
  CHECK(cmd(&f, "New-PSSession", 0) != NULL);
  CHECK(cmd(&f, "Import-PSSession", 0) != NULL);
  unload(&f);
}

static void test_nesting_is_bounded(void) {
  /* deep nesting must not exhaust the stack */
  size_t depth = 20000;
  char *text = malloc(depth * 2 + 64);
  size_t n = 0;
  n += (size_t)sprintf(text, "$x = ");
  for (size_t i = 0; i < depth; i++) text[n++] = '(';
  text[n++] = '1';
  for (size_t i = 0; i < depth; i++) text[n++] = ')';
  text[n++] = '\n';
  text[n] = '\0';
  fixture f;
  load(&f, text);
  CHECK(f.m != NULL);
  unload(&f);
  free(text);
}

static void test_requires(void) {
  fixture f;
  /* the grammar parses only the first #Requires; the model reads every one,
   * with PowerShell's prefix matching of -Modules */
  load(&f,
       "#Requires -Version 5.1 -Modules A, @{ModuleName='EOM'; RequiredVersion='2.0.5'}\n"
       "param($x)\n"
       "#requires -Mod @{ ModuleName = \"B\" ; ModuleVersion = \"1.0\"; MaximumVersion = '2.1' }\n"
       "# Requires -Modules NotOne\n"
       "#RequiresX -Modules NotTwo\n"
       "$s = '#Requires -Modules NotThree'\n"
       "function f {\n  #REQUIRES -RunAsAdministrator -Modules C\n}\n");
  CHECK_INT(f.m->requires_count, 3);
  if (f.m->requires_count == 3) {
    const psa_requires *r = &f.m->requires[0];
    CHECK_INT(r->module_count, 2);
    CHECK_STR(r->modules[0].name, "A");
    CHECK(r->modules[0].required_version == NULL);
    CHECK_STR(r->modules[1].name, "EOM");
    CHECK_STR(r->modules[1].required_version, "2.0.5");
    CHECK_INT(r->modules[1].required_span.end - r->modules[1].required_span.start, 7);
    r = &f.m->requires[1];
    CHECK_INT(r->module_count, 1);
    CHECK_STR(r->modules[0].name, "B");
    CHECK_STR(r->modules[0].module_version, "1.0");
    CHECK_STR(r->modules[0].maximum_version, "2.1");
    CHECK(r->modules[0].required_version == NULL);
    r = &f.m->requires[2];
    CHECK_INT(r->module_count, 1);
    CHECK_STR(r->modules[0].name, "C");
  }
  unload(&f);
}

static void test_loops_and_parameters(void) {
  fixture f;
  load(&f,
       "param([Parameter(Mandatory)][System.Management.Automation.Credential()]$Cred, "
       "[string]$Pw)\n"
       "foreach ($c in 'ab'.ToCharArray()) { $c }\n"
       "'cd'.ToCharArray().ForEach({ $_ })\n");
  CHECK_INT(f.m->foreach_count, 1);
  if (f.m->foreach_count == 1) {
    CHECK_STR(f.m->foreach_loops[0].var->name, "c");
    CHECK(f.m->foreach_loops[0].collection->kind == PSA_V_METHOD_CALL);
  }
  bool foreach_method = false;
  for (uint32_t i = 0; i < f.m->call_count; i++)
    if (psa_value_member(f.m->calls[i]) && !strcmp(psa_value_member(f.m->calls[i]), "ForEach") &&
        f.m->calls[i]->item_count == 1 && f.m->calls[i]->items[0]->kind == PSA_V_SCRIPTBLOCK)
      foreach_method = true;
  CHECK(foreach_method);
  psa_variable *cred = psa_model_variable(f.m, f.m->script, "Cred");
  CHECK(cred && cred->is_parameter && cred->param_type == NULL);
  CHECK_INT(cred ? cred->param_attribute_count : 0, 2);
  if (cred && cred->param_attribute_count == 2)
    CHECK_STR(cred->param_attributes[1], "System.Management.Automation.Credential");
  psa_variable *pw = psa_model_variable(f.m, f.m->script, "Pw");
  CHECK_STR(pw ? pw->param_type : NULL, "string");
  CHECK_INT(pw ? pw->param_name_span.end - pw->param_name_span.start : 0, 3);
  unload(&f);
}

/* line:col of a span's start, as "L:C" */
static const char *pos(const fixture *f, psa_span s, char *buf, size_t n) {
  uint32_t line, col;
  psa_source_position(f->src, s.start, &line, &col);
  snprintf(buf, n, "%u:%u", line, col);
  return buf;
}

static void test_nested_scripts(void) {
  fixture f;
  char b[32];
  load(&f,
       "Start-Process powershell -ArgumentList '-NoProfile', '-Command', "
       "'New-PSSession -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Auth Basic'\n"
       "powershell.exe -Command \"Connect-MsolService; Get-MsolUser -Name \"\"x\"\" -Path `\"y`\"\"\n"
       "pwsh -c 'Import-Module ''MSOnline'''\n"
       "iex 'Connect-AzureAD -Credential $cred'\n"
       "$sb = [scriptblock]::Create('Connect-MsolService -Credential $c')\n"
       "$c2 = 'Connect-SPOService -Url https://x-admin.sharepoint.com'\n"
       "Start-Process pwsh -ArgumentList \"-NoProfile -Command $c2\"\n"
       "Start-Process notepad -ArgumentList '-Command', 'New-PSSession'\n"
       "$x = 'Connect-MsolService'\n");
  /* Start-Process: the -Command piece of the argument array */
  const psa_command *s = cmd(&f, "New-PSSession", 0);
  CHECK(s && s->in_string && !s->span_approx);
  CHECK_STR(s ? pos(&f, s->span, b, sizeof(b)) : NULL, "1:67");
  CHECK_STR(arg_str(&f, s, "ConnectionUri"), "https://outlook.office365.com/powershell-liveid/");
  CHECK_STR(arg_str(&f, s, "Authentication"), "Basic");
  const psa_arg *au = s ? psa_command_arg(s, "Authentication") : NULL;
  CHECK_STR(au ? pos(&f, au->span, b, sizeof(b)) : NULL, "1:145");
  /* powershell.exe -Command "...": "" and `" map through the quoting */
  const psa_command *g = cmd(&f, "Get-MsolUser", 0);
  CHECK(g && g->in_string);
  CHECK_STR(g ? pos(&f, g->span, b, sizeof(b)) : NULL, "2:47");
  CHECK_STR(arg_str(&f, g, "Name"), "x");
  const psa_arg *pa = g ? psa_command_arg(g, "Path") : NULL;
  CHECK_STR(pa ? pos(&f, pa->span, b, sizeof(b)) : NULL, "2:72");
  CHECK_STR(arg_str(&f, g, "Path"), "y");
  const psa_command *ms = cmd(&f, "Connect-MsolService", 0);
  CHECK_STR(ms ? pos(&f, ms->span, b, sizeof(b)) : NULL, "2:26");
  /* pwsh -c '...' with doubled single quotes */
  const psa_command *im = cmd(&f, "Import-Module", 0);
  CHECK_STR(arg_str(&f, im, "Name"), "MSOnline");
  CHECK_STR(im ? pos(&f, im->span, b, sizeof(b)) : NULL, "3:10");
  /* Invoke-Expression: the string runs in the caller's scope */
  const psa_command *az = cmd(&f, "Connect-AzureAD", 0);
  CHECK(az && az->in_string);
  CHECK_STR(az ? pos(&f, az->span, b, sizeof(b)) : NULL, "4:6");
  CHECK(az && psa_command_arg(az, "Credential") != NULL);
  /* [scriptblock]::Create */
  const psa_command *ms2 = cmd(&f, "Connect-MsolService", 1);
  CHECK(ms2 && ms2->in_string);
  CHECK_STR(ms2 ? pos(&f, ms2->span, b, sizeof(b)) : NULL, "5:30");
  /* folded from several pieces: the span is the whole argument */
  const psa_command *spo = cmd(&f, "Connect-SPOService", 0);
  CHECK(spo && spo->in_string && spo->span_approx);
  CHECK_STR(arg_str(&f, spo, "Url"), "https://x-admin.sharepoint.com");
  CHECK_STR(spo ? pos(&f, spo->span, b, sizeof(b)) : NULL, "7:34");
  /* not PowerShell, and a plain string: nothing */
  CHECK(cmd(&f, "New-PSSession", 1) == NULL);
  CHECK(cmd(&f, "Connect-MsolService", 2) == NULL);
  /* edits inside the nested strings are refused; around them allowed */
  CHECK(s && psa_model_edit_in_nested(f.m, s->span));
  CHECK(spo && psa_model_edit_in_nested(f.m, spo->span));
  CHECK(!psa_model_edit_in_nested(f.m, (psa_span){0, f.src->line_starts[1]}));
  CHECK(!psa_model_edit_in_nested(f.m, (psa_span){0, 5}));
  unload(&f);
}

static void test_nested_bounded(void) {
  /* a string that runs itself through iex: stops at the limits */
  fixture f;
  load(&f, "$s = 'iex $s; Connect-MsolService'\niex $s\n");
  uint32_t n = 0;
  for (uint32_t i = 0; i < f.m->command_count; i++)
    if (!strcmp(f.m->commands[i]->name, "Connect-MsolService")) n++;
  CHECK(n >= 1 && n <= 64);
  unload(&f);
}

static void test_dot_sourced_spans(void) {
  /* a dot-sourced file's model lives after the main file in span space */
  fixture main, lib;
  load(&main, "$s = ConvertTo-SecureString $pw -AsPlainText -Force\n");
  psa_load_status st;
  char msg[128];
  const char *lib_text = "# lib\n$pw = 'secret'\n";
  lib.src = psa_source_from_bytes("lib.ps1", lib_text, strlen(lib_text), &st, msg, sizeof(msg));
  psa_parse(parser, lib.src->text, lib.src->text_len, true, &lib.pr);
  uint32_t base = main.src->text_len + 1;
  lib.m = psa_model_build_at(lib.src, &lib.pr, base);
  psa_model_import(main.m, lib.m);
  const psa_command *c = cmd(&main, "ConvertTo-SecureString", 0);
  const psa_arg *a = c ? psa_command_arg(c, "String") : NULL;
  psa_span lit[2];
  uint32_t n = a ? psa_value_literals(main.m, a->value, lit, 2) : 0;
  CHECK_INT(n, 1);
  CHECK(n && lit[0].start == base + 12);
  CHECK(n && psa_model_span_file(main.m, lit[0]) == lib.m);
  CHECK(psa_model_span_file(main.m, c->span) == main.m);
  CHECK_STR(a ? psa_value_string(main.m, a->value) : NULL, "secret");
  unload(&main);
  unload(&lib);
}

/* The parameter the n-th positional argument of a command bound, or NULL. */
static const char *positional(const psa_command *c, int n) {
  for (uint32_t i = 0; c && i < c->arg_count; i++)
    if ((c->args[i].via == PSA_BIND_POSITIONAL || c->args[i].via == PSA_BIND_UNBOUND) && n-- == 0)
      return c->args[i].via == PSA_BIND_POSITIONAL ? c->args[i].param : NULL;
  return NULL;
}

static void test_parameter_sets(void) {
  fixture f;
  load(&f,
       "New-Object System.Net.NetworkCredential 'u', 'p'\n"
       "New-Object System.Net.WebClient\n"
       "ConvertTo-SecureString 'x' -AsPlainText -Force\n"
       "ConvertTo-SecureString $enc -Key $k\n"
       "ConvertTo-SecureString $enc\n"
       "Get-Content a.txt\n"
       "Invoke-Command $s { Get-Date }\n"
       "Invoke-Command -ComputerName x { Get-Date }\n"
       "Invoke-Command -ComputerName x .\\script.ps1\n"
       "Invoke-Command { Get-Date }\n");
  const psa_command *no = cmd(&f, "New-Object", 0);
  CHECK_STR(positional(no, 0), "TypeName");
  CHECK_STR(positional(no, 1), "ArgumentList");
  CHECK_STR(positional(cmd(&f, "New-Object", 1), 0), "TypeName"); /* default set */
  /* the named switches choose the PlainText set, -Key the Open set */
  CHECK_STR(positional(cmd(&f, "ConvertTo-SecureString", 0), 0), "String");
  CHECK_STR(positional(cmd(&f, "ConvertTo-SecureString", 1), 0), "String");
  CHECK_STR(positional(cmd(&f, "ConvertTo-SecureString", 2), 0), "String");
  CHECK_STR(positional(cmd(&f, "Get-Content", 0), 0), "Path");
  /* $s of unknown type: the sets taking a script block second disagree on
   * the first position (Session, ComputerName, ConnectionUri...): only the
   * script block binds */
  const psa_command *i0 = cmd(&f, "Invoke-Command", 0);
  CHECK(positional(i0, 0) == NULL);
  CHECK_STR(positional(i0, 1), "ScriptBlock");
  CHECK(i0 && psa_command_arg(i0, "ScriptBlock") && psa_command_arg(i0, "ScriptBlock")->value->kind == PSA_V_SCRIPTBLOCK);
  /* -ComputerName leaves two sets; the script block picks the ComputerName set */
  CHECK_STR(positional(cmd(&f, "Invoke-Command", 1), 0), "ScriptBlock");
  /* ... and a path the FilePathComputerName set */
  CHECK_STR(positional(cmd(&f, "Invoke-Command", 2), 0), "FilePath");
  CHECK_STR(positional(cmd(&f, "Invoke-Command", 3), 0), "ScriptBlock");
  unload(&f);
}

static void test_one_line_param_block(void) {
  /* the grammar wants a line break after param(...): read the blank as one */
  fixture f;
  load(&f, "function f { param($x) Connect-MsolService -Credential $x }\n# { param($y) x }\n");
  CHECK_INT(f.pr.error_count, 0);
  const psa_command *c = cmd(&f, "Connect-MsolService", 0);
  CHECK(c != NULL);
  CHECK_INT(c ? c->span.start : 0, 23);
  const psa_arg *a = c ? psa_command_arg(c, "Credential") : NULL;
  CHECK(a && a->value->kind == PSA_V_VARIABLE && psa_value_var(a->value) &&
        psa_value_var(a->value)->is_parameter);
  CHECK_INT(f.m->command_count, 1); /* the comment stays a comment */
  unload(&f);
}

/* $env:NAME = value is kept as a write to the environment, not a variable. */
static void test_env_assignments(void) {
  fixture f;
  load(&f,
       "$env:AZURE_CLIENT_SECRET = 'abc'\n"
       "${env:App_Password} = $pw\n"
       "$env:PATH += ';C:\\tools'\n"
       "$AZURE_CLIENT_SECRET = 'x'\n");
  CHECK(f.m->env_assign_count == 3);
  if (f.m->env_assign_count == 3) {
    CHECK_STR(f.m->env_assigns[0].name, "AZURE_CLIENT_SECRET");
    CHECK_STR(psa_value_string(f.m, f.m->env_assigns[0].value), "abc");
    CHECK(f.m->env_assigns[0].target_span.start == 0 && f.m->env_assigns[0].target_span.end == 24);
    CHECK_STR(f.m->env_assigns[1].name, "App_Password");
    CHECK(f.m->env_assigns[1].value->kind == PSA_V_VARIABLE);
    CHECK(f.m->env_assigns[2].append);
  }
  CHECK(psa_model_variable(f.m, f.m->script, "AZURE_CLIENT_SECRET") != NULL);
  unload(&f);
}

/* Catch clauses: their type lists, bodies, the try's body, and which is last. */
static void test_catch_clauses(void) {
  fixture f;
  const char *text = "try { Get-AzureADTenantDetail -ErrorAction Stop }\n"
                     "catch [Microsoft.Open.Azure.AD.CommonLibrary.AadNeedAuthenticationException] { Connect-AzureAD }\n"
                     "catch { Write-Warning $_ }\n";
  load(&f, text);
  CHECK(f.m->catch_count == 2);
  if (f.m->catch_count == 2) {
    const psa_catch *a = &f.m->catches[0], *b = &f.m->catches[1];
    CHECK(!a->last && b->last);
    CHECK(a->types.end > a->types.start && text[a->types.start] == '[' && text[a->types.end - 1] == ']');
    CHECK(!b->types.start && !b->types.end);
    CHECK(text[a->body.start] == '{' && text[a->body.end - 1] == '}');
    CHECK(a->try_body.start == 4 && text[a->try_body.end - 1] == '}');
    CHECK(a->statement.start == 0 && b->statement.end == a->statement.end);
    const psa_command *c = cmd(&f, "Connect-AzureAD", 0);
    CHECK(c && c->span.start >= a->body.start && c->span.end <= a->body.end);
  }
  unload(&f);
}

/* base.Where({...}) has its own grammar node, like base.ForEach({...}). */
static void test_where_method(void) {
  fixture f;
  load(&f, "(Get-PSSession).Where({ $_.State -eq 'Opened' })\n");
  const psa_value *w = NULL;
  for (uint32_t i = 0; i < f.m->call_count; i++)
    if (f.m->calls[i]->kind == PSA_V_METHOD_CALL) w = f.m->calls[i];
  CHECK(w != NULL);
  if (w) {
    CHECK_STR(psa_value_member(w), "Where");
    CHECK(w->item_count == 1 && w->items[0]->kind == PSA_V_SCRIPTBLOCK);
    const psa_value *prods[4];
    uint32_t n = psa_value_producers(f.m, w->base, prods, 4);
    CHECK(n == 1 && prods[0]->kind == PSA_V_COMMAND);
  }
  unload(&f);
}

/* The fields only one kind of value has share their place: each accessor
 * gives its field for that kind and NULL for the others. */
static void test_value_kinds(void) {
  fixture f;
  load(&f,
       "$h = @{ a = 1 }\n$x = $h\n$c = Get-Date\n$m = $x.Keys\n$s = [string]::Join(',', 1)\n");
  const psa_value *h = psa_model_variable(f.m, f.m->script, "h")->assigns[0].value;
  const psa_value *x = psa_model_variable(f.m, f.m->script, "x")->assigns[0].value;
  const psa_value *c = psa_model_variable(f.m, f.m->script, "c")->assigns[0].value;
  const psa_value *mv = psa_model_variable(f.m, f.m->script, "m")->assigns[0].value;
  const psa_value *sv = psa_model_variable(f.m, f.m->script, "s")->assigns[0].value;
  CHECK_INT(h->kind, PSA_V_HASH);
  CHECK(psa_value_entries(h) && h->entry_count == 1 && !strcmp(psa_value_entries(h)[0].key, "a"));
  CHECK(!psa_value_cmd(h) && !psa_value_var(h) && !psa_value_member(h));
  CHECK_INT(x->kind, PSA_V_VARIABLE);
  CHECK(psa_value_var(x) == psa_model_variable(f.m, f.m->script, "h"));
  CHECK(!psa_value_cmd(x) && !psa_value_entries(x) && !psa_value_member(x));
  CHECK_INT(c->kind, PSA_V_COMMAND);
  CHECK(psa_value_cmd(c) && psa_command_is(psa_value_cmd(c), "Get-Date"));
  CHECK(!psa_value_var(c) && !psa_value_entries(c) && !psa_value_member(c));
  CHECK_INT(mv->kind, PSA_V_MEMBER);
  CHECK_STR(psa_value_member(mv), "Keys");
  CHECK(!psa_value_var(mv) && !psa_value_entries(mv) && !psa_value_cmd(mv));
  CHECK_INT(sv->kind, PSA_V_STATIC_CALL);
  CHECK_STR(psa_value_member(sv), "Join");
  CHECK(!psa_value_var(sv) && !psa_value_entries(sv) && !psa_value_cmd(sv));
  unload(&f);
}

/* $user$domain, one bare word: the parser is shown '_user$domain' (the
 * view); both variables are still read, the value is not a constant. */
static void test_glued_variables(void) {
  fixture f;
  load(&f,
       "$user = 'ann'\n$domain = '@contoso.com'\n"
       "New-MsolUser -UserPrincipalName $user$domain -DisplayName $user\n");
  CHECK_INT(f.pr.error_count, 0);
  psa_variable *u = psa_model_variable(f.m, f.m->script, "user");
  psa_variable *d = psa_model_variable(f.m, f.m->script, "domain");
  psa_span at[4];
  CHECK_INT(u ? psa_variable_reads(f.m, u, at, 4) : 0, 2);
  CHECK_INT(d ? psa_variable_reads(f.m, d, at, 4) : 0, 1);
  CHECK(arg_str(&f, cmd(&f, "New-MsolUser", 0), "UserPrincipalName") == NULL);
  unload(&f);
}

/* psa_model_var_reads: every read with the scope it was read from and its
 * lexical variable; Merge's $users (Main's, by dynamic scope) resolves to
 * none, $script:n to the script's variable. */
static void test_var_reads(void) {
  fixture f;
  load(&f,
       "$n = 1\n"
       "function Main { $users = Get-MsolUser; Merge }\n"
       "function Merge { $users.Count; $script:n }\n");
  CHECK_INT(f.pr.error_count, 0);
  psa_var_read r[8];
  uint32_t n = psa_model_var_reads(f.m, r, 8);
  CHECK_INT(n, 2);
  CHECK_INT(psa_model_var_reads(f.m, NULL, 0), 2);
  if (n == 2) {
    CHECK_STR(r[0].name, "users");
    CHECK(r[0].var == NULL);
    CHECK(r[0].scope && r[0].scope->name && !strcmp(r[0].scope->name, "Merge"));
    CHECK_STR(r[1].name, "n");
    CHECK(r[1].var == psa_model_variable(f.m, f.m->script, "n"));
    CHECK(r[1].scope == f.m->script);
  }
  unload(&f);
}

int main(void) {
  parser = psa_parser_new();
  test_var_reads();
  test_glued_variables();
  test_value_kinds();
  test_names();
  test_local_function_shadows();
  test_abbreviations();
  test_positional_and_switches();
  test_splatting();
  test_default_parameter_values();
  test_folding();
  test_credential_flow();
  test_scopes();
  test_typographic_quotes();
  test_recovery();
  test_nesting_is_bounded();
  test_requires();
  test_loops_and_parameters();
  test_nested_scripts();
  test_nested_bounded();
  test_dot_sourced_spans();
  test_parameter_sets();
  test_one_line_param_block();
  test_env_assignments();
  test_catch_clauses();
  test_where_method();
  psa_parser_free(parser);
  return psa_test_done("model");
}

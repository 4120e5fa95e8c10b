/* The parser's same-length view (analyzer/syntax/view.c): each
 * transformation is checked on the construct it targets. For every case the
 * grammar alone must fail on the text (or misread it), psa_parse must read it
 * without an error region and with view changes, and the text must be left
 * as it was (the model reads names and values from the original). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/parse.h"
#include "syntax/view.h"

/* Whether tree-sitter, given the text as it is, finds an error. */
static bool S_raw_error(const char *text) {
  TSParser *p = ts_parser_new();
  ts_parser_set_language(p, psa_language());
  TSTree *t = ts_parser_parse_string(p, NULL, text, (uint32_t)strlen(text));
  bool err = ts_node_has_error(ts_tree_root_node(t));
  ts_tree_delete(t);
  ts_parser_delete(p);
  return err;
}

/* Whether a node of 'type' exists in the tree. */
static bool S_has_node(TSNode n, const char *type) {
  if (!strcmp(ts_node_type(n), type)) return true;
  for (uint32_t i = 0; i < ts_node_child_count(n); i++)
    if (S_has_node(ts_node_child(n, i), type)) return true;
  return false;
}

/* The grammar fails on 'text'; psa_parse reads it cleanly through the view. */
static void S_fixed(psa_parser *p, const char *what, const char *text) {
  char *copy = strdup(text);
  bool raw = S_raw_error(text);
  psa_parse_result r;
  psa_parse(p, copy, (uint32_t)strlen(copy), true, &r);
  CHECK(raw);
  CHECK_INT(r.error_count, 0);
  CHECK(r.view_changes > 0);
  CHECK_STR(copy, text); /* the text itself is never changed */
  if (!raw || r.error_count || !r.view_changes) fprintf(stderr, "  case: %s\n", what);
  psa_parse_result_free(&r);
  free(copy);
}

/* Valid text the grammar reads: the view must not change it. */
static void S_untouched(psa_parser *p, const char *what, const char *text) {
  psa_parse_result r;
  psa_parse(p, text, (uint32_t)strlen(text), true, &r);
  CHECK_INT(r.error_count, 0);
  CHECK_INT(r.view_changes, 0);
  if (r.error_count || r.view_changes) fprintf(stderr, "  case: %s\n", what);
  psa_parse_result_free(&r);
}

static void S_broken(psa_parser *p, const char *text, psa_parse_broken want, uint32_t at) {
  psa_parse_result r;
  psa_parse(p, text, (uint32_t)strlen(text), true, &r);
  CHECK_INT(r.broken, want);
  if (want != PSA_PARSE_NOT_BROKEN) CHECK_INT(r.broken_at, at);
  psa_parse_result_free(&r);
}

static void S_param_block(psa_parser *p) {
  /* no error at all, but the parameter block was lost: 'Param' read as a
   * command and '(...)' as an expression */
  const char *text = "function f {\n    [CmdletBinding()]\n    Param\n    (\n"
                     "        [string]$Password\n    )\n}\n";
  TSParser *raw = ts_parser_new();
  ts_parser_set_language(raw, psa_language());
  TSTree *t = ts_parser_parse_string(raw, NULL, text, (uint32_t)strlen(text));
  CHECK(!S_has_node(ts_tree_root_node(t), "param_block"));
  ts_tree_delete(t);
  ts_parser_delete(raw);
  psa_parse_result r;
  psa_parse(p, text, (uint32_t)strlen(text), true, &r);
  CHECK(S_has_node(ts_tree_root_node(r.main.tree), "param_block"));
  CHECK_INT(r.error_count, 0);
  CHECK_INT(r.view_changes, 1); /* the line break between Param and ( */
  psa_parse_result_free(&r);
  /* CRLF: both bytes */
  const char *crlf = "function f {\r\n  [CmdletBinding()]\r\n  Param\r\n  (\r\n  [string]$P\r\n  )\r\n}\r\n";
  psa_parse(p, crlf, (uint32_t)strlen(crlf), true, &r);
  CHECK(S_has_node(ts_tree_root_node(r.main.tree), "param_block"));
  CHECK_INT(r.view_changes, 2); /* CR and LF */
  psa_parse_result_free(&r);
}

int main(void) {
  psa_parser *p = psa_parser_new();
  S_param_block(p);
  S_fixed(p, "backtick escape after a bare word", "Write-Host foo`n -ForegroundColor Green\n");
  S_fixed(p, "escaped blanks inside one argument", "Get-Date -format yyyy-MMM-dd-ddd` hh-mm` tt\n");
  S_fixed(p, "escaped blank in a method call", "$p.popup(\"Open?\",` 0,\"Open\",4)\n");
  S_fixed(p, "backtick-blank line end in a method call", "$p.popup(\"Open?\",`  \n  0,\"Open\",4)\n");
  S_fixed(p, "labelled continue", "foreach ($a in $b) { continue outer }\n");
  S_fixed(p, "labelled break", ":outer foreach ($a in $b) { break outer }\n");
  S_fixed(p, "one-line switch", "switch ($x) { 1 { 'a' } 2 { 'b' } default { 'c' } }\n");
  S_fixed(p, "hashtable then a bare word", "Select-Object @{n='a';e={1}}, Name\n");
  S_fixed(p, "variable then a bare word", "Set-X -Roles $role,MyContactInformation\n");
  S_fixed(p, "string then bare words", "$o | select 'User Name',UserId,OU\n");
  S_fixed(p, "a tab between arguments", "Write-Host\t.\\$Report `n\n");
  S_fixed(p, "continuation with a blank after a comma",
          "$a = @{Name='A';Expression={$A}},` \n  @{Name='B';Expression={$B}}\n");
  S_fixed(p, "continued comma list ending in *",
          "Get-X | Select-Object -Property @{ Label = 'A'; Expression = { 1 } },\n"
          "   @{ Label = 'B'; Expression = { 2 } }, *\n");
  S_fixed(p, "$var. ending an argument",
          "if ($a) {\n  Write-Host No license for $Identity.\n}\nelse {\n  $b = 1\n}\n");
  S_fixed(p, "$var... in an argument", "Write-Host from $Start to $End... -ForegroundColor Yellow\n");
  S_fixed(p, "member after a parenthesised argument", "$d = Get-Date(Get-Date).AddDays(-90)\n");
  S_fixed(p, "member after a call in an argument", "Invoke-RestMethod -Body $x.Read().Result -Uri $u\n");
  /* session 13 (graph21) */
  S_fixed(p, "comma, backtick, bare words on the next line",
          "$x | select `\n  @{Name=\"A\";Expression={$_.A}}, `\n  Description,Displayname\n");
  S_fixed(p, "comma directly before the backtick",
          "$x | select @{Name=\"A\";Expression={$_.A}},`\n  UserPrincipalName,DisplayName\n");
  S_fixed(p, "comma, backtick and trailing blanks",
          "$x | select @{n=\"x\";e={1}}, `  \n  c,d\n");
  S_fixed(p, "comma at the line end (no backtick)", "$x | select @{n=\"x\";e={1}},\n  c,d\n");
  S_fixed(p, "comma at the line end, CRLF", "$x | select $a,\r\n  c,d\r\n");
  S_fixed(p, "hashtables then bare words over three lines",
          "$x | select @{n=\"x\";e={1}}, `\n  @{n=\"y\";e={2}}, `\n  c\n");
  S_fixed(p, "a command name starting with enum",
          "if ($x) {\n  enumerate-aadgroup -ObjectId $_.objectid\n}\n");
  S_fixed(p, "a command name starting with class", "$a = Classify-Item -Path $p\n");
  S_fixed(p, "a command name starting with param-", "Param-Check -A 1\n");
  S_fixed(p, "a string glued to a variable after a comma",
          "Write-Host -ForegroundColor Cyan \"SECURED\"$m.DisplayName,\"[\"$m.Upn\"]\"\n");
  S_fixed(p, "a string after a glued argument", "Write-Host \"`n\"$c.name,\"for\",$u.displayname\n");
  S_fixed(p, "a string after a method call", "Write-Host $s.title,\"=\",$m.tostring('N0'),\"MB\"\n");
  S_fixed(p, "a variable after a method call", "Write-Host $m.tostring('N0'),$x\n");
  S_fixed(p, "a variable after a glued argument", "Write-Host \"a\"$m.D,$x\n");
  S_fixed(p, "a lone dash among arguments", "Write-Host $UPN - Error occurred -ForegroundColor Red\n");
  S_fixed(p, "text in brackets glued to a word",
          "$c = Read-Host Are you sure you want to install the module? [Y]Yes [N]No\n");
  S_fixed(p, "foreach -Parallel -ThrottleLimit",
          "workflow w {\n  ForEach -Parallel -ThrottleLimit 100 ($s in $sites) { $s }\n}\n");
  S_fixed(p, "continuation right after a parameter",
          "$u = Get-MgUser -All`\n    -Property Id, DisplayName\n");
  S_fixed(p, "continuation right after a parameter, CRLF",
          "$u = Get-MgUser -All`\r\n    -Property Id\r\n");
  S_fixed(p, "continuation right after a command name", "Get-MgUser`\n  -All\n");
  S_fixed(p, "comma after a hashtable over several lines",
          "$x | Select-Object @{ n = 'A'; e = { 1 } }, @{\n    n = 'S'; e = {\n      2\n    }\n"
          "  }, DisplayName, Name | Where-Object { $_ }\n");
  S_fixed(p, "two variables in one bare word", "Write-Host $first$last\n");
  S_fixed(p, "two variables in a parameter value",
          "New-MsolUser -UserPrincipalName $user$domain -DisplayName $n\n");
  S_fixed(p, "a variable and a sub-expression", "Write-Host $a$($b.c)\n");
  /* prompts: read as a redirection without an error, so no raw check */
  const char *prompts = "PS C:\\> Connect-MsolService -Credential $c\n>> Get-MsolUser\n";
  psa_parse_result r;
  psa_parse(p, prompts, (uint32_t)strlen(prompts), true, &r);
  CHECK_INT(r.error_count, 0);
  CHECK_INT(r.view_changes, 11);
  CHECK(S_has_node(ts_tree_root_node(r.main.tree), "command"));
  CHECK_INT(r.broken, PSA_PARSE_CONSOLE_PROMPT);
  psa_parse_result_free(&r);

  S_untouched(p, "a range", "$r = $a..$b\n$s = 1..10\n");
  S_untouched(p, "# inside a bare word", "Write-Output P@ss#1\n");
  S_untouched(p, "continuation", "Get-ChildItem -Path C:\\Temp `\n    -Filter *.csv\n");
  S_untouched(p, "multi-line switch", "switch ($x) {\n  1 { 'a' }\n  default { 'b' }\n}\n");
  S_untouched(p, "param on one line", "function f {\n  param([string]$a)\n  $a\n}\n");
  S_untouched(p, "a word 'param'", "Write-Output param\n(1)\n");
  S_untouched(p, "break without a label", "foreach ($a in $b) { break }\n");
  S_untouched(p, "backtick in a string", "Write-Host \"a`nb\" 'c`d'\n");
  S_untouched(p, "a tab in a string", "Write-Host \"a\tb\"\n");
  S_untouched(p, "class and enum statements", "class Foo { [string]$A }\nenum Color { Red }\n");
  S_untouched(p, "a bare-word list continued", "select a,b, `\n  c,d\n");
  S_untouched(p, "an expression list continued", "$x = 1,\n  2\n");
  S_untouched(p, "continuation after a bare word", "Get-X abc`\n  -P 1\n");
  S_untouched(p, "a variable then a string", "Write-Host $a \"[\"$b\n");
  S_untouched(p, "a minus in an expression", "Write-Host ($a - 1)\n$b = $a - 1\n");
  S_untouched(p, "a cast", "$a = [int]5\nWrite-Host [Y] Yes\n");
  S_untouched(p, "a method call in an expression list", "$a = $m.tostring('N0'),1\nGet-X ($a.b(1),2)\n");

  /* two statements run together ('$Session$Cred = ...'): left unread */
  const char *joined = "Remove-PSSession $Session$UserCredential = Get-Credential\n";
  psa_parse(p, joined, (uint32_t)strlen(joined), true, &r);
  CHECK(r.error_count > 0);
  psa_parse_result_free(&r);

  S_broken(p, "$x = 'never closed\n", PSA_PARSE_UNTERMINATED_STRING, 5);
  S_broken(p, "$x = @\"\nnever closed\n", PSA_PARSE_UNTERMINATED_STRING, 5);
  S_broken(p, "$x = 1\n<#\n.SYNOPSIS\n  \"Contoso -Name \"x\n", PSA_PARSE_UNTERMINATED_STRING, 7);
  S_broken(p, "if ($a) {\n  $b = 1\n", PSA_PARSE_UNBALANCED_BRACES, 8);
  S_broken(p, "$a = 1\n}\n", PSA_PARSE_EXTRA_BRACE, 7);
  S_broken(p, "$a = 1\n<<<<<<< HEAD\n$b = 2\n=======\n$b = 3\n>>>>>>> main\n",
           PSA_PARSE_CONFLICT_MARKER, 7);
  S_broken(p, "PS C:\\> Get-Mailbox\n", PSA_PARSE_CONSOLE_PROMPT, 0);
  /* braces and quotes inside strings, here-strings and comments */
  S_broken(p, "$t = @'\n{ ' \"\n'@\n# {\n<# } #>\n$s = \"{ $('}') \"\n", PSA_PARSE_NOT_BROKEN, 0);
  /* a grammar gap is not a broken file */
  S_broken(p, "Write-Host Are you sure? [Y]Yes [N]No\n", PSA_PARSE_NOT_BROKEN, 0);
  psa_parser_free(p);
  return psa_test_done("view");
}

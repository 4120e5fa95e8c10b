/* A large script parsed in pieces (analyzer/syntax/chunk.c,
 * psa_parse_chunks_*, psa_model_build_chunked): every cut falls between two
 * top-level statements of the whole script's tree, even among the
 * constructs that go on over several lines (else on its own line, a block's
 * '{' on the next line, here-strings, trailing pipes and backticks,
 * attributes alone on a line), and the model built piece by piece has the
 * commands, spans and first statement of the model of the whole tree. */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/source.h"
#include "base/util.h"

static const char *const S_snippets[] = {
    "if ($x%d) {\n    Get-Mailbox -Identity u%d\n}\nelse {\n    Get-User u%d\n}\n",
    "try {\n    Connect-ExchangeOnline -AppId $a -Organization o%d.onmicrosoft.com\n}\n"
    "catch {\n    Write-Warning $_\n}\nfinally {\n    Write-Host done%d\n}\n",
    "do {\n    $n%d++\n}\nwhile ($n%d -lt 3)\n",
    "function Get-Thing%d\n{\n    [CmdletBinding()]\n    param([string]$Name = 'x%d')\n"
    "    Get-Mailbox -Identity $Name\n}\n",
    "$h%d = @\"\nGet-Mailbox -Identity inside%d\n\nif ($true) {\n\"@\n",
    "$users%d = Get-Mailbox -ResultSize Unlimited |\n    Where-Object { $_.Name -like 'a*' } |\n"
    "    Select-Object Name, PrimarySmtpAddress\n",
    "Get-Mailbox -Identity u%d `\n    -ResultSize 10 `\n    -Filter \"Name -eq 'x%d'\"\n",
    "$settings%d = @{\n    Name = 'n%d'\n    Size = 10\n}\n",
    "[CmdletBinding()]\n$pw%d = ConvertTo-SecureString \"Secret%d!\" -AsPlainText -Force\n",
    "foreach ($m in $list%d)\n{\n    Set-Mailbox -Identity $m -Type Shared\n}\n",
    "# a comment %d\n<# a block comment %d\n   with { an open brace\n#>\n",
    "$cred%d = New-Object System.Management.Automation.PSCredential(\"svc%d@contoso.com\", $pw)\n"
    "$s%d = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri "
    "https://outlook.office365.com/powershell-liveid/ -Credential $cred%d -Authentication Basic\n"
    "Import-PSSession $s%d\n",
    "switch ($v%d)\n{\n    'a' { Get-User a }\n    default { Get-User b }\n}\n",
    "$a%d = 1;\n$b%d = Get-User x;\n",
};

/* Appends 'tpl' with every %d written as i. */
static void S_fill(psa_buf *b, const char *tpl, int i) {
  char num[16];
  snprintf(num, sizeof(num), "%d", i);
  for (const char *p = tpl; *p; p++) {
    if (p[0] == '%' && p[1] == 'd') {
      psa_buf_puts(b, num);
      p++;
    } else {
      psa_buf_putc(b, *p);
    }
  }
}

static char *S_script(size_t *len) {
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, "<#\n.SYNOPSIS\n  Generated test script.\n#>\n");
  psa_buf_puts(&b, "param([string]$Out = 'C:\\\\r')\n");
  size_t n = sizeof(S_snippets) / sizeof(*S_snippets);
  for (int i = 0; i < 600; i++) S_fill(&b, S_snippets[((unsigned)i * 5u) % n], i);
  *len = b.len;
  return b.data;
}

/* The top-level statements of the whole tree. */
static uint32_t S_statements(const TSTree *tree, psa_span **out) {
  TSNode root = ts_tree_root_node(tree);
  uint32_t n = 0;
  *out = NULL;
  for (uint32_t i = 0; i < ts_node_named_child_count(root); i++) {
    TSNode list = ts_node_named_child(root, i);
    if (strcmp(ts_node_type(list), "statement_list")) continue;
    uint32_t count = ts_node_named_child_count(list);
    *out = realloc(*out, (n + count) * sizeof(**out));
    for (uint32_t j = 0; j < count; j++) {
      TSNode st = ts_node_named_child(list, j);
      (*out)[n++] = (psa_span){ts_node_start_byte(st), ts_node_end_byte(st)};
    }
  }
  return n;
}

static void S_same_model(const psa_model *a, const psa_model *b) {
  CHECK_INT(a->command_count, b->command_count);
  CHECK_INT(a->first_statement, b->first_statement);
  uint32_t n = a->command_count < b->command_count ? a->command_count : b->command_count;
  uint32_t bad = 0;
  for (uint32_t i = 0; i < n; i++) {
    const psa_command *x = a->commands[i], *y = b->commands[i];
    if (strcmp(x->name, y->name) || x->span.start != y->span.start || x->span.end != y->span.end ||
        x->statement_span.start != y->statement_span.start ||
        x->statement_span.end != y->statement_span.end || x->arg_count != y->arg_count)
      bad++;
  }
  CHECK_INT(bad, 0);
}

int main(void) {
  size_t len;
  char *text = S_script(&len);
  psa_load_status st;
  char msg[256];
  psa_source *src = psa_source_from_bytes("chunk.ps1", text, len, &st, msg, sizeof(msg));
  CHECK(src != NULL);
  if (!src) return psa_test_done("chunk");
  psa_parser *p = psa_parser_new();
  psa_parse_result whole;
  psa_parse(p, src->text, src->text_len, true, &whole);
  CHECK_INT(whole.error_count, 0);
  psa_span *stmts;
  uint32_t nstmt = S_statements(whole.main.tree, &stmts);
  CHECK(nstmt > 500);
  psa_model *ref = psa_model_build(src, &whole);
  CHECK(ref->command_count > 500);

  static const uint32_t sizes[] = {300, 2000, 12000};
  for (size_t s = 0; s < sizeof(sizes) / sizeof(*sizes); s++) {
    psa_parse_result part;
    psa_parse_chunks *pc =
        psa_parse_chunks_begin(p, src->text, src->text_len, true, sizes[s], &part);
    uint32_t pieces = psa_parse_chunks_count(pc);
    CHECK(pieces > 3);
    /* every cut between two statements: none starts before it and ends after */
    uint32_t at = 0, crossed = 0;
    TSTree *t;
    uint32_t trees = 0;
    while ((t = psa_parse_chunks_next(pc))) {
      TSNode root = ts_tree_root_node(t);
      CHECK(!ts_node_has_error(root));
      uint32_t end = ts_node_end_byte(root);
      if (end > at) at = end;
      for (uint32_t i = 0; i < nstmt; i++)
        if (stmts[i].start < at && stmts[i].end > at && at < src->text_len) crossed++;
      ts_tree_delete(t);
      trees++;
    }
    CHECK_INT(trees, pieces);
    CHECK_INT(crossed, 0);
    psa_parse_chunks_end(pc);
    CHECK_INT(part.error_count, 0);
    CHECK(!part.over_budget);
    psa_parse_result_free(&part);

    /* the model, piece by piece */
    pc = psa_parse_chunks_begin(p, src->text, src->text_len, true, sizes[s], &part);
    psa_model *m = psa_model_build_chunked(src, pc, &part, 0);
    psa_parse_chunks_end(pc);
    CHECK(m != NULL);
    if (m) S_same_model(ref, m);
    psa_model_free(m);
    psa_parse_result_free(&part);
  }

  /* a memory limit the pieces cannot fit: no model, and the result says so */
  psa_parser_set_memory_limit(p, 64 << 10);
  psa_parse_result part;
  psa_parse_chunks *pc = psa_parse_chunks_begin(p, src->text, src->text_len, true, 12000, &part);
  psa_model *m = psa_model_build_chunked(src, pc, &part, 0);
  psa_parse_chunks_end(pc);
  CHECK(m == NULL);
  CHECK(part.over_budget);
  CHECK(part.needed > (64 << 10));
  CHECK(part.main.tree == NULL && part.fragment_count == 0);
  psa_parse_result_free(&part);
  psa_parser_set_memory_limit(p, 0);

  free(stmts);
  psa_model_free(ref);
  psa_parse_result_free(&whole);
  psa_parser_free(p);
  psa_source_free(src);
  free(text);
  return psa_test_done("chunk");
}

/* Suppressions: every comment form, '#' inside strings, block comments,
 * block ranges, file level, SuppressMessageAttribute at script and function
 * scope (and Scope/Target), malformed directives and the used flags that
 * --report-unused-suppressions reads. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "psauth/scan.h"
#include "psauth/suppress.h"
#include "base/util.h"

typedef struct {
  psa_source *src;
  psa_parse_result pr;
  psa_suppressions s;
} fixture;

static psa_parser *parser;
static const psa_rule *r101, *r301, *r302;

static void load(fixture *f, const char *text) {
  psa_load_status st;
  char msg[128];
  f->src = psa_source_from_bytes("t.ps1", text, strlen(text), &st, msg, sizeof(msg));
  psa_parse(parser, f->src->text, f->src->text_len, true, &f->pr);
  memset(&f->s, 0, sizeof(f->s));
  psa_suppressions_collect(f->src, &f->pr, &f->s);
}

static void unload(fixture *f) {
  psa_suppressions_free(&f->s);
  psa_parse_result_free(&f->pr);
  psa_source_free(f->src);
}

/* Whether a finding of 'rule' starting at the first character of 'needle'
 * (its n-th occurrence, 0-based) would be suppressed. */
static bool suppressed(fixture *f, const psa_rule *rule, const char *needle, int nth) {
  const char *p = f->src->text;
  for (;;) {
    p = strstr(p, needle);
    if (!p) {
      fprintf(stderr, "  needle '%s' not found\n", needle);
      return false;
    }
    if (nth-- == 0) break;
    p++;
  }
  uint32_t off = (uint32_t)(p - f->src->text);
  return psa_suppressions_match(&f->s, rule, (psa_span){off, off + 1});
}

static void test_line_forms(void) {
  fixture f;
  load(&f, "# psauth: disable-next-line PSA301, PSA302 -- fixture\n"
           "$a = ConvertTo-SecureString 'x' -AsPlainText -Force\n"
           "$b = ConvertTo-SecureString 'x' -AsPlainText -Force # psauth: disable-line "
           "plaintext-password\n"
           "$c = ConvertTo-SecureString 'x' -AsPlainText -Force\n");
  CHECK_INT(f.s.count, 3);
  CHECK_INT(f.s.problem_count, 0);
  CHECK(f.s.count == 3 && f.s.items[0].kind == PSA_SUPPRESS_NEXT_LINE);
  CHECK_STR(f.s.count ? f.s.items[0].reason : NULL, "fixture");
  CHECK_INT(f.s.count ? f.s.items[0].line : 0, 1);
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r302, "ConvertTo", 0));
  CHECK(!suppressed(&f, r101, "$a", 0));
  CHECK(suppressed(&f, r301, "$b", 0)); /* by kind */
  CHECK(suppressed(&f, r301, "'x'", 1));
  CHECK(!suppressed(&f, r302, "$b", 0)); /* PSA302 is another kind */
  CHECK(!suppressed(&f, r301, "$c", 0));
  CHECK(f.s.count == 3 && f.s.items[0].used && f.s.items[1].used && f.s.items[2].used);
  unload(&f);

  /* next-line skips blank and comment lines, and covers the whole statement
   * (continuation lines included), not what follows it */
  load(&f, "# psauth: disable-next-line PSA301\n"
           "\n"
           "# a note\n"
           "$a = ConvertTo-SecureString `\n"
           "  'x' -AsPlainText -Force\n"
           "$b = 1\n");
  CHECK(suppressed(&f, r301, "'x'", 0));
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(!suppressed(&f, r301, "$b", 0));
  unload(&f);

  /* a next-line before a function covers the function */
  load(&f, "# psauth: disable-next-line all\n"
           "function Get-It {\n"
           "  $a = 1\n"
           "}\n"
           "$b = 2\n");
  CHECK(suppressed(&f, r101, "$a", 0));
  CHECK(!suppressed(&f, r101, "$b", 0));
  unload(&f);
}

static void test_not_comments(void) {
  fixture f;
  load(&f, "$a = \"# psauth: disable-file all\"\n"
           "$b = '# psauth: disable-next-line all'\n"
           "$c = @\"\n"
           "# psauth: disable-file PSA301\n"
           "\"@\n"
           "$d = ConvertTo-SecureString 'x' -AsPlainText -Force\n");
  CHECK_INT(f.s.count, 0);
  CHECK(!suppressed(&f, r301, "$d", 0));
  unload(&f);
  /* nothing that looks like one: nothing collected (and no tree walk) */
  load(&f, "$a = 1\n");
  CHECK_INT(f.s.count, 0);
  unload(&f);
}

static void test_block_comments(void) {
  fixture f;
  load(&f, "<#\n"
           "  .SYNOPSIS\n"
           "  Example.\n"
           "  psauth: disable-file PSA302 -- generated file\n"
           "#>\n"
           "<# psauth: disable-next-line PSA301 #>\n"
           "$a = ConvertTo-SecureString 'x' -AsPlainText -Force\n"
           "$b = ConvertTo-SecureString 'x' -AsPlainText -Force\n");
  CHECK_INT(f.s.count, 2);
  CHECK(f.s.count == 2 && f.s.items[0].kind == PSA_SUPPRESS_FILE);
  CHECK_INT(f.s.count ? f.s.items[0].line : 0, 4);
  CHECK_STR(f.s.count ? f.s.items[0].reason : NULL, "generated file");
  CHECK(suppressed(&f, r302, "$b", 0));
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(!suppressed(&f, r301, "$b", 0));
  unload(&f);
}

static void test_blocks(void) {
  fixture f;
  load(&f, "$a = 1\n"
           "# psauth: disable PSA301, PSA1\n"
           "$b = 2\n"
           "# psauth: enable PSA301\n"
           "$c = 3\n"
           "# psauth: enable PSA1\n"
           "$d = 4\n"
           "# psauth: disable all\n"
           "$e = 5\n");
  CHECK(!suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r301, "$b", 0));
  CHECK(suppressed(&f, r101, "$b", 0));
  CHECK(!suppressed(&f, r301, "$c", 0));
  CHECK(suppressed(&f, r101, "$c", 0));
  CHECK(!suppressed(&f, r101, "$d", 0));
  CHECK(suppressed(&f, r101, "$e", 0)); /* never enabled: to the end */
  CHECK_INT(f.s.problem_count, 0);
  unload(&f);

  load(&f, "# psauth: disable PSA301\n"
           "$a = 1\n"
           "# psauth: enable all\n"
           "$b = 1\n");
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(!suppressed(&f, r301, "$b", 0));
  unload(&f);
}

static void test_file_level(void) {
  fixture f;
  load(&f, "$a = ConvertTo-SecureString 'x' -AsPlainText -Force\n"
           "# psauth: disable-file PSA3\n"
           "$b = 1\n");
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r302, "$b", 0));
  CHECK(!suppressed(&f, r101, "$b", 0));
  unload(&f);
}

static void test_problems_and_unused(void) {
  fixture f;
  load(&f, "# psauth: disbale-line PSA301\n"
           "# psauth: disable-line\n"
           "# psauth: enable PSA101\n"
           "# psauth: disable-next-line PSA101\n"
           "$a = 1\n");
  CHECK_INT(f.s.problem_count, 3);
  if (f.s.problem_count == 3) {
    CHECK(strstr(f.s.problems[0].message, "unknown psauth directive 'disbale-line'") != NULL);
    CHECK(strstr(f.s.problems[1].message, "needs rule IDs") != NULL);
    CHECK(strstr(f.s.problems[2].message, "without an earlier 'disable PSA101'") != NULL);
    CHECK_INT(f.s.problems[2].line, 3);
  }
  CHECK_INT(f.s.count, 1);
  CHECK(f.s.count && !f.s.items[0].used); /* nothing matched it yet */
  CHECK(!suppressed(&f, r301, "$a", 0));
  CHECK(f.s.count && !f.s.items[0].used);
  unload(&f);
}

static void test_attribute(void) {
  fixture f;
  /* script level: the whole file */
  load(&f, "[CmdletBinding()]\n"
           "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSA301', '')]\n"
           "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSAvoidUsingWriteHost', '')]\n"
           "param($x)\n"
           "$a = 1\n"
           "function F { $b = 2 }\n");
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r301, "$b", 0));
  CHECK(!suppressed(&f, r302, "$a", 0));
  CHECK_INT(f.s.count, 2); /* PSSA's own rule is collected, and never used */
  CHECK(f.s.count == 2 && f.s.items[0].kind == PSA_SUPPRESS_ATTRIBUTE);
  CHECK_INT(f.s.count ? f.s.items[0].line : 0, 2);
  unload(&f);

  /* function level: that function only; named Justification kept */
  load(&f,
       "$a = 1\n"
       "function Get-It {\n"
       "  [System.Diagnostics.CodeAnalysis.SuppressMessage('PSA301', '', Justification = 'demo')]\n"
       "  param()\n"
       "  $b = 2\n"
       "}\n"
       "$c = 3\n"
       "$sb = { [SuppressMessageAttribute(RuleName = 'PSA302')] param() $d = 4 }\n"
       "$e = 5\n");
  CHECK(!suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r301, "$b", 0));
  CHECK(!suppressed(&f, r301, "$c", 0));
  CHECK_STR(f.s.count ? f.s.items[0].reason : NULL, "demo");
  CHECK(suppressed(&f, r302, "$d", 0)); /* a script block's param block */
  CHECK(!suppressed(&f, r302, "$e", 0));
  unload(&f);

  /* Scope = 'Function' with Target: the matching functions inside */
  load(&f, "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSA301', '', Scope = 'Function',"
           " Target = 'Get-*')]\n"
           "param()\n"
           "$a = 1\n"
           "function Get-It { $b = 2 }\n"
           "function Set-It { $c = 3 }\n");
  CHECK(!suppressed(&f, r301, "$a", 0));
  CHECK(suppressed(&f, r301, "$b", 0));
  CHECK(!suppressed(&f, r301, "$c", 0));
  unload(&f);

  /* a Target that matches nothing is kept (unused) */
  load(&f, "[Diagnostics.CodeAnalysis.SuppressMessageAttribute('PSA301', '', Scope = 'Function',"
           " Target = 'Nope')]\n"
           "param()\n"
           "function Get-It { $b = 2 }\n");
  CHECK_INT(f.s.count, 1);
  CHECK(!suppressed(&f, r301, "$b", 0));
  unload(&f);

  /* not on a param block, or a non-constant rule name: ignored */
  load(&f,
       "function F { [Diagnostics.CodeAnalysis.SuppressMessageAttribute(\"$r\", '')] param() }\n");
  CHECK_INT(f.s.count, 0);
  unload(&f);
}

static void test_recovered(void) {
  /* a syntax error nearby: comments in the error region still count */
  fixture f;
  load(&f, "$x = @(1, 2\n"
           "# psauth: disable-next-line PSA301\n"
           "$a = ConvertTo-SecureString 'x' -AsPlainText -Force\n"
           "$b = ConvertTo-SecureString 'y' -AsPlainText -Force\n");
  CHECK(f.pr.error_count > 0);
  CHECK(suppressed(&f, r301, "$a", 0));
  CHECK(!suppressed(&f, r301, "$b", 0));
  unload(&f);
}

/* The case-insensitive search behind psa_suppressions_possible and the
 * rules' psa_contains_ci: every position, both cases, the last byte. */
static void test_find_ci(void) {
  const char *t = "# PSAuth: ignore PSA101";
  CHECK(psa_find_ci(t, strlen(t), "psauth") == t + 2);
  CHECK(psa_find_ci(t, strlen(t), "psa101") == t + 17);
  CHECK(psa_find_ci(t, strlen(t), "PSA102") == NULL);
  CHECK(psa_find_ci(t, strlen(t) - 1, "psa101") == NULL); /* length bounds the search */
  CHECK(psa_find_ci("aaaB", 4, "AB") != NULL);
  CHECK(psa_find_ci("ab", 2, "abc") == NULL);
  CHECK(psa_find_ci("x1-2", 4, "1-2") != NULL);
  /* the first match, whether its first letter is upper or lower case */
  const char *u = "xxSuppressMessage suppressmessage";
  CHECK(psa_find_ci(u, strlen(u), "suppressmessage") == u + 2);
  char big[5000];
  memset(big, 'p', sizeof(big));
  memcpy(big + sizeof(big) - 6, "psAUTH", 6);
  CHECK(psa_find_ci(big, sizeof(big), "psauth") == big + sizeof(big) - 6);
  psa_source *src = psa_source_from_bytes("x.ps1", big, sizeof(big), NULL, NULL, 0);
  CHECK(src && psa_suppressions_possible(src));
  psa_source_free(src);
}

/* release_trees: the trees go once the file is analysed, unless the file
 * may hold suppressions, whose collection needs them; findings stay. */
static void test_release_trees(void) {
  psa_scan_options o = {0};
  o.release_trees = true;
  const char *plain = "$p = ConvertTo-SecureString 'Secret1!' -AsPlainText -Force\n";
  psa_file_result r;
  psa_scan_bytes(parser, "a.ps1", plain, strlen(plain), &o, &r);
  CHECK(r.parse.main.tree == NULL);
  CHECK(r.finding_count >= 1);
  psa_file_result_free(&r);
  const char *marked =
      "$p = ConvertTo-SecureString 'Secret1!' -AsPlainText -Force # psauth: ignore PSA301\n";
  psa_scan_bytes(parser, "b.ps1", marked, strlen(marked), &o, &r);
  CHECK(r.parse.main.tree != NULL);
  psa_file_result_free(&r);
  o.release_trees = false;
  psa_scan_bytes(parser, "c.ps1", plain, strlen(plain), &o, &r);
  CHECK(r.parse.main.tree != NULL);
  psa_file_result_free(&r);
}

int main(void) {
  test_find_ci();
  parser = psa_parser_new();
  r101 = psa_rule_find("PSA101");
  r301 = psa_rule_find("PSA301");
  r302 = psa_rule_find("PSA302");
  test_release_trees();
  CHECK(r101 && r301 && r302);
  if (r101 && r301 && r302) {
    test_line_forms();
    test_not_comments();
    test_block_comments();
    test_blocks();
    test_file_level();
    test_problems_and_unused();
    test_attribute();
    test_recovered();
  }
  psa_parser_free(parser);
  return psa_test_done("suppress");
}

/* The flat syntax tree must be exactly what tree-sitter's public API reports:
 * the same nodes in the same order, with the same types, byte ranges, flags,
 * parents and children. Every script in the repository (samples, golden
 * cases, fuzz regressions) and a set of broken inputs are compared node by
 * node, for the main tree and every recovered fragment. */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "harness.h"
#include "psauth/parse.h"
#include "syntax/syntax.h"

static int S_trees;
static long S_nodes;

/* Compares the subtree at 'n' with the node at index k, depth first. */
static void S_compare(const psa_syntax *syn, TSNode n, uint32_t k, uint32_t parent,
                      const char *what) {
  const psa_snode *s = &syn->nodes[k];
  S_nodes++;
  int before = psa_test_fail_count;
  CHECK_INT(s->start, ts_node_start_byte(n));
  CHECK_INT(s->end, ts_node_end_byte(n));
  CHECK_INT(s->symbol, ts_node_symbol(n));
  CHECK_STR(psa_syntax_type(syn, s), ts_node_type(n));
  CHECK_INT(!!(s->flags & PSA_SN_NAMED), ts_node_is_named(n));
  CHECK_INT(!!(s->flags & PSA_SN_ERROR), ts_node_is_error(n));
  CHECK_INT(!!(s->flags & PSA_SN_MISSING), ts_node_is_missing(n));
  CHECK_INT(!!(s->flags & PSA_SN_EXTRA), ts_node_is_extra(n));
  CHECK_INT(s->parent, parent);
  CHECK_INT(s->count, ts_node_child_count(n));
  CHECK_INT(s->named_count, ts_node_named_child_count(n));
  if (psa_test_fail_count != before) {
    fprintf(stderr, "  in %s at byte %u (%s)\n", what, ts_node_start_byte(n), ts_node_type(n));
    return; /* one report per mismatch, not one per descendant */
  }
  uint32_t named = 0;
  for (uint32_t i = 0; i < s->count; i++) {
    TSNode ch = ts_node_child(n, i);
    if (ts_node_is_named(ch)) {
      const psa_snode *want = psa_syntax_named_child(syn, s, named);
      CHECK(want == &syn->nodes[s->first + i]);
      TSNode tn = ts_node_named_child(n, named);
      CHECK(ts_node_eq(tn, ch));
      named++;
    }
    S_compare(syn, ch, s->first + i, k, what);
  }
}

static void S_check_tree(TSTree *tree, const char *what) {
  psa_syntax syn;
  CHECK(psa_syntax_build(&syn, tree));
  TSNode root = ts_tree_root_node(tree);
  CHECK_INT(syn.count, ts_node_descendant_count(root));
  S_compare(&syn, root, 0, PSA_SN_NONE, what);
  S_trees++;
  psa_syntax_free(&syn);
}

static void S_check_text(psa_parser *parser, const char *text, size_t len, const char *what) {
  psa_parse_result pr;
  psa_parse(parser, text, (uint32_t)len, true, &pr);
  S_check_tree(pr.main.tree, what);
  for (uint32_t i = 0; i < pr.fragment_count; i++) S_check_tree(pr.fragments[i].tree, what);
  psa_parse_result_free(&pr);
}

static void S_check_file(psa_parser *parser, const char *path) {
  psa_load_status st;
  char msg[256];
  psa_source *src = psa_source_load(path, 0, &st, msg, sizeof msg);
  if (!src) return; /* e.g. a deliberately undecodable file */
  S_check_text(parser, src->text, src->text_len, path);
  psa_source_free(src);
}

static void S_walk(psa_parser *parser, const char *dir, int *files) {
  DIR *d = opendir(dir);
  if (!d) return;
  struct dirent *e;
  while ((e = readdir(d))) {
    if (e->d_name[0] == '.') continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    struct stat sb;
    if (lstat(path, &sb) != 0) continue;
    if (S_ISDIR(sb.st_mode)) {
      S_walk(parser, path, files);
    } else if (S_ISREG(sb.st_mode)) {
      size_t n = strlen(path);
      if ((n > 4 && !strcmp(path + n - 4, ".ps1")) || (n > 5 && !strcmp(path + n - 5, ".psm1"))) {
        S_check_file(parser, path);
        (*files)++;
      }
    }
  }
  closedir(d);
}

int main(void) {
  psa_parser *parser = psa_parser_new();
  int files = 0;
  S_walk(parser, PSA_SOURCE_DIR "/samples", &files);
  S_walk(parser, PSA_SOURCE_DIR "/tests/cases", &files);
  S_walk(parser, PSA_SOURCE_DIR "/tests/fuzz", &files);
  CHECK(files > 150);

  /* broken and unusual input: error and missing nodes, extras, aliases */
  static const char *const snippets[] = {
      "",
      "# only a comment\n",
      "$a = (1 + \n",
      "Get-Thing -Name 'x' | Where-Object { $_.Id -eq 3 } # trailing\n",
      "function f { param($x) $x }\nf 1\n",
      "if ($a) { b } elseif ($c) { d } else { e }\n",
      "$h = @{ A = 1; 'B' = \"$x $(Get-Date)\"; C = @(1,2,3) }\n",
      "[string]::Join(',', $list)\n$x[0].Name\n",
      "}}}}} $x = \n ((( \n",
      "Connect-ExchangeOnline -Credential $c @splat -UseRPSSession:$false\n",
      "$s = @\"\nhere $x\n\"@\n$t = @'\nlit\n'@\n",
      "try { a } catch [System.Exception] { b } finally { c }\n",
      "switch -regex ($x) { 'a' { 1 } default { 2 } }\n",
      "class C { [string]$P; C() { } [void] M([int]$i) { } }\n",
      "& $cmd --% -raw args\n. .\\common.ps1\n",
      "\xef\xbb\xbf$x = 1\r\n$y = 2\r\n",
      "$a = 1;;; $b = @(,\n",
  };
  for (size_t i = 0; i < sizeof snippets / sizeof *snippets; i++)
    S_check_text(parser, snippets[i], strlen(snippets[i]), snippets[i]);

  /* deep nesting: the copy is made without recursion */
  size_t depth = 20000;
  char *deep = malloc(depth * 2 + 2);
  for (size_t i = 0; i < depth; i++) deep[i] = '(';
  deep[depth] = '1';
  for (size_t i = 0; i < depth; i++) deep[depth + 1 + i] = ')';
  deep[depth * 2 + 1] = '\0';
  psa_parse_result pr;
  psa_parse(parser, deep, (uint32_t)(depth * 2 + 1), false, &pr);
  psa_syntax syn;
  CHECK(psa_syntax_build(&syn, pr.main.tree));
  CHECK_INT(syn.count, ts_node_descendant_count(ts_tree_root_node(pr.main.tree)));
  uint32_t max_depth = 0;
  for (uint32_t k = 0; k < syn.count; k++) {
    uint32_t d = 0;
    for (uint32_t p = syn.nodes[k].parent; p != PSA_SN_NONE && d <= depth * 4; p = syn.nodes[p].parent) d++;
    if (d > max_depth) max_depth = d;
    if (k > 2000) break; /* the depth shows near the root already */
  }
  CHECK(max_depth > 100);
  psa_syntax_free(&syn);
  psa_parse_result_free(&pr);
  free(deep);

  printf("compared %d trees, %ld nodes, in %d files and %zu snippets\n", S_trees, S_nodes, files,
         sizeof snippets / sizeof *snippets);
  psa_parser_free(parser);
  return psa_test_done("syntax");
}

/* psauth parse / psauth model: the syntax tree and the semantic model of
 * one file, for rule authors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/source.h"

static psa_source *S_load_one(const char *path) {
  psa_load_status st;
  char msg[256];
  psa_source *src = psa_source_load(path, 0, &st, msg, sizeof(msg));
  if (!src) fprintf(stderr, "psauth: %s: %s\n", path, msg);
  return src;
}

static void S_dump(FILE *out, const psa_source *src, TSNode n, int depth) {
  /* iterative pre-order walk with explicit depth tracking */
  TSTreeCursor c = ts_tree_cursor_new(n);
  int d = depth;
  for (;;) {
    TSNode cur = ts_tree_cursor_current_node(&c);
    if (ts_node_is_named(cur) || ts_node_is_missing(cur)) {
      uint32_t line, col;
      psa_source_position(src, ts_node_start_byte(cur), &line, &col);
      const char *field = ts_tree_cursor_current_field_name(&c);
      fprintf(out, "%*s%s%s%s%s %u:%u", d * 2, "", field ? field : "", field ? ": " : "",
              ts_node_is_missing(cur) ? "MISSING " : "", ts_node_type(cur), line, col);
      if (ts_node_child_count(cur) == 0) {
        uint32_t s = ts_node_start_byte(cur), e = ts_node_end_byte(cur);
        fputs(" \"", out);
        for (uint32_t i = s; i < e && i - s < 60; i++) {
          char ch = src->text[i];
          if (ch == '\n') fputs("\\n", out);
          else if (ch == '\r') fputs("\\r", out);
          else if (ch == '"' || ch == '\\') fprintf(out, "\\%c", ch);
          else fputc(ch, out);
        }
        fputc('"', out);
      }
      fputc('\n', out);
    }
    if (ts_tree_cursor_goto_first_child(&c)) {
      d++;
      continue;
    }
    while (!ts_tree_cursor_goto_next_sibling(&c)) {
      if (!ts_tree_cursor_goto_parent(&c)) {
        ts_tree_cursor_delete(&c);
        return;
      }
      d--;
    }
  }
}

int psa_cli_parse(int argc, char **argv, bool model) {
  bool recover = true;
  if (argc >= 1 && !strcmp(argv[0], "--no-recovery")) {
    recover = false;
    argc--;
    argv++;
  }
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
    printf("usage: psauth %s [--no-recovery] FILE\n", model ? "model" : "parse");
    return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
  }
  psa_source *src = S_load_one(argv[0]);
  if (!src) return EXIT_USAGE;
  psa_parser *p = psa_parser_new();
  psa_parse_result pr;
  psa_parse(p, src->text, src->text_len, recover, &pr);
  if (model) {
    psa_model *m = psa_model_build(src, &pr);
    char *s = psa_model_to_json(m);
    puts(s);
    free(s);
    psa_model_free(m);
  } else {
    S_dump(stdout, src, ts_tree_root_node(pr.main.tree), 0);
    for (uint32_t i = 0; i < pr.error_count; i++) {
      uint32_t line, col;
      psa_source_position(src, pr.errors[i].start, &line, &col);
      printf("error region %u:%u\n", line, col);
    }
    for (uint32_t i = 0; i < pr.fragment_count; i++) {
      uint32_t line, col;
      psa_source_position(src, pr.fragments[i].range.start, &line, &col);
      printf("recovered statement %u:%u\n", line, col);
      S_dump(stdout, src, ts_tree_root_node(pr.fragments[i].tree), 1);
    }
  }
  psa_parse_result_free(&pr);
  psa_parser_free(p);
  psa_source_free(src);
  return EXIT_CLEAN;
}

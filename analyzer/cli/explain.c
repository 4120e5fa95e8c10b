/* psauth explain: a rule's documentation page (compiled in), or the
 * summary of an organisation rule. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "psauth/rulemeta.h"
#include "psauth/config.h"
#include "psauth/finding.h"
#include "psauth/parse.h"
#include "psauth/source.h"
#include "rules/graphmap.h"
#include "base/util.h"

extern const unsigned char psa_rule_docs[];
extern const size_t psa_rule_docs_len;

/* psauth explain PSA204 FILE: the map's entries for the cmdlets FILE calls. */
static int S_explain_graph(const psa_rule *r, const char *path, bool entra) {
  const char *module = NULL;
  if (!strcmp(r->id, "PSA202") || !strcmp(r->id, "PSA204")) module = "MSOnline";
  if (!strcmp(r->id, "PSA203") || !strcmp(r->id, "PSA205")) module = "AzureAD";
  if (!module) {
    psa_cli_err("a FILE is explained only for PSA202-PSA205 (the Microsoft Graph migration)");
    return EXIT_USAGE;
  }
  psa_load_status st;
  char msg[256];
  psa_source *src = psa_source_load(path, 0, &st, msg, sizeof(msg));
  if (!src) {
    psa_cli_err("%s: %s", path, msg);
    return EXIT_USAGE;
  }
  psa_parser *parser = psa_parser_new();
  psa_parse_result pr;
  psa_parse(parser, src->text, src->text_len, true, &pr);
  psa_model *m = psa_model_build(src, &pr);
  printf("\n## The %s cmdlets %s calls, and their %s mapping\n", module, path,
         entra ? "Microsoft Entra PowerShell" : "Microsoft Graph PowerShell");
  if (!psa_graphmap_explain(m, module, entra, stdout))
    printf("\n%s calls no %s cmdlet psauth maps.\n", path, module);
  psa_model_free(m);
  psa_parse_result_free(&pr);
  psa_parser_free(parser);
  psa_source_free(src);
  return EXIT_CLEAN;
}

int psa_cli_explain(int argc, char **argv) {
  if (argc < 1 || !strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) {
    puts("usage: psauth explain RULE [FILE [--target graph|entra]]\n"
         "       RULE: an ID such as PSA101, or a rule name; for PSA202-PSA205 a FILE shows\n"
         "       the Microsoft Graph (or, with --target entra, Entra) mapping of the cmdlets\n"
         "       it calls");
    return argc < 1 ? EXIT_USAGE : EXIT_CLEAN;
  }
  const psa_rule *r = psa_rule_find(argv[0]);
  if (r && argc >= 2) {
    bool entra = false;
    if (argc >= 4 && !strcmp(argv[2], "--target")) {
      psa_graph_target t;
      if (!psa_graph_target_from_name(argv[3], &t)) {
        psa_cli_err("--target takes graph or entra, not '%s'", argv[3]);
        return EXIT_USAGE;
      }
      entra = t == PSA_GRAPH_TARGET_ENTRA;
    }
    return S_explain_graph(r, argv[1], entra);
  }
  if (!r) { /* an organisation rule of the config for the current directory */
    char errbuf[1024];
    const psa_config *cfg = NULL;
    char *rel = NULL;
    psa_config_finder *finder = psa_config_finder_new(NULL, false, errbuf, sizeof(errbuf));
    if (psa_config_lookup(finder, ".", true, &cfg, &rel, errbuf, sizeof(errbuf)) < 0)
      fprintf(stderr, "psauth: %s\n", errbuf);
    free(rel);
    for (size_t i = 0; cfg && !r && i < cfg->rule_count; i++)
      if (!psa_strcasecmp(cfg->rule_list[i]->id, argv[0]) ||
          !strcmp(cfg->rule_list[i]->name, argv[0]))
        r = cfg->rule_list[i];
    if (r) {
      const char *help = psa_user_rule_help_uri(psa_user_rule_of(r));
      printf("%s %s (%s, %s; organisation rule from %s)\n\n%s\n", r->id, r->name,
             psa_kind_name(r->kind), psa_severity_name(psa_rule_severity(r)), cfg->path, r->summary);
      if (help) printf("\nMore: %s\n", help);
    }
    psa_config_finder_free(finder);
    if (r) return EXIT_CLEAN;
    psa_cli_err("no rule called '%s' (see psauth rules)", argv[0]);
    return EXIT_USAGE;
  }
  /* the docs pages are compiled in: "\x1e<ID>\n<page>" records */
  const char *docs = (const char *)psa_rule_docs;
  char key[32];
  snprintf(key, sizeof(key), "\x1e%s\n", r->id);
  const char *p = strstr(docs, key);
  if (!p) {
    printf("%s %s (%s, %s)\n\n%s\n", r->id, r->name, psa_kind_name(r->kind),
           psa_severity_name(psa_rule_severity(r)), r->summary);
    return EXIT_CLEAN;
  }
  p += strlen(key);
  const char *e = strchr(p, '\x1e');
  fwrite(p, 1, e ? (size_t)(e - p) : strlen(p), stdout);
  return EXIT_CLEAN;
}

/* psauth rules: the built-in rules, then the organisation rules of the
 * config that applies to the current directory. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "psauth/rulemeta.h"
#include "psauth/config.h"
#include "psauth/finding.h"

int psa_cli_rules(int argc, char **argv) {
  bool json = false, no_config = false;
  const char *config_path = NULL;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
      puts("usage: psauth rules [--format text|json] [--config FILE | --no-config]\n"
           "(organisation rules of the config for the current directory are listed last)");
      return EXIT_CLEAN;
    }
    if (!strcmp(a, "--format") && i + 1 < argc &&
        (!strcmp(argv[i + 1], "json") || !strcmp(argv[i + 1], "text"))) {
      json = !strcmp(argv[++i], "json");
    } else if (!strcmp(a, "--config") && i + 1 < argc) {
      config_path = argv[++i];
    } else if (!strcmp(a, "--no-config")) {
      no_config = true;
    } else {
      psa_cli_err("unknown argument '%s' (see psauth rules --help)", a);
      return EXIT_USAGE;
    }
  }
  char errbuf[1024];
  const psa_config *cfg = NULL;
  char *rel = NULL;
  psa_config_finder *finder = psa_config_finder_new(config_path, no_config, errbuf, sizeof(errbuf));
  if (!finder || psa_config_lookup(finder, ".", true, &cfg, &rel, errbuf, sizeof(errbuf)) < 0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    psa_config_finder_free(finder);
    return EXIT_USAGE;
  }
  free(rel);
  uint32_t n;
  const psa_rule *const *rules = psa_rules(&n);
  size_t total = n + (cfg ? cfg->rule_count : 0);
  cJSON *arr = json ? cJSON_CreateArray() : NULL;
  for (size_t i = 0; i < total; i++) {
    const psa_rule *r = i < n ? rules[i] : cfg->rule_list[i - n];
    const psa_user_rule *u = psa_user_rule_of(r);
    if (json) {
      cJSON *o = cJSON_CreateObject();
      cJSON_AddStringToObject(o, "id", r->id);
      cJSON_AddStringToObject(o, "name", r->name);
      cJSON_AddStringToObject(o, "kind", psa_kind_name(r->kind));
      cJSON_AddStringToObject(o, "severity", psa_severity_name(psa_rule_severity(r)));
      cJSON_AddStringToObject(o, "summary", r->summary);
      if (r->retirement) cJSON_AddStringToObject(o, "retirement", r->retirement);
      const psa_rule_meta *m = u ? NULL : psa_rule_meta_find(r->id);
      if (m) {
        const psa_rule_fact *fact = &m->at[m->severity];
        cJSON_AddStringToObject(o, "status", psa_status_name(fact->status));
        if (fact->date) cJSON_AddStringToObject(o, "statusDate", fact->date);
        if (fact->source) cJSON_AddStringToObject(o, "statusSource", fact->source);
        cJSON_AddStringToObject(o, "service", psa_service_name(m->service));
        cJSON_AddStringToObject(o, "signIn", psa_auth_name(m->signin));
      }
      if (u) {
        cJSON_AddStringToObject(o, "config", cfg->path);
        const char *help = psa_user_rule_help_uri(u);
        if (help) cJSON_AddStringToObject(o, "helpUri", help);
      }
      cJSON_AddItemToArray(arr, o);
    } else {
      printf("%-7s %-34s %-8s %-21s %s\n", r->id, r->name, psa_severity_name(psa_rule_severity(r)),
             psa_kind_name(r->kind), r->summary);
    }
  }
  if (json) {
    char *s = cJSON_Print(arr);
    puts(s);
    free(s);
    cJSON_Delete(arr);
  }
  psa_config_finder_free(finder);
  return EXIT_CLEAN;
}

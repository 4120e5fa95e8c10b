/* psauth config: the effective configuration for a path, as JSON. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli/cli.h"
#include "psauth/config.h"

static const char S_config_usage[] =
    "usage: psauth config [options] [PATH]\n"
    "\n"
    "Prints the effective configuration for PATH (a file or directory, default .)\n"
    "as JSON: the psauth.json or .psauth.json that applies (the nearest one found\n"
    "walking up from PATH), its settings with defaults filled in, and the rules\n"
    "reported there with their severities.\n"
    "\n"
    "options:\n"
    "  --config FILE           use FILE instead of looking for one\n"
    "  --no-config             ignore config files\n"
    "  --select, --ignore, --severity, --fail-on, --max-file-size   as for scan\n";

int psa_cli_config(int argc, char **argv) {
  psa_cli_settings settings = {psa_config_new(), NULL, false};
  const char *path = NULL;
  int rc = EXIT_USAGE;
  psa_config_finder *finder = NULL;
  char errbuf[1024];
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      fputs(S_config_usage, stdout);
      rc = EXIT_CLEAN;
      goto done;
    }
    int so = psa_cli_settings_option(&settings, argc, argv, &i);
    if (so < 0) goto done;
    if (so > 0) continue;
    if (a[0] == '-' && strcmp(a, "-") != 0) {
      psa_cli_err("unknown option '%s' (see psauth config --help)", a);
      goto done;
    }
    if (path) {
      psa_cli_err("config takes one PATH");
      goto done;
    }
    path = a;
  }
  if (psa_cli_settings_check(&settings) < 0) goto done;
  if (!path) path = ".";
  struct stat st;
  if (stat(path, &st) != 0) {
    fprintf(stderr, "psauth: %s: %s\n", path, strerror(errno));
    goto done;
  }
  finder = psa_config_finder_new(settings.config_path, settings.no_config, errbuf, sizeof(errbuf));
  if (!finder) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    goto done;
  }
  const psa_config *cfg;
  char *rel;
  if (psa_config_lookup(finder, path, S_ISDIR(st.st_mode), &cfg, &rel, errbuf, sizeof(errbuf)) <
      0) {
    fprintf(stderr, "psauth: %s\n", errbuf);
    goto done;
  }
  if (psa_cli_check_selectors(settings.cli, finder) == 0) {
    char *json = psa_config_effective_json(cfg, settings.cli, path, rel);
    puts(json);
    free(json);
    rc = EXIT_CLEAN;
  }
  free(rel);
done:
  psa_config_finder_free(finder);
  psa_config_free(settings.cli);
  return rc;
}

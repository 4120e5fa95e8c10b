/* psauth merge: JSON reports of several runs (sharded CI jobs) into one
 * report in any format, as a single run over everything would give. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "psauth/results.h"
#include "base/util.h"

int psa_cli_merge(int argc, char **argv) {
  psa_format format = PSA_FORMAT_TEXT;
  const char *output = NULL;
  psa_results results = {0};
  int rc = EXIT_CLEAN, inputs = 0;
  for (int i = 0; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
      puts("usage: psauth merge [--format FMT] [-o FILE] RESULT.json...\n\n"
           "Combines JSON reports (psauth scan --format json) into one report in any format.\n\n"
           "options:\n"
           "  --format FMT            the merged report's format, as for scan (default text)\n"
           "  -o, --output FILE       write it to FILE instead of standard output");
      psa_results_free(&results);
      return EXIT_CLEAN;
    }
    if (!strcmp(a, "--format") && i + 1 < argc) {
      if (!psa_format_from_name(argv[++i], &format)) {
        psa_cli_err("unknown format '%s'", argv[i]);
        rc = EXIT_USAGE;
        break;
      }
      continue;
    }
    if ((!strcmp(a, "-o") || !strcmp(a, "--output")) && i + 1 < argc) {
      output = argv[++i];
      continue;
    }
    if (a[0] == '-') {
      psa_cli_err("unknown option '%s' (see psauth merge --help)", a);
      rc = EXIT_USAGE;
      break;
    }
    FILE *f = fopen(a, "rb");
    if (!f) {
      psa_cli_err("%s: %s", a, strerror(errno));
      rc = EXIT_USAGE;
      break;
    }
    psa_buf b;
    psa_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) psa_buf_append(&b, chunk, n);
    fclose(f);
    char err[256];
    if (psa_results_read_json(&results, b.data ? b.data : "", b.len, err, sizeof(err)) < 0) {
      psa_cli_err("%s: %s", a, err);
      psa_buf_free(&b);
      rc = EXIT_USAGE;
      break;
    }
    psa_buf_free(&b);
    inputs++;
  }
  if (rc == EXIT_CLEAN && !inputs) {
    psa_cli_err("merge needs at least one JSON report (see psauth merge --help)");
    rc = EXIT_USAGE;
  }
  if (rc == EXIT_CLEAN) {
    FILE *out = output ? fopen(output, "w") : stdout;
    char err[256];
    psa_report_options ro = {0};
    if (!out) {
      psa_cli_err("cannot write %s", output);
      rc = EXIT_USAGE;
    } else {
      if (psa_results_write(&results, format, &ro, out, err, sizeof(err)) < 0) {
        psa_cli_err("%s", err);
        rc = EXIT_USAGE;
      }
      if (out != stdout) fclose(out);
    }
  }
  psa_results_free(&results);
  return rc;
}

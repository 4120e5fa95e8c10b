/* psauth: the command-line front end over libpsauth. This file dispatches
 * to the commands, one file each (cli/cli.h). */
#include <stdio.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/cli.h"
#include "psauth/cmdtable.h"
#include "psauth/finding.h"
#include "psauth_version.h"

static const char S_usage[] =
    "usage: psauth <command> [options] [args]\n"
    "\n"
    "Finds legacy and basic authentication and stored passwords in PowerShell\n"
    "scripts that talk to Microsoft 365.\n"
    "\n"
    "commands:\n"
    "  scan [PATH...]      scan files and directories (default: .)\n"
    "  fix [PATH...]       rewrite the findings' fixes into the scripts (--diff to\n"
    "                      review them first, --unsafe-fixes for the connection\n"
    "                      rewrites)\n"
    "  config [PATH]       print the configuration that applies to PATH as JSON\n"
    "  rules               list the rules (--format json for JSON)\n"
    "  explain RULE        print a rule's documentation\n"
    "  parse FILE          print the syntax tree (for rule authors)\n"
    "  model FILE          print the semantic model as JSON\n"
    "  merge JSON...       combine JSON reports of several runs into one report\n"
    "  lsp                 run as a language server for editors (stdio; docs/lsp.md)\n"
    "\n"
    "options:\n"
    "  -h, --help          show help (psauth COMMAND --help for a command)\n"
    "  -V, --version       show the version\n"
    "\n"
    "exit status: 0 nothing at or above --fail-on, 1 findings at or above it,\n"
    "2 usage or configuration error, or an explicit path that cannot be read.\n";

int main(int argc, char **argv) {
#ifdef __GLIBC__
  /* A scan takes and gives back a file's worth of memory per file. By
   * default glibc hands the heap's top back to the kernel each time and
   * maps large blocks afresh, so the next file faults the same memory in
   * again page by page (three times the page faults on bench/'s corpus).
   * Peak memory is unchanged; it is only kept for reuse. */
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
  if (argc < 2) {
    fputs(S_usage, stderr);
    return EXIT_USAGE;
  }
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(S_usage, stdout);
    return EXIT_CLEAN;
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version") || !strcmp(cmd, "version")) {
    uint32_t n;
    psa_rules(&n);
    printf("psauth %s (%u rules, %zu cmdlets and %zu aliases in the binding table)\n",
           PSAUTH_VERSION, n, psa_cmdtable_cmd_count(), psa_cmdtable_alias_count());
    return EXIT_CLEAN;
  }
  if (!strcmp(cmd, "scan")) return psa_cli_scan(argc - 2, argv + 2);
  if (!strcmp(cmd, "config")) return psa_cli_config(argc - 2, argv + 2);
  if (!strcmp(cmd, "merge")) return psa_cli_merge(argc - 2, argv + 2);
  if (!strcmp(cmd, "fix")) return psa_cli_fix(argc - 2, argv + 2);
  if (!strcmp(cmd, "lsp")) return psa_cli_lsp(argc - 2, argv + 2);
  if (!strcmp(cmd, "rules")) return psa_cli_rules(argc - 2, argv + 2);
  if (!strcmp(cmd, "explain")) return psa_cli_explain(argc - 2, argv + 2);
  if (!strcmp(cmd, "parse")) return psa_cli_parse(argc - 2, argv + 2, false);
  if (!strcmp(cmd, "model")) return psa_cli_parse(argc - 2, argv + 2, true);
  psa_cli_err("unknown command '%s' (see psauth --help)", cmd);
  return EXIT_USAGE;
}

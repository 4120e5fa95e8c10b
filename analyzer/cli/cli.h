/* What the CLI's commands share: exit codes, messages, option parsing.
 * One file per command (scan.c, fix.c, config.c, rules.c, explain.c,
 * parse.c, merge.c); main.c dispatches. The CLI parses options and prints:
 * what is reported and fixed is decided by the engine's policy
 * (psauth/policy.h). */
#ifndef PSA_CLI_H
#define PSA_CLI_H

#include <stdbool.h>
#include <stddef.h>

#include "psauth/config.h"
#include "psauth/discover.h"
#include "psauth/policy.h"

#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_USAGE 2

/* "psauth: <message>" on standard error. */
void psa_cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* A list of owned strings (paths, globs). */
typedef struct {
  char **items;
  size_t count, cap;
} psa_cli_list;

void psa_cli_list_add(psa_cli_list *l, const char *s);
void psa_cli_list_free(psa_cli_list *l);
/* Adds the lines of 'file' ("-": standard input), skipping empty ones.
 * Returns 0, or -1 after printing why. */
int psa_cli_read_lines(const char *file, psa_cli_list *out);

/* Warns (stderr) about each path under which no file is kept ('kept': the
 * files that will be read) and discovery reported no error: an existing
 * directory without scripts is not silently "0 files scanned". */
void psa_cli_warn_empty_paths(const char *const *paths, size_t n, const psa_discover_list *list,
                              const char *const *kept, size_t nkept, bool include_globs);
/* The same for the files of a run (psa_policy_jobs); returns how many files
 * discovery found (before the configs' include and exclude). */
size_t psa_cli_warn_empty_jobs(const char *const *paths, size_t n, const psa_jobs *files,
                               bool include_globs);

/* The command-line settings layer (options shared by scan and config). */
typedef struct {
  psa_config *cli;          /* --select, --ignore, --severity, --fail-on, --max-file-size */
  const char *config_path;  /* --config FILE */
  bool no_config;           /* --no-config */
} psa_cli_settings;

/* Returns 1 when argv[*i] was one of those options (and consumed), 0 when
 * it is not, -1 after a usage error was printed. */
int psa_cli_settings_option(psa_cli_settings *s, int argc, char **argv, int *i);
int psa_cli_settings_check(const psa_cli_settings *s);
/* Every selector given on the command line must name something: a
 * built-in rule, prefix or kind, or a rule of one of the configs in use. */
int psa_cli_check_selectors(const psa_config *cli, psa_config_finder *finder);

/* A discovery error: printed; one of a path named on the command line sets
 * *(bool *)payload (the exit status is then 2). For psa_policy_jobs. */
void psa_cli_discover_error(void *payload, const psa_discover_entry *e);

/* The commands: argv holds the arguments after the command's name. */
int psa_cli_scan(int argc, char **argv);
int psa_cli_fix(int argc, char **argv);
int psa_cli_config(int argc, char **argv);
int psa_cli_rules(int argc, char **argv);
int psa_cli_explain(int argc, char **argv);
int psa_cli_merge(int argc, char **argv);
/* `psauth parse FILE` (syntax tree) or, with model, `psauth model FILE`. */
int psa_cli_parse(int argc, char **argv, bool model);
/* `psauth lsp` (cli/lsp.c). */
int psa_cli_lsp(int argc, char **argv);

#endif

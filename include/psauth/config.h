/* Configuration: psauth.json / .psauth.json files, how they are found, and
 * what they decide for each scanned file.
 *
 * A config file is the nearest psauth.json or .psauth.json found by walking
 * up from the scanned file's directory (nearest wins; files are not merged).
 * docs/configuration.md describes every key and docs/psauth-config.schema.json
 * is its JSON schema. Loading validates everything: an unknown key, a value
 * of the wrong type, a bad glob, an unknown rule selector or an invalid
 * organisation rule is an error naming the file, the key and what was
 * expected.
 *
 * Command-line flags form a second layer with the same struct (path NULL)
 * that is applied on top of the file's layer: see psa_config_rule_enabled()
 * and friends.
 */
#ifndef PSAUTH_CONFIG_H
#define PSAUTH_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "psauth/finding.h"
#include "psauth/user_rules.h"

#define PSA_CONFIG_DEFAULT_MAX_FILE_SIZE ((size_t)10 * 1024 * 1024)


typedef struct {
  char *glob;       /* owned; relative to the config's directory */
  char **selectors; /* owned: rule IDs, ID prefixes, names or kinds */
  size_t selector_count;
} psa_config_path_ignore;

typedef struct {
  char *selector; /* owned */
  psa_severity severity;
} psa_config_severity;

/* One layer of settings: a loaded file, or the command line. Everything is
 * owned by the struct and freed by psa_config_free(). */
typedef struct psa_config {
  char *path;    /* the file (absolute); NULL for the command-line layer */
  char *dir;     /* its directory (absolute, symlinks resolved): base of globs */
  char **select; /* rule selectors; has_select distinguishes [] from absent */
  size_t select_count;
  bool has_select;
  char **ignore;
  size_t ignore_count;
  psa_config_path_ignore *per_file_ignores;
  size_t per_file_ignore_count;
  psa_config_severity *severities; /* severity overrides */
  size_t severity_count;
  char **include; /* globs for walked files (replace the .ps1, .psm1, .psd1 default) */
  size_t include_count;
  bool has_include;
  char **exclude; /* globs: files and directories not scanned */
  size_t exclude_count;
  bool has_fail_on;
  psa_severity fail_on;
  bool has_max_file_size;
  size_t max_file_size;       /* 0: no limit */
  psa_tenant tenant;          /* tenant values for rewrites (strings owned, NULL if unset) */
  psa_user_rule **rules;      /* organisation rules, in file order */
  const psa_rule **rule_list; /* the same as psa_rule pointers (for psa_scan_options) */
  size_t rule_count;
} psa_config;

/* ---- loading ------------------------------------------------------------ */

/* An empty layer (the command line fills it in). */
psa_config *psa_config_new(void);
void psa_config_free(psa_config *cfg);

/* Loads and validates one file. Returns NULL with a one-line message that
 * starts with the file's path in err. */
psa_config *psa_config_load(const char *path, char *err, size_t errlen);

/* The same for JSON text in memory; 'path' names it in messages and 'dir'
 * is the base of its globs (NULL: the current directory). */
psa_config *psa_config_parse(const char *path, const char *dir, const char *json, size_t len,
                             char *err, size_t errlen);

/* ---- discovery ---------------------------------------------------------- */

typedef struct psa_config_finder psa_config_finder;

/* A finder that walks up from each path (explicit_path NULL, no_config
 * false), always answers with one file (explicit_path: --config FILE), or
 * never finds anything (no_config: --no-config). With explicit_path the file
 * is loaded at once: NULL with a message in err when it does not load. */
psa_config_finder *psa_config_finder_new(const char *explicit_path, bool no_config, char *err,
                                         size_t errlen);
void psa_config_finder_free(psa_config_finder *f);

/* The config that applies to 'path' (a file, or with is_dir a directory)
 * and the path relative to the config's directory (absolute when the path
 * lies outside it, as it can with --config). *cfg is NULL when none
 * applies; then *relpath is the path as given without a leading "./".
 * *relpath is malloc'd (caller frees). Configs stay valid until the finder is
 * freed. Returns 0, or -1 with a message naming the file when the nearest
 * config does not load. */
int psa_config_lookup(psa_config_finder *f, const char *path, bool is_dir, const psa_config **cfg,
                      char **relpath, char *err, size_t errlen);

/* 'path' relative to the real directory 'dir', with the symlinks of path's
 * directory resolved (absolute when outside dir; as given minus a leading
 * "./" when its directory cannot be resolved). Caller frees. */
char *psa_path_relative(const char *dir, const char *path);

/* Every config loaded so far, in load order. */
const psa_config *const *psa_config_finder_loaded(const psa_config_finder *f, size_t *count);

/* ---- decisions ----------------------------------------------------------
 * 'cfg' is the file's layer (may be NULL), 'cli' the command-line layer
 * (may be NULL). relpath is relative to cfg's directory. */

/* Whether a selector (rule ID, ID prefix, rule name, kind or "all"; IDs and
 * prefixes case-insensitive) matches a rule. */
bool psa_rule_selector_matches(const psa_rule *rule, const char *selector);

/* Whether a selector matches a built-in rule or one of cfg's rules. */
bool psa_config_selector_known(const psa_config *cfg, const char *selector);

/* Whether findings of 'rule' are reported for the file: select/ignore of
 * cfg, then of cli (a layer's select replaces what the layers before it
 * decided; within a layer the more specific of a matching select and ignore
 * wins, ignore on a tie), then cfg's perFileIgnores. */
bool psa_config_rule_enabled(const psa_config *cfg, const psa_config *cli, const psa_rule *rule,
                             const char *relpath);

/* A finding's severity: the most specific override of cli, else of cfg,
 * else 'found' (what the rule reported: usually its default severity, but
 * some rules grade their findings). */
psa_severity psa_config_rule_severity(const psa_config *cfg, const psa_config *cli,
                                      const psa_rule *rule, psa_severity found);

psa_severity psa_config_fail_on(const psa_config *cfg, const psa_config *cli);
size_t psa_config_max_file_size(const psa_config *cfg, const psa_config *cli);

/* Whether a discovered file is scanned: not when cfg's exclude matches it;
 * for a walked file (not named on the command line) without command-line
 * include globs, it must also match cfg's include globs, or end in .ps1,
 * .psm1 or .psd1 when cfg has none. A glob without '/' matches the file's
 * name or any directory name on relpath; one with '/' matches relpath or a
 * directory prefix of it. */
bool psa_config_wants_file(const psa_config *cfg, const char *relpath, bool explicit_path,
                           bool cli_include);

/* The glob matching above: 'vendor', '*.Tests.ps1', 'legacy/' + '**'. */
bool psa_config_path_matches(const char *glob, const char *relpath);

/* The effective configuration for a path as JSON (for `psauth config`):
 * the file's settings with defaults filled in, the command line applied,
 * and the rules that are reported there with their severities. Caller
 * frees. */
char *psa_config_effective_json(const psa_config *cfg, const psa_config *cli, const char *path,
                                const char *relpath);

/* "graph" / "entra": the target of the MSOnline/AzureAD migration
 * (psauth.json "target", --target). */
const char *psa_graph_target_name(psa_graph_target t);
bool psa_graph_target_from_name(const char *name, psa_graph_target *out);

#endif

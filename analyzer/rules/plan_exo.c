/* Whether a script uses its Exchange Online connection at all: the names
 * of the cmdlets Exchange Online PowerShell and Security & Compliance
 * PowerShell have (analyzer/data/exchange-cmdlets.txt) and of PowerShell's
 * own cmdlets (analyzer/data/powershell-cmdlets.txt), both derived from
 * Microsoft's cmdlet reference and compiled in; see plan.h. Also the Teams
 * cmdlets app-only sign-in does not support (analyzer/data/teams-app-only.txt). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"
#include "psauth/cmdtable.h"
#include "rules/facts.h"
#include "rules/plan.h"

extern const unsigned char psa_exchange_cmdlets_txt[];
extern const size_t psa_exchange_cmdlets_txt_len;
extern const unsigned char psa_exchange_um_cmdlets_txt[];
extern const size_t psa_exchange_um_cmdlets_txt_len;
extern const unsigned char psa_powershell_cmdlets_txt[];
extern const size_t psa_powershell_cmdlets_txt_len;
extern const unsigned char psa_teams_app_only_txt[];
extern const size_t psa_teams_app_only_txt_len;

typedef struct {
  char *text;         /* a copy of the file, names cut out of it in place */
  const char **names; /* sorted case-insensitively */
  size_t count;
} S_list;

static S_list S_exchange, S_exchange_um, S_powershell, S_teams_app_only;
static pthread_once_t S_once = PTHREAD_ONCE_INIT;

static int S_name_cmp(const void *a, const void *b) {
  return psa_strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

/* Each line that is not a comment: its first field (up to a tab). */
static void S_load(S_list *l, const unsigned char *data, size_t len) {
  l->text = psa_xmalloc(len + 1);
  memcpy(l->text, data, len);
  l->text[len] = '\0';
  size_t cap = 1;
  for (size_t i = 0; i < len; i++) cap += l->text[i] == '\n';
  l->names = psa_xmalloc(cap * sizeof(*l->names));
  l->count = 0;
  for (char *p = l->text; *p;) {
    char *eol = strchr(p, '\n');
    char *next = eol ? eol + 1 : p + strlen(p);
    if (eol) *eol = '\0';
    if (*p && *p != '#') {
      p[strcspn(p, "\t\r")] = '\0';
      if (*p) l->names[l->count++] = p;
    }
    p = next;
  }
  qsort(l->names, l->count, sizeof(*l->names), S_name_cmp);
}

static void S_init(void) {
  S_load(&S_exchange, psa_exchange_cmdlets_txt, psa_exchange_cmdlets_txt_len);
  S_load(&S_exchange_um, psa_exchange_um_cmdlets_txt, psa_exchange_um_cmdlets_txt_len);
  S_load(&S_powershell, psa_powershell_cmdlets_txt, psa_powershell_cmdlets_txt_len);
  S_load(&S_teams_app_only, psa_teams_app_only_txt, psa_teams_app_only_txt_len);
}

static bool S_listed(const S_list *l, const char *name) {
  pthread_once(&S_once, S_init);
  return bsearch(&name, l->names, l->count, sizeof(*l->names), S_name_cmp) != NULL;
}

bool psa_exchange_cmdlet(const char *name) { return name && S_listed(&S_exchange, name); }

bool psa_exchange_um_cmdlet(const char *name) { return name && S_listed(&S_exchange_um, name); }

const psa_command *psa_plan_exchange_um_use(const psa_model *m, const psa_command *connect) {
  bool anywhere = !connect->scope || connect->scope->kind == PSA_SCOPE_SCRIPT;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!c->name || c->local_function || c->in_string || c->dynamic ||
        psa_model_span_file(m, c->span) != m || !psa_exchange_um_cmdlet(c->name))
      continue;
    /* the connection's own function, or anywhere when it connects at the
     * script's level (its functions use the script's connection) */
    if (anywhere || c->scope == connect->scope) return c;
  }
  return NULL;
}

const psa_command *psa_plan_teams_app_only_unsupported(const psa_model *m, bool sovereign) {
  pthread_once(&S_once, S_init);
  const S_list *l = &S_teams_app_only;
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (!c->name || c->local_function || c->in_string) continue;
    for (size_t k = 0; k < l->count; k++) {
      /* the names were cut at the tab: the clouds field follows the '\0' */
      const char *clouds = l->names[k] + strlen(l->names[k]) + 1;
      if (!sovereign && !strncmp(clouds, "gcch-dod", 8)) continue;
      if (psa_wild_match_ci(l->names[k], c->name)) return c;
    }
  }
  return NULL;
}

/* The commands that make, test or end the connection itself: no use of it. */
static const char *const S_plumbing[] = {
    "Connect-ExchangeOnline", "Disconnect-ExchangeOnline", "Connect-IPPSSession",
    "Get-ConnectionInformation", "Connect-EXOPSSession", "New-EXOPSSession",
    "New-PSSession", "Import-PSSession", "Remove-PSSession", "Get-PSSession",
    "New-PSSessionOption", NULL};

/* Nouns of other Microsoft 365 and Azure modules (Verb-<prefix>...): a
 * command named so is no Exchange cmdlet (those are checked first). */
static const char *const S_other_nouns[] = {"Msol", "AzureAD", "Mg", "Entra", "SPO", "PnP",
                                            "Az",   "AzureRm", "Cs", "Team", NULL};

const psa_command *psa_plan_exchange_use(const psa_model *m) {
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->dynamic || !c->name) return c; /* & $cmd: could be anything */
    if (c->local_function) continue;       /* its body is in the model too */
    bool plumbing = false;
    for (int k = 0; S_plumbing[k] && !plumbing; k++) plumbing = psa_command_is(c, S_plumbing[k]);
    if (plumbing) continue;
    /* a command run in the session (Invoke-Command -Session $s { Get-Mailbox }) */
    if ((psa_command_is(c, "Invoke-Command") || psa_command_is(c, "Enter-PSSession") ||
         psa_command_is(c, "Export-PSSession")) &&
        (psa_command_arg(c, "Session") || psa_command_arg(c, "ComputerName") ||
         psa_command_arg(c, "ConnectionUri")))
      return c;
    if (psa_exchange_cmdlet(c->name)) return c;
    const char *dash = strchr(c->name, '-');
    if (!dash) continue; /* a native program, or an alias of PowerShell's own */
    if (S_listed(&S_powershell, c->name) || psa_legacy_directory_module(c->name)) continue;
    if (c->info && psa_cmd_module(c->info) &&
        psa_strncasecmp(psa_cmd_module(c->info), "Exchange", 8))
      continue;
    bool other = false;
    for (int k = 0; S_other_nouns[k] && !other; k++) {
      size_t n = strlen(S_other_nouns[k]);
      /* the prefix and then an upper-case letter: Get-MgUser, not Get-Mgmt */
      other = !psa_strncasecmp(dash + 1, S_other_nouns[k], n) && dash[1 + n] >= 'A' &&
              dash[1 + n] <= 'Z';
    }
    if (other) continue;
    return c; /* a cmdlet psauth does not know: it may be Exchange's */
  }
  return NULL;
}

bool psa_plan_exchange_unused(const psa_model *m, const char *path, const char *text,
                              uint32_t text_len, const psa_command *connect,
                              const psa_span *going, uint32_t ngoing) {
  if (psa_plan_exchange_use(m)) return false;
  return psa_plan_standalone_signin(m, path, text, text_len, connect, true, going, ngoing);
}

bool psa_plan_clause_keeps_work(const psa_model *m, const char *text, uint32_t text_len,
                                const psa_command *connect, const psa_span *del, uint32_t n) {
  uint32_t at = connect->statement_span.start, open = 0;
  int depth = 0;
  uint32_t stack[64];
  for (uint32_t k = 0; k < at && k < text_len; k++) {
    if (text[k] == '{') {
      if (depth < 64) stack[depth] = k;
      depth++;
    } else if (text[k] == '}' && depth > 0)
      depth--;
  }
  if (depth == 0) return true;
  if (depth > 64) return false;
  open = stack[depth - 1];
  uint32_t close = open + 1;
  for (int d = 1; close < text_len; close++) {
    if (text[close] == '{') d++;
    else if (text[close] == '}' && --d == 0) break;
  }
  for (uint32_t i = 0; i < m->command_count; i++) {
    const psa_command *c = m->commands[i];
    if (c->in_string || c->span.start <= open || c->span.end > close) continue;
    bool gone = false;
    for (uint32_t k = 0; k < n && !gone; k++)
      gone = c->span.start >= del[k].start && c->span.end <= del[k].end;
    if (!gone) return true;
  }
  return false;
}

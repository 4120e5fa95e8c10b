/* Report format: SARIF 2.1.0, shaped for GitHub code scanning.
 *
 * One run; the driver lists every rule (not only those that fired) with
 * descriptions and help taken from the compiled-in documentation pages.
 * Rule help URIs are URNs (urn:psauth:rule:<ID>): the project has no web
 * site to point at, and `psauth explain <ID>` prints the same page offline.
 * Columns are Unicode code points, as everywhere in psauth. Paths are URIs
 * relative to %SRCROOT%, the directory psauth ran in; absolute paths become
 * file:// URIs. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "psauth_version.h"
#include "report/internal.h"

/* The documentation pages, "\x1e<ID>\n<markdown page>" records. */
extern const unsigned char psa_rule_docs[];

#define S_SARIF_SCHEMA \
  "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
#define S_INFO_URI "urn:psauth"
#define S_RULE_URI "urn:psauth:rule:"
#define S_FINGERPRINT_KEY "psauth/v1"
#define S_SRCROOT "%SRCROOT%"
/* GitHub's limit for shortDescription and fullDescription texts */
#define S_DESC_MAX 1024

/* ---- text helpers ----------------------------------------------------- */

/* The text as a message: SARIF viewers (and the validator) want sentences
 * that end with a full stop. */
static char *S_sentence(const char *s) {
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == '\t')) n--;
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_append(&b, s, n);
  if (!n || !strchr(".!?", s[n - 1])) psa_buf_putc(&b, '.');
  return psa_buf_detach(&b);
}

static void S_add_message(cJSON *obj, const char *key, const char *text) {
  char *t = S_sentence(text ? text : "");
  cJSON *m = cJSON_AddObjectToObject(obj, key);
  cJSON_AddStringToObject(m, "text", t);
  free(t);
}

/* The documentation page of a rule, or NULL. Caller frees. */
static char *S_doc_page(const char *id) {
  char key[40];
  snprintf(key, sizeof(key), "\x1e%s\n", id);
  const char *p = strstr((const char *)psa_rule_docs, key);
  if (!p) return NULL;
  p += strlen(key);
  const char *e = strchr(p, '\x1e');
  size_t n = e ? (size_t)(e - p) : strlen(p);
  while (n && (p[n - 1] == '\n' || p[n - 1] == '\r')) n--;
  return psa_xstrndup(p, n);
}

static bool S_list_item(const char *line) {
  while (*line == ' ') line++;
  return (line[0] == '-' || line[0] == '*') && line[1] == ' ';
}

/* The first paragraph under "## What it finds", with the list that follows
 * when the paragraph ends with a colon: as markdown (lines kept) or joined
 * into one line. NULL when the page has no such section. */
static char *S_doc_what(const char *page, bool joined) {
  const char *p = page ? strstr(page, "\n## What it finds") : NULL;
  if (!p || !(p = strchr(p + 1, '\n'))) return NULL;
  while (*p == '\n' || *p == '\r') p++;
  psa_buf b;
  psa_buf_init(&b);
  bool in_list = false;
  while (*p && *p != '#') {
    const char *nl = strchr(p, '\n');
    size_t n = nl ? (size_t)(nl - p) : strlen(p);
    if (n && p[n - 1] == '\r') n--;
    if (!n) {
      /* a blank line ends the paragraph, unless a list follows a colon or
       * continues */
      const char *q = p;
      while (*q == '\n' || *q == '\r') q++;
      bool colon = b.len && b.data[b.len - 1] == ':';
      if (!S_list_item(q) || !(colon || in_list)) break;
      in_list = true;
      p = q;
      continue;
    }
    const char *line = p;
    size_t len = n;
    bool item = false;
    if (joined) {
      while (len && *line == ' ') {
        line++;
        len--;
      }
      item = S_list_item(line);
      if (item) {
        line += 2;
        len -= 2;
      }
    }
    if (b.len && !joined) psa_buf_putc(&b, '\n');
    else if (b.len && item && !strchr(":;,.", b.data[b.len - 1])) psa_buf_puts(&b, "; ");
    else if (b.len) psa_buf_putc(&b, ' ');
    psa_buf_append(&b, line, len);
    if (!nl) break;
    p = nl + 1;
  }
  if (!b.len) {
    psa_buf_free(&b);
    return NULL;
  }
  return psa_buf_detach(&b);
}

/* Plain text of a markdown paragraph: code span and bold marks dropped
 * (single asterisks stay: they are wildcards in these pages). */
static char *S_plain(const char *md) {
  psa_buf b;
  psa_buf_init(&b);
  for (const char *s = md; *s; s++) {
    if (s[0] == '*' && s[1] == '*') s++;
    else if (*s != '`') psa_buf_putc(&b, *s);
  }
  return psa_buf_detach(&b);
}

/* Cuts a description to GitHub's limit on a sentence (or word) boundary
 * without splitting a UTF-8 sequence. In place. */
static void S_cap(char *s) {
  size_t n = strlen(s);
  if (n <= S_DESC_MAX) return;
  size_t cut = S_DESC_MAX - 1;
  while (cut && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
  size_t sentence = 0, word = 0;
  for (size_t i = 0; i + 1 < cut; i++) {
    if (s[i] == '.' && s[i + 1] == ' ') sentence = i + 1;
    if (s[i] == ' ') word = i;
  }
  if (sentence > S_DESC_MAX / 2) s[sentence] = '\0';
  else if (word) memcpy(s + word, ".", 2);
  else s[cut] = '\0';
}

/* A path as a URI reference: percent-encoded UTF-8, forward slashes,
 * leading "./" dropped. Absolute paths become file:// URIs. */
static char *S_path_uri(const char *path, bool *absolute) {
  static const char keep[] = "-._~/!$&'()*+,;=@";
  while (path[0] == '.' && path[1] == '/') {
    path += 2;
    while (*path == '/') path++;
  }
  *absolute = path[0] == '/';
  psa_buf b;
  psa_buf_init(&b);
  if (*absolute) psa_buf_puts(&b, "file://");
  for (const unsigned char *s = (const unsigned char *)path; *s; s++) {
    unsigned char c = *s;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        strchr(keep, c))
      psa_buf_putc(&b, (char)c);
    else
      psa_buf_printf(&b, "%%%02X", c);
  }
  if (!b.len) psa_buf_putc(&b, '.');
  return psa_buf_detach(&b);
}

static const char *S_level(psa_severity s) {
  return s == PSA_SEV_ERROR ? "error" : s == PSA_SEV_WARNING ? "warning" : "note";
}

static const char *S_security_severity(psa_severity s) {
  return s == PSA_SEV_ERROR ? "8.0" : s == PSA_SEV_WARNING ? "5.0" : "2.0";
}

/* IANA charset names for the encodings psauth detects. */
static const char *S_iana(const char *enc) {
  if (!strcmp(enc, "utf-8") || !strcmp(enc, "utf-8-bom")) return "UTF-8";
  if (!strcmp(enc, "utf-16le")) return "UTF-16LE";
  if (!strcmp(enc, "utf-16be")) return "UTF-16BE";
  if (!strcmp(enc, "windows-1252")) return "windows-1252";
  return enc;
}

/* ---- rules ------------------------------------------------------------ */

static cJSON *S_rule(const psa_rule *rule) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", rule->id);
  cJSON_AddStringToObject(o, "name", rule->name);
  S_add_message(o, "shortDescription", rule->summary);
  char *page = S_doc_page(rule->id);
  char *para = S_doc_what(page, true);
  char *full_md = S_doc_what(page, false);
  char *full_text = para ? S_plain(para) : psa_xstrdup(rule->summary);
  char *full = S_sentence(full_text);
  S_cap(full);
  cJSON *fd = cJSON_AddObjectToObject(o, "fullDescription");
  cJSON_AddStringToObject(fd, "text", full);
  if (full_md && strlen(full_md) <= S_DESC_MAX) cJSON_AddStringToObject(fd, "markdown", full_md);
  psa_buf help;
  psa_buf_init(&help);
  if (page) {
    psa_buf_puts(&help, page);
  } else {
    psa_buf_printf(&help, "# %s %s\n\nKind: `%s` · Default severity: %s\n\n%s\n", rule->id,
                   rule->name, psa_kind_name(rule->kind), psa_severity_name(psa_rule_severity(rule)),
                   rule->summary);
  }
  if (rule->retirement && (!page || !strstr(page, rule->retirement)))
    psa_buf_printf(&help, "\n\nRetirement: %s\n", rule->retirement);
  cJSON *h = cJSON_AddObjectToObject(o, "help");
  cJSON_AddStringToObject(h, "text", help.data);
  cJSON_AddStringToObject(h, "markdown", help.data);
  psa_buf_free(&help);
  char uri[64];
  snprintf(uri, sizeof(uri), "%s%s", S_RULE_URI, rule->id);
  cJSON_AddStringToObject(o, "helpUri", uri);
  cJSON *cfg = cJSON_AddObjectToObject(o, "defaultConfiguration");
  cJSON_AddStringToObject(cfg, "level", S_level(psa_rule_severity(rule)));
  cJSON *props = cJSON_AddObjectToObject(o, "properties");
  cJSON *tags = cJSON_AddArrayToObject(props, "tags");
  cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
  cJSON_AddItemToArray(tags, cJSON_CreateString(psa_kind_name(rule->kind)));
  cJSON_AddStringToObject(props, "security-severity", S_security_severity(psa_rule_severity(rule)));
  cJSON_AddStringToObject(props, "kind", psa_kind_name(rule->kind));
  if (rule->retirement) cJSON_AddStringToObject(props, "retirement", rule->retirement);
  const psa_rule_meta *meta = psa_rule_meta_find(rule->id);
  if (meta) {
    const psa_rule_fact *fact = &meta->at[meta->severity];
    cJSON_AddStringToObject(props, "status", psa_status_name(fact->status));
    if (fact->date) cJSON_AddStringToObject(props, "statusDate", fact->date);
    if (fact->source) cJSON_AddStringToObject(props, "statusSource", fact->source);
    cJSON_AddStringToObject(props, "service", psa_service_name(meta->service));
  }
  free(full);
  free(full_text);
  free(full_md);
  free(para);
  free(page);
  return o;
}

/* A descriptor for a rule ID this version does not know (merged input). */
static cJSON *S_unknown_rule(const char *id) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "id", id);
  char text[160];
  snprintf(text, sizeof(text), "Rule %s is not known to psauth %s; it comes from merged input.",
           id, PSAUTH_VERSION);
  cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "shortDescription"), "text", text);
  cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "fullDescription"), "text", text);
  cJSON *h = cJSON_AddObjectToObject(o, "help");
  cJSON_AddStringToObject(h, "text", text);
  cJSON_AddStringToObject(h, "markdown", text);
  char uri[96];
  snprintf(uri, sizeof(uri), "%s%s", S_RULE_URI, id);
  /* only a URI if the ID is made of URN-safe characters */
  bool safe = *id != '\0';
  for (const char *s = id; *s; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
          *s == '-' || *s == '.' || *s == '_'))
      safe = false;
  if (safe) cJSON_AddStringToObject(o, "helpUri", uri);
  cJSON *props = cJSON_AddObjectToObject(o, "properties");
  cJSON *tags = cJSON_AddArrayToObject(props, "tags");
  cJSON_AddItemToArray(tags, cJSON_CreateString("security"));
  return o;
}

/* ---- results ---------------------------------------------------------- */

static cJSON *S_region(const psa_range *at) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddNumberToObject(o, "startLine", at->line);
  cJSON_AddNumberToObject(o, "startColumn", at->col ? at->col : 1);
  uint32_t el = at->end_line >= at->line ? at->end_line : at->line;
  uint32_t ec = at->end_col ? at->end_col : 1;
  if (el == at->line && ec < at->col) ec = at->col;
  cJSON_AddNumberToObject(o, "endLine", el);
  cJSON_AddNumberToObject(o, "endColumn", ec);
  return o;
}

typedef struct {
  char *uri;
  bool absolute;
  int index;
} S_artifact;

static cJSON *S_artifact_location(const S_artifact *a) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "uri", a->uri);
  if (!a->absolute) cJSON_AddStringToObject(o, "uriBaseId", S_SRCROOT);
  cJSON_AddNumberToObject(o, "index", a->index);
  return o;
}

static cJSON *S_physical(const S_artifact *a, const psa_range *at) {
  cJSON *p = cJSON_CreateObject();
  cJSON_AddItemToObject(p, "artifactLocation", S_artifact_location(a));
  if (at->line) cJSON_AddItemToObject(p, "region", S_region(at));
  return p;
}

/* Byte offset of (line, col) in a snippet whose first line is 'first'
 * (columns in code points); -1 when outside it. */
static long S_snippet_offset(const char *s, uint32_t first, uint32_t line, uint32_t col) {
  if (line < first || col < 1) return -1;
  const char *p = s;
  for (uint32_t l = first; l < line; l++) {
    p = strchr(p, '\n');
    if (!p) return -1;
    p++;
  }
  for (uint32_t c = 1; c < col; c++) {
    if (!*p || *p == '\n' || *p == '\r') return -1;
    p++;
    while (((unsigned char)*p & 0xC0) == 0x80) p++;
  }
  return (long)(p - s);
}

static uint32_t S_line_count(const char *s) {
  uint32_t n = 1;
  for (; *s; s++)
    if (*s == '\n') n++;
  return n;
}

/* Whether range a starts before range b. */
static bool S_before(const psa_range *a, const psa_range *b) {
  return a->line < b->line || (a->line == b->line && a->col < b->col);
}

static cJSON *S_result(const psa_result_finding *x, int rule_index, const S_artifact *a) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddStringToObject(o, "ruleId", x->rule_id);
  if (rule_index >= 0) cJSON_AddNumberToObject(o, "ruleIndex", rule_index);
  cJSON_AddStringToObject(o, "level", S_level(x->severity));
  S_add_message(o, "message", x->message);
  cJSON *locs = cJSON_AddArrayToObject(o, "locations");
  cJSON *loc = cJSON_CreateObject();
  cJSON *phys = S_physical(a, &x->at);
  /* the region's own text, when the snippet holds all of it */
  if (x->snippet && x->at.line) {
    long b = S_snippet_offset(x->snippet, x->at.line, x->at.line, x->at.col);
    long e = S_snippet_offset(x->snippet, x->at.line, x->at.end_line, x->at.end_col);
    if (b >= 0 && e > b) {
      char *text = psa_xstrndup(x->snippet + b, (size_t)(e - b));
      cJSON *region = cJSON_GetObjectItem(phys, "region");
      cJSON_AddStringToObject(cJSON_AddObjectToObject(region, "snippet"), "text", text);
      free(text);
    }
  }
  /* the snippet holds whole source lines: a context region, when it covers
   * the finding's lines */
  if (x->snippet && *x->snippet && x->at.line) {
    uint32_t lines = S_line_count(x->snippet);
    uint32_t last = x->at.line + lines - 1;
    uint32_t need = x->at.end_line;
    if (need > x->at.line && x->at.end_col <= 1) need--; /* ends at a line start */
    if (last >= need) {
      cJSON *ctx = cJSON_AddObjectToObject(phys, "contextRegion");
      cJSON_AddNumberToObject(ctx, "startLine", x->at.line);
      cJSON_AddNumberToObject(ctx, "endLine", last);
      cJSON *sn = cJSON_AddObjectToObject(ctx, "snippet");
      cJSON_AddStringToObject(sn, "text", x->snippet);
    }
  }
  cJSON_AddItemToObject(loc, "physicalLocation", phys);
  cJSON_AddItemToArray(locs, loc);
  if (x->permissions) {
    /* the Microsoft Graph application permissions the rewrite needs */
    cJSON *rp = cJSON_GetObjectItemCaseSensitive(o, "properties");
    if (!rp) rp = cJSON_AddObjectToObject(o, "properties");
    cJSON_AddItemToObject(rp, "permissions", psa_report_permissions_json(x->permissions));
  }
  if (x->fingerprint && *x->fingerprint) {
    cJSON *fp = cJSON_AddObjectToObject(o, "partialFingerprints");
    cJSON_AddStringToObject(fp, S_FINGERPRINT_KEY, x->fingerprint);
  }
  if (x->related_count) {
    cJSON *rel = cJSON_AddArrayToObject(o, "relatedLocations");
    for (uint32_t n = 0; n < x->related_count; n++) {
      cJSON *rl = cJSON_CreateObject();
      cJSON_AddNumberToObject(rl, "id", n + 1);
      if (x->related[n].path) {
        /* a dot-sourced file: not in the run's artifacts, so no index */
        S_artifact other = {NULL, false, 0};
        other.uri = S_path_uri(x->related[n].path, &other.absolute);
        cJSON *p = cJSON_CreateObject();
        cJSON *al = cJSON_AddObjectToObject(p, "artifactLocation");
        cJSON_AddStringToObject(al, "uri", other.uri);
        if (!other.absolute) cJSON_AddStringToObject(al, "uriBaseId", S_SRCROOT);
        if (x->related[n].at.line) cJSON_AddItemToObject(p, "region", S_region(&x->related[n].at));
        cJSON_AddItemToObject(rl, "physicalLocation", p);
        free(other.uri);
      } else {
        cJSON_AddItemToObject(rl, "physicalLocation", S_physical(a, &x->related[n].at));
      }
      S_add_message(rl, "message", x->related[n].message);
      cJSON_AddItemToArray(rel, rl);
    }
  }
  /* fixes that `psauth fix` can apply (safe, or unsafe with --unsafe-fixes);
   * display-only suggestions stay in the message and the JSON report */
  cJSON *fixes = NULL;
  for (uint32_t n = 0; n < x->fix_count; n++) {
    const psa_result_fix *fx = &x->fixes[n];
    if (fx->applicability == PSA_FIX_DISPLAY || !fx->edit_count) continue;
    if (!fixes) fixes = cJSON_AddArrayToObject(o, "fixes");
    cJSON *jf = cJSON_CreateObject();
    S_add_message(jf, "description", fx->title && *fx->title ? fx->title : "Apply the fix");
    cJSON *changes = cJSON_AddArrayToObject(jf, "artifactChanges");
    cJSON *ch = cJSON_CreateObject();
    cJSON_AddItemToObject(ch, "artifactLocation", S_artifact_location(a));
    cJSON *reps = cJSON_AddArrayToObject(ch, "replacements");
    /* in file order (edits at the same place keep their order): every
     * deletedRegion refers to the original text */
    uint32_t *order = psa_xmalloc(fx->edit_count * sizeof(*order));
    for (uint32_t e = 0; e < fx->edit_count; e++) {
      uint32_t j = e;
      while (j && S_before(&fx->edits[e].at, &fx->edits[order[j - 1]].at)) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = e;
    }
    for (uint32_t n2 = 0; n2 < fx->edit_count; n2++) {
      const psa_result_edit *ed = &fx->edits[order[n2]];
      cJSON *rep = cJSON_CreateObject();
      cJSON_AddItemToObject(rep, "deletedRegion", S_region(&ed->at));
      cJSON *ins = cJSON_AddObjectToObject(rep, "insertedContent");
      cJSON_AddStringToObject(ins, "text", ed->replacement ? ed->replacement : "");
      cJSON_AddItemToArray(reps, rep);
    }
    free(order);
    cJSON_AddItemToArray(changes, ch);
    cJSON *props = cJSON_AddObjectToObject(jf, "properties");
    cJSON_AddStringToObject(props, "applicability",
                            fx->applicability == PSA_FIX_SAFE ? "safe" : "unsafe");
    cJSON_AddItemToArray(fixes, jf);
  }
  cJSON *props = cJSON_AddObjectToObject(o, "properties");
  cJSON_AddStringToObject(props, "status", psa_status_name(x->status));
  if (x->status_date) cJSON_AddStringToObject(props, "statusDate", x->status_date);
  if (x->status_source) cJSON_AddStringToObject(props, "statusSource", x->status_source);
  cJSON_AddStringToObject(props, "service", psa_service_name(x->service));
  cJSON_AddStringToObject(props, "signIn", psa_auth_name(x->signin));
  return o;
}

static cJSON *S_srcroot(void) {
  cJSON *base = cJSON_CreateObject();
  cJSON *root = cJSON_AddObjectToObject(base, S_SRCROOT);
  char cwd[4096];
  if (getcwd(cwd, sizeof(cwd)) && cwd[0] == '/') {
    bool abs;
    size_t n = strlen(cwd);
    if (cwd[n - 1] != '/' && n + 1 < sizeof(cwd)) memcpy(cwd + n, "/", 2);
    char *uri = S_path_uri(cwd, &abs);
    cJSON_AddStringToObject(root, "uri", uri);
    free(uri);
  }
  cJSON *d = cJSON_AddObjectToObject(root, "description");
  cJSON_AddStringToObject(d, "text", "The directory psauth was run from; relative paths start here.");
  return base;
}

/* A tool notification for a file that was skipped or could not be read. */
static cJSON *S_file_notification(const psa_result_file *f, const S_artifact *a) {
  cJSON *n = cJSON_CreateObject();
  cJSON_AddStringToObject(n, "level", f->status == PSA_FILE_SKIPPED ? "note" : "error");
  char *msg = psa_xstrdup(f->message ? f->message : "");
  psa_buf t;
  psa_buf_init(&t);
  psa_buf_printf(&t, "%s %s%s%s", f->status == PSA_FILE_SKIPPED ? "Skipped" : "Could not read",
                 f->path, *msg ? ": " : "", msg);
  S_add_message(n, "message", t.data);
  psa_buf_free(&t);
  free(msg);
  cJSON *nl = cJSON_CreateObject();
  cJSON *pl = cJSON_AddObjectToObject(nl, "physicalLocation");
  cJSON_AddItemToObject(pl, "artifactLocation", S_artifact_location(a));
  cJSON_AddItemToArray(cJSON_AddArrayToObject(n, "locations"), nl);
  return n;
}

/* Coverage: a notification about the tool, not a result. */
static cJSON *S_coverage_notification(const psa_result_file *f, const psa_range *g,
                                      const S_artifact *a) {
  cJSON *n = cJSON_CreateObject();
  cJSON_AddStringToObject(n, "level", "note");
  psa_buf t;
  psa_buf_init(&t);
  psa_buf_printf(&t, "psauth could not analyse lines %u-%u of %s (its parser does not read "
                     "this PowerShell construct); they were not checked",
                 g->line, g->end_line, f->path);
  S_add_message(n, "message", t.data);
  psa_buf_free(&t);
  cJSON *nl = cJSON_CreateObject();
  cJSON *pl = cJSON_AddObjectToObject(nl, "physicalLocation");
  cJSON_AddItemToObject(pl, "artifactLocation", S_artifact_location(a));
  cJSON *reg = cJSON_AddObjectToObject(pl, "region");
  cJSON_AddNumberToObject(reg, "startLine", g->line);
  cJSON_AddNumberToObject(reg, "endLine", g->end_line);
  cJSON_AddItemToArray(cJSON_AddArrayToObject(n, "locations"), nl);
  cJSON_AddStringToObject(cJSON_AddObjectToObject(n, "descriptor"), "id", "coverage");
  return n;
}

static cJSON *S_artifact_json(const psa_result_file *f, const S_artifact *a) {
  cJSON *ja = cJSON_CreateObject();
  cJSON *loc = cJSON_AddObjectToObject(ja, "location");
  cJSON_AddStringToObject(loc, "uri", a->uri);
  if (!a->absolute) cJSON_AddStringToObject(loc, "uriBaseId", S_SRCROOT);
  cJSON_AddItemToArray(cJSON_AddArrayToObject(ja, "roles"), cJSON_CreateString("analysisTarget"));
  if (f->encoding) cJSON_AddStringToObject(ja, "encoding", S_iana(f->encoding));
  cJSON_AddStringToObject(ja, "sourceLanguage", "powershell");
  if (f->eol || f->encoding) {
    cJSON *props = cJSON_AddObjectToObject(ja, "properties");
    if (f->encoding) cJSON_AddStringToObject(props, "encoding", f->encoding);
    if (f->eol) cJSON_AddStringToObject(props, "lineEndings", f->eol);
  }
  return ja;
}

/* The index of a rule ID in driver.rules: the built-in rules, then IDs
 * from merged input this version does not know, in the order they first
 * appear (added to 'unknown' when 'add' is set). */
static int S_rule_index(const char *id, const psa_rule *const *rules, uint32_t nrules,
                        char ***unknown, size_t *nunknown, bool add) {
  for (uint32_t q = 0; q < nrules; q++)
    if (!strcmp(rules[q]->id, id)) return (int)q;
  for (size_t q = 0; q < *nunknown; q++)
    if (!strcmp((*unknown)[q], id)) return (int)(nrules + q);
  if (!add) return -1;
  *unknown = psa_xrealloc(*unknown, (*nunknown + 1) * sizeof(**unknown));
  (*unknown)[*nunknown] = psa_xstrdup(id);
  return (int)(nrules + (*nunknown)++);
}

/* Streamed (jsonstream.c): notifications, artifacts and results are each
 * a pass over the results; the rule IDs of merged input, and whether there
 * are notifications, come from a pass before. */
int psa_report__sarif(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                      size_t errlen) {
  (void)o;
  uint32_t nrules;
  const psa_rule *const *rules = psa_rules(&nrules);
  char **unknown = NULL;
  size_t nunknown = 0;
  bool notes = false;
  psa_results_cursor c;
  psa_results_open(r, &c);
  for (const psa_result_file *f; (f = psa_results_next(&c));) {
    if (f->status != PSA_FILE_OK || f->unanalysed_count) notes = true;
    for (uint32_t k = 0; k < f->finding_count; k++)
      S_rule_index(f->findings[k].rule_id, rules, nrules, &unknown, &nunknown, true);
  }
  psa_results_close(&c);

  cJSON *root = cJSON_CreateObject();
  /* the specification asks for version first */
  cJSON_AddStringToObject(root, "version", "2.1.0");
  cJSON_AddStringToObject(root, "$schema", S_SARIF_SCHEMA);
  cJSON *runs = cJSON_AddArrayToObject(root, "runs");
  cJSON *run = cJSON_CreateObject();
  cJSON_AddItemToArray(runs, run);

  cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
  cJSON_AddStringToObject(driver, "name", "psauth");
  cJSON_AddStringToObject(driver, "fullName", "psauth " PSAUTH_VERSION);
  cJSON_AddStringToObject(driver, "version", PSAUTH_VERSION);
  cJSON_AddStringToObject(driver, "semanticVersion", PSAUTH_VERSION);
  cJSON_AddStringToObject(driver, "informationUri", S_INFO_URI);
  cJSON *jrules = cJSON_AddArrayToObject(driver, "rules");
  for (uint32_t i = 0; i < nrules; i++) cJSON_AddItemToArray(jrules, S_rule(rules[i]));
  /* IDs from merged input: each described once */
  for (size_t i = 0; i < nunknown; i++) cJSON_AddItemToArray(jrules, S_unknown_rule(unknown[i]));

  cJSON *ad = cJSON_AddObjectToObject(run, "automationDetails");
  cJSON_AddStringToObject(ad, "id", "psauth/");
  cJSON_AddItemToObject(run, "originalUriBaseIds", S_srcroot());

  /* invocation: skipped and unreadable files are tool notifications */
  cJSON *inv = cJSON_CreateObject();
  cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);
  cJSON_AddBoolToObject(inv, "executionSuccessful", true);
  if (notes) cJSON_AddItemToObject(inv, "toolExecutionNotifications", psa_json_hole());
  cJSON_AddItemToObject(run, "artifacts", psa_json_hole());
  cJSON_AddItemToObject(run, "results", psa_json_hole());
  cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");

  psa_json_frame fr;
  if (psa_json_frame_open(&fr, root, true, out) < 0) {
    for (size_t i = 0; i < nunknown; i++) free(unknown[i]);
    free(unknown);
    snprintf(err, errlen, "could not render the SARIF report");
    return -1;
  }
  for (int pass = notes ? 0 : 1; pass < 3; pass++) {
    psa_json_frame_array(&fr);
    psa_results_open(r, &c);
    for (const psa_result_file *f; (f = psa_results_next(&c));) {
      if (pass == 0 && f->status == PSA_FILE_OK && !f->unanalysed_count) continue;
      if (pass == 2 && !f->finding_count) continue;
      S_artifact a;
      a.uri = S_path_uri(f->path, &a.absolute);
      a.index = (int)c.index;
      if (pass == 0) {
        if (f->status != PSA_FILE_OK) psa_json_frame_item(&fr, S_file_notification(f, &a));
        for (uint32_t k = 0; k < f->unanalysed_count; k++)
          psa_json_frame_item(&fr, S_coverage_notification(f, &f->unanalysed[k], &a));
      } else if (pass == 1) {
        psa_json_frame_item(&fr, S_artifact_json(f, &a));
      } else {
        for (uint32_t k = 0; k < f->finding_count; k++) {
          const psa_result_finding *x = &f->findings[k];
          int index = S_rule_index(x->rule_id, rules, nrules, &unknown, &nunknown, false);
          psa_json_frame_item(&fr, S_result(x, index, &a));
        }
      }
      free(a.uri);
    }
    psa_results_close(&c);
    psa_json_frame_end_array(&fr);
  }
  psa_json_frame_close(&fr);
  fputc('\n', out);
  for (size_t i = 0; i < nunknown; i++) free(unknown[i]);
  free(unknown);
  return 0;
}

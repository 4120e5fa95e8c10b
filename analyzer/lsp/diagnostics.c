/* Diagnostics: findings as LSP diagnostics, and the rule pages they link
 * to and hover shows. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"
#include "lsp/internal.h"
#include "psauth_version.h"

extern const unsigned char psa_rule_docs[];

/* LSP enumerations used here. */
enum { S_SEV_ERROR = 1, S_SEV_WARNING = 2, S_SEV_INFO = 3 };
enum { S_TAG_DEPRECATED = 2 };

/* A file: URI for a path, percent-encoding what RFC 3986 does not allow
 * in a path. */
static char *S_path_uri(const char *path) {
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    unsigned char c = *p;
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 strchr("/-._~!$&'()*+,;=:@", c);
    if (plain) psa_buf_putc(&b, (char)c);
    else psa_buf_printf(&b, "%%%02X", c);
  }
  return psa_buf_detach(&b);
}

/* ---- rule pages --------------------------------------------------------- */

char *psa_lsp_rule_page(const psa_rule *r) {
  psa_buf b;
  psa_buf_init(&b);
  char key[40];
  snprintf(key, sizeof(key), "\x1e%s\n", r->id);
  const char *p = psa_user_rule_of(r) ? NULL : strstr((const char *)psa_rule_docs, key);
  if (p) {
    p += strlen(key);
    const char *e = strchr(p, '\x1e');
    psa_buf_append(&b, p, e ? (size_t)(e - p) : strlen(p));
  } else {
    psa_buf_printf(&b, "# %s %s\n\nKind: `%s` · Default severity: %s\n\n%s\n", r->id, r->name,
                   psa_kind_name(r->kind), psa_severity_name(r->severity), r->summary);
    const psa_user_rule *u = psa_user_rule_of(r);
    const char *help = u ? psa_user_rule_help_uri(u) : NULL;
    if (help) psa_buf_printf(&b, "\nMore: %s\n", help);
  }
  return psa_buf_detach(&b);
}

/* Where the rule pages are written for the diagnostics' links when the
 * client gave no ruleDocsUrl: a per-version cache folder, so the link opens
 * the same page `psauth explain` prints. NULL when there is no such place. */
static const char *S_docs_dir(psa_lsp_server *s) {
  if (s->docs_dir) return *s->docs_dir ? s->docs_dir : NULL;
  const char *base = getenv("XDG_CACHE_HOME");
  psa_buf b;
  psa_buf_init(&b);
  if (base && *base == '/') psa_buf_printf(&b, "%s/psauth", base);
  else if (getenv("HOME") && *getenv("HOME") == '/') psa_buf_printf(&b, "%s/.cache/psauth", getenv("HOME"));
  if (!b.data) {
    s->docs_dir = psa_xstrdup("");
    return NULL;
  }
  psa_buf_printf(&b, "/%s/rules", PSAUTH_VERSION);
  /* mkdir -p */
  for (char *p = b.data + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(b.data, 0755);
    *p = '/';
  }
  if (mkdir(b.data, 0755) != 0 && errno != EEXIST) {
    psa_lsp_log(s, PSA_LSP_MSG_LOG, "psauth: cannot create %s: %s (no rule links)", b.data,
                strerror(errno));
    psa_buf_free(&b);
    s->docs_dir = psa_xstrdup("");
    return NULL;
  }
  s->docs_dir = psa_buf_detach(&b);
  return s->docs_dir;
}

/* The rule page's link: ruleDocsUrl + ID + ".md", the page written to the
 * cache folder, or an organisation rule's helpUri. NULL when none. */
static char *S_rule_href(psa_lsp_server *s, const psa_rule *r) {
  const psa_user_rule *u = psa_user_rule_of(r);
  if (u) {
    const char *help = psa_user_rule_help_uri(u);
    return help ? psa_xstrdup(help) : NULL;
  }
  char buf[4096];
  if (s->docs_url) {
    size_t n = strlen(s->docs_url);
    snprintf(buf, sizeof(buf), "%s%s%s.md", s->docs_url, n && s->docs_url[n - 1] == '/' ? "" : "/",
             r->id);
    return psa_xstrdup(buf);
  }
  const char *dir = S_docs_dir(s);
  if (!dir) return NULL;
  snprintf(buf, sizeof(buf), "%s/%s.md", dir, r->id);
  bool written = false;
  for (size_t i = 0; i < s->pages_written_count && !written; i++)
    written = s->pages_written[i] == r;
  struct stat st;
  if (!written && stat(buf, &st) != 0) {
    char tmp[4200];
    snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", buf, (long)getpid());
    FILE *f = fopen(tmp, "w");
    if (!f) return NULL;
    char *page = psa_lsp_rule_page(r);
    bool ok = fputs(page, f) >= 0;
    free(page);
    if (fclose(f) != 0 || !ok || rename(tmp, buf) != 0) {
      unlink(tmp);
      return NULL;
    }
  }
  if (!written) {
    s->pages_written = psa_xrealloc(s->pages_written,
                                    (s->pages_written_count + 1) * sizeof(*s->pages_written));
    s->pages_written[s->pages_written_count++] = r;
  }
  return S_path_uri(buf);
}

/* ---- diagnostics -------------------------------------------------------- */

/* An LSP Range from zero-based line/character pairs. */
static cJSON *S_range_object(uint32_t l0, uint32_t c0, uint32_t l1, uint32_t c1) {
  cJSON *r = cJSON_CreateObject();
  cJSON *a = cJSON_AddObjectToObject(r, "start");
  cJSON_AddNumberToObject(a, "line", l0);
  cJSON_AddNumberToObject(a, "character", c0);
  cJSON *b = cJSON_AddObjectToObject(r, "end");
  cJSON_AddNumberToObject(b, "line", l1);
  cJSON_AddNumberToObject(b, "character", c1);
  return r;
}

cJSON *psa_lsp_range_json(const psa_lsp_doc *d, psa_span span) {
  const char *snap = (const char *)d->res.src->raw;
  uint32_t n = (uint32_t)d->res.src->raw_len;
  uint32_t l0, c0, l1, c1;
  psa_lsp_position(&d->lines, snap, n, span.start + d->bom, &l0, &c0);
  psa_lsp_position(&d->lines, snap, n, span.end + d->bom, &l1, &c1);
  return S_range_object(l0, c0, l1, c1);
}

/* A range in another file (a dot-sourced one): its own text's lines. */
static cJSON *S_range_in(const psa_source *src, psa_span span) {
  psa_lsp_lines l;
  psa_lsp_lines_build(&l, src->text, src->text_len);
  uint32_t l0, c0, l1, c1;
  psa_lsp_position(&l, src->text, src->text_len, span.start, &l0, &c0);
  psa_lsp_position(&l, src->text, src->text_len, span.end, &l1, &c1);
  psa_lsp_lines_free(&l);
  /* a BOM is one character of the first line for the editor */
  if (src->encoding == PSA_ENC_UTF8_BOM || src->encoding == PSA_ENC_UTF16LE ||
      src->encoding == PSA_ENC_UTF16BE) {
    if (l0 == 0) c0++;
    if (l1 == 0) c1++;
  }
  return S_range_object(l0, c0, l1, c1);
}

static int S_severity(psa_severity sev) {
  return sev == PSA_SEV_ERROR ? S_SEV_ERROR : sev == PSA_SEV_WARNING ? S_SEV_WARNING : S_SEV_INFO;
}

cJSON *psa_lsp_diagnostic_json(psa_lsp_server *s, const psa_lsp_doc *d, const psa_finding *f) {
  cJSON *o = cJSON_CreateObject();
  cJSON_AddItemToObject(o, "range", psa_lsp_range_json(d, f->span));
  cJSON_AddNumberToObject(o, "severity", S_severity(f->severity));
  cJSON_AddStringToObject(o, "code", f->rule->id);
  char *href = S_rule_href(s, f->rule);
  if (href) {
    cJSON_AddStringToObject(cJSON_AddObjectToObject(o, "codeDescription"), "href", href);
    free(href);
  }
  cJSON_AddStringToObject(o, "source", "psauth");
  cJSON_AddStringToObject(o, "message", f->message);
  /* a retirement date means the API the finding points at is retired */
  if (f->rule->retirement) {
    cJSON *tags = cJSON_AddArrayToObject(o, "tags");
    cJSON_AddItemToArray(tags, cJSON_CreateNumber(S_TAG_DEPRECATED));
  }
  if (f->related_count) {
    cJSON *rel = cJSON_AddArrayToObject(o, "relatedInformation");
    for (uint32_t k = 0; k < f->related_count; k++) {
      const psa_related *r = &f->related[k];
      cJSON *ri = cJSON_CreateObject();
      cJSON *loc = cJSON_AddObjectToObject(ri, "location");
      if (r->src) {
        char *real = realpath(r->src->path, NULL);
        char *uri = S_path_uri(real ? real : r->src->path);
        free(real);
        cJSON_AddStringToObject(loc, "uri", uri);
        free(uri);
        cJSON_AddItemToObject(loc, "range", S_range_in(r->src, r->span));
      } else {
        cJSON_AddStringToObject(loc, "uri", d->uri);
        cJSON_AddItemToObject(loc, "range", psa_lsp_range_json(d, r->span));
      }
      cJSON_AddStringToObject(ri, "message", r->message);
      cJSON_AddItemToArray(rel, ri);
    }
  }
  return o;
}

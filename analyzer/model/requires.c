/* #Requires statements. PowerShell takes any line comment that starts with
 * "#requires" and parses the rest of the line as a command: parameters are
 * matched by prefix (-Module, -Mod and -Modules are one parameter) and their
 * arguments must be constants. The grammar recognises the statement only at
 * the top of a file, so the model reads the line's text itself, which also
 * gives one answer wherever the line stands. */
#include <string.h>

#include "model/internal.h"

typedef struct {
  const char *p, *end;
  psa_model *m;
} S_scan;

/* Model offset of a pointer into the text: dot-sourced files' models start
 * at their base in the shared offset space. */
static uint32_t S_off(const psa_model *m, const char *p) {
  return (uint32_t)(p - m->text) + m->base;
}

static bool S_space(char ch) { return ch == ' ' || ch == '\t'; }

static void S_skip_space(S_scan *s) {
  while (s->p < s->end && S_space(*s->p)) s->p++;
}

/* Bytes of a typographic quote at p ('\'' or '"' in *q), or of a plain one. */
static int S_quote(const S_scan *s, const char *p, char *q) {
  if (p < s->end && (*p == '\'' || *p == '"')) {
    *q = *p;
    return 1;
  }
  if (s->end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80) {
    unsigned char b = (unsigned char)p[2];
    if (b >= 0x98 && b <= 0x9B) *q = '\'';
    else if (b >= 0x9C && b <= 0x9E) *q = '"';
    else return 0;
    return 3;
  }
  return 0;
}

static bool S_dash(const S_scan *s) {
  if (s->p >= s->end) return false;
  if (*s->p == '-') return true;
  /* en dash, em dash, horizontal bar: PowerShell reads them as '-' */
  return s->end - s->p >= 3 && (unsigned char)s->p[0] == 0xE2 && (unsigned char)s->p[1] == 0x80 &&
         (unsigned char)s->p[2] >= 0x93 && (unsigned char)s->p[2] <= 0x95;
}

/* One constant: a quoted string or a bare word, ending at white space or
 * at one of 'stops'. Returns the unquoted text (arena) and its span. */
static const char *S_word(S_scan *s, const char *stops, psa_span *span) {
  psa_model_impl *impl = s->m->impl;
  const char *start = s->p;
  char q;
  int ql = S_quote(s, s->p, &q);
  psa_buf b;
  psa_buf_init(&b);
  if (ql) {
    s->p += ql;
    while (s->p < s->end) {
      char q2;
      int l2 = S_quote(s, s->p, &q2);
      if (l2 && q2 == q) {
        char q3;
        int l3 = S_quote(s, s->p + l2, &q3);
        if (l3 && q3 == q) { /* doubled quote: one quote character */
          psa_buf_putc(&b, q);
          s->p += l2 + l3;
          continue;
        }
        s->p += l2;
        break;
      }
      psa_buf_putc(&b, *s->p++);
    }
  } else {
    while (s->p < s->end && !S_space(*s->p) && !strchr(stops, *s->p)) psa_buf_putc(&b, *s->p++);
  }
  *span = (psa_span){S_off(s->m, start), S_off(s->m, s->p)};
  const char *out = psa_arena_strndup(&impl->arena, b.data ? b.data : "", b.len);
  psa_buf_free(&b);
  return out;
}

/* @{ Key = Value; ... } into a module specification. */
static void S_hash(S_scan *s, psa_required_module *mod) {
  s->p += 2;
  while (s->p < s->end) {
    S_skip_space(s);
    if (s->p < s->end && *s->p == ';') {
      s->p++;
      continue;
    }
    if (s->p >= s->end || *s->p == '}') break;
    psa_span ks, vs;
    const char *key = S_word(s, "=;}", &ks);
    S_skip_space(s);
    if (s->p >= s->end || *s->p != '=') {
      if (ks.end == ks.start) s->p++; /* no progress: skip the character */
      continue;
    }
    s->p++;
    S_skip_space(s);
    const char *val = S_word(s, ";}", &vs);
    if (!psa_strcasecmp(key, "ModuleName")) {
      mod->name = val;
    } else if (!psa_strcasecmp(key, "ModuleVersion")) {
      mod->module_version = val;
    } else if (!psa_strcasecmp(key, "RequiredVersion")) {
      mod->required_version = val;
      mod->required_span = vs;
    } else if (!psa_strcasecmp(key, "MaximumVersion")) {
      mod->maximum_version = val;
      mod->maximum_span = vs;
    }
  }
  if (s->p < s->end && *s->p == '}') s->p++;
}

/* The argument of -Modules: module names and specifications separated by
 * commas. */
static void S_modules(S_scan *s, psa_requires *req, uint32_t *cap) {
  for (;;) {
    S_skip_space(s);
    if (s->p >= s->end) return;
    psa_required_module mod;
    memset(&mod, 0, sizeof(mod));
    const char *start = s->p;
    if (s->end - s->p >= 2 && s->p[0] == '@' && s->p[1] == '{') {
      S_hash(s, &mod);
    } else {
      psa_span ns;
      mod.name = S_word(s, ",", &ns);
    }
    mod.span = (psa_span){S_off(s->m, start), S_off(s->m, s->p)};
    if (mod.name && *mod.name) {
      if (req->module_count == *cap) {
        *cap = *cap ? *cap * 2 : 4;
        req->modules = psa_xrealloc(req->modules, *cap * sizeof(*req->modules));
      }
      req->modules[req->module_count++] = mod;
    }
    S_skip_space(s);
    if (s->p >= s->end || *s->p != ',') return;
    s->p++;
  }
}

void psa_model__requires(psa_model *m, psa_span span) {
  psa_model_impl *impl = m->impl;
  /* the same line met again (a recovered fragment overlapping the tree) */
  for (uint32_t i = 0; i < m->requires_count; i++)
    if (m->requires[i].span.start == span.start + m->base) return;
  const char *text = m->text + span.start;
  const char *end = m->text + span.end;
  for (const char *p = text; p < end; p++)
    if (*p == '\r' || *p == '\n') {
      end = p;
      break;
    }
  /* "#requires" followed by white space or the end of the line */
  if (end - text < 9 || !psa_has_prefix_ci(text, (size_t)(end - text), "#requires") ||
      (end - text > 9 && !S_space(text[9])))
    return;
  S_scan s = {text + 9, end, m};
  psa_requires req = {{span.start + m->base, S_off(m, end)}, NULL, 0};
  uint32_t cap = 0;
  while (s.p < s.end) {
    S_skip_space(&s);
    if (!S_dash(&s)) {
      /* a stray word: PowerShell rejects the line; skip the word */
      psa_span ws;
      S_word(&s, "", &ws);
      if (ws.end == ws.start && s.p < s.end) s.p++;
      continue;
    }
    s.p += *s.p == '-' ? 1 : 3;
    const char *name = s.p;
    while (s.p < s.end && ((*s.p >= 'a' && *s.p <= 'z') || (*s.p >= 'A' && *s.p <= 'Z'))) s.p++;
    size_t len = (size_t)(s.p - name);
    if (s.p < s.end && *s.p == ':') s.p++;
    if (len && len <= 18 && !psa_strncasecmp("runasadministrator", name, len))
      continue; /* the only parameter without an argument */
    if (len && len <= 7 && !psa_strncasecmp("modules", name, len)) {
      S_modules(&s, &req, &cap);
    } else {
      /* -Version 5.1, -PSEdition Core, ...: skip the argument (one word or
       * a comma list of words) */
      for (;;) {
        S_skip_space(&s);
        psa_span ws;
        if (s.p < s.end && !S_dash(&s)) S_word(&s, ",", &ws);
        S_skip_space(&s);
        if (s.p >= s.end || *s.p != ',') break;
        s.p++;
      }
    }
  }
  if (m->requires_count == impl->requires_cap) {
    impl->requires_cap = impl->requires_cap ? impl->requires_cap * 2 : 4;
    m->requires = psa_xrealloc(m->requires, impl->requires_cap * sizeof(*m->requires));
  }
  m->requires[m->requires_count++] = req;
}

/* Nested scripts: PowerShell code held in a constant string and run by
 * another PowerShell (powershell -Command '...', Start-Process pwsh
 * -ArgumentList '-Command', '...'), by Invoke-Expression or through
 * [scriptblock]::Create. The text is parsed and walked like the file, so
 * rules see the commands inside; spans are mapped back through the string's
 * quoting when the text is one literal, else set to the whole string. */
#include <stdlib.h>
#include <string.h>

#include "model/internal.h"

/* Limits that keep the extra parsing linear in the file and bounded:
 * nesting depth, number of nested scripts, bytes parsed in all. */
#define PSA_NESTED_DEPTH 3
#define PSA_NESTED_SCRIPTS 64
#define PSA_NESTED_BYTES (1u << 20)

/* Whether a command name (path and .exe allowed) starts PowerShell. */
static bool S_is_shell(const char *name) {
  if (!name) return false;
  const char *b = name;
  for (const char *p = name; *p; p++)
    if (*p == '\\' || *p == '/') b = p + 1;
  size_t n = strlen(b);
  if (n > 4 && !psa_strcasecmp(b + n - 4, ".exe")) n -= 4;
  return (n == 10 && !psa_strncasecmp(b, "powershell", 10)) || (n == 4 && !psa_strncasecmp(b, "pwsh", 4));
}

/* Whether a command name starts Windows PowerShell (powershell.exe), whose
 * first argument is the command when no switch comes before it (pwsh's is
 * a file). */
static bool S_is_windows_powershell(const char *name) {
  if (!name) return false;
  const char *b = name;
  for (const char *p = name; *p; p++)
    if (*p == '\\' || *p == '/') b = p + 1;
  size_t n = strlen(b);
  if (n > 4 && !psa_strcasecmp(b + n - 4, ".exe")) n -= 4;
  return n == 10 && !psa_strncasecmp(b, "powershell", 10);
}

/* Whether a switch (without its '-' or '/') is -EncodedCommand: "e", "ec",
 * or a prefix of "encodedcommand" from "en" on ("ex" is -ExecutionPolicy). */
static bool S_is_encoded_switch(const char *s, size_t n) {
  if (n == 1) return s[0] == 'e' || s[0] == 'E';
  if (n == 2 && !psa_strncasecmp(s, "ec", 2)) return true;
  return n >= 2 && n <= 14 && !psa_strncasecmp(s, "encodedcommand", n);
}

/* The script of an -EncodedCommand argument: base64 of UTF-16LE text,
 * decoded to UTF-8 into 'out'. False when it is not that. */
static bool S_decode_encoded(const char *b64, size_t n, psa_buf *out) {
  static const char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  while (n && (b64[n - 1] == ' ' || b64[n - 1] == '\t' || b64[n - 1] == '"' || b64[n - 1] == '\''))
    n--;
  while (n && (*b64 == '"' || *b64 == '\'')) {
    b64++;
    n--;
  }
  if (n < 4 || n % 4) return false;
  unsigned char *bytes = psa_xmalloc(n / 4 * 3 + 1);
  size_t len = 0;
  uint32_t acc = 0;
  int bits = 0;
  for (size_t i = 0; i < n; i++) {
    char c = b64[i];
    if (c == '=') {
      if (i + 2 < n) break; /* padding only at the end */
      continue;
    }
    const char *p = c ? strchr(alphabet, c) : NULL;
    if (!p) {
      free(bytes);
      return false;
    }
    acc = (acc << 6) | (uint32_t)(p - alphabet);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[len++] = (unsigned char)(acc >> bits);
    }
  }
  bool ok = len >= 2 && len % 2 == 0;
  for (size_t i = 0; ok && i < len; i += 2) {
    uint32_t u = bytes[i] | (uint32_t)bytes[i + 1] << 8;
    if (u >= 0xD800 && u <= 0xDBFF && i + 3 < len) {
      uint32_t lo = bytes[i + 2] | (uint32_t)bytes[i + 3] << 8;
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
        i += 2;
      }
    }
    if (u == 0) {
      ok = false;
    } else if (u < 0x80) {
      psa_buf_putc(out, (char)u);
    } else if (u < 0x800) {
      psa_buf_putc(out, (char)(0xC0 | u >> 6));
      psa_buf_putc(out, (char)(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
      psa_buf_putc(out, (char)(0xE0 | u >> 12));
      psa_buf_putc(out, (char)(0x80 | ((u >> 6) & 0x3F)));
      psa_buf_putc(out, (char)(0x80 | (u & 0x3F)));
    } else {
      psa_buf_putc(out, (char)(0xF0 | u >> 18));
      psa_buf_putc(out, (char)(0x80 | ((u >> 12) & 0x3F)));
      psa_buf_putc(out, (char)(0x80 | ((u >> 6) & 0x3F)));
      psa_buf_putc(out, (char)(0x80 | (u & 0x3F)));
    }
  }
  free(bytes);
  return ok && out->len;
}

/* Whether a command-line switch (without its '-' or '/') is -Command: "c",
 * or a prefix of "command" long enough not to be -ConfigurationName. */
static bool S_is_command_switch(const char *s, size_t n) {
  if (n == 1) return s[0] == 'c' || s[0] == 'C';
  return n >= 3 && n <= 7 && !psa_strncasecmp(s, "command", n);
}

/* The single literal a value is written as, following a variable with one
 * plain assignment; NULL when it is not one literal of this file. */
static const psa_value *S_literal_of(const psa_model *m, const psa_value *v, int depth) {
  if (!v || depth > 4) return NULL;
  if (v->kind == PSA_V_STRING && v->literal && v->literal_count == 1) {
    if (v->span.start < m->base || v->span.end > m->base + m->src->text_len) return NULL;
    /* a literal inside a nested script: its text in the file is quoted twice */
    for (uint32_t i = 0; i < m->nested_count; i++)
      if (v->span.start >= m->nested[i].start && v->span.end <= m->nested[i].end) return NULL;
    return v;
  }
  if (v->kind == PSA_V_VARIABLE && psa_value_var(v) && !psa_value_var(v)->is_parameter &&
      !psa_value_var(v)->is_foreach && psa_value_var(v)->assign_count == 1 &&
      !psa_value_var(v)->assigns[0].append && !psa_value_var(v)->entry_count)
    return S_literal_of(m, psa_value_var(v)->assigns[0].value, depth + 1);
  return NULL;
}

/* For a literal whose unescaped text is 'str': the file offset of each
 * byte of str and of its end (malloc'd, len+1 entries), or NULL when the
 * literal's text does not give back str exactly. */
static uint32_t *S_literal_map(const psa_model *m, const psa_value *lit, const char *str) {
  const char *t = m->text + (lit->span.start - m->base);
  const char *end = m->text + (lit->span.end - m->base);
  const char *s = t, *e = end;
  bool expandable = false;
  char q = 0;
  const char *qp = t;
  if (*t == '@') qp = t + 1;
  if (qp < end && (*qp == '\'' || *qp == '"')) q = *qp;
  else if (end - qp >= 3 && (unsigned char)qp[0] == 0xE2 && (unsigned char)qp[1] == 0x80)
    q = ((unsigned char)qp[2] >= 0x98 && (unsigned char)qp[2] <= 0x9B) ? '\'' : '"';
  if (q) {
    expandable = q == '"';
    psa_model__literal_inner(t, end, qp != t, &s, &e);
  }
  size_t n = (size_t)(e - s);
  uint32_t *map = psa_xmalloc((n + 1) * sizeof(*map));
  psa_buf b;
  psa_buf_init(&b);
  psa_model__unescape(&b, s, e, expandable, map, lit->span.start + (uint32_t)(s - t));
  bool same = b.len == strlen(str) && (b.len == 0 || !memcmp(b.data, str, b.len));
  psa_buf_free(&b);
  if (!same) {
    free(map);
    return NULL;
  }
  return map;
}

/* One piece of a command line: a constant string and the value it is. */
typedef struct {
  const psa_value *value;
  const char *str;
} S_piece;

typedef struct {
  psa_buf text;
  uint32_t *map;       /* exact mapping (owned), or NULL */
  const uint32_t *map_at;
  psa_span anchor;
  psa_span region;     /* what edits must not fall inside */
} S_script;

/* Makes the script text from pieces[from..count) with the first piece
 * starting at byte 'skip'. One piece that is one literal maps exactly. */
static bool S_script_from(const psa_model *m, const S_piece *pieces, uint32_t count, uint32_t from,
                          size_t skip, psa_span anchor, S_script *out) {
  if (from >= count) return false;
  psa_buf_init(&out->text);
  out->map = NULL;
  out->map_at = NULL;
  out->anchor = anchor;
  out->region = anchor;
  size_t len0 = strlen(pieces[from].str);
  if (skip > len0) skip = len0;
  size_t a = skip, z = len0;
  if (from + 1 == count) {
    /* a command line's double quotes around the whole script go */
    while (a < z && (pieces[from].str[a] == ' ' || pieces[from].str[a] == '\t')) a++;
    while (z > a && (pieces[from].str[z - 1] == ' ' || pieces[from].str[z - 1] == '\t')) z--;
    if (z - a >= 2 && pieces[from].str[a] == '"' && pieces[from].str[z - 1] == '"') {
      a++;
      z--;
    }
    psa_buf_append(&out->text, pieces[from].str + a, z - a);
    const psa_value *lit = S_literal_of(m, pieces[from].value, 0);
    if (lit) {
      out->map = S_literal_map(m, lit, pieces[from].str);
      if (out->map) {
        out->map_at = out->map + a;
        out->region = lit->span;
      }
    }
  } else {
    /* several arguments: the process joins them with spaces */
    psa_buf_append(&out->text, pieces[from].str + a, z - a);
    for (uint32_t i = from + 1; i < count; i++) {
      psa_buf_putc(&out->text, ' ');
      psa_buf_puts(&out->text, pieces[i].str);
    }
  }
  if (out->text.len) return true;
  psa_buf_free(&out->text);
  free(out->map);
  return false;
}

/* The script of -EncodedCommand: the next word, decoded. It maps back to
 * no byte of the file (spans are the anchor's), so no fix goes inside. */
static bool S_encoded(const S_piece *pieces, uint32_t count, uint32_t i, size_t w,
                      psa_span anchor, S_script *out) {
  const char *s = pieces[i].str;
  size_t n = strlen(s);
  if (w >= n) {
    if (i + 1 >= count) return false;
    s = pieces[i + 1].str;
    n = strlen(s);
    w = 0;
  }
  while (w < n && (s[w] == ' ' || s[w] == '\t')) w++;
  size_t e = w;
  while (e < n && s[e] != ' ' && s[e] != '\t') e++;
  psa_buf_init(&out->text);
  out->map = NULL;
  out->map_at = NULL;
  out->anchor = anchor;
  out->region = anchor;
  if (S_decode_encoded(s + w, e - w, &out->text)) return true;
  psa_buf_free(&out->text);
  return false;
}

/* Finds -Command (or -EncodedCommand) in command-line pieces and makes the
 * script after it. With 'default_command' (Windows PowerShell), arguments
 * that start with no switch are the command. */
static bool S_after_command_switch(const psa_model *m, const S_piece *pieces, uint32_t count,
                                   psa_span anchor, bool default_command, S_script *out) {
  if (default_command && count && pieces[0].str[0] && pieces[0].str[0] != '-' &&
      pieces[0].str[0] != '/')
    return S_script_from(m, pieces, count, 0, 0, anchor, out);
  for (uint32_t i = 0; i < count; i++) {
    const char *s = pieces[i].str;
    size_t n = strlen(s);
    for (size_t k = 0; k < n; k++) {
      if (k > 0 && s[k - 1] != ' ' && s[k - 1] != '\t') continue;
      if (s[k] != '-' && s[k] != '/') continue;
      size_t w = k + 1;
      while (w < n && s[w] != ' ' && s[w] != '\t' && s[w] != ':') w++;
      if (S_is_encoded_switch(s + k + 1, w - k - 1)) {
        if (w < n && s[w] == ':') w++;
        return S_encoded(pieces, count, i, w, anchor, out);
      }
      if (!S_is_command_switch(s + k + 1, w - k - 1)) continue;
      if (w < n && s[w] == ':') w++;
      while (w < n && (s[w] == ' ' || s[w] == '\t')) w++;
      if (w == n) return S_script_from(m, pieces, count, i + 1, 0, anchor, out);
      return S_script_from(m, pieces, count, i, w, anchor, out);
    }
  }
  return false;
}

static psa_span S_anchor(const psa_model *m, const psa_value *v, const psa_command *cmd) {
  if (v && v->span.start >= m->base && v->span.end <= m->base + m->src->text_len &&
      v->span.end > v->span.start)
    return v->span;
  return cmd->span;
}

#define S_MAX_PIECES 32

/* Start-Process powershell -ArgumentList ... */
static bool S_start_process(const psa_model *m, const psa_command *cmd, S_script *out) {
  const psa_arg *fp = psa_command_arg(cmd, "FilePath");
  const psa_arg *al = psa_command_arg(cmd, "ArgumentList");
  if (!fp || !fp->value || !al || !al->value || !S_is_shell(psa_value_string(m, fp->value)))
    return false;
  S_piece pieces[S_MAX_PIECES];
  uint32_t count = 0;
  const psa_value *v = al->value;
  if (v->kind == PSA_V_ARRAY) {
    if (v->item_count > S_MAX_PIECES) return false;
    for (uint32_t i = 0; i < v->item_count; i++) pieces[count++] = (S_piece){v->items[i], NULL};
  } else {
    pieces[count++] = (S_piece){v, NULL};
  }
  for (uint32_t i = 0; i < count; i++)
    if (!(pieces[i].str = psa_value_string(m, pieces[i].value))) return false;
  return S_after_command_switch(m, pieces, count, S_anchor(m, v, cmd),
                                S_is_windows_powershell(psa_value_string(m, fp->value)), out);
}

/* powershell.exe -Command ... / pwsh -c ... as a native command: everything
 * after -Command is the script. */
static bool S_native_shell(const psa_model *m, const psa_raw_command *raw, S_script *out) {
  uint32_t i = 0;
  for (; i < raw->element_count; i++) {
    const psa_raw_element *e = &raw->elements[i];
    if (e->kind != PSA_RAW_PARAM) continue;
    if (S_is_encoded_switch(e->name, strlen(e->name))) {
      /* -EncodedCommand <base64>: decoded, anchored at the argument */
      const psa_value *v = e->value;
      psa_span anchor = e->span;
      if (!v && i + 1 < raw->element_count && raw->elements[i + 1].kind != PSA_RAW_PARAM) {
        v = raw->elements[i + 1].value;
        anchor = raw->elements[i + 1].span;
      }
      const char *b64 = v ? psa_value_string(m, v) : NULL;
      if (!b64) return false;
      if (anchor.start < m->base || anchor.end > m->base + m->src->text_len) anchor = raw->cmd->span;
      S_piece p = {v, b64};
      return S_encoded(&p, 1, 0, 0, anchor, out);
    }
    if (S_is_command_switch(e->name, strlen(e->name))) break;
  }
  /* powershell.exe 'script' / powershell Install-Module ...: with no switch
   * first, Windows PowerShell runs its arguments as a command */
  bool implicit = raw->element_count && raw->elements[0].kind != PSA_RAW_PARAM &&
                  S_is_windows_powershell(raw->cmd->name);
  if (i == raw->element_count && !implicit) return false;
  if (implicit) i = 0;
  const psa_raw_element *sw = &raw->elements[i];
  S_piece pieces[S_MAX_PIECES];
  uint32_t count = 0;
  psa_model_impl *impl = m->impl;
  if (implicit) {
    i = UINT32_MAX; /* the loop below starts at element 0 */
  } else if (sw->value) {
    pieces[count++] = (S_piece){sw->value, NULL};
  }
  for (uint32_t k = i + 1; k < raw->element_count; k++) {
    const psa_raw_element *e = &raw->elements[k];
    if (count == S_MAX_PIECES || e->kind == PSA_RAW_SPLAT) return false;
    if (e->kind == PSA_RAW_PARAM) {
      /* -Name:value forms are rare here; a parameter name is its text */
      char *t = psa_arena_alloc(&impl->arena, strlen(e->name) + 2);
      t[0] = '-';
      strcpy(t + 1, e->name);
      if (e->value) return false;
      pieces[count++] = (S_piece){NULL, t};
    } else {
      if (e->value->kind == PSA_V_SCRIPTBLOCK) return false; /* walked already */
      pieces[count++] = (S_piece){e->value, NULL};
    }
  }
  if (!count) return false;
  for (uint32_t k = 0; k < count; k++)
    if (!pieces[k].str && !(pieces[k].str = psa_value_string(m, pieces[k].value))) return false;
  psa_span anchor = implicit      ? raw->elements[0].span
                    : sw->value ? sw->value->span
                                : raw->elements[i + 1].span;
  if (count > 1) anchor.end = raw->elements[raw->element_count - 1].span.end;
  if (anchor.start < m->base || anchor.end > m->base + m->src->text_len) anchor = raw->cmd->span;
  return S_script_from(m, pieces, count, 0, 0, anchor, out);
}

/* Invoke-Expression '<constant>' / [scriptblock]::Create('<constant>') */
static bool S_whole_string(const psa_model *m, const psa_value *v, psa_span fallback,
                           S_script *out) {
  if (!v || v->kind == PSA_V_SCRIPTBLOCK) return false;
  S_piece p = {v, psa_value_string(m, v)};
  if (!p.str) return false;
  psa_span anchor = fallback;
  if (v->span.start >= m->base && v->span.end <= m->base + m->src->text_len &&
      v->span.end > v->span.start)
    anchor = v->span;
  return S_script_from(m, &p, 1, 0, 0, anchor, out);
}

static void S_run(psa_model *m, psa_parser **parser, S_script *s, psa_scope *scope, uint8_t depth) {
  psa_model_impl *impl = m->impl;
  if (impl->nested_scripts >= PSA_NESTED_SCRIPTS ||
      s->text.len > PSA_NESTED_BYTES - impl->nested_bytes) {
    m->depth_limited = true;
    return;
  }
  impl->nested_scripts++;
  impl->nested_bytes += (uint32_t)s->text.len;
  if (!*parser) *parser = psa_parser_new();
  /* the text must outlive the walk only; values copy what they keep */
  psa_parse_result pr;
  psa_parse(*parser, s->text.data, (uint32_t)s->text.len, true, &pr);
  if (m->nested_count == impl->nested_cap) {
    impl->nested_cap = impl->nested_cap ? impl->nested_cap * 2 : 4;
    m->nested = psa_xrealloc(m->nested, impl->nested_cap * sizeof(*m->nested));
  }
  m->nested[m->nested_count++] = s->region;
  psa_model__walk_nested(m, &pr, s->text.data, s->map_at, s->anchor, scope, depth);
  psa_parse_result_free(&pr);
}

/* A fresh script scope: another PowerShell process sees none of ours. */
static psa_scope *S_process_scope(psa_model *m, psa_span span) {
  psa_model_impl *impl = m->impl;
  psa_scope *sc = psa_arena_alloc(&impl->arena, sizeof(*sc));
  sc->kind = PSA_SCOPE_SCRIPT;
  sc->span = span;
  if (impl->own_scope_count == impl->own_scope_cap) {
    impl->own_scope_cap = impl->own_scope_cap ? impl->own_scope_cap * 2 : 4;
    impl->own_scopes = psa_xrealloc(impl->own_scopes, impl->own_scope_cap * sizeof(*impl->own_scopes));
  }
  impl->own_scopes[impl->own_scope_count++] = sc;
  return sc;
}

void psa_model__nested(psa_model *m) {
  psa_model_impl *impl = m->impl;
  psa_parser *parser = NULL;
  uint32_t ri = 0, ci = 0;
  /* commands and calls the nested scripts add are looked at in turn */
  while (ri < impl->raw_count || ci < m->call_count) {
    S_script s;
    if (ri < impl->raw_count) {
      psa_raw_command *raw = impl->raws[ri++];
      const psa_command *cmd = raw->cmd;
      if (raw->nest_depth >= PSA_NESTED_DEPTH || cmd->local_function || cmd->dynamic) continue;
      uint8_t depth = (uint8_t)(raw->nest_depth + 1);
      if (psa_command_is(cmd, "Start-Process")) {
        if (!S_start_process(m, cmd, &s)) continue;
        S_run(m, &parser, &s, S_process_scope(m, s.anchor), depth);
      } else if (psa_command_is(cmd, "Invoke-Expression")) {
        const psa_arg *a = psa_command_arg(cmd, "Command");
        if (!a || !S_whole_string(m, a->value, cmd->span, &s)) continue;
        S_run(m, &parser, &s, cmd->scope, depth);
      } else if (!cmd->info && S_is_shell(cmd->name)) {
        if (!S_native_shell(m, raw, &s)) continue;
        S_run(m, &parser, &s, S_process_scope(m, s.anchor), depth);
      } else {
        continue;
      }
      psa_buf_free(&s.text);
      free(s.map);
      continue;
    }
    const psa_value *v = m->calls[ci++];
    if (v->kind != PSA_V_STATIC_CALL || !v->str || !psa_value_member(v) ||
        psa_strcasecmp(psa_value_member(v), "Create") || v->item_count != 1 ||
        !psa_type_is(v->str, "System.Management.Automation.ScriptBlock"))
      continue;
    /* a call inside a nested script: bounded by the script count */
    if (!S_whole_string(m, v->items[0], v->span, &s)) continue;
    S_run(m, &parser, &s, m->script, PSA_NESTED_DEPTH);
    psa_buf_free(&s.text);
    free(s.map);
  }
  psa_parser_free(parser);
}

const psa_model *psa_model_span_file(const psa_model *m, psa_span s) {
  if (s.start >= m->base && s.end <= m->base + m->src->text_len) return m;
  for (uint32_t i = 0; i < m->import_count; i++) {
    const psa_model *f = psa_model_span_file(m->imports[i], s);
    if (f) return f;
  }
  return NULL;
}

bool psa_model_edit_in_nested(const psa_model *m, psa_span r) {
  for (uint32_t i = 0; i < m->nested_count; i++) {
    psa_span n = m->nested[i];
    bool touches = r.start == r.end ? (r.start > n.start && r.start < n.end)
                                    : (r.start < n.end && r.end > n.start);
    if (!touches) continue;
    /* replacing the string together with what is around it is fine */
    bool around = r.start <= n.start && r.end >= n.end && (r.start < n.start || r.end > n.end);
    if (!around) return true;
  }
  return false;
}

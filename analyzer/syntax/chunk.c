#include "syntax/chunk.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/util.h"

static bool S_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }
static bool S_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Whether the line ending at the '\n' at 'nl' ends its statement: its last
 * byte of code (comments and blanks skipped) is not a continuation. A blank
 * or comment-only line ends nothing and is fine. */
static bool S_line_ends(const char *t, const psa_view_lex *lx, uint32_t nl) {
  uint32_t i = nl;
  while (i > 0 && t[i - 1] != '\n' && (S_blank(t[i - 1]) || lx->cls[i - 1] == PSA_VIEW_COMMENT))
    i--;
  if (i == 0 || t[i - 1] == '\n') return true;
  char c = t[i - 1];
  if (lx->cls[i - 1] == PSA_VIEW_STRING) return true; /* a string's closing quote */
  if (strchr("`|,=+-*/.!&%<>({[:", c)) return false; /* ';' ends a statement */
  if (c == ']') { /* an attribute or a type alone on its line: [CmdletBinding()] */
    uint32_t s = i - 1;
    while (s > 0 && t[s - 1] != '\n') s--;
    while (s < i && S_blank(t[s])) s++;
    if (t[s] == '[') return false;
  }
  return true;
}

static bool S_word(const char *t, uint32_t len, uint32_t i, const char *w) {
  size_t n = strlen(w);
  if (i + n > len || psa_strncasecmp(t + i, w, n)) return false;
  return i + n == len || !(S_letter(t[i + n]) || (t[i + n] >= '0' && t[i + n] <= '9') ||
                           t[i + n] == '_' || t[i + n] == '-');
}

/* Whether the code after the '\n' at 'nl' starts a statement of its own. */
static bool S_starts_statement(const char *t, uint32_t len, const psa_view_lex *lx, uint32_t nl) {
  static const char *const joins[] = {"else", "elseif", "catch", "finally", "until", "while",
                                      "param", "begin", "process", "end", "dynamicparam", NULL};
  uint32_t i = nl + 1;
  while (i < len && (S_blank(t[i]) || t[i] == '\n' || lx->cls[i] == PSA_VIEW_COMMENT)) i++;
  if (i >= len) return false; /* nothing after: no need to cut */
  if (lx->cls[i] != PSA_VIEW_CODE) return true; /* a string starts a statement */
  char c = t[i];
  if (strchr("{(|.)}],=+-*/!&%<>;:`", c)) return false;
  if (S_letter(c))
    for (const char *const *w = joins; *w; w++)
      if (S_word(t, len, i, *w)) return false;
  return true;
}

uint32_t psa_chunk_split(const char *t, uint32_t len, const psa_view_lex *lx, uint32_t target,
                         psa_span **out) {
  uint32_t n = 0, cap = 8;
  *out = psa_xmalloc(cap * sizeof(**out));
  uint32_t from = 0;
  long depth = 0;
  for (uint32_t i = 0; i < len; i++) {
    if (lx->cls[i] != PSA_VIEW_CODE) continue;
    char c = t[i];
    if (c == '(' || c == '[' || c == '{') depth++;
    else if (c == ')' || c == ']' || c == '}') depth--;
    else if (c == '\n' && depth == 0 && i + 1 - from >= target && len - (i + 1) >= target / 2 &&
             S_line_ends(t, lx, i) && S_starts_statement(t, len, lx, i)) {
      if (n == cap) *out = psa_xrealloc(*out, (cap *= 2) * sizeof(**out));
      (*out)[n++] = (psa_span){from, i + 1};
      from = i + 1;
    }
  }
  if (n == cap) *out = psa_xrealloc(*out, (cap + 1) * sizeof(**out));
  (*out)[n++] = (psa_span){from, len};
  return n;
}

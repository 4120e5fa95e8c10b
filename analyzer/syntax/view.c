#include "syntax/view.h"

#include <stdlib.h>
#include <string.h>

#include "base/util.h"

/* ---- lexing: strings, comments and braces ---------------------------- */

/* A quote at t[i]: '\'' or '"' (PowerShell also reads the typographic
 * quotes U+2018..U+201B and U+201C..U+201E), with its length in *n. */
static char S_quote(const char *t, uint32_t len, uint32_t i, uint32_t *n) {
  unsigned char c = (unsigned char)t[i];
  *n = 1;
  if (c == '\'' || c == '"') return (char)c;
  if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80) {
    unsigned char d = (unsigned char)t[i + 2];
    *n = 3;
    if (d >= 0x98 && d <= 0x9B) return '\'';
    if (d >= 0x9C && d <= 0x9E) return '"';
  }
  *n = 1;
  return 0;
}

static bool S_blank(char c) { return c == ' ' || c == '\t'; }
static bool S_eol(char c) { return c == '\n' || c == '\r'; }
static bool S_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}
static bool S_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* '#' starts a comment at the start of a token only: in a bare word
 * (P@ss#1) it is part of the word. */
static bool S_comment_start(const char *t, uint32_t i) {
  if (i >= 2 && (unsigned char)t[i - 1] == 0xA0 && (unsigned char)t[i - 2] == 0xC2)
    return true; /* a no-break space, white space to PowerShell */
  return i == 0 || strchr(" \t\r\n;(){}|,=&", t[i - 1]) != NULL;
}

/* A here-string opener: @' or @" followed by blanks and a line break. */
static bool S_here_open(const char *t, uint32_t len, uint32_t i) {
  if (i + 1 >= len || t[i] != '@' || (t[i + 1] != '\'' && t[i + 1] != '"')) return false;
  uint32_t j = i + 2;
  while (j < len && S_blank(t[j])) j++;
  return j >= len || S_eol(t[j]);
}

typedef enum { F_CODE, F_SUB, F_DQ, F_HDQ } S_frame_kind;
typedef struct {
  S_frame_kind kind;
  uint32_t depth; /* open parentheses inside a $( ) */
  uint32_t start;
} S_frame;

void psa_view_lex_build(psa_view_lex *lx, const char *t, uint32_t len) {
  memset(lx, 0, sizeof(*lx));
  lx->len = len;
  lx->cls = psa_big_calloc(len ? len : 1);
  lx->open_string = UINT32_MAX;
  lx->open_brace = UINT32_MAX;
  lx->extra_brace = UINT32_MAX;
  uint8_t *cls = lx->cls;
  uint32_t fcap = 16, fn = 1;
  S_frame *fs = psa_xmalloc(fcap * sizeof(*fs));
  fs[0] = (S_frame){F_CODE, 0, 0};
  uint32_t bcap = 16, bn = 0;
  uint32_t *braces = psa_xmalloc(bcap * sizeof(*braces));
  uint32_t i = 0;
  while (i < len) {
    S_frame *f = &fs[fn - 1];
    char c = t[i];
    uint32_t qn;
    if (f->kind == F_DQ || f->kind == F_HDQ) {
      cls[i] = PSA_VIEW_STRING;
      if (c == '`' && i + 1 < len) {
        cls[i + 1] = PSA_VIEW_STRING;
        i += 2;
        continue;
      }
      if (c == '$' && i + 1 < len && t[i + 1] == '(') {
        cls[i + 1] = PSA_VIEW_CODE;
        if (fn == fcap) fs = psa_xrealloc(fs, (fcap *= 2) * sizeof(*fs));
        fs[fn++] = (S_frame){F_SUB, 0, i};
        i += 2;
        continue;
      }
      if (f->kind == F_DQ && S_quote(t, len, i, &qn) == '"') {
        for (uint32_t k = 0; k < qn; k++) cls[i + k] = PSA_VIEW_STRING;
        uint32_t qn2;
        if (i + qn < len && S_quote(t, len, i + qn, &qn2) == '"') { /* "" inside */
          for (uint32_t k = 0; k < qn2; k++) cls[i + qn + k] = PSA_VIEW_STRING;
          i += qn + qn2;
          continue;
        }
        fn--;
        i += qn;
        continue;
      }
      if (f->kind == F_HDQ && c == '"' && i + 1 < len && t[i + 1] == '@' &&
          (i == 0 || S_eol(t[i - 1]))) {
        cls[i + 1] = PSA_VIEW_STRING;
        fn--;
        i += 2;
        continue;
      }
      i++;
      continue;
    }
    /* code, at the top level or inside a $( ) */
    cls[i] = PSA_VIEW_CODE;
    if (c == '<' && i + 1 < len && t[i + 1] == '#') {
      uint32_t j = i + 2;
      while (j + 1 < len && !(t[j] == '#' && t[j + 1] == '>')) j++;
      if (j + 1 >= len && lx->open_string == UINT32_MAX) lx->open_string = i; /* never closed */
      j = j + 1 < len ? j + 2 : len;
      memset(cls + i, PSA_VIEW_COMMENT, j - i);
      i = j;
      continue;
    }
    if (c == '#' && S_comment_start(t, i)) {
      uint32_t j = i;
      while (j < len && !S_eol(t[j])) j++;
      memset(cls + i, PSA_VIEW_COMMENT, j - i);
      i = j;
      continue;
    }
    if (S_here_open(t, len, i)) {
      if (t[i + 1] == '"') {
        cls[i + 1] = PSA_VIEW_STRING;
        cls[i] = PSA_VIEW_STRING;
        if (fn == fcap) fs = psa_xrealloc(fs, (fcap *= 2) * sizeof(*fs));
        fs[fn++] = (S_frame){F_HDQ, 0, i};
        i += 2;
        continue;
      }
      uint32_t j = i + 2;
      bool closed = false;
      while (j + 1 < len) {
        if (t[j] == '\'' && t[j + 1] == '@' && S_eol(t[j - 1])) {
          j += 2;
          closed = true;
          break;
        }
        j++;
      }
      if (!closed) {
        j = len;
        if (lx->open_string == UINT32_MAX) lx->open_string = i;
      }
      memset(cls + i, PSA_VIEW_STRING, j - i);
      i = j;
      continue;
    }
    char q = S_quote(t, len, i, &qn);
    if (q == '\'') {
      uint32_t j = i + qn;
      bool closed = false;
      while (j < len) {
        uint32_t n2;
        if (S_quote(t, len, j, &n2) == '\'') {
          uint32_t n3;
          if (j + n2 < len && S_quote(t, len, j + n2, &n3) == '\'') {
            j += n2 + n3;
            continue;
          }
          j += n2;
          closed = true;
          break;
        }
        j++;
      }
      if (!closed && lx->open_string == UINT32_MAX) lx->open_string = i;
      memset(cls + i, PSA_VIEW_STRING, j - i);
      i = j;
      continue;
    }
    if (q == '"') {
      for (uint32_t k = 0; k < qn; k++) cls[i + k] = PSA_VIEW_STRING;
      if (fn == fcap) fs = psa_xrealloc(fs, (fcap *= 2) * sizeof(*fs));
      fs[fn++] = (S_frame){F_DQ, 0, i};
      i += qn;
      continue;
    }
    if (c == '`' && i + 1 < len) { /* the escaped byte (or CR LF) stays code */
      i += (t[i + 1] == '\r' && i + 2 < len && t[i + 2] == '\n') ? 3 : 2;
      continue;
    }
    if (f->kind == F_SUB) {
      if (c == '(') f->depth++;
      else if (c == ')') {
        if (f->depth == 0) {
          fn--;
          i++;
          continue;
        }
        f->depth--;
      }
    }
    if (c == '{') {
      if (bn == bcap) braces = psa_xrealloc(braces, (bcap *= 2) * sizeof(*braces));
      braces[bn++] = i;
      lx->brace_balance++;
    } else if (c == '}') {
      if (bn) bn--;
      else if (lx->extra_brace == UINT32_MAX) lx->extra_brace = i;
      lx->brace_balance--;
    }
    i++;
  }
  for (uint32_t k = fn; k > 1; k--)
    if (fs[k - 1].kind == F_DQ || fs[k - 1].kind == F_HDQ) lx->open_string = fs[k - 1].start;
  if (bn) lx->open_brace = braces[0];
  free(fs);
  free(braces);
}

void psa_view_lex_free(psa_view_lex *lx) {
  psa_big_free(lx->cls);
  memset(lx, 0, sizeof(*lx));
}

/* ---- transformations ---------------------------------------------------- */

static bool S_word_ci(const char *t, uint32_t len, uint32_t i, const char *w) {
  size_t n = strlen(w);
  if (i + n > len) return false;
  for (size_t k = 0; k < n; k++) {
    char c = t[i + k];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != w[k]) return false;
  }
  /* a whole word: not part of a longer name, a variable or a parameter */
  if (i > 0 && (S_ident(t[i - 1]) || strchr("-$.:@", t[i - 1]))) return false;
  if (i + n < len && (S_ident(t[i + n]) || t[i + n] == '-')) return false;
  return true;
}

/* The previous byte of code before i that is not blank, a line break or a
 * comment; -1 when there is none (a BOM counts as nothing). */
static int S_prev_code(const char *t, const psa_view_lex *lx, uint32_t i) {
  while (i > 0) {
    i--;
    unsigned char c = (unsigned char)t[i];
    if (lx->cls[i] != PSA_VIEW_CODE) {
      if (lx->cls[i] == PSA_VIEW_STRING) return (unsigned char)t[i];
      continue;
    }
    if (S_blank((char)c) || S_eol((char)c)) continue;
    if (i < 3 && (c == 0xEF || c == 0xBB || c == 0xBF)) continue;
    return c;
  }
  return -1;
}

/* The length of a console prompt at t[i] (the start of a line): 'PS> ',
 * 'PS C:\Users\me> ' or the continuation prompt '>> '; 0 when none. */
static uint32_t S_prompt(const char *t, uint32_t len, uint32_t i) {
  uint32_t j = i;
  if (j + 2 <= len && t[j] == '>' && t[j + 1] == '>' && (j + 2 == len || S_blank(t[j + 2]) ||
                                                         S_eol(t[j + 2])))
    j += 2;
  else if (j + 3 <= len && t[j] == 'P' && t[j + 1] == 'S' && t[j + 2] == '>')
    j += 3;
  else if (j + 6 <= len && t[j] == 'P' && t[j + 1] == 'S' && t[j + 2] == ' ' && S_letter(t[j + 3]) &&
           t[j + 4] == ':' && t[j + 5] == '\\') {
    j += 6;
    while (j < len && t[j] != '>' && !S_eol(t[j]) && !strchr("'\"|;", t[j])) j++;
    if (j >= len || t[j] != '>') return 0;
    j++;
  } else {
    return 0;
  }
  while (j < len && S_blank(t[j])) j++;
  return j - i;
}

uint32_t psa_view_whole(const char *t, uint32_t len, const psa_view_lex *lx, char *view,
                        uint32_t *prompt_at) {
  uint32_t changed = 0;
  *prompt_at = UINT32_MAX;
  for (uint32_t i = 0; i < len; i++) {
    if (lx->cls[i] != PSA_VIEW_CODE || (i > 0 && !S_eol(t[i - 1]))) continue;
    uint32_t k = i;
    while (k < len && S_blank(t[k])) k++;
    if (k >= len || lx->cls[k] != PSA_VIEW_CODE) continue;
    uint32_t n = S_prompt(t, len, k);
    if (!n) continue;
    if (*prompt_at == UINT32_MAX) *prompt_at = k;
    memset(view + k, ' ', n);
    changed += n;
  }
  for (uint32_t i = 0; i + 5 <= len; i++) {
    if (lx->cls[i] != PSA_VIEW_CODE || (t[i] != 'p' && t[i] != 'P')) continue;
    if (!S_word_ci(t, len, i, "param")) continue;
    /* 'param', blanks and at least one line break, then '(' */
    uint32_t j = i + 5;
    bool broken = false;
    while (j < len && (S_blank(t[j]) || S_eol(t[j]))) {
      if (S_eol(t[j])) broken = true;
      j++;
    }
    if (!broken || j >= len || t[j] != '(') continue;
    /* only where PowerShell reads a param block: first in a script block
     * or the file, after its attributes */
    int prev = S_prev_code(t, lx, i);
    if (prev != -1 && prev != '{' && prev != ']') continue;
    for (uint32_t k = i + 5; k < j; k++)
      if (S_eol(t[k])) {
        view[k] = ' ';
        changed++;
      }
    i = j;
  }
  return changed;
}

/* Statement keywords that take no command arguments. */
static const char *const S_keywords[] = {
    "if", "elseif", "else", "foreach", "for", "while", "do", "until", "switch", "return",
    "throw", "param", "function", "filter", "try", "catch", "finally", "trap", "exit",
    "break", "continue", "class", "enum", "begin", "process", "end", "using", NULL};

/* Whether the statement holding the comma at i (on its line, outside the
 * brackets on the way back) starts with a command name. */
static bool S_in_command(const char *t, const psa_view_lex *lx, uint32_t i) {
  int depth = 0;
  uint32_t k = i;
  while (k > 0) {
    char c = t[k - 1];
    if (S_eol(c) && depth > 0) {
      /* a line break inside brackets closed after it: }, Name after a
       * hashtable written over several lines */
      k--;
      continue;
    }
    if (S_eol(c)) {
      /* the statement goes on from the line before when that line ends in
       * a continuation backtick or a comma */
      uint32_t b = k - 1;
      while (b > 0 && (S_eol(t[b - 1]) || S_blank(t[b - 1]))) b--;
      if (b == 0 || (t[b - 1] != '`' && t[b - 1] != ',') || lx->cls[b - 1] != PSA_VIEW_CODE) break;
      k = b;
      continue;
    }
    if (lx->cls[k - 1] == PSA_VIEW_CODE) {
      if (c == ')' || c == ']' || c == '}') depth++;
      else if (c == '(' || c == '[' || c == '{') {
        if (depth == 0) break;
        depth--;
      } else if (depth == 0 && (c == '|' || c == ';' || c == '=')) {
        break; /* after '=' a command may follow: $d = Get-Date(...) */
      }
    }
    k--;
  }
  while (k < i && S_blank(t[k])) k++;
  if (k >= i || !S_letter(t[k]) || lx->cls[k] != PSA_VIEW_CODE) return false;
  uint32_t e = k;
  while (e < i && (S_ident(t[e]) || t[e] == '-' || t[e] == '.')) e++;
  for (const char *const *w = S_keywords; *w; w++)
    if (strlen(*w) == e - k && S_word_ci(t, e, k, *w)) return false;
  return true;
}

typedef enum { B_PAREN, B_BRACKET, B_BLOCK, B_HASH } S_bracket;

/* A comma continued on the next line: after it blanks, an optional
 * backtick, blanks, one line break, blanks, then a bare word or '*'
 * (select @{...}, `<newline> Name, Mail). Returns the offset of the line
 * break (its CR or LF) and the next line's first byte in *word; 0 when the
 * comma is not followed that way. */
static uint32_t S_comma_continued(const char *t, uint32_t len, const psa_view_lex *lx, uint32_t i,
                                  uint32_t *word) {
  uint32_t n = i + 1;
  while (n < len && S_blank(t[n])) n++;
  if (n < len && t[n] == '`') {
    n++;
    while (n < len && S_blank(t[n])) n++;
  }
  if (n >= len || !S_eol(t[n])) return 0;
  uint32_t eol = n;
  n += (t[n] == '\r' && n + 1 < len && t[n + 1] == '\n') ? 2 : 1;
  while (n < len && S_blank(t[n])) n++;
  if (n >= len || !(S_letter(t[n]) || t[n] == '*') || lx->cls[n] != PSA_VIEW_CODE) return 0;
  *word = n;
  return eol;
}

/* A string at t[n] glued to a variable after it ("["$m.Upn): the grammar
 * reads that as one argument only at an argument's start, not as an item
 * after a comma. */
static bool S_glued_string(const char *t, uint32_t len, const psa_view_lex *lx, uint32_t n) {
  if (n >= len || lx->cls[n] != PSA_VIEW_STRING || (t[n] != '"' && t[n] != '\'')) return false;
  uint32_t k = n + 1;
  while (k < len && lx->cls[k] == PSA_VIEW_STRING) k++;
  return k + 1 < len && t[k - 1] == t[n] && t[k] == '$' && lx->cls[k] == PSA_VIEW_CODE &&
         (S_ident(t[k + 1]) || t[k + 1] == '{');
}

/* An item at t[n] (a string, a variable, a number, a bracket) after the
 * comma at i that follows a method call ($m.ToString('N0'),"MB") or a
 * string glued to a variable ("a"$b.c,"d"): the grammar takes neither as
 * the first item of a list. */
static bool S_item_after_call(const char *t, const psa_view_lex *lx, uint32_t i, uint32_t n) {
  if (n >= lx->len) return false;
  bool string = lx->cls[n] == PSA_VIEW_STRING && (t[n] == '"' || t[n] == '\'');
  bool code = lx->cls[n] == PSA_VIEW_CODE && (strchr("$(@", t[n]) || (t[n] >= '0' && t[n] <= '9'));
  if (!string && !code) return false;
  uint32_t p = i;
  while (p > 0 && S_blank(t[p - 1])) p--;
  if (p == 0 || lx->cls[p - 1] != PSA_VIEW_CODE) return false;
  if (t[p - 1] == ')') {
    /* the '(' it closes, on the line, right after .Name */
    int d = 0;
    uint32_t k = p;
    while (k > 0 && !S_eol(t[k - 1])) {
      k--;
      if (lx->cls[k] != PSA_VIEW_CODE) continue;
      if (t[k] == ')') d++;
      else if (t[k] == '(' && --d == 0) break;
    }
    if (d != 0 || k == 0) return false;
    uint32_t w = k;
    while (w > 0 && S_ident(t[w - 1])) w--;
    return w < k && w > 0 && t[w - 1] == '.';
  }
  /* "a"$b.c: a variable path right after a closing quote */
  uint32_t w = p;
  while (w > 0 && (S_ident(t[w - 1]) || t[w - 1] == '.')) w--;
  return w < p && w >= 2 && t[w - 1] == '$' && lx->cls[w - 2] == PSA_VIEW_STRING &&
         (t[w - 2] == '"' || t[w - 2] == '\'');
}

/* '$a' at i directly followed by another variable or sub-expression
 * ($first$last, $user$($domain)), at an argument's start in a command
 * (in an expression, $a$b is not PowerShell). */
static bool S_var_glued(const char *t, uint32_t len, const psa_view_lex *lx, uint32_t i) {
  if (i == 0 || !S_blank(t[i - 1]) || !(S_letter(t[i + 1]) || t[i + 1] == '_')) return false;
  uint32_t j = i + 1;
  while (j < len && S_ident(t[j])) j++;
  if (j + 1 >= len || t[j] != '$' || lx->cls[j] != PSA_VIEW_CODE) return false;
  if (!(S_letter(t[j + 1]) || t[j + 1] == '_' || t[j + 1] == '{' || t[j + 1] == '(')) return false;
  /* '$Session$Cred = Get-Credential': two statements run together (a
   * line break lost), not an argument; left unread, and reported */
  uint32_t e = j + 1;
  while (e < len && S_ident(t[e])) e++;
  while (e < len && S_blank(t[e])) e++;
  if (e < len && t[e] == '=') return false;
  return S_in_command(t, lx, i);
}

/* '[Word]' at i directly followed by a word ([Y]Yes). */
static bool S_bracket_word(const char *t, uint32_t len, uint32_t i) {
  uint32_t k = i + 1;
  while (k < len && S_ident(t[k])) k++;
  return k > i + 1 && k + 1 < len && t[k] == ']' && S_ident(t[k + 1]);
}

/* Whether the parameter 'p' ("-name", lower case) is at t[i], ending
 * there. */
static bool S_param_ci(const char *t, uint32_t len, uint32_t i, const char *p) {
  size_t n = strlen(p);
  if (i + n > len) return false;
  for (size_t k = 0; k < n; k++) {
    char c = t[i + k];
    if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
    if (c != p[k]) return false;
  }
  return i + n == len || !S_ident(t[i + n]);
}

/* After 'foreach' at i: ' -Parallel -ThrottleLimit N'; the offset of
 * '-ThrottleLimit', 0 when not. */
static uint32_t S_throttle_limit(const char *t, uint32_t len, uint32_t i) {
  while (i < len && S_blank(t[i])) i++;
  if (!S_param_ci(t, len, i, "-parallel")) return 0;
  i += 9;
  while (i < len && S_blank(t[i])) i++;
  if (!S_param_ci(t, len, i, "-throttlelimit")) return 0;
  uint32_t n = i;
  i += 14;
  if (i >= len || !S_blank(t[i])) return 0;
  while (i < len && S_blank(t[i])) i++;
  return i < len && ((t[i] >= '0' && t[i] <= '9') || t[i] == '$') ? n : 0;
}

/* A command name at the start of a statement that begins with the keyword
 * 'class', 'enum' or 'param' (enumerate-aadgroup, Classify-Item,
 * Param-Check): the grammar reads the keyword and fails on the rest. The
 * length of the keyword, 0 when t[i] does not start such a name. */
static uint32_t S_keyword_prefixed_name(const char *t, uint32_t len, const psa_view_lex *lx,
                                        uint32_t i) {
  static const char *const prefixes[] = {"class", "enum", "param", NULL};
  if (i > 0 && (S_ident(t[i - 1]) || strchr("-$.:@`\\/", t[i - 1]))) return 0;
  for (const char *const *w = prefixes; *w; w++) {
    uint32_t n = (uint32_t)strlen(*w);
    if (i + n >= len) continue;
    bool same = true;
    for (uint32_t k = 0; k < n && same; k++) {
      char c = t[i + k];
      if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
      same = c == (*w)[k];
    }
    /* the word goes on: 'class Foo {', 'param(' are the statements */
    if (!same || !(S_ident(t[i + n]) || t[i + n] == '-' || t[i + n] == '.')) continue;
    /* first on its line (not continued from the line before), or after
     * '{', ';', '(' or '=' */
    uint32_t b = i;
    while (b > 0 && S_blank(t[b - 1])) b--;
    if (b > 0 && !S_eol(t[b - 1]) && !strchr("{;(=", t[b - 1])) return 0;
    if (b > 0 && S_eol(t[b - 1])) {
      uint32_t e = b - 1;
      while (e > 0 && (S_eol(t[e - 1]) || S_blank(t[e - 1]))) e--;
      if (e > 0 && t[e - 1] == '`' && lx->cls[e - 1] == PSA_VIEW_CODE) return 0;
    }
    return n;
  }
  return 0;
}

uint32_t psa_view_regions(const char *t, uint32_t len, const psa_view_lex *lx,
                          const psa_span *errors, uint32_t error_count, char *view) {
  if (!error_count || !len) return 0;
  /* the lines of the error regions */
  uint8_t *allow = psa_xcalloc(len, 1);
  for (uint32_t e = 0; e < error_count; e++) {
    uint32_t s = errors[e].start, x = errors[e].end;
    if (s > len) s = len;
    if (x > len) x = len;
    /* the region's lines and the three before: tree-sitter's error often
     * starts after the construct that caused it ($Identity. then '}') */
    for (int back = 0; back < 4 && s > 0; back++) {
      if (back) s--; /* onto the previous line's break */
      while (s > 0 && !S_eol(t[s - 1])) s--;
    }
    while (x < len && !S_eol(t[x])) x++;
    memset(allow + s, 1, x - s);
  }
  const uint8_t *cls = lx->cls;
  uint32_t changed = 0, scap = 64, sn = 0;
  S_bracket *stack = psa_xmalloc(scap * sizeof(*stack));
  for (uint32_t i = 0; i < len; i++) {
    if (cls[i] != PSA_VIEW_CODE) continue;
    char c = t[i];
    if (c == '(' || c == '[' || c == '{') {
      if (sn == scap) stack = psa_xrealloc(stack, (scap *= 2) * sizeof(*stack));
      stack[sn++] = c == '(' ? B_PAREN : c == '[' ? B_BRACKET
                                    : (i > 0 && t[i - 1] == '@') ? B_HASH : B_BLOCK;
    } else if ((c == ')' || c == ']' || c == '}') && sn) {
      sn--;
    }
    if (!allow[i]) continue;
    if (c == '\t') {
      /* a tab between arguments: white space to PowerShell, not to the
       * grammar */
      view[i] = ' ';
      changed++;
      continue;
    }
    if (c == '`' && i + 1 < len && S_eol(t[i + 1]) && i > 0 && cls[i - 1] == PSA_VIEW_CODE &&
        (S_ident(t[i - 1]) || t[i - 1] == '-')) {
      /* a continuation right after a word (-All`<newline>): the grammar
       * reads the backtick as part of a parameter or command name; the
       * lines are shown joined, as PowerShell reads them */
      uint32_t e = i + 1 + ((t[i + 1] == '\r' && i + 2 < len && t[i + 2] == '\n') ? 1 : 0);
      for (uint32_t k = i; k <= e; k++) view[k] = ' ';
      changed += e - i + 1;
      i = e;
      continue;
    }
    if (c == '`' && i + 1 < len && !S_eol(t[i + 1]) && (unsigned char)t[i + 1] < 0x80) {
      /* a backtick escape outside strings: `n in a bare word, or an escaped
       * blank joining two halves of one argument */
      char n = t[i + 1];
      if (S_blank(n)) {
        uint32_t m = i + 1;
        while (m < len && S_blank(t[m])) m++;
        if (m >= len || S_eol(t[m]) || t[m] == '#') {
          /* a continuation with a blank after it: inside a method call's
           * parentheses, or after a comma or a pipe, a line break needs no
           * backtick */
          uint32_t b = i;
          while (b > 0 && S_blank(t[b - 1])) b--;
          if ((sn && stack[sn - 1] == B_PAREN) || (b > 0 && (t[b - 1] == ',' || t[b - 1] == '|'))) {
            view[i] = ' ';
            changed++;
          }
          i++;
          continue;
        }
      }
      /* inside a bare word the escape joins it ('__'); elsewhere it is
       * read as blanks (an escaped blank between arguments) */
      bool in_word = i > 0 && cls[i - 1] == PSA_VIEW_CODE && !S_blank(t[i - 1]) &&
                     !S_eol(t[i - 1]) && !strchr(",;(|=", t[i - 1]);
      char fill = in_word || !S_blank(n) ? '_' : ' ';
      if (i > 0 && cls[i - 1] == PSA_VIEW_STRING) fill = ' ';
      view[i] = fill;
      view[i + 1] = fill;
      changed += 2;
      i++;
      continue;
    }
    if (c == '$' && i + 1 < len && S_var_glued(t, len, lx, i)) {
      /* $first$last, one bare word to PowerShell: the grammar reads a
       * bare word that starts with text, so the first '$' is shown as '_'
       * ('_first$last'); the model reads '$first' from the text */
      view[i] = '_';
      changed++;
      while (i + 1 < len && S_ident(t[i + 1])) i++;
      continue;
    }
    if (c == '$' && i + 1 < len && S_ident(t[i + 1])) {
      /* $EndDate... or $Identity. ending a bare argument: the dots are text
       * after the variable; $a..$b (a range) is left alone */
      uint32_t j = i + 1;
      while (j < len && S_ident(t[j])) j++;
      uint32_t d = j;
      while (d < len && t[d] == '.') d++;
      if (d - j >= 1 && (d >= len || S_blank(t[d]) || S_eol(t[d])) && S_in_command(t, lx, i)) {
        for (uint32_t k = j; k < d; k++) view[k] = '_';
        changed += d - j;
      }
      i = d - 1;
      continue;
    }
    if (c == ')' && i + 2 < len && ((t[i + 1] == '.' && S_letter(t[i + 2])) || t[i + 1] == '[') &&
        S_in_command(t, lx, i + 1)) {
      /* a member after a call or a parenthesised argument in a command's
       * arguments (Get-Date($d).AddDays(1), -Body $x.Read().Result): the
       * grammar has no such argument, so the parser sees the argument
       * without the member; the rest of the command stays readable */
      uint32_t j = i + 1;
      for (;;) {
        if (j + 1 < len && t[j] == '.' && S_letter(t[j + 1])) {
          j++;
          while (j < len && S_ident(t[j])) j++;
        } else if (j < len && (t[j] == '(' || t[j] == '[') && cls[j] == PSA_VIEW_CODE) {
          char open = t[j], close = open == '(' ? ')' : ']';
          int d = 0;
          uint32_t k = j;
          for (; k < len && !S_eol(t[k]); k++) {
            if (cls[k] != PSA_VIEW_CODE) continue;
            if (t[k] == open) d++;
            else if (t[k] == close && --d == 0) break;
          }
          if (k >= len || S_eol(t[k])) break;
          j = k + 1;
        } else {
          break;
        }
      }
      for (uint32_t k = i + 1; k < j; k++) view[k] = ' ';
      changed += j - i - 1;
      /* the brackets blanked here were never pushed */
      i = j - 1;
      continue;
    }
    if ((c == 'b' || c == 'B' || c == 'c' || c == 'C') &&
        (S_word_ci(t, len, i, "break") || S_word_ci(t, len, i, "continue"))) {
      /* 'break outer': the grammar has no label here; the label does not
       * matter to psauth */
      int prev = S_prev_code(t, lx, i);
      uint32_t j = i;
      while (j < len && S_letter(t[j])) j++;
      uint32_t k = j;
      while (k < len && S_blank(t[k])) k++;
      if (k > j && k < len && (S_letter(t[k]) || t[k] == '_') && cls[k] == PSA_VIEW_CODE &&
          (prev == -1 || prev == '{' || prev == ';' || prev == '}' || S_eol(t[i - 1]) ||
           S_blank(t[i - 1]))) {
        /* only at a statement's start: the byte before is a line break or
         * a statement separator */
        uint32_t b = i;
        while (b > 0 && S_blank(t[b - 1])) b--;
        if (b == 0 || S_eol(t[b - 1]) || t[b - 1] == '{' || t[b - 1] == ';' || t[b - 1] == '}') {
          uint32_t e = k;
          while (e < len && S_ident(t[e])) e++;
          for (uint32_t m = k; m < e; m++) view[m] = ' ';
          changed += e - k;
          i = e - 1;
          continue;
        }
      }
    }
    if (c == '-' && i > 0 && i + 1 < len && S_blank(t[i - 1]) && (S_blank(t[i + 1]) || S_eol(t[i + 1])) &&
        (sn == 0 || stack[sn - 1] == B_BLOCK) && S_in_command(t, lx, i)) {
      /* a lone '-' among a command's arguments (Write-Host $UPN - Error):
       * a bare word to PowerShell */
      view[i] = '_';
      changed++;
      continue;
    }
    if (c == '[' && i > 0 && S_blank(t[i - 1]) && sn > 0 && (sn == 1 || stack[sn - 2] == B_BLOCK) &&
        S_bracket_word(t, len, i) && S_in_command(t, lx, i)) {
      /* [Y]Yes in a command's arguments: a bare word to PowerShell, a type
       * literal to the grammar; shown as _Y_Yes (this '[' was pushed) */
      uint32_t k = i + 1;
      while (S_ident(t[k])) k++;
      view[i] = '_';
      view[k] = '_';
      changed += 2;
      continue;
    }
    if ((c == 'f' || c == 'F') && S_word_ci(t, len, i, "foreach")) {
      uint32_t n = S_throttle_limit(t, len, i + 7);
      if (n) {
        /* foreach -Parallel -ThrottleLimit 100 (...) in a workflow: the
         * limit blanked, 'foreach -Parallel (...)' the grammar reads */
        uint32_t e = n;
        while (e < len && !S_blank(t[e])) e++; /* -ThrottleLimit */
        while (e < len && S_blank(t[e])) e++;
        while (e < len && (S_ident(t[e]) || t[e] == '$')) e++; /* its value */
        memset(view + n, ' ', e - n);
        changed += e - n;
        i = e - 1;
        continue;
      }
    }
    if (strchr("cCeEpP", c) && S_keyword_prefixed_name(t, len, lx, i)) {
      /* 'enumerate-aadgroup' shown as '_numerate-aadgroup': a command name
       * the grammar reads; the model takes the name from the text */
      view[i] = '_';
      changed++;
      while (i + 1 < len && (S_ident(t[i + 1]) || t[i + 1] == '-' || t[i + 1] == '.')) i++;
      continue;
    }
    if ((c == 's' || c == 'S') && S_word_ci(t, len, i, "switch")) {
      /* one-line switch: clauses need a line break between them */
      uint32_t j = i + 6;
      int depth = 0;
      while (j < len) {
        if (cls[j] != PSA_VIEW_CODE) {
          j++;
          continue;
        }
        if (t[j] == '(') depth++;
        else if (t[j] == ')') depth--;
        else if (t[j] == '{' && depth == 0) break;
        j++;
      }
      if (j >= len) continue;
      int d = 1;
      for (uint32_t k = j + 1; k < len && d > 0; k++) {
        if (cls[k] != PSA_VIEW_CODE) continue;
        if (t[k] == '{') d++;
        else if (t[k] == '}') {
          d--;
          if (d == 1 && k + 1 < len && S_blank(t[k + 1]) && allow[k + 1]) {
            uint32_t n = k + 1;
            while (n < len && S_blank(t[n])) n++;
            if (n < len && !strchr("});#\r\n", t[n])) {
              view[k + 1] = '\n';
              changed++;
            }
          }
        }
      }
      continue;
    }
    if (c == ',' && (sn == 0 || stack[sn - 1] == B_BLOCK)) {
      /* a comma list ending in a bare word in a command's arguments
       * (Select-Object @{...}, Name): read as separate arguments */
      uint32_t n = i + 1;
      while (n < len && S_blank(t[n])) n++;
      uint32_t eol = 0;
      if (n < len && (t[n] == '`' || S_eol(t[n]))) eol = S_comma_continued(t, len, lx, i, &n);
      /* or a string glued to a variable: $m.Name,"["$m.Upn"]"; or any item
       * after a method call or a glued argument ($m.ToString('N0'),"MB",
       * "`n"$c.Name,"for") */
      bool glued = !eol && (S_glued_string(t, len, lx, n) || S_item_after_call(t, lx, i, n));
      if (!glued && (n >= len || !(S_letter(t[n]) || t[n] == '*') || cls[n] != PSA_VIEW_CODE))
        continue;
      uint32_t p = i;
      while (p > 0 && S_blank(t[p - 1])) p--;
      if (p == 0) continue;
      char pc = t[p - 1];
      if (!(pc == '}' || pc == ')' || S_ident(pc) || cls[p - 1] == PSA_VIEW_STRING)) continue;
      if (S_ident(pc) && cls[p - 1] == PSA_VIEW_CODE) {
        /* after a variable ($role,Name); a list of bare words
         * (-To a@x.com, b@x.com) the grammar reads as one argument, as
         * PowerShell does */
        uint32_t w = p - 1;
        while (w > 0 && (S_ident(t[w - 1]) || strchr(".@-:", t[w - 1]))) w--;
        if (!(w > 0 && t[w - 1] == '$')) continue;
      }
      if (!S_in_command(t, lx, i)) continue;
      view[i] = ' ';
      changed++;
      if (eol) {
        /* the list goes on on the next line: the two arguments stay in one
         * command through a continuation backtick right before the line
         * break (the comma itself when nothing lies between) */
        for (uint32_t k = i + 1; k < eol; k++)
          if (t[k] == '`') view[k] = ' ';
        view[eol - 1] = '`';
        for (uint32_t k = i + 1; k < eol; k++) changed += view[k] != t[k];
        i = eol - 1; /* the blanks up to the line break are done */
      }
    }
  }
  free(stack);
  free(allow);
  return changed;
}

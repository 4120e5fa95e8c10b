/* The script's own documentation next to a rewrite: when a scheduled
 * -UserName/-Password branch becomes a certificate branch, the usage lines
 * in its comments that run the script with the removed parameters, the
 * example titles that only described them, and sentences about passing
 * credentials as parameters are rewritten with the rest of the fix; help
 * text that still tells the admin how to make a password the rewritten
 * script no longer reads is named in the plan (prose psauth does not
 * rewrite). Comments are found in the text: a line starting with '#', or
 * the lines of a <# ... #> block that opens at the start of a line. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "rules/context.h"
#include "rules/plan.h"
#include "rules/rules.h"

typedef struct {
  uint32_t start, end; /* the line's comment text: after '#' or the line in a block, up to '#>' */
  uint32_t line_start, line_end; /* the whole line, without its line break */
  /* prose wrapped over lines: the line before ends a sentence (or is blank
   * or code), and the line after does not go on with a lower-case word */
  bool opens, closes;
} S_line;

/* Calls 'each' for every comment line of the text before 'limit'. */
typedef bool (*S_each_fn)(void *payload, const char *t, const S_line *l);

/* Whether the comment text [s, e) ends a sentence (or is blank). */
static bool S_text_ends(const char *t, uint32_t s, uint32_t e) {
  while (e > s && (t[e - 1] == ' ' || t[e - 1] == '\t')) e--;
  return e == s || strchr(".:!?", t[e - 1]);
}

/* Whether the physical line starting at 'ls' is more comment text that
 * goes on with a lower-case word: a line of the open block ('block'), or
 * a '#' line after a '#' line. */
static bool S_line_continues(const char *t, uint32_t n, uint32_t ls, bool block) {
  while (ls < n && (t[ls] == ' ' || t[ls] == '\t')) ls++;
  if (!block) {
    if (ls >= n || t[ls] != '#') return false;
    ls++;
  }
  while (ls < n && (t[ls] == ' ' || t[ls] == '\t')) ls++;
  return ls < n && islower((unsigned char)t[ls]);
}

static void S_comment_lines(const char *t, uint32_t n, uint32_t limit, S_each_fn each,
                            void *payload) {
  bool block = false, prev_ends = true;
  for (uint32_t ls = 0; ls < n && ls < limit;) {
    uint32_t le = ls;
    while (le < n && t[le] != '\n') le++;
    uint32_t next = le < n ? le + 1 : n;
    if (le > ls && t[le - 1] == '\r') le--;
    uint32_t k = ls;
    while (k < le && (t[k] == ' ' || t[k] == '\t')) k++;
    S_line l = {0, 0, ls, le, false, false};
    bool comment = false;
    if (!block && k + 1 < le && t[k] == '<' && t[k + 1] == '#') {
      block = true;
      k += 2;
    }
    if (block) {
      const char *close = NULL;
      for (uint32_t q = k; q + 1 < le && !close; q++)
        if (t[q] == '#' && t[q + 1] == '>') close = t + q;
      l.start = k;
      l.end = close ? (uint32_t)(close - t) : le;
      comment = true;
      if (close) block = false;
    } else if (k < le && t[k] == '#') {
      l.start = k + 1;
      l.end = le;
      comment = !psa_has_prefix_ci(t + k, le - k, "#requires");
    }
    if (comment) {
      uint32_t k2 = l.start;
      while (k2 < l.end && (t[k2] == ' ' || t[k2] == '\t')) k2++;
      bool enumerated = k2 < l.end && (isdigit((unsigned char)t[k2]) || t[k2] == '-' || t[k2] == '*');
      l.opens = prev_ends || enumerated;
      l.closes = !S_line_continues(t, n, next, block);
      prev_ends = S_text_ends(t, l.start, l.end);
    } else {
      prev_ends = true;
    }
    if (comment && l.end > l.start && !each(payload, t, &l)) return;
    ls = next;
  }
}

static bool S_word_at(const char *t, uint32_t end, uint32_t at, const char *w) {
  size_t k = strlen(w);
  if (at + k > end || psa_strncasecmp(t + at, w, k)) return false;
  return at + k == end || !(isalnum((unsigned char)t[at + k]) || t[at + k] == '_');
}

/* ---- usage lines of the converted scheduled mode ----------------------- */

typedef struct {
  psa_rule_ctx *ctx;
  psa_fix *fx;
  const char *script; /* the file's own name ("Get-Report.ps1") */
  const char *user, *password; /* the removed parameters' names */
  uint32_t prev_start, prev_end; /* the comment line before (its text), or 0,0 */
  bool prev_usage, prev_opens;
  bool drop; /* the parameters are gone, not made certificate ones: cut them */
} S_usage;

static bool S_edited(const psa_fix *fx, uint32_t s, uint32_t e) {
  for (uint32_t i = 0; i < fx->edit_count; i++)
    if (fx->edits[i].range.start < e && fx->edits[i].range.end > s) return true;
  return false;
}

/* The end of the value after a -Name token at 'at' (or 'at' itself when
 * none follows: a switch or the end of the line); *quote is its quote. */
static uint32_t S_value_end(const char *t, uint32_t at, uint32_t end, char *quote) {
  uint32_t v = at;
  if (v < end && t[v] == ':') v++;
  else
    while (v < end && (t[v] == ' ' || t[v] == '\t')) v++;
  if (v >= end || t[v] == '-') return at;
  if (t[v] == '"' || t[v] == '\'') {
    char q = t[v];
    uint32_t c = v + 1;
    while (c < end && t[c] != q) c++;
    if (c >= end) return at;
    *quote = q;
    return c + 1;
  }
  while (v < end && t[v] != ' ' && t[v] != '\t') v++;
  return v;
}

/* Rewrites one usage line: the script run with -UserName/-Password. */
static bool S_usage_line(psa_rule_ctx *ctx, psa_fix *fx, const char *t, const S_line *l,
                         const char *script, const char *user, const char *password, bool drop) {
  const char *name = psa_find_ci(t + l->start, l->end - l->start, script);
  if (!name) return false;
  uint32_t at = (uint32_t)(name - t);
  if (at > l->start && !strchr(" \t\\/.'\"", t[at - 1])) return false;
  uint32_t p = at + (uint32_t)strlen(script);
  /* the whole name: not "Connect-Tenant" in "Connect-TenantAdmin" */
  if (p < l->end && (isalnum((unsigned char)t[p]) || t[p] == '-' || t[p] == '_')) return false;
  struct {
    uint32_t s, e;
  } cut[2];
  int ncut = 0;
  char quote = 0;
  bool bracket = false;
  while (p < l->end && ncut < 2) {
    while (p < l->end && (t[p] == ' ' || t[p] == '\t')) p++;
    if (p >= l->end) break;
    if (t[p] == '[' && p + 1 < l->end && t[p + 1] == '-') {
      /* an optional group of the usage syntax: [-UserName admin@x] */
      uint32_t c = p + 1;
      while (c < l->end && t[c] != ']') c++;
      if (c >= l->end) break;
      if (S_word_at(t, c, p + 2, user) || S_word_at(t, c, p + 2, password)) {
        cut[ncut].s = p;
        cut[ncut].e = c + 1;
        ncut++;
        bracket = true;
      }
      p = c + 1;
      continue;
    }
    if (t[p] == '-') {
      const char *which = S_word_at(t, l->end, p + 1, user)       ? user
                          : S_word_at(t, l->end, p + 1, password) ? password
                                                                  : NULL;
      uint32_t ne = p + 1;
      while (ne < l->end && (isalnum((unsigned char)t[ne]) || t[ne] == '_')) ne++;
      uint32_t ve = S_value_end(t, ne, l->end, &quote);
      if (which) {
        cut[ncut].s = p;
        cut[ncut].e = ve;
        ncut++;
      }
      p = ve > ne ? ve : ne;
      continue;
    }
    /* another argument: a quoted or bare word */
    if (t[p] == '"' || t[p] == '\'') {
      char q = t[p++];
      while (p < l->end && t[p] != q) p++;
      if (p < l->end) p++;
    } else {
      while (p < l->end && t[p] != ' ' && t[p] != '\t') p++;
    }
  }
  if (!ncut || S_edited(fx, l->start, l->end)) return false;
  if (drop) {
    for (int i = 0; i < ncut; i++) {
      uint32_t s = cut[i].s;
      while (s > l->start && (t[s - 1] == ' ' || t[s - 1] == '\t')) s--;
      psa_fix_add_edit(ctx, fx, (psa_span){s, cut[i].e}, "");
    }
    return true;
  }
  char qc = quote ? quote : '"';
  psa_fix_add_edit(ctx, fx, (psa_span){cut[0].s, cut[0].e},
                   bracket ? "[-Organization <tenant>.onmicrosoft.com -ClientId <app-id> "
                             "-CertificateThumbprint <certificate-thumbprint>]" :
                   psa_ctx_printf(ctx,
                                  "-Organization %c<tenant>.onmicrosoft.com%c -ClientId "
                                  "%c<app-id>%c -CertificateThumbprint "
                                  "%c<certificate-thumbprint>%c",
                                  qc, qc, qc, qc, qc, qc));
  if (ncut == 2) {
    uint32_t s = cut[1].s;
    while (s > cut[0].e && (t[s - 1] == ' ' || t[s - 1] == '\t')) s--;
    psa_fix_add_edit(ctx, fx, (psa_span){s, cut[1].e}, "");
  }
  return true;
}

/* The title of an example whose usage line was rewritten, when it only
 * described the password sign-in ("2. Run script using non-MFA
 * credentials:"). */
static void S_usage_title(psa_rule_ctx *ctx, psa_fix *fx, const char *t, uint32_t s, uint32_t e) {
  static const char *const words[] = {"credential", "password", "non-mfa", "user name",
                                      "username", NULL};
  bool about = false;
  for (int w = 0; words[w] && !about; w++) about = psa_find_ci(t + s, e - s, words[w]) != NULL;
  if (!about || psa_find_ci(t + s, e - s, ".ps1") || S_edited(fx, s, e)) return;
  /* keep the enumerator ("2.", "-", "Example 2:") and a closing colon */
  uint32_t k = s;
  while (k < e && (t[k] == ' ' || t[k] == '\t')) k++;
  while (k < e && isdigit((unsigned char)t[k])) k++;
  if (k < e && (t[k] == '.' || t[k] == ')') && k > s && isdigit((unsigned char)t[k - 1])) k++;
  if (k < e && (t[k] == '-' || t[k] == '*') && (k + 1 == e || t[k + 1] == ' ')) k++;
  while (k < e && (t[k] == ' ' || t[k] == '\t')) k++;
  uint32_t te = e;
  while (te > k && (t[te - 1] == ' ' || t[te - 1] == '\t')) te--;
  bool colon = te > k && t[te - 1] == ':';
  if (colon) te--;
  if (te <= k) return;
  psa_fix_add_edit(ctx, fx, (psa_span){k, te},
                   "Run script unattended with app-only certificate authentication");
}

static bool S_each_usage(void *payload, const char *t, const S_line *l) {
  S_usage *u = payload;
  bool blank = true;
  for (uint32_t k = l->start; k < l->end && blank; k++) blank = t[k] == ' ' || t[k] == '\t';
  if (blank) return true; /* an empty comment line keeps the example's title in view */
  bool usage = S_usage_line(u->ctx, u->fx, t, l, u->script, u->user, u->password, u->drop);
  if (usage && !u->drop && u->prev_end > u->prev_start && !u->prev_usage && u->prev_opens)
    S_usage_title(u->ctx, u->fx, t, u->prev_start, u->prev_end);
  u->prev_start = l->start;
  u->prev_end = l->end;
  u->prev_usage = usage;
  u->prev_opens = l->opens;
  return true;
}

/* A sentence of a comment about passing the credential as parameters
 * ("Credentials can be passed as a parameter", "Passing credential as
 * parameter"): the parameters are the certificate's now. */
static bool S_each_sentence(void *payload, const char *t, const S_line *l) {
  S_usage *u = payload;
  uint32_t s = l->start;
  while (s < l->end) {
    uint32_t e = s;
    while (e < l->end && !(t[e] == '.' && (e + 1 == l->end || t[e + 1] == ' '))) e++;
    uint32_t ws = s;
    while (ws < e && (t[ws] == ' ' || t[ws] == '\t')) ws++;
    /* a leading enumerator ("8.") is not a sentence of its own */
    bool number = ws < e;
    for (uint32_t k = ws; k < e && number; k++) number = isdigit((unsigned char)t[k]);
    /* only a sentence that starts and ends on this line */
    bool whole = (s != l->start || l->opens) && (e < l->end || l->closes);
    if (!number && whole && psa_find_ci(t + ws, e - ws, "credential") &&
        psa_find_ci(t + ws, e - ws, "parameter") && !psa_find_ci(t + ws, e - ws, ".ps1") &&
        !S_edited(u->fx, ws, e))
      psa_fix_add_edit(u->ctx, u->fx, (psa_span){ws, e},
                       "For scheduled runs, pass an Entra ID app's certificate instead: "
                       "-Organization, -ClientId and -CertificateThumbprint");
    s = e < l->end ? e + 1 : e;
  }
  return true;
}

/* ---- .PARAMETER help of the renamed parameters ------------------------ */

/* The help blocks of the user name and password parameters a certificate
 * branch takes over: ".PARAMETER UserName" and its description become the
 * help of -Organization, -ClientId and -CertificateThumbprint, and
 * ".PARAMETER Password" goes (with the blank line after it). A block runs
 * from its keyword line to the line before a blank line or the next
 * keyword; a block that shares a line with "<#" or "#>" is left alone. */
typedef struct {
  psa_rule_ctx *ctx;
  psa_fix *fx;
  const char *user, *password;
  int which;            /* 0 none, 1 the user name's block, 2 the password's */
  bool spoiled;         /* the block shares a line with a delimiter or an edit */
  uint32_t start;       /* the keyword line's start */
  uint32_t keyword_at;  /* the '.' of .PARAMETER */
  uint32_t desc_at;     /* the first description line's first word (0: none yet) */
  uint32_t desc_line;   /* ... and that line's start */
  uint32_t end;         /* the last line's end, without its line break */
} S_param_rename;

static void S_rename_flush(S_param_rename *r) {
  if (!r->which || r->spoiled) {
    r->which = 0;
    return;
  }
  const char *t = r->ctx->src->text;
  uint32_t n = r->ctx->src->text_len;
  if (r->which == 1) {
    int kp = (int)(r->keyword_at - r->start);
    const char *kpre = t + r->start;
    int dp = r->desc_at ? (int)(r->desc_at - r->desc_line) : kp;
    const char *dpre = r->desc_at ? t + r->desc_line : kpre;
    int bp = kp; /* a blank comment line: the keyword line's prefix without trailing blanks */
    while (bp > 0 && (kpre[bp - 1] == ' ' || kpre[bp - 1] == '\t')) bp--;
    psa_fix_add_edit(
        r->ctx, r->fx, (psa_span){r->start, r->end},
        psa_ctx_printf(r->ctx,
                       "%.*s.PARAMETER Organization\n"
                       "%.*sThe organization's initial domain (<tenant>.onmicrosoft.com), for "
                       "unattended runs with the app's certificate.\n%.*s\n"
                       "%.*s.PARAMETER ClientId\n"
                       "%.*sThe application (client) ID of the Entra ID app registration the "
                       "script signs in as when it runs unattended.\n%.*s\n"
                       "%.*s.PARAMETER CertificateThumbprint\n"
                       "%.*sThe thumbprint of that app's certificate, in the certificate store "
                       "of the account that runs the script.",
                       kp, kpre, dp, dpre, bp, kpre, kp, kpre, dp, dpre, bp, kpre, kp, kpre, dp,
                       dpre));
  } else {
    /* the lines with their line breaks, and one blank line after them */
    uint32_t e = r->end;
    while (e < n && t[e] != '\n') e++;
    if (e < n) e++;
    uint32_t k = e;
    while (k < n && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) k++;
    if (k < n && t[k] == '\n') e = k + 1;
    psa_fix_add_edit(r->ctx, r->fx, (psa_span){r->start, e}, "");
  }
  r->which = 0;
}

static bool S_each_param_rename(void *payload, const char *t, const S_line *l) {
  S_param_rename *r = payload;
  uint32_t n = r->ctx->src->text_len;
  uint32_t k = l->start;
  while (k < l->end && (t[k] == ' ' || t[k] == '\t')) k++;
  /* a blank line was skipped since the block's last line: the block ended */
  if (r->which) {
    uint32_t next = r->end;
    while (next < n && t[next] != '\n') next++;
    if (next < n) next++;
    if (l->line_start != next) S_rename_flush(r);
  }
  bool keyword = psa_has_prefix_ci(t + k, l->end - k, ".PARAMETER ");
  if (r->which && (keyword || (k < l->end && t[k] == '.'))) S_rename_flush(r);
  bool delimiter = psa_find_ci(t + l->line_start, l->line_end - l->line_start, "<#") ||
                   psa_find_ci(t + l->line_start, l->line_end - l->line_start, "#>");
  if (keyword) {
    uint32_t w = k + 11;
    while (w < l->end && (t[w] == ' ' || t[w] == '\t')) w++;
    int which = 0;
    if (S_word_at(t, l->end, w, r->user)) which = 1;
    else if (S_word_at(t, l->end, w, r->password)) which = 2;
    if (which) {
      uint32_t e = w + (uint32_t)strlen(which == 1 ? r->user : r->password);
      while (e < l->end && (t[e] == ' ' || t[e] == '\t')) e++;
      if (e != l->end) which = 0;
    }
    if (which) {
      r->which = which;
      r->spoiled = delimiter || S_edited(r->fx, l->line_start, l->line_end);
      r->start = l->line_start;
      r->keyword_at = k;
      r->desc_at = 0;
      r->desc_line = 0;
      r->end = l->line_end;
    }
    return true;
  }
  if (!r->which) return true;
  if (delimiter || S_edited(r->fx, l->line_start, l->line_end)) r->spoiled = true;
  if (!r->desc_at && k < l->end) {
    r->desc_at = k;
    r->desc_line = l->line_start;
  }
  r->end = l->line_end;
  return true;
}

/* The script's file name, as usage lines run it ("x.ps1"), or NULL for a
 * module or a text without a path. */
static const char *S_script_name(const psa_rule_ctx *ctx) {
  const char *path = ctx->src->path;
  if (!path) return NULL;
  const char *base = path;
  for (const char *c = path; *c; c++)
    if (*c == '/' || *c == '\\') base = c + 1;
  size_t bl = strlen(base);
  return bl < 5 || psa_strcasecmp(base + bl - 4, ".ps1") ? NULL : base;
}

void psa_fix_cert_branch_docs(psa_rule_ctx *ctx, psa_fix *fx, const psa_conn_plan *p) {
  const char *base = S_script_name(ctx);
  if (!base || !p->user_param || !p->password_param) return;
  S_usage u = {ctx, fx, base, p->user_param->name, p->password_param->name, 0, 0, false, false, false};
  const char *t = ctx->src->text;
  S_comment_lines(t, ctx->src->text_len, ctx->src->text_len, S_each_usage, &u);
  S_comment_lines(t, ctx->src->text_len, ctx->src->text_len, S_each_sentence, &u);
  S_param_rename r = {ctx, fx, p->user_param->name, p->password_param->name, 0, false, 0, 0, 0, 0, 0};
  S_comment_lines(t, ctx->src->text_len, ctx->src->text_len, S_each_param_rename, &r);
  S_rename_flush(&r);
}

void psa_fix_drop_param_usage(psa_rule_ctx *ctx, psa_fix *fx, const char *first, const char *second) {
  const char *base = S_script_name(ctx);
  if (!base || !first) return;
  S_usage u = {ctx, fx, base, first, second ? second : first, 0, 0, false, false, true};
  S_comment_lines(ctx->src->text, ctx->src->text_len, ctx->src->text_len, S_each_usage, &u);
}

/* ---- help of removed parameters ----------------------------------------- */

typedef struct {
  psa_rule_ctx *ctx;
  psa_fix *fx;
  const char *first, *second;
  bool in_block; /* inside the .PARAMETER block of a removed parameter */
  uint32_t from; /* lines that start before this are not the help's */
} S_param_help;

/* The removed parameter 'l' describes: ".PARAMETER Name" (*keyword) or a
 * line that starts with the name and a separator ("Name - Mandatory - ...",
 * "Name: ..."); NULL when none. */
static const char *S_help_of(const S_param_help *h, const char *t, const S_line *l, bool *keyword) {
  uint32_t k = l->start;
  while (k < l->end && (t[k] == ' ' || t[k] == '\t')) k++;
  *keyword = psa_has_prefix_ci(t + k, l->end - k, ".PARAMETER ");
  if (*keyword) {
    k += 11;
    while (k < l->end && (t[k] == ' ' || t[k] == '\t')) k++;
  } else if (k < l->end && t[k] == '-') {
    k++; /* "-Name: ..." */
  }
  const char *names[2] = {h->first, h->second};
  for (int i = 0; i < 2; i++) {
    if (!names[i] || !S_word_at(t, l->end, k, names[i])) continue;
    uint32_t e = k + (uint32_t)strlen(names[i]);
    while (e < l->end && (t[e] == ' ' || t[e] == '\t')) e++;
    if (*keyword ? e == l->end : (e < l->end && strchr("-:=", t[e]))) return names[i];
  }
  return NULL;
}

static bool S_each_param_help(void *payload, const char *t, const S_line *l) {
  S_param_help *h = payload;
  if (l->line_start < h->from) return true;
  bool keyword;
  const char *name = S_help_of(h, t, l, &keyword);
  uint32_t k = l->start;
  while (k < l->end && (t[k] == ' ' || t[k] == '\t')) k++;
  if (h->in_block && (k == l->end || t[k] == '.')) h->in_block = false;
  if (!name && !h->in_block) return true;
  if (name && keyword) h->in_block = true;
  /* the whole line, with its line break; not a line that opens or closes
   * a <# #> block (the block would lose its delimiter) */
  uint32_t ls = l->line_start, le = l->line_end, n = h->ctx->src->text_len;
  if (S_edited(h->fx, ls, le) || psa_find_ci(t + ls, le - ls, "<#") || psa_find_ci(t + ls, le - ls, "#>"))
    return true;
  while (le < n && t[le] != '\n') le++;
  if (le < n) le++;
  psa_fix_add_edit(h->ctx, h->fx, (psa_span){ls, le}, "");
  return true;
}

void psa_fix_drop_param_help(psa_rule_ctx *ctx, psa_fix *fx, const char *first, const char *second,
                             uint32_t limit) {
  if (!first) return;
  S_param_help h = {ctx, fx, first, second, false, 0};
  S_comment_lines(ctx->src->text, ctx->src->text_len, limit, S_each_param_help, &h);
}

/* Where the comment-based help written right above a function starts (a
 * '#' run or a <# #> block ending at most one blank line above the line of
 * 'at'); the line of 'at' itself when there is none. */
static uint32_t S_help_above(const char *t, uint32_t at) {
  uint32_t ls = at;
  while (ls > 0 && t[ls - 1] != '\n') ls--;
  uint32_t start = ls, p = ls;
  int blanks = 0;
  bool block = false; /* walking up inside a <# #> block */
  while (p > 0) {
    uint32_t pe = p - 1, ps = pe; /* the line above: [ps, pe) */
    while (ps > 0 && t[ps - 1] != '\n') ps--;
    uint32_t k = ps, e = pe;
    while (k < e && (t[k] == ' ' || t[k] == '\t')) k++;
    while (e > k && (t[e - 1] == ' ' || t[e - 1] == '\t' || t[e - 1] == '\r')) e--;
    if (block) {
      if (e - k >= 2 && t[k] == '<' && t[k + 1] == '#') {
        start = ps;
        break;
      }
    } else if (k == e) {
      if (start != ls || ++blanks > 1) break;
    } else if (e - k >= 2 && t[e - 2] == '#' && t[e - 1] == '>') {
      if (start != ls) break;
      if (t[k] == '<' && t[k + 1] == '#') { /* <# one line #> */
        start = ps;
        break;
      }
      block = true;
    } else if (t[k] == '#') {
      start = ps;
    } else {
      break;
    }
    p = ps;
  }
  return block && start == ls ? ls : start;
}

void psa_fix_drop_function_param_help(psa_rule_ctx *ctx, psa_fix *fx, const psa_function *fn,
                                      const char *first, const char *second, uint32_t limit) {
  if (!first || !fn || !fn->name || fn->span.end > ctx->src->text_len) return;
  const char *t = ctx->src->text;
  /* the help above the function or at the top of its body, before the
   * parameters' declarations */
  S_param_help h = {ctx, fx, first, second, false, S_help_above(t, fn->span.start)};
  S_comment_lines(t, ctx->src->text_len, limit, S_each_param_help, &h);
  /* .EXAMPLE lines that call the function with them, wherever the file's
   * comments show one */
  S_usage u = {ctx, fx, fn->name, first, second ? second : first, 0, 0, false, false, true};
  S_comment_lines(t, ctx->src->text_len, ctx->src->text_len, S_each_usage, &u);
  /* and a usage message the script prints ("Write-Output 'Use Connect-X
   * -username <...> -password <password>'"): a string written in the
   * script, one line, read as such a line */
  PSA_FOR_COMMANDS(ctx, c) {
    if (c->in_string || c->arg_count < 1 ||
        !(psa_command_is(c, "Write-Output") || psa_command_is(c, "Write-Host") ||
          psa_command_is(c, "Write-Verbose") || psa_command_is(c, "Write-Warning") ||
          psa_command_is(c, "Write-Information")))
      continue;
    const psa_arg *a = &c->args[0];
    if (a->via == PSA_BIND_NAMED || !a->value || a->value->kind != PSA_V_STRING) continue;
    psa_span sp = a->value->span;
    if (sp.end > ctx->src->text_len || sp.end - sp.start < 2 ||
        !(t[sp.start] == '"' || t[sp.start] == '\'') || t[sp.end - 1] != t[sp.start] ||
        memchr(t + sp.start, '\n', sp.end - sp.start) || memchr(t + sp.start, '$', sp.end - sp.start))
      continue;
    S_line l = {sp.start + 1, sp.end - 1, sp.start + 1, sp.end - 1, false, false};
    S_usage_line(ctx, fx, t, &l, fn->name, first, second ? second : first, true);
  }
}

/* ---- help that still explains a password that is gone ----------------- */

typedef struct {
  const psa_fix *fx;
  uint32_t found_start, found_end;
} S_stale;

static bool S_each_stale(void *payload, const char *t, const S_line *l) {
  S_stale *s = payload;
  static const char *const words[] = {"secure string", "securestring", "password", NULL};
  for (int w = 0; words[w]; w++)
    if (psa_find_ci(t + l->start, l->end - l->start, words[w]) &&
        !S_edited(s->fx, l->line_start, l->line_end)) {
      s->found_start = l->start;
      s->found_end = l->end;
      return false;
    }
  return true;
}

void psa_plan_stale_help(psa_rule_ctx *ctx, const psa_finding *f, const psa_fix *fx) {
  /* only where a stored password went (not a prompt: help that speaks of
   * passwords then is about something else) */
  const psa_rule_state *impl = ctx->impl;
  bool stored = false;
  for (uint32_t i = 0; i < impl->plan_count && !stored; i++) {
    const psa_plan_entry *e = &impl->plan[i];
    stored = e->kind == PSA_PLAN_CONNECTION && e->target && e->rule_id &&
             !strcmp(e->rule_id, f->rule->id) && e->span.start == f->span.start &&
             e->mode == PSA_SIGNIN_UNATTENDED;
  }
  if (!stored) return;
  const psa_rule *rule = f->rule;
  uint32_t limit = ctx->model->first_statement;
  if (!limit || limit > ctx->src->text_len) return;
  S_stale s = {fx, 0, 0};
  const char *t = ctx->src->text;
  S_comment_lines(t, ctx->src->text_len, limit, S_each_stale, &s);
  if (s.found_end <= s.found_start) return;
  uint32_t a = s.found_start, b = s.found_end;
  while (a < b && (t[a] == ' ' || t[a] == '\t')) a++;
  while (b > a && (t[b - 1] == ' ' || t[b - 1] == '\t')) b--;
  psa_plan_refuse(ctx, rule, (psa_span){s.found_start, s.found_end}, "help text",
                  psa_ctx_printf(ctx,
                                 "the script's help still speaks of the password the rewrite "
                                 "no longer reads (\"%.*s%s\"): psauth does not rewrite "
                                 "instructions; replace them by hand with the app "
                                 "registration and certificate the new sign-in uses",
                                 (int)(b - a > 90 ? 90 : b - a), t + a, b - a > 90 ? "..." : ""));
}

bool psa_plan_named_by_others(const psa_rule_ctx *ctx) {
  return ctx->impl && ctx->impl->named_by_others;
}

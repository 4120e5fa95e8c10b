/* Fuzz target: arbitrary bytes through `psauth fix`'s apply engine.
 *
 * load/decode -> scan (tenant values fixed, so unsafe rewrites apply) ->
 * psa_fix_compute with every fix (safe and unsafe) -> the fixed text, then
 * the invariants the fix engine promises (include/psauth/fix.h), each an
 * abort() so the fuzzer keeps the input:
 *
 *  (a) every byte outside the applied edits is unchanged: the result is the
 *      original text with exactly the applied fixes' edits (sorted, shared
 *      identical edits once) put in, and those edits do not overlap;
 *  (b) the result parses with no more error regions than the original
 *      (psa_parse without recovery, as the engine measures), and a rescan
 *      of the written bytes reports no more PSA001 syntax errors;
 *  (c) idempotence: `psauth fix` fixes its own result again until nothing
 *      changes (a fix can make another possible: Connect-EXOPSSession
 *      rewritten to Connect-ExchangeOnline lets PSA114 replace the session
 *      cleanup), at most PSA_FIX_MAX_PASSES times, so a second run applies
 *      nothing. Checked as: the passes converge within that bound. The
 *      exception: once a pass applied an edit at or after the start of a
 *      syntax-error region, convergence is not required. What follows
 *      broken code is tokenized by a guess (recovery restarts statement by
 *      statement and cannot know whether the broken code opened a string),
 *      so an edit there can change how the rest of the file tokenizes and
 *      bring new code, and findings, to light (regressions/fix-error-region-*);
 *  (d) the unified diff (`psauth fix --diff`) of a pass, applied as a patch
 *      to the old text, gives the new text, and its hunk headers count
 *      right.
 *
 * The next pass scans the bytes psa_fix_write would write (psa_fix_encode).
 * When there are none (a Windows-1252 file given a character outside that
 * code page, or one that would read back as UTF-8), psa_fix_write refuses
 * with a message and the file stays as it was, so the passes stop there.
 *
 * Built with -fsanitize=fuzzer (libFuzzer supplies main) and with
 * tests/fuzz/standalone.c (CTest fuzz.fix-smoke). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/fix.h"
#include "psauth/parse.h"
#include "psauth/scan.h"
#include "psauth/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Each pass is a scan, up to n+1 parses for dropped fixes and a diff. */
#define S_MAX_INPUT (64u * 1024u)
#define S_MAX_PASSES PSA_FIX_MAX_PASSES

static void S_fail(const char *what, const char *detail) {
  fprintf(stderr, "fuzz_fix: invariant broken: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  abort();
}

/* ---- (a) only the edits changed ------------------------------------------ */

typedef struct {
  uint32_t start, end;
  const char *replacement;
  const char *rule;
  uint32_t seq; /* note order, then edit order: the engine's tie-break */
} S_edit;

static int S_edit_cmp(const void *a, const void *b) {
  const S_edit *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  if (x->end != y->end) return x->end < y->end ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Whether out[*o..] begins with 'repl', where a '\n' of the replacement may
 * have become "\r\n" (the engine follows a CRLF file's line endings). */
static bool S_match_replacement(const char *out, uint32_t out_len, uint32_t *o, const char *repl) {
  for (const char *r = repl; *r; r++) {
    if (*r == '\n' && *o + 1 < out_len && out[*o] == '\r' && out[*o + 1] == '\n') {
      *o += 2;
      continue;
    }
    if (*o >= out_len || out[*o] != *r) return false;
    (*o)++;
  }
  return true;
}

/* A joint edit counts only when every fix carrying it was applied (the
 * engine's rule for plumbing shared by several rewrites). */
static bool S_joint_applied(const psa_fix_result *fr, const psa_edit *ed) {
  for (uint32_t i = 0; i < fr->note_count; i++) {
    const psa_fix *fx = fr->notes[i].fix;
    for (uint32_t e = 0; e < fx->edit_count; e++) {
      const psa_edit *o = &fx->edits[e];
      if (o->joint && o->range.start == ed->range.start && o->range.end == ed->range.end &&
          !strcmp(o->replacement, ed->replacement) && fr->notes[i].kind != PSA_FIXNOTE_APPLIED)
        return false;
    }
  }
  return true;
}

/* An edit inside text another edit of the same fix deletes is moot: the
 * engine skips it (docs/fixes.md, "One fix's edits inside its own
 * deletion"). Strictly inside for an insert; within, and not the same
 * range, for a replacement. */
static bool S_subsumed(const psa_fix *fx, uint32_t e) {
  psa_span x = fx->edits[e].range;
  for (uint32_t d = 0; d < fx->edit_count; d++) {
    psa_span y = fx->edits[d].range;
    if (d == e || fx->edits[d].replacement[0] || y.start == y.end) continue;
    if (x.start == x.end ? x.start > y.start && x.start < y.end
                         : x.start >= y.start && x.end <= y.end && (x.start > y.start || x.end < y.end))
      return true;
  }
  return false;
}

/* An applied fix's place in the engine's order (S_cand_order in
 * engine/fix.c): its first edit, then its rule id, then its note. */
typedef struct {
  uint32_t start;
  const char *rule;
  uint32_t note;
} S_applied;

static int S_applied_cmp(const void *a, const void *b) {
  const S_applied *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  int c = strcmp(x->rule, y->rule);
  if (c) return c;
  return x->note < y->note ? -1 : x->note > y->note;
}

static void S_check_only_edits(const psa_source *src, const psa_fix_result *fr) {
  uint32_t count = 0;
  for (uint32_t i = 0; i < fr->note_count; i++)
    if (fr->notes[i].kind == PSA_FIXNOTE_APPLIED) count += fr->notes[i].fix->edit_count;
  S_edit *edits = calloc(count ? count : 1, sizeof *edits);
  if (!edits) abort();
  uint32_t n = 0;
  /* the engine applies fixes in the order of their first edit, then rule id,
   * then note (S_cand_order in engine/fix.c): two fixes inserting at one
   * point (a connection moved before a loop, review plan30) keep that order */
  S_applied *order = calloc(fr->note_count ? fr->note_count : 1, sizeof *order);
  if (!order) abort();
  uint32_t applied = 0;
  for (uint32_t i = 0; i < fr->note_count; i++) {
    if (fr->notes[i].kind != PSA_FIXNOTE_APPLIED) continue;
    const psa_fix *fx = fr->notes[i].fix;
    uint32_t start = UINT32_MAX;
    for (uint32_t e = 0; e < fx->edit_count; e++)
      if (fx->edits[e].range.start < start) start = fx->edits[e].range.start;
    order[applied++] = (S_applied){start, fr->notes[i].finding->rule->id, i};
  }
  qsort(order, applied, sizeof *order, S_applied_cmp);
  for (uint32_t oi = 0; oi < applied; oi++) {
    uint32_t i = order[oi].note;
    const psa_fix *fx = fr->notes[i].fix;
    for (uint32_t e = 0; e < fx->edit_count; e++) {
      const psa_edit *ed = &fx->edits[e];
      if (ed->range.start > ed->range.end || ed->range.end > src->text_len)
        S_fail("an applied edit lies outside the text", fr->notes[i].finding->rule->id);
      if (!ed->replacement) S_fail("an applied edit has no replacement", NULL);
      if (ed->joint && !S_joint_applied(fr, ed)) continue;
      if (S_subsumed(fx, e)) continue;
      edits[n] = (S_edit){ed->range.start, ed->range.end, ed->replacement,
                          fr->notes[i].finding->rule->id, n};
      n++;
    }
  }
  free(order);
  qsort(edits, n, sizeof *edits, S_edit_cmp);
  const char *text = src->text;
  const char *out = fr->text ? fr->text : src->text;
  uint32_t out_len = fr->text ? fr->text_len : src->text_len;
  uint32_t pos = 0, o = 0;
  char where[160];
  for (uint32_t i = 0; i < n; i++) {
    const S_edit *e = &edits[i];
    if (i && e->start == edits[i - 1].start && e->end == edits[i - 1].end &&
        !strcmp(e->replacement, edits[i - 1].replacement))
      continue; /* one edit shared by two fixes: applied once */
    if (e->start < pos) {
      for (uint32_t k = 0; k < n; k++) /* what overlapped, for the person triaging */
        fprintf(stderr, "fuzz_fix: edit %s [%u, %u) -> \"%.60s\"\n", edits[k].rule, edits[k].start,
                edits[k].end, edits[k].replacement);
      snprintf(where, sizeof where, "%s edit [%u, %u) starts before the %s edit ends (%u)",
               e->rule, e->start, e->end, edits[i - 1].rule, pos);
      S_fail("applied edits overlap", where);
    }
    uint32_t keep = e->start - pos;
    if (o + keep > out_len || memcmp(out + o, text + pos, keep)) {
      snprintf(where, sizeof where, "text [%u, %u) before edit [%u, %u)", pos, e->start, e->start,
               e->end);
      S_fail("a byte outside the edits changed", where);
    }
    o += keep;
    if (!S_match_replacement(out, out_len, &o, e->replacement)) {
      snprintf(where, sizeof where, "edit [%u, %u)", e->start, e->end);
      S_fail("an edit's replacement is not in the result", where);
    }
    pos = e->end;
  }
  if (out_len - o != src->text_len - pos || memcmp(out + o, text + pos, src->text_len - pos))
    S_fail("a byte after the last edit changed", NULL);
  if (fr->text && fr->text[fr->text_len] != '\0') S_fail("the fixed text is not NUL-terminated", NULL);
  free(edits);
}

/* ---- (d) the diff reproduces the change ---------------------------------- */

/* One line of the diff body after its tag: up to and including its line
 * break as the diff splits lines ("\r\n", "\r" or "\n"). */
static uint32_t S_diff_line(const char *d, uint32_t n, uint32_t i) {
  uint32_t s = i;
  while (i < n && d[i] != '\n' && d[i] != '\r') i++;
  if (i < n && d[i] == '\r') i++;
  if (i < n && d[i] == '\n' && (i == s || d[i - 1] != '\n')) i++;
  return i;
}

static void S_check_diff(const char *old_text, uint32_t old_len, const char *new_text,
                         uint32_t new_len) {
  char *diff = psa_unified_diff("x.ps1", old_text, old_len, new_text, new_len);
  if (!diff) S_fail("psa_unified_diff returned NULL", NULL);
  uint32_t n = (uint32_t)strlen(diff);
  bool equal = old_len == new_len && !memcmp(old_text, new_text, old_len);
  if (equal != (n == 0)) S_fail("the diff is empty exactly when the texts are equal", NULL);
  if (!n) {
    free(diff);
    return;
  }
  static const char head[] = "--- a/x.ps1\n+++ b/x.ps1\n";
  if (strncmp(diff, head, sizeof head - 1)) S_fail("the diff has no ---/+++ header", NULL);
  /* patch old_text into 'out' */
  char *out = malloc((size_t)new_len + (size_t)old_len + 1);
  if (!out) abort();
  uint32_t o = 0, a = 0; /* a: next old line start offset */
  uint32_t a_line = 0;   /* lines of old_text consumed */
  uint32_t i = sizeof head - 1;
  while (i < n) {
    unsigned la, lb, sa, sb;
    int used = 0;
    if (sscanf(diff + i, "@@ -%u,%u +%u,%u @@%n", &sa, &la, &sb, &lb, &used) != 4 || !used)
      S_fail("a hunk header is malformed", diff + i);
    i += (uint32_t)used;
    if (i >= n || diff[i] != '\n') S_fail("a hunk header does not end the line", NULL);
    i++;
    /* copy unchanged old lines up to the hunk (sa is 1-based; 0 with la 0) */
    uint32_t first = la ? sa - 1 : sa;
    while (a_line < first) {
      uint32_t e = S_diff_line(old_text, old_len, a);
      if (e == a) S_fail("a hunk starts past the end of the old text", NULL);
      memcpy(out + o, old_text + a, e - a);
      o += e - a;
      a = e;
      a_line++;
    }
    unsigned seen_a = 0, seen_b = 0;
    while (i < n && (diff[i] == ' ' || diff[i] == '-' || diff[i] == '+')) {
      char tag = diff[i++];
      uint32_t e = S_diff_line(diff, n, i);
      uint32_t len = e - i;
      if (e + 1 < n && diff[e] == '\\') { /* "\ No newline at end of file": drop the '\n' */
        static const char nonl[] = "\\ No newline at end of file\n";
        if (strncmp(diff + e, nonl, sizeof nonl - 1) || !len || diff[e - 1] != '\n')
          S_fail("a malformed no-newline marker", NULL);
        len--;
        e += sizeof nonl - 1;
      }
      if (tag != '+') { /* the old text must hold this line here */
        if (a + len > old_len || memcmp(old_text + a, diff + i, len))
          S_fail("a context or removed line is not the old text's", NULL);
        a += len;
        a_line++;
        seen_a++;
      }
      if (tag != '-') {
        if (o + len > new_len) S_fail("the patched text is longer than the new text", NULL);
        memcpy(out + o, diff + i, len);
        o += len;
        seen_b++;
      }
      i = e;
    }
    if (seen_a != la || seen_b != lb) S_fail("a hunk header's line counts are wrong", NULL);
  }
  if (o + (old_len - a) != new_len) S_fail("the patched text has the wrong length", NULL);
  memcpy(out + o, old_text + a, old_len - a);
  if (memcmp(out, new_text, new_len)) S_fail("the diff applied to the old text differs from the new", NULL);
  free(out);
  free(diff);
}

/* ---- the passes ---------------------------------------------------------- */

/* Whether a syntax-error region of the input starts before (or inside) an
 * applied edit: see (c). What follows an error is tokenized by a guess
 * (recovery restarts statement by statement, and cannot know whether it is
 * inside a string the broken code opened), so an edit there may cut what
 * really is one token. Errors after every edit cannot matter: the edited
 * code was tokenized before them. */
static bool S_edits_after_errors(const psa_file_result *r, const psa_fix_result *fr) {
  if (!r->parse.error_count) return false;
  uint32_t first_error = r->parse.errors[0].start;
  for (uint32_t k = 1; k < r->parse.error_count; k++)
    if (r->parse.errors[k].start < first_error) first_error = r->parse.errors[k].start;
  for (uint32_t i = 0; i < fr->note_count; i++) {
    if (fr->notes[i].kind != PSA_FIXNOTE_APPLIED) continue;
    const psa_fix *fx = fr->notes[i].fix;
    for (uint32_t e = 0; e < fx->edit_count; e++)
      if (first_error <= fx->edits[e].range.end) return true;
  }
  return false;
}

static uint32_t S_parse_errors(psa_parser *parser, const char *text, uint32_t len) {
  psa_parse_result pr;
  psa_parse(parser, text, len, false, &pr);
  uint32_t n = pr.error_count;
  psa_parse_result_free(&pr);
  return n;
}

/* Reused across inputs, as the CLI does; freed at exit (see fuzz_scan.c). */
static psa_parser *S_parser;
static void S_free_parser(void) { psa_parser_free(S_parser); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > S_MAX_INPUT) return 0;
  if (!S_parser) {
    S_parser = psa_parser_new();
    atexit(S_free_parser);
  }
  psa_parser *parser = S_parser;

  /* Tenant values, chosen by the input's bytes (so a crash replays): every
   * way the Exchange rewrites are built. */
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 16777619u;
  psa_scan_options so = {.no_dot_source = true}; /* the bytes only, no disk */
  switch (h & 3) {
  case 0:
    so.tenant.app_id = "00000000-1111-2222-3333-444444444444";
    so.tenant.organization = "contoso.onmicrosoft.com";
    so.tenant.certificate_thumbprint = "0123456789ABCDEF0123456789ABCDEF01234567";
    break;
  case 1: break; /* none: the rewrite declares $ExoAppId & co. near the top */
  case 2:
    so.tenant.app_id = "app";
    so.tenant.organization = "o'rg"; /* a quote the rewrite must escape */
    so.tenant.certificate_path = "C:\\certs\\exo.pfx";
    break;
  default: so.tenant.managed_identity = true; break;
  }
  psa_fix_options fo = {.unsafe = true};

  unsigned char *bytes = malloc(size ? size : 1);
  if (!bytes) return 0;
  if (size) memcpy(bytes, data, size);
  size_t len = size;
  uint32_t prev_syntax = 0; /* PSA001 count of the previous pass's input */
  bool guessed = false;     /* see (c): an edit at or after a syntax error */
  for (int pass = 0; pass <= S_MAX_PASSES; pass++) {
    psa_file_result r;
    psa_scan_bytes(parser, "fuzz/fix.ps1", bytes, len, &so, &r);
    if (r.status != PSA_FILE_OK) {
      if (pass) S_fail("psauth cannot read back the file it wrote", r.message);
      psa_file_result_free(&r);
      break;
    }
    /* the written bytes, scanned as the next run would */
    if (pass && r.syntax_errors > prev_syntax) {
      char msg[64];
      snprintf(msg, sizeof msg, "%u PSA001 before, %u after", prev_syntax, r.syntax_errors);
      S_fail("the fixed file has more syntax errors", msg);
    }
    psa_fix_result fr;
    psa_fix_compute(parser, &r, &fo, &fr);
    S_check_only_edits(r.src, &fr);
    if (getenv("FUZZ_FIX_DEBUG")) { /* triage: error regions, every note of every pass */
      for (uint32_t i = 0; i < r.parse.error_count; i++)
        fprintf(stderr, "pass %d: error region [%u, %u)\n", pass, r.parse.errors[i].start,
                r.parse.errors[i].end);
      for (uint32_t i = 0; i < fr.note_count; i++)
        fprintf(stderr, "pass %d tenant %u: [%s] kind %d at %u, %u edit(s) from %u\n", pass,
                h & 3, fr.notes[i].finding->rule->id, (int)fr.notes[i].kind,
                fr.notes[i].finding->span.start, fr.notes[i].fix->edit_count,
                fr.notes[i].fix->edit_count ? fr.notes[i].fix->edits[0].range.start : 0);
    }
    if (fr.applied && !fr.text) S_fail("fixes were applied but the text did not change", NULL);
    guessed = guessed || S_edits_after_errors(&r, &fr);
    if (fr.text && pass == S_MAX_PASSES && !guessed) {
      char msg[64];
      snprintf(msg, sizeof msg, "pass %d still applied %u fix(es)", pass + 1, fr.applied);
      S_fail("psauth fix does not converge: a second run changes the file again", msg);
    }
    if (!fr.text) {
      psa_fix_result_free(&fr);
      psa_file_result_free(&r);
      break;
    }
    if (S_parse_errors(parser, fr.text, fr.text_len) >
        S_parse_errors(parser, r.src->text, r.src->text_len))
      S_fail("the fixed text parses with more errors", NULL);
    S_check_diff(r.src->text, r.src->text_len, fr.text, fr.text_len);
    size_t nlen = 0;
    char err[256];
    unsigned char *next = psa_fix_encode(r.src, fr.text, fr.text_len, &nlen, err, sizeof err);
    prev_syntax = r.syntax_errors;
    psa_fix_result_free(&fr);
    psa_file_result_free(&r);
    if (!next) break; /* psa_fix_write refuses it with a message */
    free(bytes);
    bytes = next;
    len = nlen;
  }
  free(bytes);
  return 0;
}

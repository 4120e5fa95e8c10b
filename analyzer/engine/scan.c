/* One file through the pipeline: load → prefilter → parse → model → rules. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "psauth/config.h"
#include "psauth/rulemeta.h"
#include "psauth/suppress.h"
#include "engine/internal.h"
#include "base/array.h"

/* The prefilter: every rule's needles (lower-case literals) in one
 * case-insensitive pattern, compiled and JIT-compiled once per process, so a
 * file is searched in one pass that stops at the first needle. A needle that
 * contains another is dropped (the shorter one already matches wherever it
 * would), and the rest are written as a trie (get-(?:credential|mailbox))
 * so that few alternatives are tried at each position. NULL when some rule
 * has no needles (it must always run). Read-only once built. */
static pcre2_code *S_needles_re;
static pthread_once_t S_needles_once = PTHREAD_ONCE_INIT;

static int S_str_order(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Appends needles[lo, hi), sorted and sharing their first 'depth' bytes,
 * as an alternation of what follows those bytes. */
static void S_trie(psa_buf *pat, const char **needles, size_t lo, size_t hi, size_t depth) {
  bool group = false;
  size_t alternatives = 0;
  for (size_t i = lo; i < hi;) {
    char c = needles[i][depth];
    size_t j = i + 1;
    while (j < hi && needles[j][depth] == c) j++;
    alternatives++;
    i = j;
  }
  if (alternatives > 1) {
    psa_buf_puts(pat, "(?:");
    group = true;
  }
  bool first = true;
  for (size_t i = lo; i < hi;) {
    char c = needles[i][depth];
    size_t j = i + 1;
    while (j < hi && needles[j][depth] == c) j++;
    if (!first) psa_buf_putc(pat, '|');
    first = false;
    if (c) { /* the needles ending here were dropped as containing a shorter one */
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) psa_buf_putc(pat, '\\');
      psa_buf_putc(pat, c);
      S_trie(pat, needles, i, j, depth + 1);
    }
    i = j;
  }
  if (group) psa_buf_putc(pat, ')');
}

static void S_needles_compile(void) {
  uint32_t count;
  const psa_rule *const *rules = psa_rules(&count);
  size_t n = 0, cap = 0;
  const char **all = NULL;
  for (uint32_t i = 0; i < count; i++) {
    if (!rules[i]->needles) {
      free(all);
      return;
    }
    for (const char *const *p = rules[i]->needles; *p; p++) {
      psa_push(all, n, cap, *p);
    }
  }
  size_t kept = 0;
  for (size_t i = 0; i < n; i++) {
    bool redundant = !all[i][0];
    for (size_t k = 0; k < n && !redundant; k++)
      redundant = k != i && all[k][0] && strstr(all[i], all[k]) &&
                  (strcmp(all[i], all[k]) != 0 || k < i);
    if (!redundant) all[kept++] = all[i];
  }
  qsort(all, kept, sizeof(*all), S_str_order);
  psa_buf pat;
  psa_buf_init(&pat);
  if (kept) S_trie(&pat, all, 0, kept, 0);
  free(all);
  /* bytes, not UTF: the needles are ASCII and a file's text needs no check */
  S_needles_re = psa_re_compile(pat.data ? pat.data : "", pat.len, PCRE2_CASELESS);
  psa_buf_free(&pat);
}

/* Whether any rule could fire on this text. A file without any rule's
 * needle is not parsed at all. */
static bool S_prefilter(const psa_source *src) {
  pthread_once(&S_needles_once, S_needles_compile);
  return !S_needles_re ||
         psa_re_match(S_needles_re, src->text, src->text_len) != PCRE2_ERROR_NOMATCH;
}

static int S_finding_order(const void *a, const void *b) {
  const psa_finding *x = a, *y = b;
  if (x->span.start != y->span.start) return x->span.start < y->span.start ? -1 : 1;
  int c = strcmp(x->rule->id, y->rule->id);
  if (c) return c;
  if (x->span.end != y->span.end) return x->span.end < y->span.end ? -1 : 1;
  return 0;
}

static const char *S_broken_reason(psa_parse_broken b) {
  switch (b) {
  case PSA_PARSE_UNTERMINATED_STRING:
    return "a string, here-string or <# #> comment is never closed";
  case PSA_PARSE_UNBALANCED_BRACES: return "'{' and '}' do not pair up (this '{' is never closed)";
  case PSA_PARSE_EXTRA_BRACE: return "a '}' has no '{' to close";
  case PSA_PARSE_CONSOLE_PROMPT: return "console text pasted into the script (a PS> or >> prompt)";
  case PSA_PARSE_CONFLICT_MARKER: return "an unresolved merge conflict marker";
  case PSA_PARSE_NOT_BROKEN: break;
  }
  return "";
}

static bool S_blank_span(const char *t, uint32_t s, uint32_t e) {
  for (uint32_t i = s; i < e; i++) {
    char c = t[i];
    if (c == '#') { /* a comment runs to the end of its line */
      while (i < e && t[i] != '\n') i++;
      continue;
    }
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';' && c != '{' && c != '}' &&
        c != '(' && c != ')')
      return false;
  }
  return true;
}

/* Whether [s,e) holds only the frame of statements whose bodies were
 * recovered on their own: braces, comments and the words 'function NAME',
 * 'else', 'try', 'catch', 'finally', 'begin', 'process', 'end', 'do'. Such
 * lines contain no command, so nothing in them went unanalysed. */
static bool S_frame_only(const char *t, uint32_t s, uint32_t e) {
  static const char *const words[] = {"else", "try", "catch", "finally", "begin", "process",
                                      "end", "do", NULL};
  bool want_name = false;
  for (uint32_t i = s; i < e;) {
    char c = t[i];
    if (c == '#') {
      while (i < e && t[i] != '\n') i++;
      continue;
    }
    if (strchr(" \t\r\n;{}", c)) {
      i++;
      continue;
    }
    uint32_t w = i;
    while (w < e && !strchr(" \t\r\n;{}()#", t[w])) w++;
    if (w == i) return false; /* '(' or ')': an expression */
    size_t n = w - i;
    if (want_name) {
      want_name = false;
    } else if ((n == 8 && !psa_strncasecmp(t + i, "function", 8)) ||
               (n == 6 && !psa_strncasecmp(t + i, "filter", 6))) {
      want_name = true;
    } else {
      bool known = false;
      for (int k = 0; words[k] && !known; k++)
        known = strlen(words[k]) == n && !psa_strncasecmp(t + i, words[k], n);
      if (!known) return false;
    }
    i = w;
  }
  return true;
}

/* The lines of the error regions that no recovered statement covers. */
static void S_coverage(psa_file_result *out) {
  const psa_parse_result *p = &out->parse;
  const char *t = out->src->text;
  uint32_t len = out->src->text_len, cap = 0;
  for (uint32_t e = 0; e < p->error_count; e++) {
    uint32_t s = p->errors[e].start, x = p->errors[e].end;
    while (s > 0 && t[s - 1] != '\n' && t[s - 1] != '\r') s--;
    while (x < len && t[x] != '\n' && t[x] != '\r') x++;
    /* what recovered fragments do not cover */
    uint32_t at = s;
    for (uint32_t f = 0; f <= p->fragment_count && at < x; f++) {
      psa_span fr = f < p->fragment_count ? p->fragments[f].range : (psa_span){x, x};
      if (fr.end <= at) continue;
      if (fr.start >= x) fr = (psa_span){x, x};
      uint32_t gap_end = fr.start > at ? fr.start : at;
      if (gap_end > at && !S_blank_span(t, at, gap_end) && !S_frame_only(t, at, gap_end)) {
        psa_span g = {at, gap_end};
        while (g.end > g.start && strchr(" \t\r\n;", t[g.end - 1])) g.end--;
        while (g.start < g.end && strchr(" \t\r\n;", t[g.start])) g.start++;
        /* whole lines, merged with the previous gap when they touch */
        while (g.start > 0 && t[g.start - 1] != '\n' && t[g.start - 1] != '\r') g.start--;
        while (g.end < len && t[g.end] != '\n' && t[g.end] != '\r') g.end++;
        psa_span *last = out->unanalysed_count ? &out->unanalysed[out->unanalysed_count - 1] : NULL;
        if (last && g.start <= last->end + 2) {
          if (g.end > last->end) last->end = g.end;
        } else {
          if (out->unanalysed_count == cap) {
            cap = cap ? cap * 2 : 4;
            out->unanalysed = psa_xrealloc(out->unanalysed, cap * sizeof(*out->unanalysed));
          }
          out->unanalysed[out->unanalysed_count++] = g;
        }
      }
      if (fr.end > at) at = fr.end;
    }
  }
}

/* The unread lines an edit range touches, or NULL. */
static const psa_span *S_unread_at(const psa_file_result *out, psa_span r) {
  for (uint32_t i = 0; i < out->unanalysed_count; i++)
    if (r.start <= out->unanalysed[i].end && r.end >= out->unanalysed[i].start) return &out->unanalysed[i];
  return NULL;
}

/* A fix withheld because it would edit next to lines the parser could not
 * read (review18 42: a GUI tool left as it was with no reason given): the
 * plan's entries for it become refusals naming the lines, and the finding
 * says so too, so that neither `fix --plan` nor the scan is silent. */
static void S_unread_refusal(psa_rule_ctx *ctx, psa_finding *f, const psa_fix *fx, psa_span edit,
                             psa_span unread) {
  psa_rule_state *impl = ctx->impl;
  uint32_t first = psa_line_of(ctx, unread.start), last = psa_line_of(ctx, unread.end);
  uint32_t at = psa_line_of(ctx, edit.start);
  const char *lines = first == last ? psa_ctx_printf(ctx, "line %u", first)
                                    : psa_ctx_printf(ctx, "lines %u-%u", first, last);
  const char *why = psa_ctx_printf(
      ctx,
      "%s could not be read by psauth's parser, and this rewrite would edit line %u %s; psauth "
      "does not edit beside what it could not read: write %s in a form the parser reads "
      "(docs/grammar-gaps.md) or make the change by hand",
      lines, at,
      at >= first && at <= last ? (first == last ? "on it" : "within them")
                                : (first == last ? "next to it" : "next to them"),
      lines);
  for (uint32_t p = 0; p < impl->plan_count; p++) {
    psa_plan_entry *e = &impl->plan[p];
    if (!e->target || !e->rule_id || strcmp(e->rule_id, f->rule->id)) continue;
    bool covers = e->span.start == f->span.start;
    for (uint32_t i = 0; i < fx->edit_count && !covers; i++)
      covers = e->span.start >= fx->edits[i].range.start && e->span.start <= fx->edits[i].range.end;
    if (!covers) continue;
    if (e->kind == PSA_PLAN_REWRITE) e->kind = PSA_PLAN_REFUSED;
    e->target = NULL;
    e->why = why;
  }
  psa_finding_related(ctx, f, unread, "not rewritten: %s", why);
}

/* Fixes are dropped (the finding stays) when an edit would fall inside a
 * string parsed as a nested script (the replacement would need the
 * string's quoting), outside the file (a span of a dot-sourced file) or on
 * lines the parser could not read (the edit could break what psauth did
 * not understand; the plan and the finding say which lines,
 * S_unread_refusal): one check here instead of one in every fix
 * producer. */
/* A connection rewrite withheld here (S_drop_unsafe_edits) takes the fixes
 * that need it along (psa_fix.needs: a Get-EXO* swap, a Graph call
 * rewrite), their plan entries becoming refusals naming its line. */
static void S_drop_dependents(psa_rule_ctx *ctx, const char *unit, uint32_t line) {
  psa_rule_state *impl = ctx->impl;
  const char *why = psa_ctx_printf(
      ctx, "it needs the rewrite of the connection on line %u, which is withheld (see that line)",
      line);
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    uint32_t kept = 0;
    bool gone = false;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      if (f->fixes[k].needs && !strcmp(f->fixes[k].needs, unit) &&
          f->fixes[k].applicability != PSA_FIX_DISPLAY)
        gone = true;
      else f->fixes[kept++] = f->fixes[k];
    }
    f->fix_count = kept;
    for (uint32_t p = 0; gone && p < impl->plan_count; p++) {
      psa_plan_entry *e = &impl->plan[p];
      if (!e->target || !e->rule_id || strcmp(e->rule_id, f->rule->id) ||
          e->span.start != f->span.start)
        continue;
      if (e->kind == PSA_PLAN_REWRITE) e->kind = PSA_PLAN_REFUSED;
      e->target = NULL;
      e->why = why;
    }
  }
}

static void S_drop_unsafe_edits(psa_rule_ctx *ctx, psa_file_result *out) {
  psa_rule_state *impl = out->impl;
  const psa_model *m = out->model;
  const char *lost[4];
  uint32_t lost_line[4], nl = 0;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    uint32_t kept = 0;
    for (uint32_t k = 0; k < f->fix_count; k++) {
      bool ok = true;
      const psa_span *unread = NULL;
      psa_span edit = {0, 0};
      for (uint32_t e = 0; e < f->fixes[k].edit_count && ok; e++) {
        psa_span r = f->fixes[k].edits[e].range;
        ok = r.start <= r.end && r.end <= out->src->text_len && !psa_model_edit_in_nested(m, r);
        if (ok && (unread = S_unread_at(out, r))) {
          ok = false;
          edit = r;
        }
      }
      if (ok) f->fixes[kept++] = f->fixes[k];
      else if (unread && f->rule && f->fixes[k].applicability != PSA_FIX_DISPLAY)
        S_unread_refusal(ctx, f, &f->fixes[k], edit, *unread);
      if (!ok && f->fixes[k].provides && f->fixes[k].applicability != PSA_FIX_DISPLAY && nl < 4) {
        lost_line[nl] = psa_line_of(ctx, f->span.start);
        lost[nl++] = f->fixes[k].provides;
      }
    }
    f->fix_count = kept;
  }
  for (uint32_t u = 0; u < nl; u++) S_drop_dependents(ctx, lost[u], lost_line[u]);
}

/* Whether the line at 'at' starts with seven of 'c' then a blank or its
 * end: a git merge-conflict marker line. */
static bool S_marker_line(const char *t, uint32_t n, uint32_t at, char c) {
  uint32_t k = 0;
  while (k < 7 && at + k < n && t[at + k] == c) k++;
  return k == 7 && (at + 7 >= n || strchr(" \t\r\n", t[at + 7]));
}

/* The offset of the first line of an unresolved git merge conflict
 * ("<<<<<<< HEAD", then "=======", then ">>>>>>> branch" at the start of
 * lines, in that order), or UINT32_MAX. Such a file is two versions of a
 * script at once, not PowerShell (review19 05). */
static uint32_t S_conflict_start(const psa_source *src) {
  const char *t = src->text;
  uint32_t n = src->text_len, open = UINT32_MAX;
  bool middle = false;
  for (uint32_t at = 0; at < n;) {
    if (open == UINT32_MAX && S_marker_line(t, n, at, '<')) open = at;
    else if (open != UINT32_MAX && !middle && S_marker_line(t, n, at, '=')) middle = true;
    else if (middle && S_marker_line(t, n, at, '>')) return open;
    const char *nl = memchr(t + at, '\n', n - at);
    at = nl ? (uint32_t)(nl - t) + 1 : n;
  }
  return UINT32_MAX;
}

/* A file with an unresolved merge conflict gets no fix: which side is the
 * script is the author's decision, and an edit on one side (or across the
 * markers) only makes the merge harder (psa_fix_withhold_all). */
static void S_conflict_refusal(psa_rule_ctx *ctx, psa_file_result *out) {
  uint32_t at = S_conflict_start(out->src);
  if (at == UINT32_MAX) return;
  psa_fix_withhold_all(
      ctx, psa_ctx_printf(ctx,
                          "line %u holds an unresolved merge-conflict marker: resolve the merge "
                          "first",
                          psa_line_of(ctx, at)));
}

/* Analysing a script whole takes about 100 bytes of memory per byte of it,
 * most of it tree-sitter's tree (bench/README.md). A file above 1 MiB is
 * first checked against the memory the system can still give (the least
 * of MemAvailable, the cgroup's memory.max minus memory.current and what
 * ulimit -v leaves), and skipped with a message saying so rather than
 * risking the out-of-memory killer. PSAUTH_MEMORY_AVAILABLE (bytes)
 * replaces the measurement, for tests. */
#define S_BYTES_PER_BYTE 100u
#define S_CHECK_ABOVE ((size_t)1 << 20)

static unsigned long long S_read_number(const char *file, const char *key) {
  FILE *f = fopen(file, "r");
  if (!f) return 0;
  char line[256];
  unsigned long long v = 0;
  while (fgets(line, sizeof(line), f)) {
    if (key && strncmp(line, key, strlen(key))) continue;
    char *p = line + (key ? strlen(key) : 0);
    v = strtoull(p, NULL, 10);
    if (key) v *= 1024; /* /proc/meminfo is in kB */
    break;
  }
  fclose(f);
  return v;
}

/* Bytes of memory available to this process; 0 when unknown. */
static unsigned long long S_memory_available(void) {
  const char *env = getenv("PSAUTH_MEMORY_AVAILABLE");
  if (env && *env) return strtoull(env, NULL, 10);
  unsigned long long avail = S_read_number("/proc/meminfo", "MemAvailable:");
  unsigned long long max = S_read_number("/sys/fs/cgroup/memory.max", NULL);
  unsigned long long cur = S_read_number("/sys/fs/cgroup/memory.current", NULL);
  if (max && max > cur && (!avail || max - cur < avail)) avail = max - cur;
  /* an address-space limit (ulimit -v) ends in a failed allocation, not a
   * kill, but it ends the run: what is left of it counts too */
  struct rlimit rl;
  if (getrlimit(RLIMIT_AS, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
    unsigned long long vm =
        S_read_number("/proc/self/statm", NULL) * (unsigned long long)sysconf(_SC_PAGESIZE);
    unsigned long long left = rl.rlim_cur > vm ? rl.rlim_cur - vm : 1;
    if (!avail || left < avail) avail = left;
  }
  return avail;
}

/* Scripts above twice this are parsed in pieces of at least this size
 * (syntax/chunk.h): the tree of one piece at a time instead of the whole
 * script's. PSAUTH_CHUNK_BYTES replaces it (0: never), for tests and
 * measurements. Only where the trees are released after the model
 * (release_trees: psauth scan; fix and the language server keep them), and
 * not for a script with suppression comments (read from the whole tree). */
#define S_CHUNK_BYTES ((uint32_t)1 << 20)

static uint32_t S_chunk_bytes(const psa_scan_options *opts, const psa_file_result *out) {
  if (!opts->release_trees || opts->old_tree || out->may_suppress) return 0;
  uint32_t chunk = S_CHUNK_BYTES;
  const char *env = getenv("PSAUTH_CHUNK_BYTES");
  if (env && *env) chunk = (uint32_t)strtoul(env, NULL, 10);
  return chunk && out->src->text_len / 2 > chunk ? chunk : 0;
}

/* A script parsed in pieces needs one piece's tree plus about 20 bytes per
 * byte of the whole (the model, the text, its views; 22 measured on a
 * 25 MB generated script): 24 is used. */
#define S_PIECES_BYTES_PER_BYTE 24u
#define S_MARGIN ((unsigned long long)64 << 20)

/* Also gives the memory limit for this file's parse: 100 bytes per byte is
 * typical, but a script of tiny statements ($a;$b;...) needs 700, so the
 * parse itself stops when it would take more than is available (files
 * above PSA_ENGINE_BIG_FILE, which the pool analyses one at a time;
 * psa_parser_set_memory_limit). */
static bool S_too_big_for_memory(psa_file_result *out, uint32_t chunk, size_t *limit) {
  size_t len = out->src->text_len;
  *limit = 0;
  if (len <= PSA_ENGINE_BIG_FILE) return false;
  unsigned long long avail = S_memory_available();
  /* an eighth and 64 MiB are left for the other jobs, the rest of the
   * process and the allocator's granularity (it maps 32 MiB at a time) */
  unsigned long long margin = avail / 8 + S_MARGIN;
  if (avail) *limit = avail > margin ? (size_t)(avail - margin) : 1;
  if (len <= S_CHECK_ABOVE) return false;
  unsigned long long need = chunk ? (unsigned long long)chunk * S_BYTES_PER_BYTE +
                                        (unsigned long long)len * S_PIECES_BYTES_PER_BYTE
                                  : (unsigned long long)len * S_BYTES_PER_BYTE;
  if (!avail || need <= avail) return false;
  char msg[200];
  snprintf(msg, sizeof(msg),
           "analysing %.1f MB of script needs about %.1f GiB of memory, and %.1f GiB is available",
           (double)len / 1e6, (double)need / 1073741824.0, (double)avail / 1073741824.0);
  out->status = PSA_FILE_SKIPPED;
  out->message = psa_xstrdup(msg);
  return true;
}

/* See psa_scan_options.release_trees. */
static void S_release_trees(const psa_scan_options *opts, psa_file_result *out) {
  if (opts->release_trees && out->src && !out->may_suppress)
    psa_parse_result_free(&out->parse);
}

/* Whether a rule runs on this file: selection decides it before the rules
 * run, so that a rule the user turned off cannot hide another rule's
 * finding (psa_rule_mark_literal). */
static bool S_runs(const psa_scan_options *opts, const psa_file_result *out, const psa_rule *r) {
  if (!r->check) return false;
  if (!opts->config && !opts->cli_config) return true;
  return psa_config_rule_enabled(opts->config, opts->cli_config, r,
                                 opts->relpath ? opts->relpath : out->path);
}

/* A byte-order mark (U+FEFF, EF BB BF in UTF-8) after the file's start,
 * typically where two files were joined: PowerShell skips one only at the
 * start and reads any other as part of the word it touches (it is not
 * whitespace to its tokenizer: CharTraits.cs IsWhitespace takes only
 * separators above U+0100), so a command written after it is not found.
 * Said once per file, with where it is, as the file's message. */
static void S_stray_bom(psa_file_result *out) {
  const psa_source *src = out->src;
  const char *t = src->text;
  for (uint32_t k = 0; k + 3 <= src->text_len; k++) {
    if ((unsigned char)t[k] != 0xEF || (unsigned char)t[k + 1] != 0xBB ||
        (unsigned char)t[k + 2] != 0xBF)
      continue;
    uint32_t line = 0;
    while (line + 1 < src->line_count && src->line_starts[line + 1] <= k) line++;
    uint32_t col = k - (src->line_count ? src->line_starts[line] : 0) + 1;
    char msg[320];
    /* at offset 0 of the text: right after the file's own (decoded) BOM */
    snprintf(msg, sizeof(msg),
             "line %u, column %u: a byte-order mark (U+FEFF, the bytes EF BB BF) %s: PowerShell "
             "does not skip it there but reads it as part of the word or string it touches (a "
             "command name after it is not found); delete it",
             line + 1, col,
             k == 0 ? "right after the one the file starts with"
                    : "inside the file, not at its start");
    out->message = psa_xstrdup(msg);
    return;
  }
}

static void S_analyse(psa_parser *parser, const psa_scan_options *opts, psa_file_result *out) {
  psa_rule_state *impl = out->impl;
  psa_rule_ctx ctx = {NULL, out->src, &opts->tenant, impl};
  out->may_suppress = psa_suppressions_possible(out->src);
  if (!opts->no_prefilter && !opts->extra_rule_count && !S_prefilter(out->src)) return;
  size_t limit;
  uint32_t chunk = S_chunk_bytes(opts, out);
  if (S_too_big_for_memory(out, chunk, &limit)) return;
  out->parsed = true;
  psa_parser_set_memory_limit(parser, limit);
  if (chunk) {
    /* parsed in pieces, each walked into the model and freed (syntax/chunk.h) */
    psa_parse_chunks *pc = psa_parse_chunks_begin(parser, out->src->text, out->src->text_len,
                                                  !opts->no_recovery, chunk, &out->parse);
    if (!opts->parse_only) {
      out->model = psa_model_build_chunked(out->src, pc, &out->parse, opts->max_depth);
    } else {
      TSTree *t;
      while ((t = psa_parse_chunks_next(pc))) ts_tree_delete(t);
    }
    psa_parse_chunks_end(pc);
  } else {
    psa_parse_incremental(parser, out->src->text, out->src->text_len, !opts->no_recovery,
                          opts->old_tree, &out->parse);
  }
  psa_parser_set_memory_limit(parser, 0);
  if (out->parse.over_budget) {
    char msg[200];
    /* (not how much it had taken: that depends on what the thread's heap
     * held before, and the report must not depend on the job count) */
    snprintf(msg, sizeof(msg),
             "analysing %.1f MB of script needs more memory than the %.2f GiB it may take",
             (double)out->src->text_len / 1e6, (double)limit / 1073741824.0);
    out->parsed = false;
    out->status = PSA_FILE_SKIPPED;
    out->message = psa_xstrdup(msg);
    return;
  }
  S_coverage(out);
  if (out->parse.broken != PSA_PARSE_NOT_BROKEN) {
    /* only a text that is clearly not PowerShell is a syntax error; the
     * rest of what the grammar could not read is a coverage gap */
    uint32_t at = out->parse.broken_at;
    psa_span s = {at, at};
    while (s.end < out->src->text_len && out->src->text[s.end] != '\n' &&
           out->src->text[s.end] != '\r' && s.end - at < 60)
      s.end++;
    out->syntax_errors = 1;
    psa_report(&ctx, &psa_rule_parse_error, s, "syntax error: %s%s",
               S_broken_reason(out->parse.broken),
               out->parse.recovery ? " (the statements around it are still analysed)" : "");
  }
  if (opts->parse_only) return;
  if (!out->model) out->model = psa_model_build_limited(out->src, &out->parse, 0, opts->max_depth);
  /* the model keeps offsets, not nodes: the trees can go before the rules
   * run (see release_trees) */
  S_release_trees(opts, out);
  if (out->model->depth_limited && !out->message) {
    unsigned depth = opts->max_depth && opts->max_depth < PSA_MODEL_MAX_DEPTH
                         ? opts->max_depth
                         : PSA_MODEL_MAX_DEPTH;
    char msg[160];
    snprintf(msg, sizeof(msg),
             "nesting deeper than the model's limit (%u levels): the innermost part of the file "
             "was not analysed",
             depth);
    out->message = psa_xstrdup(msg);
  }
  if (!opts->no_dot_source && out->model->dot_source_count)
    psa_dotsource_load(parser, impl, out->path, out->model, opts);
  ctx.model = out->model;
  impl->unread = out->unanalysed;
  impl->unread_count = out->unanalysed_count;
  impl->named_by_others =
      psa_script_named(opts->named_scripts, opts->named_script_count, out->path);
  uint32_t count;
  const psa_rule *const *rules = psa_rules(&count);
  for (uint32_t i = 0; i < count; i++)
    if (S_runs(opts, out, rules[i])) rules[i]->check(&ctx, rules[i]);
  for (size_t i = 0; i < opts->extra_rule_count; i++)
    if (S_runs(opts, out, opts->extra_rules[i]))
      opts->extra_rules[i]->check(&ctx, opts->extra_rules[i]);
  psa_fix_finish(&ctx);
  S_drop_unsafe_edits(&ctx, out);
  S_conflict_refusal(&ctx, out);
  if (impl->findings_dropped && !out->message) {
    char msg[160];
    snprintf(msg, sizeof(msg),
             "%u more findings were not reported: at most %u per file "
             "(--max-findings-per-file)",
             impl->findings_dropped, impl->max_findings);
    out->message = psa_xstrdup(msg);
  }
  if (!out->message) S_stray_bom(out);
}

/* What each finding is about (service, sign-in method), from the rule's
 * metadata and the command it points at (rules/meta.c), while the model is
 * here: nothing after this needs the model. */
static void S_finding_facts(psa_file_result *out) {
  psa_rule_state *impl = out->impl;
  for (uint32_t i = 0; i < impl->finding_count; i++) {
    psa_finding *f = &impl->findings[i];
    const psa_rule_meta *m = psa_rule_meta_find(f->rule->id);
    psa_span alt[8];
    uint32_t nalt = 0;
    for (uint32_t k = 0; k < f->related_count && nalt < 8; k++)
      if (!f->related[k].src) alt[nalt++] = f->related[k].span;
    f->service = (uint8_t)psa_finding_service(m, out->model, f->span, alt, nalt);
    f->signin = (uint8_t)psa_finding_signin(m, out->model, f->span);
  }
}

/* See psa_scan_options.release_model. */
static void S_release_model(const psa_scan_options *opts, psa_file_result *out) {
  if (!opts->release_model) return;
  psa_model_free(out->model);
  out->model = NULL;
}

static void S_finish(psa_file_result *out) {
  psa_rule_state *impl = out->impl;
  S_finding_facts(out);
  if (impl->finding_count)
    qsort(impl->findings, impl->finding_count, sizeof(*impl->findings), S_finding_order);
  out->findings = impl->findings;
  out->finding_count = impl->finding_count;
}

static void S_begin(const char *path, psa_file_result *out) {
  memset(out, 0, sizeof(*out));
  out->path = psa_xstrdup(path ? path : "");
  psa_rule_state *impl = psa_xmalloc(sizeof(*impl));
  psa_rule_state_init(impl, 0);
  out->impl = impl;
}

static void S_limits(const psa_scan_options *opts, psa_file_result *out) {
  psa_rule_state *impl = out->impl;
  impl->max_findings = opts->max_findings ? opts->max_findings : PSA_SCAN_MAX_FINDINGS;
}

static void S_load_failed(psa_file_result *out, psa_load_status st, const char *msg) {
  out->status = st == PSA_LOAD_IO_ERROR ? PSA_FILE_ERROR : PSA_FILE_SKIPPED;
  out->message = psa_xstrdup(msg);
}

void psa_scan_file(psa_parser *parser, const char *path, const psa_scan_options *opts,
                   psa_file_result *out) {
  S_begin(path, out);
  S_limits(opts, out);
  psa_load_status st;
  char msg[256];
  out->src = psa_source_load(path, opts->max_file_bytes, &st, msg, sizeof(msg));
  if (!out->src) {
    S_load_failed(out, st, msg);
    return;
  }
  S_analyse(parser, opts, out);
  S_finish(out);
  S_release_trees(opts, out);
  S_release_model(opts, out);
}

void psa_scan_bytes(psa_parser *parser, const char *path, const void *bytes, size_t len,
                    const psa_scan_options *opts, psa_file_result *out) {
  S_begin(path, out);
  S_limits(opts, out);
  psa_load_status st;
  char msg[256];
  out->src = psa_source_from_bytes(path, bytes, len, &st, msg, sizeof(msg));
  if (!out->src) {
    S_load_failed(out, st, msg);
    return;
  }
  S_analyse(parser, opts, out);
  S_finish(out);
  S_release_trees(opts, out);
  S_release_model(opts, out);
}

void psa_file_result_free(psa_file_result *res) {
  psa_rule_state *impl = res->impl;
  psa_model_free(res->model);
  if (impl) psa_dotsource_free(impl);
  psa_parse_result_free(&res->parse);
  psa_source_free(res->src);
  if (impl) {
    psa_rule_state_free(impl);
    free(impl);
  }
  free(res->path);
  free(res->message);
  free(res->unanalysed);
  memset(res, 0, sizeof(*res));
}

void psa_finding_position(const psa_file_result *res, const psa_finding *f, uint32_t *line,
                          uint32_t *col, uint32_t *end_line, uint32_t *end_col) {
  psa_source_position(res->src, f->span.start, line, col);
  psa_source_position(res->src, f->span.end, end_line, end_col);
}

const psa_plan_entry *psa_file_plan(const psa_file_result *res, uint32_t *count) {
  const psa_rule_state *impl = res->impl;
  *count = impl ? impl->plan_count : 0;
  return impl ? impl->plan : NULL;
}

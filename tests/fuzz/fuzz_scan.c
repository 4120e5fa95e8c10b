/* Fuzz target: arbitrary bytes through the whole pipeline.
 *
 * source loading (every encoding path) -> prefilter -> parse (with and
 * without statement-level recovery) -> model -> rules -> results ->
 * the text and JSON reports (and, for one input in sixteen, every other
 * report format), written to a memory FILE; a format that is not available
 * yet (-1) is skipped.
 *
 * Besides "no crash, no sanitizer report", it checks invariants the headers
 * promise and aborts when one is broken, so the fuzzer records the input:
 *  - a loaded source encodes back to its original bytes (source.h:
 *    decoding is lossless);
 *  - finding, related and fix-edit spans lie inside the text, start <= end;
 *  - the JSON, SARIF and GitLab reports and the model's JSON parse as JSON.
 *
 * Built two ways: with -fsanitize=fuzzer (libFuzzer supplies main) and
 * with tests/fuzz/standalone.c (a deterministic driver CTest runs). */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "psauth/model.h"
#include "psauth/parse.h"
#include "psauth/results.h"
#include "psauth/scan.h"
#include "psauth/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Larger inputs only slow the fuzzer down without reaching new code. */
#define S_MAX_INPUT (256u * 1024u)

static void S_fail(const char *what, const char *detail) {
  fprintf(stderr, "fuzz_scan: invariant broken: %s%s%s\n", what, detail ? ": " : "",
          detail ? detail : "");
  abort();
}

static void S_check_span(const psa_source *src, psa_span s, const char *what) {
  if (s.start > s.end || s.end > src->text_len) {
    char buf[96];
    snprintf(buf, sizeof buf, "[%u, %u) in a text of %u bytes", s.start, s.end, src->text_len);
    S_fail(what, buf);
  }
}

static void S_check_result(const psa_file_result *r, const uint8_t *data, size_t size) {
  if (r->status != PSA_FILE_OK) {
    if (!r->message || !r->message[0]) S_fail("a skipped input has no message", NULL);
    if (r->src || r->finding_count) S_fail("a skipped input has a source or findings", NULL);
    return;
  }
  const psa_source *src = r->src;
  if (!src) S_fail("an input that loaded has no source", NULL);
  if (src->raw_len != size || (size && memcmp(src->raw, data, size)))
    S_fail("the source's raw bytes differ from the input", NULL);
  if (src->text[src->text_len] != '\0') S_fail("the text is not NUL-terminated", NULL);
  if (memchr(src->text, '\0', src->text_len)) S_fail("the text holds a NUL", NULL);

  size_t enc_len = 0;
  unsigned char *enc = psa_source_encode(src, src->text, src->text_len, &enc_len);
  if (!enc) S_fail("the unchanged text cannot be encoded back", psa_encoding_name(src->encoding));
  if (enc_len != size || (size && memcmp(enc, data, size)))
    S_fail("encode(decode(bytes)) != bytes", psa_encoding_name(src->encoding));
  free(enc);

  for (uint32_t i = 0; i < r->finding_count; i++) {
    const psa_finding *f = &r->findings[i];
    if (!f->rule || !f->message) S_fail("a finding without rule or message", NULL);
    S_check_span(src, f->span, "finding span");
    for (uint32_t k = 0; k < f->related_count; k++)
      S_check_span(src, f->related[k].span, "related span");
    for (uint32_t k = 0; k < f->fix_count; k++)
      for (uint32_t e = 0; e < f->fixes[k].edit_count; e++)
        S_check_span(src, f->fixes[k].edits[e].range, "fix edit span");
  }
}

static void S_check_json(const char *json, size_t len, const char *what) {
  cJSON *doc = cJSON_ParseWithLength(json, len);
  if (!doc) S_fail(what, "not valid JSON");
  cJSON_Delete(doc);
}

/* Writes one report to memory; formats not implemented yet (-1) are fine.
 * The JSON-based formats must parse as JSON. */
static void S_report(const psa_results *res, psa_format fmt, const psa_report_options *o) {
  char *buf = NULL;
  size_t len = 0;
  FILE *mem = open_memstream(&buf, &len);
  if (!mem) return;
  char err[256];
  int rc = psa_results_write(res, fmt, o, mem, err, sizeof err);
  fclose(mem);
  if (rc == 0 && (fmt == PSA_FORMAT_JSON || fmt == PSA_FORMAT_SARIF || fmt == PSA_FORMAT_GITLAB)) {
    char what[64];
    snprintf(what, sizeof what, "the %s report", psa_format_name(fmt));
    S_check_json(buf, len, what);
  }
  free(buf);
}

/* Reused across inputs, as the CLI does; freed at exit, or LeakSanitizer
 * sees the parser's large internal arrays (malloc'd) referenced only from
 * tree-sitter's allocator chunks, which it does not scan. */
static psa_parser *S_parser;
static void S_free_parser(void) { psa_parser_free(S_parser); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > S_MAX_INPUT) return 0;
  if (!S_parser) {
    S_parser = psa_parser_new();
    atexit(S_free_parser);
  }
  psa_parser *parser = S_parser;

  /* prefilter and recovery on (the default), prefilter off, both off */
  static const psa_scan_options variants[] = {
      {.max_file_bytes = 0},
      {.no_prefilter = true},
      {.no_prefilter = true, .no_recovery = true},
  };
  static const char *const paths[] = {"fuzz/default.ps1", "fuzz/no-prefilter.ps1",
                                      "fuzz/no-recovery.ps1"};
  psa_results res = {0};
  for (size_t v = 0; v < sizeof variants / sizeof *variants; v++) {
    psa_file_result r;
    psa_scan_bytes(parser, paths[v], data, size, &variants[v], &r);
    S_check_result(&r, data, size);
    if (r.model && v == 1) {
      char *json = psa_model_to_json(r.model);
      if (!json) S_fail("psa_model_to_json returned NULL", NULL);
      S_check_json(json, strlen(json), "the model JSON");
      free(json);
    }
    psa_results_add(&res, &r, NULL, NULL);
    psa_file_result_free(&r);
  }

  psa_report_options plain = {0};
  psa_report_options loud = {.color = true, .show_source = true};
  psa_report_options stats = {.statistics = true, .quiet = true};
  S_report(&res, PSA_FORMAT_TEXT, &loud);
  S_report(&res, PSA_FORMAT_TEXT, &stats);
  S_report(&res, PSA_FORMAT_TEXT, &plain);
  S_report(&res, PSA_FORMAT_JSON, &plain);
  /* The other formats for one input in sixteen, chosen by the input's bytes
   * (so a crash replays): their cost is mostly per report, not per input
   * (a SARIF log carries every rule's help, 260 KB even for an empty run,
   * and costs more than the three scans under ASan), and would slow the
   * fuzzer down without reaching more of the scanner. */
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < size; i++) h = (h ^ data[i]) * 16777619u;
  if ((h & 15) == 0)
    for (int fmt = PSA_FORMAT_SARIF; fmt <= PSA_FORMAT_GITLAB; fmt++)
      S_report(&res, (psa_format)fmt, &plain);
  psa_results_free(&res);
  return 0;
}

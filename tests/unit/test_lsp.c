/* The language server's library part (analyzer/lsp): message framing,
 * UTF-16 positions, incremental parsing against parsing from scratch, and
 * the server driven in memory (a BOM, incremental changes against the same
 * text opened whole, requests for unknown documents). */
#include <cjson/cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/tsalloc.h"
#include "base/util.h"
#include "harness.h"
#include "lsp/lsp.h"
#include "psauth/parse.h"

/* ---- framing ------------------------------------------------------------ */

static void test_reader(void) {
  psa_lsp_reader r;
  psa_lsp_reader_init(&r, 100);
  const char *body;
  size_t len;
  /* byte by byte */
  const char *m = "Content-Length: 7\r\n\r\n{\"a\":1}";
  for (size_t i = 0; m[i]; i++) {
    CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_NEED_MORE);
    psa_lsp_reader_feed(&r, m + i, 1);
  }
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_MESSAGE);
  CHECK(len == 7 && !memcmp(body, "{\"a\":1}", 7));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_NEED_MORE);
  /* two at once, other headers, case, "\n\n" */
  const char *two = "content-length:  2 \r\nContent-Type: x\r\n\r\n{}Content-Length: 3\n\n[1]";
  psa_lsp_reader_feed(&r, two, strlen(two));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_MESSAGE);
  CHECK(len == 2 && !memcmp(body, "{}", 2));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_MESSAGE);
  CHECK(len == 3 && !memcmp(body, "[1]", 3));
  /* a bad header is dropped, the next message still comes */
  const char *bad = "Content-Length: 1x\r\n\r\nContent-Length: 2\r\n\r\nok";
  psa_lsp_reader_feed(&r, bad, strlen(bad));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_BAD_HEADER);
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_MESSAGE);
  CHECK(len == 2 && !memcmp(body, "ok", 2));
  /* too large: the body is skipped across feeds, unread */
  const char *big = "Content-Length: 150\r\n\r\n";
  psa_lsp_reader_feed(&r, big, strlen(big));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_TOO_LARGE);
  char junk[150];
  memset(junk, 'x', sizeof(junk));
  psa_lsp_reader_feed(&r, junk, 100);
  psa_lsp_reader_feed(&r, junk, 50);
  const char *after = "Content-Length: 1\r\n\r\n1";
  psa_lsp_reader_feed(&r, after, strlen(after));
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_MESSAGE);
  CHECK(len == 1 && body[0] == '1');
  /* no header end in sight: dropped once it is longer than a header can be */
  char *noise = psa_xmalloc(PSA_LSP_MAX_HEADER + 10);
  memset(noise, 'y', PSA_LSP_MAX_HEADER + 10);
  psa_lsp_reader_feed(&r, noise, PSA_LSP_MAX_HEADER + 10);
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_BAD_HEADER);
  CHECK(psa_lsp_reader_next(&r, &body, &len) == PSA_LSP_NEED_MORE);
  free(noise);
  psa_lsp_reader_free(&r);
}

/* ---- positions ---------------------------------------------------------- */

static void test_positions(void) {
  /* a, U+1F600 (4 bytes, 2 units), b, CRLF, é (2 bytes), CR, d, LF, LF */
  const char *t = "a\xF0\x9F\x98\x80" "b\r\n\xC3\xA9\rd\n\n";
  uint32_t n = (uint32_t)strlen(t);
  psa_lsp_lines l;
  psa_lsp_lines_build(&l, t, n);
  CHECK_INT(l.count, 5);
  uint32_t line, ch;
  psa_lsp_position(&l, t, n, 5, &line, &ch); /* 'b' */
  CHECK(line == 0 && ch == 3);
  psa_lsp_position(&l, t, n, 8, &line, &ch); /* 'é' */
  CHECK(line == 1 && ch == 0);
  psa_lsp_position(&l, t, n, 10, &line, &ch); /* the CR after é */
  CHECK(line == 1 && ch == 1);
  psa_lsp_position(&l, t, n, 11, &line, &ch); /* 'd' */
  CHECK(line == 2 && ch == 0);
  CHECK_INT(psa_lsp_offset(&l, t, n, 0, 3), 5);
  CHECK_INT(psa_lsp_offset(&l, t, n, 0, 2), 5);  /* inside the pair: past it */
  CHECK_INT(psa_lsp_offset(&l, t, n, 0, 99), 6); /* past the line: before its CRLF */
  CHECK_INT(psa_lsp_offset(&l, t, n, 2, 1), 12);
  CHECK_INT(psa_lsp_offset(&l, t, n, 4, 0), 14); /* the empty last line */
  CHECK_INT(psa_lsp_offset(&l, t, n, 9, 0), n);  /* past the end */
  /* every offset at a code point boundary goes there and back */
  for (uint32_t off = 0; off <= n; off++) {
    if (off < n && ((unsigned char)t[off] & 0xC0) == 0x80) continue;
    if (off > 0 && t[off - 1] == '\r' && t[off] == '\n') continue;
    psa_lsp_position(&l, t, n, off, &line, &ch);
    CHECK_INT(psa_lsp_offset(&l, t, n, line, ch), off);
  }
  psa_lsp_lines_free(&l);
}

/* Line starts against a byte-by-byte count, on random mixes of breaks. */
static void test_lines_random(void) {
  static const char alphabet[] = "\r\n\r\nab";
  char text[300];
  uint32_t seed = 1;
  int wrong = 0;
  for (int round = 0; round < 400; round++) {
    uint32_t n = (uint32_t)(round % 300);
    for (uint32_t i = 0; i < n; i++) {
      seed = seed * 1103515245u + 12345u;
      text[i] = alphabet[(seed >> 16) % (sizeof(alphabet) - 1)];
    }
    psa_lsp_lines l;
    psa_lsp_lines_build(&l, text, n);
    uint32_t want[301], count = 0;
    want[count++] = 0;
    for (uint32_t i = 0; i < n; i++) {
      if (text[i] != '\n' && text[i] != '\r') continue;
      if (text[i] == '\r' && i + 1 < n && text[i + 1] == '\n') i++;
      want[count++] = i + 1;
    }
    if (l.count != count || memcmp(l.starts, want, count * sizeof(uint32_t)) != 0) wrong++;
    psa_lsp_lines_free(&l);
  }
  CHECK_INT(wrong, 0);
}

/* ---- incremental parsing ------------------------------------------------ */

static TSPoint S_point(const char *t, uint32_t off) {
  TSPoint p = {0, 0};
  for (uint32_t i = 0; i < off; i++) {
    if (t[i] == '\n') {
      p.row++;
      p.column = 0;
    } else {
      p.column++;
    }
  }
  return p;
}

static uint64_t S_rng = 7;
static uint32_t S_rand(uint32_t n) {
  S_rng = S_rng * 6364136223846793005ULL + 1442695040888963407ULL;
  return n ? (uint32_t)((S_rng >> 33) % n) : 0;
}

static char *S_slurp(const char *path, uint32_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  psa_buf b;
  psa_buf_init(&b);
  char chunk[4096];
  size_t k;
  while ((k = fread(chunk, 1, sizeof(chunk), f)) > 0) psa_buf_append(&b, chunk, k);
  fclose(f);
  *len = (uint32_t)b.len;
  return psa_buf_detach(&b);
}

/* Random edits (PowerShell tokens inserted, ranges deleted) applied to a
 * sample with ts_tree_edit and an incremental parse: the tree must be the
 * one a parse from scratch gives, after every edit. */
static void test_incremental_parse(void) {
  static const char *const samples[] = {"exo-basic-rps.ps1", "tricky-forms.ps1",
                                        "smtp-send-report.ps1"};
  static const char *const tokens[] = {"\"", "'", "{", "}", "(", ")", "`\n", "\n", "@'\n",
                                       "\n'@", "# c\n", "<#", "#>", "$x = ", " -Credential $c",
                                       "New-PSSession ", ";", "\r\n", "param($a) "};
  psa_parser *p = psa_parser_new();
  for (size_t s = 0; s < sizeof(samples) / sizeof(*samples); s++) {
    char path[512];
    snprintf(path, sizeof(path), "%s/samples/%s", PSA_SOURCE_DIR, samples[s]);
    uint32_t len;
    char *text = S_slurp(path, &len);
    CHECK(text != NULL);
    if (!text) continue;
    psa_parse_result pr;
    psa_parse(p, text, len, true, &pr);
    TSTree *tree = pr.patched ? NULL : ts_tree_copy(pr.main.tree);
    psa_parse_result_free(&pr);
    int mismatches = 0;
    for (int round = 0; round < 25; round++) {
      uint32_t a = S_rand(len + 1), b = a + S_rand(len - a < 20 ? len - a + 1 : 20);
      const char *ins = S_rand(3) ? tokens[S_rand(sizeof(tokens) / sizeof(*tokens))] : "";
      uint32_t ilen = (uint32_t)strlen(ins);
      TSInputEdit e = {a, b, a + ilen, S_point(text, a), S_point(text, b), {0, 0}};
      char *next = psa_xmalloc(len - (b - a) + ilen + 1);
      memcpy(next, text, a);
      memcpy(next + a, ins, ilen);
      memcpy(next + a + ilen, text + b, len - b);
      len = len - (b - a) + ilen;
      next[len] = '\0';
      free(text);
      text = next;
      e.new_end_point = S_point(text, a + ilen);
      if (tree) ts_tree_edit(tree, &e);
      psa_parse_result inc, full;
      psa_parse_incremental(p, text, len, true, tree, &inc);
      psa_parse(p, text, len, true, &full);
      char *x = ts_node_string(ts_tree_root_node(inc.main.tree));
      char *y = ts_node_string(ts_tree_root_node(full.main.tree));
      if (strcmp(x, y) != 0 || inc.error_count != full.error_count) mismatches++;
      psa_tsalloc_free(x); /* tree-sitter's allocator (base/tsalloc.c) */
      psa_tsalloc_free(y);
      if (tree) ts_tree_delete(tree);
      tree = inc.patched ? NULL : ts_tree_copy(inc.main.tree);
      psa_parse_result_free(&inc);
      psa_parse_result_free(&full);
    }
    CHECK_INT(mismatches, 0);
    if (tree) ts_tree_delete(tree);
    free(text);
  }
  psa_parser_free(p);
}

/* ---- the server in memory ----------------------------------------------- */

typedef struct {
  cJSON *msgs; /* every message the server wrote */
} S_sink;

static void S_write(void *payload, const char *json, size_t len) {
  S_sink *k = payload;
  cJSON *m = cJSON_ParseWithLength(json, len);
  CHECK(m != NULL);
  if (m) cJSON_AddItemToArray(k->msgs, m);
}

static void S_send(psa_lsp_server *s, const char *json) { psa_lsp_server_message(s, json, strlen(json)); }

static void S_sendf(psa_lsp_server *s, cJSON *m) {
  cJSON_AddStringToObject(m, "jsonrpc", "2.0");
  char *t = cJSON_PrintUnformatted(m);
  S_send(s, t);
  free(t);
  cJSON_Delete(m);
}

/* The last diagnostics published for uri, as compact JSON. */
static char *S_last_diagnostics(S_sink *k, const char *uri) {
  const cJSON *m, *found = NULL;
  cJSON_ArrayForEach(m, k->msgs) {
    const cJSON *method = cJSON_GetObjectItemCaseSensitive(m, "method");
    const cJSON *p = cJSON_GetObjectItemCaseSensitive(m, "params");
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(p, "uri");
    if (cJSON_IsString(method) && !strcmp(method->valuestring, "textDocument/publishDiagnostics") &&
        cJSON_IsString(u) && !strcmp(u->valuestring, uri))
      found = cJSON_GetObjectItemCaseSensitive(p, "diagnostics");
  }
  return found ? cJSON_PrintUnformatted(found) : NULL;
}

static const cJSON *S_answer(S_sink *k, int id) {
  const cJSON *m;
  cJSON_ArrayForEach(m, k->msgs) {
    const cJSON *i = cJSON_GetObjectItemCaseSensitive(m, "id");
    if (cJSON_IsNumber(i) && i->valueint == id && !cJSON_GetObjectItemCaseSensitive(m, "method"))
      return m;
  }
  return NULL;
}

static void S_open(psa_lsp_server *s, const char *uri, const char *text) {
  cJSON *m = cJSON_CreateObject();
  cJSON_AddStringToObject(m, "method", "textDocument/didOpen");
  cJSON *td = cJSON_AddObjectToObject(cJSON_AddObjectToObject(m, "params"), "textDocument");
  cJSON_AddStringToObject(td, "uri", uri);
  cJSON_AddStringToObject(td, "languageId", "powershell");
  cJSON_AddNumberToObject(td, "version", 1);
  cJSON_AddStringToObject(td, "text", text);
  S_sendf(s, m);
}

static void S_change(psa_lsp_server *s, const char *uri, int version, int l0, int c0, int l1,
                     int c1, const char *text) {
  cJSON *m = cJSON_CreateObject();
  cJSON_AddStringToObject(m, "method", "textDocument/didChange");
  cJSON *p = cJSON_AddObjectToObject(m, "params");
  cJSON *td = cJSON_AddObjectToObject(p, "textDocument");
  cJSON_AddStringToObject(td, "uri", uri);
  cJSON_AddNumberToObject(td, "version", version);
  cJSON *ch = cJSON_CreateObject();
  cJSON *r = cJSON_AddObjectToObject(ch, "range");
  cJSON *a = cJSON_AddObjectToObject(r, "start");
  cJSON_AddNumberToObject(a, "line", l0);
  cJSON_AddNumberToObject(a, "character", c0);
  cJSON *b = cJSON_AddObjectToObject(r, "end");
  cJSON_AddNumberToObject(b, "line", l1);
  cJSON_AddNumberToObject(b, "character", c1);
  cJSON_AddStringToObject(ch, "text", text);
  cJSON_AddItemToArray(cJSON_AddArrayToObject(p, "contentChanges"), ch);
  S_sendf(s, m);
}

static void test_server(void) {
  S_sink k = {cJSON_CreateArray()};
  psa_lsp_server *s = psa_lsp_server_new(S_write, &k);
  S_send(s, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{},"
            "\"initializationOptions\":{\"ruleDocsUrl\":\"https://example.invalid/r\"}}}");
  CHECK(S_answer(&k, 1) && cJSON_GetObjectItemCaseSensitive(S_answer(&k, 1), "result"));
  S_send(s, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");

  /* a BOM is a character of the first line for the editor */
  const char *session = "$s = New-PSSession -ConnectionUri "
                        "https://outlook.office365.com/powershell-liveid/ -Authentication Basic\n";
  char *bom = psa_xmalloc(strlen(session) + 4);
  sprintf(bom, "\xEF\xBB\xBF%s", session);
  S_open(s, "untitled:bom", bom);
  S_open(s, "untitled:plain", session);
  psa_lsp_server_analyse_pending(s);
  char *with = S_last_diagnostics(&k, "untitled:bom");
  char *without = S_last_diagnostics(&k, "untitled:plain");
  CHECK(with && strstr(with, "\"start\":{\"line\":0,\"character\":6}"));
  CHECK(without && strstr(without, "\"start\":{\"line\":0,\"character\":5}"));
  CHECK(with && strstr(with, "\"href\":\"https://example.invalid/r/PSA101.md\""));
  free(with);
  free(without);
  free(bom);

  /* incremental changes end where the same text opened whole does */
  char path[512];
  snprintf(path, sizeof(path), "%s/samples/exo-basic-rps.ps1", PSA_SOURCE_DIR);
  uint32_t len;
  char *text = S_slurp(path, &len);
  CHECK(text != NULL);
  S_open(s, "untitled:incr", text ? text : "");
  psa_lsp_server_analyse_pending(s);
  S_change(s, "untitled:incr", 2, 0, 0, 0, 0, "# \xF0\x9F\x98\x80 first\n");         /* insert a line */
  S_change(s, "untitled:incr", 3, 0, 2, 0, 4, "\xC3\xA9");                           /* replace the pair */
  S_change(s, "untitled:incr", 4, 28, 0, 28, 0, "\n\n");                            /* lines in the middle */
  psa_lsp_server_analyse_pending(s);
  S_change(s, "untitled:incr", 5, 5, 0, 9, 0, "");                                  /* delete lines */
  S_change(s, "untitled:incr", 6, 27, 10, 27, 10, "`\n    ");                       /* split a command */
  psa_lsp_server_analyse_pending(s);
  /* the same edits by hand on the text */
  psa_lsp_lines l;
  psa_buf b;
  psa_buf_init(&b);
  psa_buf_puts(&b, "# \xC3\xA9 first\n");
  psa_buf_puts(&b, text ? text : "");
  char *t = psa_buf_detach(&b);
  struct { int l0, c0, l1, c1; const char *ins; } edits[] = {
      {28, 0, 28, 0, "\n\n"}, {5, 0, 9, 0, ""}, {27, 10, 27, 10, "`\n    "}};
  for (size_t i = 0; i < sizeof(edits) / sizeof(*edits); i++) {
    uint32_t n = (uint32_t)strlen(t);
    psa_lsp_lines_build(&l, t, n);
    uint32_t a = psa_lsp_offset(&l, t, n, (uint32_t)edits[i].l0, (uint32_t)edits[i].c0);
    uint32_t e = psa_lsp_offset(&l, t, n, (uint32_t)edits[i].l1, (uint32_t)edits[i].c1);
    psa_lsp_lines_free(&l);
    psa_buf_init(&b);
    psa_buf_append(&b, t, a);
    psa_buf_puts(&b, edits[i].ins);
    psa_buf_puts(&b, t + e);
    free(t);
    t = psa_buf_detach(&b);
  }
  S_open(s, "untitled:full", t);
  psa_lsp_server_analyse_pending(s);
  char *inc = S_last_diagnostics(&k, "untitled:incr");
  char *whole = S_last_diagnostics(&k, "untitled:full");
  CHECK(inc && whole && strstr(inc, "\"code\":\"PSA10"));
  if (inc && whole) {
    /* the related locations name their own document (same length) */
    char *p;
    while ((p = strstr(whole, "untitled:full"))) memcpy(p, "untitled:incr", 13);
    CHECK_STR(inc, whole);
  }
  free(inc);
  free(whole);
  free(t);
  free(text);

  /* a document over the config's maxFileSize is not analysed, and says so */
  char dir[] = "/tmp/psauth-lsp-XXXXXX";
  CHECK(mkdtemp(dir) != NULL);
  char cfg[600], uri[600];
  snprintf(cfg, sizeof(cfg), "%s/psauth.json", dir);
  FILE *f = fopen(cfg, "w");
  CHECK(f != NULL);
  if (f) {
    fputs("{\"maxFileSize\": 100}", f);
    fclose(f);
  }
  snprintf(uri, sizeof(uri), "file://%s/big.ps1", dir);
  size_t before = (size_t)cJSON_GetArraySize(k.msgs);
  S_open(s, uri, session); /* 118 bytes */
  psa_lsp_server_analyse_pending(s);
  char *big = S_last_diagnostics(&k, uri);
  CHECK_STR(big, "[]");
  free(big);
  bool said = false;
  for (int i = (int)before; i < cJSON_GetArraySize(k.msgs); i++) {
    char *m = cJSON_PrintUnformatted(cJSON_GetArrayItem(k.msgs, i));
    if (strstr(m, "not analysed") && strstr(m, "maxFileSize")) said = true;
    free(m);
  }
  CHECK(said);
  remove(cfg);
  rmdir(dir);

  /* requests on unknown documents answer, they do not fail */
  S_send(s, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
            "{\"uri\":\"untitled:none\"},\"position\":{\"line\":0,\"character\":0}}}");
  const cJSON *h = S_answer(&k, 7);
  CHECK(h && cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(h, "result")));
  S_send(s, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"workspace/executeCommand\",\"params\":"
            "{\"command\":\"psauth.fixAll\",\"arguments\":[\"untitled:none\"]}}");
  const cJSON *x = S_answer(&k, 8);
  CHECK(x && cJSON_GetObjectItemCaseSensitive(x, "error"));
  /* a change for a document that is not open changes nothing */
  S_change(s, "untitled:none", 2, 0, 0, 0, 0, "x");
  S_send(s, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
  CHECK_INT(psa_lsp_server_exit_code(s), 1); /* no shutdown first */
  psa_lsp_server_free(s);
  cJSON_Delete(k.msgs);
}

int main(void) {
  test_reader();
  test_positions();
  test_lines_random();
  test_incremental_parse();
  test_server();
  return psa_test_done("lsp");
}

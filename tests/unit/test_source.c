/* Source loading: encoding and line-ending detection, byte-exact round trips,
 * positions, and the refusals (binary, bad encoding, too large, not regular,
 * unreadable). Inputs are built in memory with an encoder written here, so
 * a bug shared by the library's decoder and encoder cannot hide. */
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "psauth/source.h"

/* Windows-1252 0x80..0x9F, the five undefined bytes as C1 controls (.NET). */
static const uint32_t S_1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

static char S_dir[64];

/* ---- helpers ---- */

static size_t S_utf8(unsigned char *p, uint32_t cp) {
  if (cp < 0x80) return p[0] = (unsigned char)cp, 1;
  if (cp < 0x800) {
    p[0] = (unsigned char)(0xC0 | cp >> 6), p[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    p[0] = (unsigned char)(0xE0 | cp >> 12), p[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3F));
    p[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  p[0] = (unsigned char)(0xF0 | cp >> 18), p[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3F));
  p[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3F)), p[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* Reads one code point of (valid) UTF-8. */
static uint32_t S_next(const unsigned char **s) {
  const unsigned char *p = *s;
  uint32_t cp;
  if (p[0] < 0x80) cp = p[0], *s += 1;
  else if (p[0] < 0xE0) cp = (p[0] & 0x1Fu) << 6 | (p[1] & 0x3F), *s += 2;
  else if (p[0] < 0xF0) cp = (p[0] & 0x0Fu) << 12 | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3F), *s += 3;
  else cp = (p[0] & 0x07u) << 18 | (p[1] & 0x3Fu) << 12 | (p[2] & 0x3Fu) << 6 | (p[3] & 0x3F), *s += 4;
  return cp;
}

static unsigned char *S_put16(unsigned char *p, uint32_t u, int be) {
  p[be ? 0 : 1] = (unsigned char)(u >> 8), p[be ? 1 : 0] = (unsigned char)u;
  return p + 2;
}

/* The test's own encoder: UTF-8 'text' in 'enc', with BOM. Caller frees. */
static unsigned char *S_encode(const char *text, psa_encoding enc, size_t *len) {
  size_t n = strlen(text);
  unsigned char *out = malloc(2 * n + 4), *p = out;
  const unsigned char *s = (const unsigned char *)text, *end = s + n;
  if (enc == PSA_ENC_UTF8_BOM) *p++ = 0xEF, *p++ = 0xBB, *p++ = 0xBF;
  if (enc == PSA_ENC_UTF16LE) p = S_put16(p, 0xFEFF, 0);
  if (enc == PSA_ENC_UTF16BE) p = S_put16(p, 0xFEFF, 1);
  while (s < end) {
    uint32_t cp = S_next(&s);
    int be = enc == PSA_ENC_UTF16BE;
    if (enc == PSA_ENC_UTF8 || enc == PSA_ENC_UTF8_BOM) {
      p += S_utf8(p, cp);
    } else if (enc == PSA_ENC_WIN1252) {
      int b = cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF) ? (int)cp : -1;
      for (int i = 0; i < 32 && b < 0; i++)
        if (S_1252[i] == cp) b = 0x80 + i;
      *p++ = (unsigned char)b;
    } else if (cp >= 0x10000) {
      p = S_put16(p, 0xD800 + ((cp - 0x10000) >> 10), be);
      p = S_put16(p, 0xDC00 + (cp & 0x3FF), be);
    } else {
      p = S_put16(p, cp, be);
    }
  }
  *len = (size_t)(p - out);
  return out;
}

/* Loads raw bytes from memory; checks that unchanged text encodes back to them. */
static psa_source *S_roundtrip(const void *raw, size_t len) {
  psa_load_status st = PSA_LOAD_IO_ERROR;
  char msg[128] = "x";
  psa_source *src = psa_source_from_bytes("mem.ps1", raw, len, &st, msg, sizeof msg);
  CHECK(src != NULL);
  if (!src) return NULL;
  CHECK_INT(st, PSA_LOAD_OK);
  CHECK_STR(msg, "");
  CHECK(src->raw_len == len && memcmp(src->raw, raw, len) == 0);
  CHECK(src->text[src->text_len] == '\0');
  size_t out_len = 0;
  unsigned char *out = psa_source_encode(src, src->text, src->text_len, &out_len);
  CHECK(out != NULL && out_len == len && memcmp(out, raw, len) == 0);
  free(out);
  return src;
}

/* Expects from_bytes to refuse 'raw' with 'want', its message containing 'needle'. */
static void S_refused(const void *raw, size_t len, psa_load_status want, const char *needle) {
  psa_load_status st = PSA_LOAD_OK;
  char msg[128] = "";
  psa_source *src = psa_source_from_bytes("mem.ps1", raw, len, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, want);
  if (!strstr(msg, needle)) fprintf(stderr, "message \"%s\" lacks \"%s\"\n", msg, needle);
  CHECK(strstr(msg, needle) != NULL);
  psa_source_free(src);
}

static void S_path(char *buf, size_t n, const char *name) {
  snprintf(buf, n, "%s/%s", S_dir, name);
}

static void S_write(const char *path, const void *data, size_t len) {
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f) return;
  CHECK(fwrite(data, 1, len, f) == len);
  fclose(f);
}

static void S_check_pos(const psa_source *src, uint32_t off, uint32_t line, uint32_t col) {
  uint32_t l = 0, c = 0;
  psa_source_position(src, off, &l, &c);
  if (l != line || c != col)
    fprintf(stderr, "offset %u: got %u:%u, expected %u:%u\n", off, l, c, line, col);
  CHECK(l == line && c == col);
}

/* ---- tests ---- */

static void test_names(void) {
  CHECK_STR(psa_encoding_name(PSA_ENC_UTF8), "utf-8");
  CHECK_STR(psa_encoding_name(PSA_ENC_UTF8_BOM), "utf-8-bom");
  CHECK_STR(psa_encoding_name(PSA_ENC_UTF16LE), "utf-16le");
  CHECK_STR(psa_encoding_name(PSA_ENC_UTF16BE), "utf-16be");
  CHECK_STR(psa_encoding_name(PSA_ENC_WIN1252), "windows-1252");
  CHECK_STR(psa_eol_name(PSA_EOL_NONE), "none");
  CHECK_STR(psa_eol_name(PSA_EOL_LF), "lf");
  CHECK_STR(psa_eol_name(PSA_EOL_CRLF), "crlf");
  CHECK_STR(psa_eol_name(PSA_EOL_CR), "cr");
  CHECK_STR(psa_eol_name(PSA_EOL_MIXED), "mixed");
}

/* Every encoding x every line-ending style, with and without a final break:
 * detection, decoding to the expected UTF-8, line count, byte-exact round trip. */
static void test_matrix(void) {
  /* "é" (E9) followed by a space is invalid UTF-8, so the 1252 form is
   * detected as 1252; "€" is 0x80 there. */
  static const char *l1 = "$s = 'caf\xC3\xA9 \xE2\x82\xAC'", *l2 = "Write-Host $s",
                    *l3 = "# fin";
  static const struct {
    psa_eol eol;
    const char *b1, *b2, *last; /* breaks after line 1, line 2, and final */
  } styles[] = {
      {PSA_EOL_LF, "\n", "\n", "\n"},
      {PSA_EOL_CRLF, "\r\n", "\r\n", "\r\n"},
      {PSA_EOL_CR, "\r", "\r", "\r"},
      {PSA_EOL_MIXED, "\r\n", "\n", "\r"},
      {PSA_EOL_MIXED, "\n", "\r", "\n"},
  };
  for (int enc = PSA_ENC_UTF8; enc <= PSA_ENC_WIN1252; enc++) {
    for (size_t s = 0; s <= sizeof styles / sizeof styles[0]; s++) {
      for (int final = 0; final < 2; final++) {
        char text[128];
        psa_eol eol = PSA_EOL_NONE;
        uint32_t lines = 1;
        if (s == sizeof styles / sizeof styles[0]) { /* no break at all */
          if (final) continue;
          snprintf(text, sizeof text, "%s", l1);
        } else {
          eol = styles[s].eol;
          lines = 3 + (uint32_t)final;
          snprintf(text, sizeof text, "%s%s%s%s%s%s", l1, styles[s].b1, l2, styles[s].b2, l3,
                   final ? styles[s].last : "");
        }
        size_t len;
        unsigned char *raw = S_encode(text, (psa_encoding)enc, &len);
        psa_source *src = S_roundtrip(raw, len);
        if (src) {
          if (src->encoding != (psa_encoding)enc || src->eol != eol)
            fprintf(stderr, "matrix %s/%zu/%d: got %s/%s\n", psa_encoding_name((psa_encoding)enc),
                    s, final, psa_encoding_name(src->encoding), psa_eol_name(src->eol));
          CHECK_INT(src->encoding, enc);
          CHECK_INT(src->eol, eol);
          CHECK_INT(src->final_newline, final);
          CHECK(src->text_len == strlen(text) && strcmp(src->text, text) == 0);
          CHECK_INT(src->line_count, lines);
          CHECK_INT(psa_source_line_start(src, 2), lines > 1 ? strlen(l1) + strlen(styles[s].b1)
                                                             : strlen(l1));
          CHECK_INT(psa_source_line_start(src, src->line_count + 1), src->text_len);
        }
        psa_source_free(src);
        free(raw);
      }
    }
  }
}

/* Line/column in a UTF-16LE CRLF file with a 2-byte and a 4-byte (non-BMP)
 * character: columns count code points, not UTF-8 bytes or UTF-16 units. */
static void test_positions_utf16(void) {
  /* offsets: é 0-1, 😀 2-5, a 6, b 7, CR 8, LF 9 | x 10, 😀 11-14, y 15,
   * CRLF 16-17 | CRLF 18-19 | z 20, end 21 */
  const char *text = "\xC3\xA9\xF0\x9F\x98\x80" "ab\r\nx\xF0\x9F\x98\x80y\r\n\r\nz";
  size_t len;
  unsigned char *raw = S_encode(text, PSA_ENC_UTF16LE, &len);
  psa_source *src = S_roundtrip(raw, len);
  free(raw);
  if (!src) return;
  CHECK_INT(src->encoding, PSA_ENC_UTF16LE);
  CHECK_INT(src->eol, PSA_EOL_CRLF);
  CHECK_INT(src->final_newline, 0);
  CHECK_INT(src->text_len, 21);
  CHECK_INT(src->line_count, 4);
  S_check_pos(src, 0, 1, 1);
  S_check_pos(src, 2, 1, 2);  /* the emoji */
  S_check_pos(src, 6, 1, 3);  /* 'a': byte 7, UTF-16 unit 4, code point 3 */
  S_check_pos(src, 7, 1, 4);
  S_check_pos(src, 8, 1, 5);  /* the CR ends line 1 */
  S_check_pos(src, 10, 2, 1); /* CRLF is one break */
  S_check_pos(src, 11, 2, 2);
  S_check_pos(src, 15, 2, 3); /* 'y' */
  S_check_pos(src, 18, 3, 1); /* empty line */
  S_check_pos(src, 20, 4, 1);
  S_check_pos(src, 21, 4, 2); /* end of text */
  S_check_pos(src, 1000, 4, 2); /* past the end clamps */
  CHECK_INT(psa_source_line_start(src, 0), 0);
  CHECK_INT(psa_source_line_start(src, 1), 0);
  CHECK_INT(psa_source_line_start(src, 2), 10);
  CHECK_INT(psa_source_line_start(src, 3), 18);
  CHECK_INT(psa_source_line_start(src, 4), 20);
  CHECK_INT(psa_source_line_start(src, 5), 21);
  CHECK_INT(psa_source_line_start(src, 99), 21);
  psa_source_free(src);
}

static void test_positions_1252(void) {
  /* "café x": 'x' is byte 6 of the file but offset 6 of the UTF-8 text
   * (é takes 2) and column 6 (the 6th character). */
  const unsigned char raw[] = {'c', 'a', 'f', 0xE9, ' ', 'x'};
  psa_source *src = S_roundtrip(raw, sizeof raw);
  if (!src) return;
  CHECK_INT(src->encoding, PSA_ENC_WIN1252);
  CHECK_STR(src->text, "caf\xC3\xA9 x");
  S_check_pos(src, 6, 1, 6);
  S_check_pos(src, 3, 1, 4);
  psa_source_free(src);
}

static void test_cr_only(void) {
  psa_source *src = S_roundtrip("a\rb\r\rc", 6);
  if (src) {
    CHECK_INT(src->eol, PSA_EOL_CR);
    CHECK_INT(src->final_newline, 0);
    CHECK_INT(src->line_count, 4);
    S_check_pos(src, 1, 1, 2);
    S_check_pos(src, 2, 2, 1);
    S_check_pos(src, 4, 3, 1);
    S_check_pos(src, 5, 4, 1);
    CHECK_INT(psa_source_line_start(src, 4), 5);
  }
  psa_source_free(src);
  src = S_roundtrip("a\r", 2);
  if (src) {
    CHECK_INT(src->eol, PSA_EOL_CR);
    CHECK_INT(src->final_newline, 1);
    CHECK_INT(src->line_count, 2);
    S_check_pos(src, 2, 2, 1);
  }
  psa_source_free(src);
  /* CR and LF as separate breaks ("\n\r" is not CRLF): mixed, 3 lines. */
  src = S_roundtrip("a\n\rb", 4);
  if (src) {
    CHECK_INT(src->eol, PSA_EOL_MIXED);
    CHECK_INT(src->line_count, 3);
  }
  psa_source_free(src);
}

/* Every byte 0x80..0xFF decodes to its cp1252 character (the five undefined
 * ones to U+0081 etc.) and encodes back to itself. */
static void test_1252_bytes(void) {
  unsigned char raw[128], want[512];
  size_t wlen = 0;
  for (int i = 0; i < 128; i++) {
    raw[i] = (unsigned char)(0x80 + i);
    wlen += S_utf8(want + wlen, i < 32 ? S_1252[i] : (uint32_t)(0x80 + i));
  }
  want[wlen] = '\0';
  psa_source *src = S_roundtrip(raw, sizeof raw);
  if (src) {
    CHECK_INT(src->encoding, PSA_ENC_WIN1252);
    CHECK(src->text_len == wlen && memcmp(src->text, want, wlen) == 0);
    S_check_pos(src, src->text_len, 1, 129); /* one column per byte */
  }
  psa_source_free(src);
  /* Each byte alone between ASCII letters. */
  for (int b = 0x80; b <= 0xFF; b++) {
    unsigned char one[3] = {'a', (unsigned char)b, 'z'}, exp[8] = {'a'};
    size_t n = 1 + S_utf8(exp + 1, b < 0xA0 ? S_1252[b - 0x80] : (uint32_t)b);
    exp[n++] = 'z';
    src = S_roundtrip(one, 3);
    if (src) {
      CHECK_INT(src->encoding, PSA_ENC_WIN1252);
      if (src->text_len != n || memcmp(src->text, exp, n) != 0)
        fprintf(stderr, "byte 0x%02X decoded wrongly\n", b);
      CHECK(src->text_len == n && memcmp(src->text, exp, n) == 0);
    }
    psa_source_free(src);
  }
  /* The five undefined bytes explicitly. */
  static const unsigned char undef[] = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
  src = S_roundtrip(undef, sizeof undef);
  if (src) CHECK_STR(src->text, "\xC2\x81\xC2\x8D\xC2\x8F\xC2\x90\xC2\x9D");
  psa_source_free(src);
}

/* Ill-formed UTF-8 makes a BOM-less file 1252; well-formed edge cases stay UTF-8. */
static void test_utf8_validity(void) {
  static const char *invalid[] = {
      "\xC0\xAF",         "\xC1\xBF",         "\xE0\x80\xAF",     "\xE0\x9F\xBF", /* overlong */
      "\xF0\x80\x80\xAF", "\xF0\x8F\xBF\xBF",                                     /* overlong */
      "\xED\xA0\x80",     "\xED\xBF\xBF",                                         /* surrogates */
      "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xF7\xBF\xBF\xBF",                 /* > U+10FFFF */
      "\x80",             "\xBF",             "\xC2",             "\xE2\x82",     /* stray, truncated */
      "\xF0\x9F\x98",     "\xC3\x28",         "\xFE",             "\xFF",
  };
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    char buf[16];
    int n = snprintf(buf, sizeof buf, "a%sb", invalid[i]);
    psa_source *src = S_roundtrip(buf, (size_t)n);
    if (src && src->encoding != PSA_ENC_WIN1252) fprintf(stderr, "invalid #%zu taken as UTF-8\n", i);
    CHECK(src && src->encoding == PSA_ENC_WIN1252);
    psa_source_free(src);
  }
  static const char *valid[] = {
      "\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
      "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF",
  };
  for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
    char buf[16];
    int n = snprintf(buf, sizeof buf, "a%sb", valid[i]);
    psa_source *src = S_roundtrip(buf, (size_t)n);
    if (src && src->encoding != PSA_ENC_UTF8) fprintf(stderr, "valid #%zu not taken as UTF-8\n", i);
    CHECK(src && src->encoding == PSA_ENC_UTF8 && strcmp(src->text, buf) == 0);
    psa_source_free(src);
  }
}

static void test_refusals(void) {
  S_refused("a\0b", 3, PSA_LOAD_BINARY, "binary file (NUL byte at offset 1)");
  S_refused("\xEF\xBB\xBF" "ab\0", 6, PSA_LOAD_BINARY, "offset 5");
  S_refused("caf\xE9\0", 5, PSA_LOAD_BINARY, "offset 4");
  /* UTF-16: NUL bytes are normal, a U+0000 character is binary (this also
   * catches UTF-32LE, whose BOM FF FE 00 00 looks like UTF-16LE). */
  psa_source *src = S_roundtrip("\xFF\xFE" "A\0", 4);
  if (src) CHECK_STR(src->text, "A");
  psa_source_free(src);
  S_refused("\xFF\xFE\0\0A\0\0\0", 8, PSA_LOAD_BINARY, "NUL character at offset 2");
  S_refused("\xFF\xFE" "A\0B", 5, PSA_LOAD_BAD_ENCODING, "odd number of bytes (5)");
  S_refused("\xFE\xFF\0A\0", 5, PSA_LOAD_BAD_ENCODING, "UTF-16BE file has an odd number");
  S_refused("\xFF\xFE" "A\0\x00\xD8" "B\0", 8, PSA_LOAD_BAD_ENCODING,
            "unpaired UTF-16 surrogate at offset 4");           /* high, then no low */
  S_refused("\xFF\xFE\x3D\xD8", 4, PSA_LOAD_BAD_ENCODING, "unpaired"); /* high at end */
  S_refused("\xFF\xFE\x00\xDC\x3D\xD8", 6, PSA_LOAD_BAD_ENCODING, "offset 2"); /* low first */
  S_refused("\xFF\xFE\x00\xDC\x00\xDC", 6, PSA_LOAD_BAD_ENCODING, "offset 2"); /* low, low */
  S_refused("\xFE\xFF\xD8\x3D\0A", 6, PSA_LOAD_BAD_ENCODING, "unpaired"); /* BE */
  S_refused("\xEF\xBB\xBF" "a\xC3\x28", 6, PSA_LOAD_BAD_ENCODING,
            "invalid UTF-8 at offset 4 after a UTF-8 BOM");
  /* A valid pair in each byte order decodes to one code point. */
  src = S_roundtrip("\xFE\xFF\xD8\x3D\xDE\x00", 6);
  if (src) CHECK_STR(src->text, "\xF0\x9F\x98\x80");
  psa_source_free(src);
  /* NULL status and message are allowed. */
  CHECK(psa_source_from_bytes("x", "\0", 1, NULL, NULL, 0) == NULL);
}

static void test_empty_and_bom_only(void) {
  static const struct {
    const char *raw;
    size_t len;
    psa_encoding enc;
  } cases[] = {
      {"", 0, PSA_ENC_UTF8},
      {"\xEF\xBB\xBF", 3, PSA_ENC_UTF8_BOM},
      {"\xFF\xFE", 2, PSA_ENC_UTF16LE},
      {"\xFE\xFF", 2, PSA_ENC_UTF16BE},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    psa_source *src = S_roundtrip(cases[i].raw, cases[i].len);
    if (!src) continue;
    CHECK_INT(src->encoding, cases[i].enc);
    CHECK_INT(src->text_len, 0);
    CHECK_STR(src->text, "");
    CHECK_INT(src->line_count, 1);
    CHECK_INT(src->eol, PSA_EOL_NONE);
    CHECK_INT(src->final_newline, 0);
    S_check_pos(src, 0, 1, 1);
    S_check_pos(src, 7, 1, 1);
    CHECK_INT(psa_source_line_start(src, 2), 0);
    psa_source_free(src);
  }
  psa_load_status st;
  psa_source *src = psa_source_from_bytes("x", NULL, 0, &st, NULL, 0);
  CHECK(src != NULL && st == PSA_LOAD_OK);
  psa_source_free(src);
}

static void test_encode(void) {
  size_t n = 0;
  unsigned char *out;
  psa_source *w = psa_source_from_bytes("w", "caf\xE9", 4, NULL, NULL, 0);
  psa_source *be = psa_source_from_bytes("b", "\xFE\xFF", 2, NULL, NULL, 0);
  psa_source *u8 = psa_source_from_bytes("u", "a", 1, NULL, NULL, 0);
  CHECK(w && be && u8);
  if (!w || !be || !u8) goto done;
  CHECK_INT(w->encoding, PSA_ENC_WIN1252);
  /* Not representable in 1252: NULL. U+0080 is not 0x80 (that byte is €). */
  CHECK(psa_source_encode(w, "\xC4\x81", 2, &n) == NULL);          /* ā */
  CHECK(psa_source_encode(w, "\xF0\x9F\x98\x80", 4, &n) == NULL);  /* 😀 */
  CHECK(psa_source_encode(w, "\xC2\x80", 2, &n) == NULL);          /* U+0080 */
  out = psa_source_encode(w, "\xE2\x82\xAC\xC2\x81\xC5\xB8", 7, &n); /* € U+0081 Ÿ */
  CHECK(out && n == 3 && memcmp(out, "\x80\x81\x9F", 3) == 0);
  free(out);
  /* Edited text in UTF-16BE gets the BOM and a surrogate pair. */
  out = psa_source_encode(be, "A\xC3\xA9\xF0\x9F\x98\x80", 7, &n);
  CHECK(out && n == 10 && memcmp(out, "\xFE\xFF\0A\0\xE9\xD8\x3D\xDE\x00", 10) == 0);
  free(out);
  out = psa_source_encode(be, "", 0, &n);
  CHECK(out && n == 2);
  free(out);
  /* Ill-formed UTF-8 text has no encoding in any of them. */
  CHECK(psa_source_encode(u8, "\xC0\xAF", 2, &n) == NULL);
  CHECK(psa_source_encode(be, "\xED\xA0\x80", 3, &n) == NULL);
  CHECK(psa_source_encode(w, "\xE2\x82", 2, &n) == NULL);
  out = psa_source_encode(u8, "", 0, &n);
  CHECK(out && n == 0);
  free(out);
done:
  psa_source_free(w);
  psa_source_free(be);
  psa_source_free(u8);
}

static void test_load_files(void) {
  char path[128], msg[128];
  psa_load_status st;
  psa_source *src;

  /* A UTF-16LE CRLF file from disk. */
  size_t len;
  unsigned char *raw = S_encode("Write-Host 'h\xC3\xA9'\r\n", PSA_ENC_UTF16LE, &len);
  S_path(path, sizeof path, "u16.ps1");
  S_write(path, raw, len);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src != NULL && st == PSA_LOAD_OK);
  if (src) {
    CHECK_STR(src->path, path);
    CHECK(src->raw_len == len && memcmp(src->raw, raw, len) == 0);
    CHECK_INT(src->encoding, PSA_ENC_UTF16LE);
    CHECK_INT(src->eol, PSA_EOL_CRLF);
    CHECK_INT(src->final_newline, 1);
    CHECK_STR(src->text, "Write-Host 'h\xC3\xA9'\r\n");
  }
  psa_source_free(src);
  free(raw);

  /* Size limit: exactly at the limit loads, one byte over does not. */
  char big[100];
  memset(big, 'x', sizeof big);
  S_path(path, sizeof path, "big.ps1");
  S_write(path, big, sizeof big);
  src = psa_source_load(path, 99, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_TOO_LARGE);
  CHECK_STR(msg, "file is 100 bytes, over the limit of 99 bytes");
  src = psa_source_load(path, 100, &st, msg, sizeof msg);
  CHECK(src != NULL && src->text_len == 100);
  psa_source_free(src);

  /* Binary from disk. */
  S_path(path, sizeof path, "bin.ps1");
  S_write(path, "ab\0", 3);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_BINARY);
  CHECK_STR(msg, "binary file (NUL byte at offset 2)");

  /* Empty and BOM-only files. */
  S_path(path, sizeof path, "empty.ps1");
  S_write(path, "", 0);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src && src->text_len == 0 && src->line_count == 1 && src->raw_len == 0);
  psa_source_free(src);
  S_path(path, sizeof path, "bom.ps1");
  S_write(path, "\xEF\xBB\xBF", 3);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src && src->encoding == PSA_ENC_UTF8_BOM && src->text_len == 0 && src->line_count == 1);
  psa_source_free(src);

  /* Missing file. */
  S_path(path, sizeof path, "missing.ps1");
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_IO_ERROR);
  CHECK_STR(msg, "No such file or directory");

  /* Unreadable file. Root bypasses permission checks, so under root (as
   * the tests usually run) the load succeeds and the assertion is skipped. */
  S_path(path, sizeof path, "noperm.ps1");
  S_write(path, "x", 1);
  chmod(path, 0);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  if (geteuid() != 0) {
    CHECK(src == NULL);
    CHECK_INT(st, PSA_LOAD_IO_ERROR);
    CHECK_STR(msg, "Permission denied");
  }
  psa_source_free(src);
}

static void test_not_regular(void) {
  char path[128], link[128], msg[128];
  psa_load_status st;
  psa_source *src;

  src = psa_source_load(S_dir, 0, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_NOT_REGULAR);
  CHECK_STR(msg, "is a directory");

  /* Opening a FIFO for reading would block until a writer comes: if the
   * loader ever does, the alarm kills the test instead of hanging it. */
  S_path(path, sizeof path, "fifo.ps1");
  CHECK(mkfifo(path, 0600) == 0);
  alarm(10);
  src = psa_source_load(path, 0, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_NOT_REGULAR);
  CHECK_STR(msg, "is a FIFO");
  /* Never even opened: a writer blocked in open() would be released by any
   * reader. (A slow machine could make this pass wrongly, never fail.) */
  pid_t pid = fork();
  if (pid == 0) {
    alarm(5);
    _exit(open(path, O_WRONLY) >= 0 ? 0 : 1);
  }
  CHECK(pid > 0);
  if (pid > 0) {
    struct timespec pause = {0, 100 * 1000 * 1000};
    nanosleep(&pause, NULL); /* let the child block in open() */
    src = psa_source_load(path, 0, &st, msg, sizeof msg);
    CHECK(src == NULL && st == PSA_LOAD_NOT_REGULAR);
    nanosleep(&pause, NULL);
    int wst;
    CHECK(waitpid(pid, &wst, WNOHANG) == 0); /* still blocked */
    kill(pid, SIGKILL);
    waitpid(pid, &wst, 0);
  }
  /* Through a symlink too. */
  S_path(link, sizeof link, "fifo-link.ps1");
  CHECK(symlink(path, link) == 0);
  src = psa_source_load(link, 0, &st, msg, sizeof msg);
  CHECK(src == NULL);
  CHECK_INT(st, PSA_LOAD_NOT_REGULAR);
  CHECK_STR(msg, "is a FIFO");
  alarm(0);

  /* A symlink to a regular file loads. */
  S_path(path, sizeof path, "real.ps1");
  S_write(path, "ok", 2);
  S_path(link, sizeof link, "real-link.ps1");
  CHECK(symlink(path, link) == 0);
  src = psa_source_load(link, 0, &st, msg, sizeof msg);
  CHECK(src != NULL && st == PSA_LOAD_OK);
  psa_source_free(src);

  struct stat sb;
  if (stat("/dev/null", &sb) == 0 && S_ISCHR(sb.st_mode)) {
    src = psa_source_load("/dev/null", 0, &st, msg, sizeof msg);
    CHECK(src == NULL);
    CHECK_INT(st, PSA_LOAD_NOT_REGULAR);
    CHECK_STR(msg, "is a character device");
  }
}

static void S_cleanup(void) {
  static const char *names[] = {"u16.ps1",  "big.ps1",       "bin.ps1",       "empty.ps1",
                                "bom.ps1",  "noperm.ps1",    "fifo.ps1",      "fifo-link.ps1",
                                "real.ps1", "real-link.ps1"};
  char path[128];
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
    S_path(path, sizeof path, names[i]);
    unlink(path);
  }
  rmdir(S_dir);
}

/* A UTF-8 file without BOM is its own text (one copy of a big script, not
 * two); with a BOM or another encoding the text is a decoding of its own. */
static void test_one_copy(void) {
  psa_source *a = psa_source_from_bytes("a", "x = 1\n", 6, NULL, NULL, 0);
  CHECK(a != NULL && a->text == (char *)a->raw && a->text[a->text_len] == '\0');
  CHECK(a->text_len == 6 && memcmp(a->raw, "x = 1\n", 6) == 0);
  size_t len;
  unsigned char *out = psa_source_encode(a, a->text, a->text_len, &len);
  CHECK(out != NULL && len == 6 && memcmp(out, "x = 1\n", 6) == 0);
  free(out);
  psa_source_free(a);
  psa_source *b = psa_source_from_bytes("b", "\xEF\xBB\xBFx", 4, NULL, NULL, 0);
  CHECK(b != NULL && b->text != (char *)b->raw && strcmp(b->text, "x") == 0 && b->raw_len == 4);
  psa_source_free(b);
  psa_source *w = psa_source_from_bytes("w", "caf\xE9", 4, NULL, NULL, 0);
  CHECK(w != NULL && w->text != (char *)w->raw && strcmp(w->text, "caf\xC3\xA9") == 0);
  CHECK(w->raw_len == 4 && memcmp(w->raw, "caf\xE9", 4) == 0);
  psa_source_free(w);
}

int main(void) {
  snprintf(S_dir, sizeof S_dir, "/tmp/psauth-source-XXXXXX");
  if (!mkdtemp(S_dir)) {
    perror("mkdtemp");
    return 1;
  }
  test_names();
  test_matrix();
  test_positions_utf16();
  test_positions_1252();
  test_cr_only();
  test_1252_bytes();
  test_utf8_validity();
  test_refusals();
  test_empty_and_bom_only();
  test_encode();
  test_load_files();
  test_not_regular();
  test_one_copy();
  S_cleanup();
  return psa_test_done("source");
}

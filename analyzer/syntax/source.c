/* Faithful source loading: encoding detection, lossless decoding to UTF-8,
 * line indexing and encoding back (see include/psauth/source.h). */
#include "psauth/source.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/util.h"

/* text_len and line_starts are 32-bit, and one more byte holds the NUL. */
#define S_TEXT_MAX ((size_t)UINT32_MAX - 1)

/* Windows-1252 0x80..0x9F. The five bytes cp1252 leaves undefined map to the
 * C1 control of the same value, as .NET does, so every byte decodes and the
 * mapping is a bijection (encode(decode(raw)) == raw). 0xA0..0xFF are
 * Latin-1. */
static const uint16_t S_cp1252_hi[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

const char *psa_encoding_name(psa_encoding e) {
  switch (e) {
  case PSA_ENC_UTF8: return "utf-8";
  case PSA_ENC_UTF8_BOM: return "utf-8-bom";
  case PSA_ENC_UTF16LE: return "utf-16le";
  case PSA_ENC_UTF16BE: return "utf-16be";
  case PSA_ENC_WIN1252: return "windows-1252";
  }
  return "unknown";
}

const char *psa_eol_name(psa_eol e) {
  switch (e) {
  case PSA_EOL_NONE: return "none";
  case PSA_EOL_LF: return "lf";
  case PSA_EOL_CRLF: return "crlf";
  case PSA_EOL_CR: return "cr";
  case PSA_EOL_MIXED: return "mixed";
  }
  return "unknown";
}

/* Where a load failure is reported. */
typedef struct {
  psa_load_status *status;
  char *msg;
  size_t msglen;
} S_report;

__attribute__((format(printf, 3, 4)))
static void S_fail(const S_report *rep, psa_load_status st, const char *fmt, ...) {
  if (rep->status) *rep->status = st;
  if (rep->msg && rep->msglen) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(rep->msg, rep->msglen, fmt, ap);
    va_end(ap);
  }
}

/* ---- UTF-8 -------------------------------------------------------------- */

/* Length of the well-formed sequence at s (Unicode table 3-7) and its code
 * point, or 0: overlongs, surrogates (ED A0..BF) and code points above
 * U+10FFFF are rejected by narrowing the second byte's range. */
static size_t S_utf8_next(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0], lo = 0x80, hi = 0xBF;
  size_t len;
  uint32_t v;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if (c >= 0xC2 && c <= 0xDF) {
    len = 2, v = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3, v = c & 0x0F;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4, v = c & 0x07;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (n < len) return 0;
  for (size_t i = 1; i < len; i++) {
    if (s[i] < lo || s[i] > hi) return 0;
    v = (v << 6) | (s[i] & 0x3F);
    lo = 0x80, hi = 0xBF;
  }
  *cp = v;
  return len;
}

/* Offset of the first ill-formed sequence, or n when all of s is valid. */
static size_t S_utf8_check(const unsigned char *s, size_t n) {
  size_t i = 0;
  uint32_t cp;
  while (i < n) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    size_t k = S_utf8_next(s + i, n - i, &cp);
    if (!k) return i;
    i += k;
  }
  return n;
}

static size_t S_put_utf8(unsigned char *p, uint32_t cp) {
  if (cp < 0x80) {
    p[0] = (unsigned char)cp;
    return 1;
  } else if (cp < 0x800) {
    p[0] = (unsigned char)(0xC0 | (cp >> 6));
    p[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  } else if (cp < 0x10000) {
    p[0] = (unsigned char)(0xE0 | (cp >> 12));
    p[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    p[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  p[0] = (unsigned char)(0xF0 | (cp >> 18));
  p[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  p[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  p[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

/* ---- Decoding ----------------------------------------------------------- */

static char *S_decode_1252(const unsigned char *raw, size_t len, size_t *out_len) {
  unsigned char *out = psa_xmalloc(len * 3 + 1), *p = out;
  for (size_t i = 0; i < len; i++) {
    unsigned b = raw[i];
    p += S_put_utf8(p, b >= 0x80 && b < 0xA0 ? S_cp1252_hi[b - 0x80] : b);
  }
  *p = '\0';
  *out_len = (size_t)(p - out);
  return (char *)out;
}

static uint32_t S_unit(const unsigned char *p, bool be) {
  return be ? (uint32_t)p[0] << 8 | p[1] : (uint32_t)p[1] << 8 | p[0];
}

/* Decodes UTF-16 after its 2-byte BOM. Unpaired surrogates have no UTF-8
 * form, so such a file cannot round-trip and is refused; a U+0000 character
 * is refused as binary, like a NUL byte elsewhere (it would end the text for
 * C-string consumers, and catches UTF-32LE files, whose BOM starts FF FE). */
static char *S_decode_utf16(const unsigned char *raw, size_t len, bool be,
                            size_t *out_len, const S_report *rep) {
  if (len % 2) {
    S_fail(rep, PSA_LOAD_BAD_ENCODING, "UTF-16%s file has an odd number of bytes (%zu)",
           be ? "BE" : "LE", len);
    return NULL;
  }
  /* A unit gives at most 3 bytes; a surrogate pair, 4 bytes for 2 units. */
  unsigned char *out = psa_xmalloc(len / 2 * 3 + 1), *p = out;
  for (size_t i = 2; i < len; i += 2) {
    uint32_t u = S_unit(raw + i, be);
    if (u == 0) {
      S_fail(rep, PSA_LOAD_BINARY, "binary file (NUL character at offset %zu)", i);
      free(out);
      return NULL;
    }
    if (u >= 0xD800 && u <= 0xDFFF) {
      uint32_t lo = i + 2 < len ? S_unit(raw + i + 2, be) : 0;
      if (u > 0xDBFF || lo < 0xDC00 || lo > 0xDFFF) {
        S_fail(rep, PSA_LOAD_BAD_ENCODING, "unpaired UTF-16 surrogate at offset %zu", i);
        free(out);
        return NULL;
      }
      u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      i += 2;
    }
    p += S_put_utf8(p, u);
  }
  *p = '\0';
  *out_len = (size_t)(p - out);
  return (char *)out;
}

/* Records where lines start (when 'starts' is given) and ORs the kinds of
 * break seen into *kinds (1 LF, 2 CRLF, 4 CR). Returns the line count. */
static uint32_t S_scan_lines(const char *t, uint32_t n, uint32_t *starts, unsigned *kinds) {
  uint32_t count = 1;
  if (starts) starts[0] = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (t[i] == '\n') {
      *kinds |= 1;
    } else if (t[i] == '\r') {
      if (i + 1 < n && t[i + 1] == '\n') {
        *kinds |= 2;
        i++;
      } else {
        *kinds |= 4;
      }
    } else {
      continue;
    }
    if (starts) starts[count] = i + 1;
    count++;
  }
  return count;
}

/* Builds a source from 'raw', which it owns (and frees on failure). */
static psa_source *S_make(const char *path, unsigned char *raw, size_t len,
                          const S_report *rep) {
  psa_encoding enc = PSA_ENC_UTF8;
  size_t bom = 0;
  if (len >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF) {
    enc = PSA_ENC_UTF8_BOM, bom = 3;
  } else if (len >= 2 && raw[0] == 0xFF && raw[1] == 0xFE) {
    enc = PSA_ENC_UTF16LE, bom = 2;
  } else if (len >= 2 && raw[0] == 0xFE && raw[1] == 0xFF) {
    enc = PSA_ENC_UTF16BE, bom = 2;
  }

  char *text = NULL;
  size_t text_len = 0;
  if (enc == PSA_ENC_UTF16LE || enc == PSA_ENC_UTF16BE) {
    text = S_decode_utf16(raw, len, enc == PSA_ENC_UTF16BE, &text_len, rep);
    if (!text) goto fail;
  } else {
    const unsigned char *nul = memchr(raw, 0, len);
    if (nul) {
      S_fail(rep, PSA_LOAD_BINARY, "binary file (NUL byte at offset %zu)",
             (size_t)(nul - raw));
      goto fail;
    }
    size_t bad = S_utf8_check(raw + bom, len - bom);
    if (bad == len - bom) {
      text_len = len - bom;
      if (bom) {
        text = psa_xstrndup((const char *)raw + bom, text_len);
      } else {
        /* The text is the bytes: one copy, not two (a 20 MB script kept
         * both until its model was freed). */
        raw = psa_xrealloc(raw, len + 1);
        raw[len] = '\0';
        text = (char *)raw;
      }
    } else if (enc == PSA_ENC_UTF8_BOM) {
      /* PowerShell would substitute U+FFFD here, which cannot round-trip. */
      S_fail(rep, PSA_LOAD_BAD_ENCODING, "invalid UTF-8 at offset %zu after a UTF-8 BOM",
             bad + bom);
      goto fail;
    } else {
      enc = PSA_ENC_WIN1252;
      text = S_decode_1252(raw, len, &text_len);
    }
  }
  if (text_len > S_TEXT_MAX) {
    S_fail(rep, PSA_LOAD_TOO_LARGE, "decoded text is %zu bytes, over the limit of %zu bytes",
           text_len, S_TEXT_MAX);
    if (text != (char *)raw) free(text);
    goto fail;
  }

  psa_source *src = psa_xcalloc(1, sizeof(*src));
  src->path = psa_xstrdup(path ? path : "");
  src->raw = raw;
  src->raw_len = len;
  src->encoding = enc;
  src->text = text;
  src->text_len = (uint32_t)text_len;
  unsigned kinds = 0;
  src->line_count = S_scan_lines(text, src->text_len, NULL, &kinds);
  src->line_starts = psa_xcalloc(src->line_count, sizeof(uint32_t));
  S_scan_lines(text, src->text_len, src->line_starts, &kinds);
  src->eol = kinds == 0   ? PSA_EOL_NONE
             : kinds == 1 ? PSA_EOL_LF
             : kinds == 2 ? PSA_EOL_CRLF
             : kinds == 4 ? PSA_EOL_CR
                          : PSA_EOL_MIXED;
  src->final_newline =
      text_len > 0 && (text[text_len - 1] == '\n' || text[text_len - 1] == '\r');
  if (rep->status) *rep->status = PSA_LOAD_OK;
  if (rep->msg && rep->msglen) rep->msg[0] = '\0';
  return src;

fail:
  free(raw);
  return NULL;
}

/* ---- Loading ------------------------------------------------------------ */

/* Refuses anything but a regular file within the size limit. */
static bool S_check_stat(const struct stat *st, size_t limit, const S_report *rep) {
  const char *what = S_ISDIR(st->st_mode)    ? "is a directory"
                     : S_ISFIFO(st->st_mode) ? "is a FIFO"
                     : S_ISSOCK(st->st_mode) ? "is a socket"
                     : S_ISCHR(st->st_mode)  ? "is a character device"
                     : S_ISBLK(st->st_mode)  ? "is a block device"
                     : S_ISREG(st->st_mode)  ? NULL
                                             : "is not a regular file";
  if (what) {
    S_fail(rep, PSA_LOAD_NOT_REGULAR, "%s", what);
    return false;
  }
  if ((uintmax_t)st->st_size > limit) {
    S_fail(rep, PSA_LOAD_TOO_LARGE, "file is %jd bytes, over the limit of %zu bytes",
           (intmax_t)st->st_size, limit);
    return false;
  }
  return true;
}

psa_source *psa_source_load(const char *path, size_t max_bytes,
                            psa_load_status *status, char *msg, size_t msglen) {
  S_report rep = {status, msg, msglen};
  size_t limit = max_bytes && max_bytes < S_TEXT_MAX ? max_bytes : S_TEXT_MAX;
  struct stat st;
  /* stat before opening: opening a FIFO for reading blocks until a writer
   * appears, and opening a device can have side effects. */
  if (stat(path, &st) != 0) {
    S_fail(&rep, PSA_LOAD_IO_ERROR, "%s", strerror(errno));
    return NULL;
  }
  if (!S_check_stat(&st, limit, &rep)) return NULL;
  /* O_NONBLOCK in case the path was swapped for a FIFO since the stat;
   * fstat then sees what was really opened. */
  int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    S_fail(&rep, PSA_LOAD_IO_ERROR, "%s", strerror(errno));
    return NULL;
  }
  if (fstat(fd, &st) != 0) {
    S_fail(&rep, PSA_LOAD_IO_ERROR, "%s", strerror(errno));
    close(fd);
    return NULL;
  }
  if (!S_check_stat(&st, limit, &rep)) {
    close(fd);
    return NULL;
  }

  /* read(), not mmap: a file truncated under us then just reads short
   * instead of raising SIGBUS. The file may also grow: read to EOF, but
   * never past limit + 1 bytes. */
  size_t cap = (size_t)st.st_size + 1, len = 0;
  unsigned char *raw = psa_xmalloc(cap);
  bool ok = true;
  for (;;) {
    if (len == cap) {
      cap = cap > limit / 2 ? limit + 1 : cap * 2;
      raw = psa_xrealloc(raw, cap);
    }
    ssize_t r = read(fd, raw + len, cap - len);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      S_fail(&rep, PSA_LOAD_IO_ERROR, "%s", strerror(errno));
      ok = false;
      break;
    }
    if (r == 0) break;
    len += (size_t)r;
    if (len > limit) {
      S_fail(&rep, PSA_LOAD_TOO_LARGE,
             "file is at least %zu bytes, over the limit of %zu bytes", len, limit);
      ok = false;
      break;
    }
  }
  close(fd);
  if (!ok) {
    free(raw);
    return NULL;
  }
  return S_make(path, raw, len, &rep);
}

psa_source *psa_source_from_bytes(const char *path, const void *bytes, size_t len,
                                  psa_load_status *status, char *msg, size_t msglen) {
  S_report rep = {status, msg, msglen};
  unsigned char *raw = psa_xmalloc(len);
  if (len) memcpy(raw, bytes, len);
  return S_make(path, raw, len, &rep);
}

void psa_source_free(psa_source *src) {
  if (!src) return;
  free(src->path);
  if (src->text != (char *)src->raw) free(src->text);
  free(src->raw);
  free(src->line_starts);
  free(src);
}

/* ---- Positions ---------------------------------------------------------- */

void psa_source_position(const psa_source *src, uint32_t offset, uint32_t *line,
                         uint32_t *column) {
  if (offset > src->text_len) offset = src->text_len;
  /* The last line starting at or before offset. */
  uint32_t lo = 0, hi = src->line_count - 1;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo + 1) / 2;
    if (src->line_starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  /* Columns count code points: every byte but a continuation byte. */
  uint32_t col = 1;
  for (uint32_t i = src->line_starts[lo]; i < offset; i++)
    col += ((unsigned char)src->text[i] & 0xC0) != 0x80;
  if (line) *line = lo + 1;
  if (column) *column = col;
}

uint32_t psa_source_line_start(const psa_source *src, uint32_t line) {
  if (line == 0) return 0;
  if (line > src->line_count) return src->text_len;
  return src->line_starts[line - 1];
}

/* ---- Encoding ----------------------------------------------------------- */

static int S_to_1252(uint32_t cp) {
  if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return (int)cp;
  for (int i = 0; i < 32; i++)
    if (S_cp1252_hi[i] == cp) return 0x80 + i;
  return -1;
}

static unsigned char *S_put_unit(unsigned char *p, uint32_t u, bool be) {
  p[be ? 0 : 1] = (unsigned char)(u >> 8);
  p[be ? 1 : 0] = (unsigned char)(u & 0xFF);
  return p + 2;
}

unsigned char *psa_source_encode(const psa_source *src, const char *text, size_t len,
                                 size_t *out_len) {
  const unsigned char *s = (const unsigned char *)text;
  psa_encoding enc = src->encoding;
  bool be = enc == PSA_ENC_UTF16BE;
  if (len > (SIZE_MAX - 3) / 2) return NULL;
  /* UTF-16 needs at most 2 bytes per UTF-8 byte, plus the BOM. */
  unsigned char *out = psa_xmalloc(2 * len + 3), *p = out;
  if (enc == PSA_ENC_UTF8 || enc == PSA_ENC_UTF8_BOM) {
    if (S_utf8_check(s, len) != len) goto fail;
    if (enc == PSA_ENC_UTF8_BOM) *p++ = 0xEF, *p++ = 0xBB, *p++ = 0xBF;
    if (len) memcpy(p, s, len);
    p += len;
  } else {
    if (enc != PSA_ENC_WIN1252) p = S_put_unit(p, 0xFEFF, be);
    for (size_t i = 0; i < len;) {
      uint32_t cp;
      size_t k = S_utf8_next(s + i, len - i, &cp);
      if (!k) goto fail;
      i += k;
      if (enc == PSA_ENC_WIN1252) {
        int b = S_to_1252(cp);
        if (b < 0) goto fail;
        *p++ = (unsigned char)b;
      } else if (cp >= 0x10000) {
        p = S_put_unit(p, 0xD800 + ((cp - 0x10000) >> 10), be);
        p = S_put_unit(p, 0xDC00 + (cp & 0x3FF), be);
      } else {
        p = S_put_unit(p, cp, be);
      }
    }
  }
  if (out_len) *out_len = (size_t)(p - out);
  return out;

fail:
  free(out);
  return NULL;
}

/* Faithful source loading.
 *
 * A psa_source keeps the original bytes of a script together with a UTF-8
 * decoding of them that analysis works on. Decoding is lossless for every
 * encoding psauth accepts, so psa_source_encode() of the unchanged text gives
 * back the original bytes exactly; rewrites edit the UTF-8 text and encode it
 * back with the file's own encoding, BOM and line endings untouched.
 */
#ifndef PSAUTH_SOURCE_H
#define PSAUTH_SOURCE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum {
  PSA_ENC_UTF8,     /* no BOM, valid UTF-8 */
  PSA_ENC_UTF8_BOM, /* EF BB BF */
  PSA_ENC_UTF16LE,  /* FF FE */
  PSA_ENC_UTF16BE,  /* FE FF */
  PSA_ENC_WIN1252   /* no BOM, not valid UTF-8: what Windows PowerShell 5.1 assumes */
} psa_encoding;

typedef enum {
  PSA_EOL_NONE,  /* no line break at all */
  PSA_EOL_LF,
  PSA_EOL_CRLF,
  PSA_EOL_CR,
  PSA_EOL_MIXED
} psa_eol;

typedef enum {
  PSA_LOAD_OK = 0,
  PSA_LOAD_IO_ERROR,     /* open/read failed: message has strerror text */
  PSA_LOAD_NOT_REGULAR,  /* directory, FIFO, device...: never opened for reading */
  PSA_LOAD_TOO_LARGE,    /* larger than the size limit */
  PSA_LOAD_BINARY,       /* NUL bytes outside UTF-16, U+0000 in UTF-16 */
  PSA_LOAD_BAD_ENCODING  /* UTF-16 with an odd byte count or unpaired surrogates,
                            invalid UTF-8 after a UTF-8 BOM (cannot round-trip) */
} psa_load_status;

typedef struct psa_source {
  char *path;              /* as given by the caller (owned copy) */
  unsigned char *raw;      /* original bytes (owned) */
  size_t raw_len;
  psa_encoding encoding;
  psa_eol eol;             /* line-ending style of the original file */
  bool final_newline;      /* last line ends with a line break */
  char *text;              /* UTF-8, BOM removed, NUL-terminated (owned; raw itself
                              for UTF-8 without BOM: read-only, like raw) */
  uint32_t text_len;
  uint32_t *line_starts;   /* text offsets where each line begins (owned) */
  uint32_t line_count;     /* at least 1 */
} psa_source;

const char *psa_encoding_name(psa_encoding e);   /* "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252" */
const char *psa_eol_name(psa_eol e);             /* "none", "lf", "crlf", "cr", "mixed" */

/* Loads a file. Never follows the file if it is not a regular file (a FIFO
 * must not block): it is stat'ed first and opened with O_NONBLOCK. On
 * failure returns NULL, sets *status and writes a one-line message (without
 * the path) into msg. max_bytes == 0 means no limit. */
psa_source *psa_source_load(const char *path, size_t max_bytes,
                            psa_load_status *status, char *msg, size_t msglen);

/* The same from bytes in memory (tests, fuzzers, stdin). Copies 'bytes'. */
psa_source *psa_source_from_bytes(const char *path, const void *bytes, size_t len,
                                  psa_load_status *status, char *msg, size_t msglen);

void psa_source_free(psa_source *src);

/* 1-based line and column of a UTF-8 text offset. Columns count characters
 * (Unicode code points) of the original file, so they are right for UTF-16
 * and Windows-1252 files too; a CRLF counts as one line break. Offsets past
 * the end clamp to the end. */
void psa_source_position(const psa_source *src, uint32_t offset, uint32_t *line,
                         uint32_t *column);

/* Text offset of the start of a 1-based line (line_count+1 gives text_len). */
uint32_t psa_source_line_start(const psa_source *src, uint32_t line);

/* Encodes UTF-8 text in the file's encoding, adding the BOM the file had.
 * Returns a malloc'd buffer (caller frees) and its length in *out_len, or
 * NULL when the text cannot be represented (a character outside
 * Windows-1252, for example). */
unsigned char *psa_source_encode(const psa_source *src, const char *text, size_t len,
                                 size_t *out_len);

#endif

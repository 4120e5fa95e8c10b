/* Applying fixes: edits computed by rules on the model are applied to the
 * file's UTF-8 text, the result is re-parsed, and the file is written back in
 * its own encoding, BOM and line endings, atomically. Every byte outside an
 * edit is unchanged. */
#ifndef PSAUTH_FIX_H
#define PSAUTH_FIX_H

/* `psauth fix` fixes its own result again until nothing changes, at most
 * this many passes: a fix can make another possible. */
#define PSA_FIX_MAX_PASSES 8

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "psauth/parse.h"
#include "psauth/scan.h"

typedef struct {
  bool unsafe;          /* apply unsafe fixes too */
  /* Asked for each applicable fix, in order (interactive review); NULL
   * accepts all. */
  bool (*accept)(void *payload, const psa_finding *finding, const psa_fix *fix);
  void *payload;
} psa_fix_options;

typedef enum {
  PSA_FIXNOTE_APPLIED,   /* the fix is in the new text */
  PSA_FIXNOTE_CONFLICT,  /* overlaps a fix that won; offered again on the next run */
  PSA_FIXNOTE_SYNTAX,    /* dropped: the result would not parse */
  PSA_FIXNOTE_SKIPPED,   /* not applicable under the options (unsafe, display) */
  PSA_FIXNOTE_INVALID,   /* dropped: two of its own edits overlap (a rule's bug,
                            seen on odd parses), so no order of them is right */
  PSA_FIXNOTE_DANGLING,  /* dropped: the result would read a variable it no longer
                            assigns ('detail' names it) */
  PSA_FIXNOTE_TWICE,     /* dropped: a command of the result would name one parameter
                            twice, which PowerShell refuses to bind ('detail': Cmdlet -Param) */
  PSA_FIXNOTE_NEEDS      /* dropped: it needs a fix that is not applied (psa_fix.needs;
                            'detail': that fix's line) */
} psa_fix_note_kind;

typedef struct {
  const psa_finding *finding;
  const psa_fix *fix;
  psa_fix_note_kind kind;
  char detail[64];      /* DANGLING: the variable's name; TWICE: the command and parameter */
} psa_fix_note;

typedef struct {
  char *text;           /* the new UTF-8 text (malloc'd), NULL when nothing changed */
  uint32_t text_len;
  psa_fix_note *notes;  /* one per fix of the file's findings */
  uint32_t note_count;
  uint32_t applied;
} psa_fix_result;

/* Chooses and applies the file's fixes. Overlapping fixes are resolved in
 * order of position, then rule ID (the later one loses). A fix whose result
 * adds syntax errors is dropped. */
void psa_fix_compute(psa_parser *parser, const psa_file_result *file, const psa_fix_options *opts,
                     psa_fix_result *out);
void psa_fix_result_free(psa_fix_result *res);

/* The file's text with one fix applied (for showing it on its own). */
char *psa_fix_preview(const psa_file_result *file, const psa_fix *fix, uint32_t *len);

/* Unified diff (a/PATH, b/PATH) between the file's text and 'new_text', with
 * three lines of context; "\ No newline at end of file" where needed.
 * Returns a malloc'd string ("" when equal). */
char *psa_unified_diff(const char *path, const char *old_text, uint32_t old_len,
                       const char *new_text, uint32_t new_len);

/* For each line of 'new_text' (index 0 is line 1), the line of 'old_text'
 * it comes from: its own line when unchanged, for a changed block the old
 * line it replaces (in order; the block's last old line for lines beyond),
 * for lines only added the old line before them (1 at the top). 'count'
 * gets the number of new lines. Malloc'd (count + 1 entries). */
uint32_t *psa_line_map(const char *old_text, uint32_t old_len, const char *new_text,
                       uint32_t new_len, uint32_t *count);

/* The diff `psauth fix --diff` prints for one file: psa_unified_diff, with
 * paths quoted as git quotes them, a UTF-8 BOM kept in line 1 so that
 * `git apply` and `patch -p1` accept it, and for UTF-16 and Windows-1252
 * files the text shown as UTF-8 after a "# psauth: ..." line saying that
 * the file keeps its encoding when psauth fix writes it. Malloc'd. */
char *psa_file_diff(const psa_source *src, const char *path, const char *new_text,
                    uint32_t new_len);

/* The bytes psa_fix_write writes: 'text' in the file's encoding and BOM,
 * checked to read back as the same text in the same encoding. That can fail
 * for a BOM-less Windows-1252 file whose only bytes that are not UTF-8 were
 * inside an edit: its other non-ASCII bytes would then read as UTF-8, and
 * mean something else, on the next run. Returns malloc'd bytes, or NULL with
 * a message. */
unsigned char *psa_fix_encode(const psa_source *src, const char *text, uint32_t len,
                              size_t *out_len, char *err, size_t errlen);

/* Writes 'text' to the file in its original encoding (psa_fix_encode): temp file in the same
 * directory, fsync, rename, same mode. Refuses when the file changed on disk
 * since it was read (size, mtime or bytes differ), is read-only, or is not
 * a regular file (a symlink is resolved and its target written in place of
 * nothing: links are refused). Returns 0, or -1 with a message. */
int psa_fix_write(const psa_source *src, const char *text, uint32_t len, char *err, size_t errlen);

/* Whether fixed text is written with CRLF line ends: the file's, the
 * majority deciding for mixed ones (a replacement's "\n" becomes this). */
bool psa_fix_crlf(const psa_source *src);

#endif

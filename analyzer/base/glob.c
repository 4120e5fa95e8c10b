/* Glob matching for paths: '*' and '?' within a path segment, '**' across
 * segments, [classes], backslash escapes (see psauth/discover.h). */
#include "base/glob.h"

#include <stddef.h>
#include <string.h>

/* Matches one non-star glob element at *pp against the character c (never
 * '\0'). On success advances *pp past the element. '?' and classes never
 * match '/'. An unterminated '[' is a literal '['; '\x' is a literal x. */
static bool S_glob_elem(const char **pp, unsigned char c) {
  const char *p = *pp;
  if (*p == '?') {
    if (c == '/') return false;
    *pp = p + 1;
    return true;
  }
  if (*p == '[') {
    const char *q = p + 1;
    bool negate = false;
    if (*q == '!' || *q == '^') {
      negate = true;
      q++;
    }
    /* Find the closing ']' first (a ']' right after '[' or '[!' is literal). */
    const char *end = q;
    if (*end == ']') end++;
    while (*end && *end != ']') end++;
    if (*end == ']') {
      bool hit = false;
      const char *r = q;
      do {
        unsigned char lo = (unsigned char)*r, hi = lo;
        if (r[1] == '-' && r + 2 < end) {
          hi = (unsigned char)r[2];
          r += 3;
        } else {
          r += 1;
        }
        if (c >= lo && c <= hi) hit = true;
      } while (r < end);
      if (c == '/' || hit == negate) return false;
      *pp = end + 1;
      return true;
    }
    /* Unterminated: fall through to a literal '['. */
  }
  if (*p == '\\' && p[1] != '\0') {
    if ((unsigned char)p[1] != c) return false;
    *pp = p + 2;
    return true;
  }
  if ((unsigned char)*p != c) return false;
  *pp = p + 1;
  return true;
}

/* Iterative matcher with (at most) two backtrack points: the last single
 * '*' (which can only grow within one path segment) and the last '**'.
 * Retrying an earlier star is never needed: a later placement of the text
 * that followed it could also be reached from the earliest one. The cost is
 * therefore polynomial (O(len(glob) * len(path)) per '**' retry), never
 * exponential. */
bool psa_glob_match(const char *glob, const char *path) {
  const char *p = glob, *t = path;
  const char *star_p = NULL, *star_t = NULL;  /* after the last '*' */
  const char *dstar_p = NULL, *dstar_t = NULL;  /* after the last '**' */
  bool dstar_dirs = false;  /* that '**' was a whole "**" + "/" segment */

  for (;;) {
    if (*p == '*') {
      if (p[1] == '*') {
        bool seg_start = (p == glob || p[-1] == '/');
        while (*p == '*') p++;
        // A whole-segment double star followed by '/' matches zero or more
        // directories: "a/**/b" also matches "a/b".
        dstar_dirs = seg_start && *p == '/';
        if (dstar_dirs) p++;
        dstar_p = p;
        dstar_t = t;
        star_p = NULL;  /* the '**' supersedes earlier stars */
        continue;
      }
      p++;
      star_p = p;
      star_t = t;
      continue;
    }
    if (*t == '\0') {
      if (*p == '\0') return true;
    } else if (*p != '\0' && S_glob_elem(&p, (unsigned char)*t)) {
      t++;
      continue;
    }
    /* Mismatch: let the last '*' take one more (non-'/') character... */
    if (star_p && *star_t != '\0' && *star_t != '/') {
      star_t++;
      p = star_p;
      t = star_t;
      continue;
    }
    /* ...or else the last '**'. */
    if (!dstar_p) return false;
    star_p = NULL;
    if (dstar_dirs) {
      /* It must consume whole directories: up to and including a '/'. */
      const char *slash = strchr(dstar_t, '/');
      if (!slash) return false;
      dstar_t = slash + 1;
    } else {
      if (*dstar_t == '\0') return false;
      dstar_t++;
    }
    p = dstar_p;
    t = dstar_t;
  }
}

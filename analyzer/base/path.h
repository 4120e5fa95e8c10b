/* Path helpers: directory part, joining, paths relative to a directory. */
#ifndef PSA_BASE_PATH_H
#define PSA_BASE_PATH_H

/* Directory part of a path ("." for a bare name, "/" for "/x"). Caller frees. */
char *psa_path_dirname(const char *path);
/* 'p' without leading "./" (and the slashes after them). */
const char *psa_path_strip_dot(const char *p);
/* dir + "/" + name (one slash). Caller frees. */
char *psa_path_join(const char *dir, const char *name);
/* real_dir/base relative to 'dir'; outside it, the absolute path; without
 * real_dir or dir, 'path' as given minus a leading "./". Caller frees. */
char *psa_path_relative_to(const char *dir, const char *real_dir, const char *base,
                           const char *path);
/* 'path' relative to the real directory 'dir', with the symlinks of path's
 * directory resolved (see psauth/config.h). Caller frees. */
char *psa_path_relative(const char *dir, const char *path);

#endif

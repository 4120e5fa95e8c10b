/* Scanning many files on a pool of threads, one parser per thread. Results
 * reach the caller's sink in input order whatever the thread count, and at
 * most a small window of finished files waits in memory. Large files are
 * analysed one at a time (S_BIG_FILE). */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "psauth/scan.h"
#include "base/util.h"
#include "engine/internal.h"

typedef struct {
  const char *const *paths;
  size_t count;
  const psa_scan_options *opts;
  psa_file_result *slots; /* ring of 'window' results */
  bool *ready;
  size_t window;
  size_t next;            /* next index to hand out */
  size_t committed;       /* results before this index were delivered */
  pthread_mutex_t mu;
  pthread_cond_t cv;
  pthread_mutex_t big;    /* held while a large file is analysed */
} S_pool;

/* A file above PSA_ENGINE_BIG_FILE (engine/internal.h) is analysed while no
 * other large file is, so that N jobs need N small files' memory plus one
 * large file's, not N large ones', and the large file's parse may take what
 * the system has left (scan.c). */
#define S_BIG_FILE ((off_t)PSA_ENGINE_BIG_FILE)

static bool S_is_big(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && st.st_size > S_BIG_FILE;
}

static void *S_worker(void *arg) {
  S_pool *p = arg;
  psa_parser *parser = psa_parser_new();
  for (;;) {
    pthread_mutex_lock(&p->mu);
    /* stay within the window so memory does not grow with the file count */
    while (p->next < p->count && p->next >= p->committed + p->window)
      pthread_cond_wait(&p->cv, &p->mu);
    if (p->next >= p->count) {
      pthread_mutex_unlock(&p->mu);
      break;
    }
    size_t i = p->next++;
    pthread_mutex_unlock(&p->mu);
    psa_file_result res;
    psa_scan_options o = *p->opts;
    if (o.relpaths) o.relpath = o.relpaths[i];
    bool big = S_is_big(p->paths[i]);
    if (big) pthread_mutex_lock(&p->big);
    psa_scan_file(parser, p->paths[i], &o, &res);
    if (big) pthread_mutex_unlock(&p->big);
    pthread_mutex_lock(&p->mu);
    p->slots[i % p->window] = res;
    p->ready[i % p->window] = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
  }
  psa_parser_free(parser);
  return NULL;
}

void psa_scan_many(const char *const *paths, size_t count, const psa_scan_options *opts,
                   unsigned jobs, psa_scan_sink sink, void *payload) {
  if (jobs < 1) jobs = 1;
  if (jobs == 1 || count < 2) {
    psa_parser *parser = psa_parser_new();
    for (size_t i = 0; i < count; i++) {
      psa_file_result res;
      psa_scan_options o = *opts;
      if (o.relpaths) o.relpath = o.relpaths[i];
      psa_scan_file(parser, paths[i], &o, &res);
      sink(payload, i, &res);
      psa_file_result_free(&res);
    }
    psa_parser_free(parser);
    return;
  }
  S_pool p;
  memset(&p, 0, sizeof(p));
  p.paths = paths;
  p.count = count;
  p.opts = opts;
  p.window = (size_t)jobs * 32; /* room around slow files: no head-of-line stall */
  p.slots = psa_xcalloc(p.window, sizeof(*p.slots));
  p.ready = psa_xcalloc(p.window, sizeof(*p.ready));
  pthread_mutex_init(&p.mu, NULL);
  pthread_mutex_init(&p.big, NULL);
  pthread_cond_init(&p.cv, NULL);
  pthread_t *threads = psa_xcalloc(jobs, sizeof(*threads));
  unsigned started = 0;
  for (unsigned t = 0; t < jobs; t++)
    if (pthread_create(&threads[t], NULL, S_worker, &p) == 0) started++;
  if (!started) { /* no threads: scan here */
    free(threads);
    free(p.slots);
    free(p.ready);
    pthread_mutex_destroy(&p.mu);
    pthread_mutex_destroy(&p.big);
    pthread_cond_destroy(&p.cv);
    psa_scan_many(paths, count, opts, 1, sink, payload);
    return;
  }
  for (size_t i = 0; i < count; i++) {
    pthread_mutex_lock(&p.mu);
    while (!p.ready[i % p.window]) pthread_cond_wait(&p.cv, &p.mu);
    psa_file_result res = p.slots[i % p.window];
    pthread_mutex_unlock(&p.mu);
    sink(payload, i, &res); /* outside the lock: reports can be slow */
    psa_file_result_free(&res);
    pthread_mutex_lock(&p.mu);
    p.ready[i % p.window] = false;
    p.committed = i + 1;
    pthread_cond_broadcast(&p.cv);
    pthread_mutex_unlock(&p.mu);
  }
  for (unsigned t = 0; t < jobs; t++)
    if (t < started) pthread_join(threads[t], NULL);
  free(threads);
  free(p.slots);
  free(p.ready);
  pthread_mutex_destroy(&p.mu);
  pthread_mutex_destroy(&p.big);
  pthread_cond_destroy(&p.cv);
}

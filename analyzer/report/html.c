/* Report format: HTML, the migration report a team lead reads.
 *
 * One self-contained file: inline CSS, inline SVG charts drawn here from
 * the counts, and a little plain JavaScript for filtering and sorting. No
 * fonts, images or scripts are loaded from anywhere; a Content Security
 * Policy (default-src 'none', the page's own script allowed by its SHA-256
 * hash) makes sure of it and stops any script a scanned file might smuggle
 * in. All text from scanned scripts is HTML-escaped; the data the page's
 * script reads sits in <script type="application/json"> with every "<"
 * written as \u003c, so "</script>" in a script cannot end the block, and
 * the script only moves, hides and labels existing elements (textContent,
 * never innerHTML).
 *
 * Sections: headline numbers, charts by severity, kind and service, the
 * service inventory (which script talks to which service, and how it signs
 * in), the migration plan (already broken first), the findings per file
 * with code excerpts and proposed fixes, the Microsoft Graph permissions
 * the rewritten MSOnline/AzureAD calls need, and the app-only certificate
 * setup checklist. */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "psauth_version.h"
#include "report/internal.h"

/* Service, sign-in method and status come with each finding (rule
 * metadata, rulemeta.h); the page only counts them. */

static bool S_exposed(const psa_result_finding *x) {
  return x->severity == PSA_SEV_ERROR && x->status == PSA_STATUS_INSECURE;
}

/* ---- HTML helpers ------------------------------------------------------ */

static void S_escn(psa_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n && s[i]; i++) {
    switch (s[i]) {
      case '&': psa_buf_puts(b, "&amp;"); break;
      case '<': psa_buf_puts(b, "&lt;"); break;
      case '>': psa_buf_puts(b, "&gt;"); break;
      case '"': psa_buf_puts(b, "&quot;"); break;
      case '\'': psa_buf_puts(b, "&#39;"); break;
      default: psa_buf_putc(b, s[i]);
    }
  }
}

static void S_esc(psa_buf *b, const char *s) {
  if (s) S_escn(b, s, strlen(s));
}

static const char *S_sev_label(psa_severity s) {
  return s == PSA_SEV_ERROR ? "Error" : s == PSA_SEV_WARNING ? "Warning" : "Info";
}

static const char *S_plural(size_t n, const char *one, const char *many) {
  return n == 1 ? one : many;
}

/* Byte length of the first 'cols' code points of a line (stops at its end). */
static size_t S_cols_bytes(const char *s, size_t len, uint32_t cols) {
  size_t i = 0;
  for (uint32_t c = 0; c < cols && i < len; c++) {
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
  }
  return i;
}

/* The snippet as numbered lines with the finding's range marked. */
static void S_code(psa_buf *b, const psa_result_finding *x) {
  const char *s = x->snippet;
  if (!s || !*s) return;
  psa_buf_puts(b, "<pre class=\"code\"><code>");
  uint32_t line = x->at.line;
  for (;;) {
    const char *nl = strchr(s, '\n');
    size_t len = nl ? (size_t)(nl - s) : strlen(s);
    size_t shown = len && s[len - 1] == '\r' ? len - 1 : len;
    psa_buf_printf(b, "<span class=\"ln\">%u</span>", line);
    size_t from = shown, to = shown;
    if (line >= x->at.line && line <= x->at.end_line && x->at.line) {
      from = line == x->at.line ? S_cols_bytes(s, shown, x->at.col ? x->at.col - 1 : 0) : 0;
      to = line == x->at.end_line ? S_cols_bytes(s, shown, x->at.end_col ? x->at.end_col - 1 : 0)
                                  : shown;
      if (to < from) to = from;
    }
    S_escn(b, s, from);
    if (to > from) {
      psa_buf_puts(b, "<mark>");
      S_escn(b, s + from, to - from);
      psa_buf_puts(b, "</mark>");
    }
    S_escn(b, s + to, shown - to);
    if (!nl) break;
    psa_buf_putc(b, '\n');
    s = nl + 1;
    line++;
  }
  psa_buf_puts(b, "</code></pre>\n");
}

/* ---- SHA-256 (FIPS 180-4), for the script's CSP hash --------------------- */

static uint32_t S_ror(uint32_t x, int n) { return x >> n | x << (32 - n); }

static void S_sha256_block(uint32_t h[8], const unsigned char *p) {
  static const uint32_t k[64] = {
      0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4,
      0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe,
      0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f,
      0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7,
      0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc,
      0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b,
      0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116,
      0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
      0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
      0xc67178f2};
  uint32_t w[64];
  for (int i = 0; i < 16; i++)
    w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 |
           p[4 * i + 3];
  for (int i = 16; i < 64; i++) {
    uint32_t s0 = S_ror(w[i - 15], 7) ^ S_ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
    uint32_t s1 = S_ror(w[i - 2], 17) ^ S_ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
    w[i] = w[i - 16] + s0 + w[i - 7] + s1;
  }
  uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7];
  for (int i = 0; i < 64; i++) {
    uint32_t t1 = hh + (S_ror(e, 6) ^ S_ror(e, 11) ^ S_ror(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i];
    uint32_t t2 = (S_ror(a, 2) ^ S_ror(a, 13) ^ S_ror(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
    hh = g;
    g = f;
    f = e;
    e = d + t1;
    d = c;
    c = bb;
    bb = a;
    a = t1 + t2;
  }
  uint32_t v[8] = {a, bb, c, d, e, f, g, hh};
  for (int i = 0; i < 8; i++) h[i] += v[i];
}

/* "sha256-<base64>" of a string, as CSP wants it. */
static void S_csp_hash(const char *text, char out[64]) {
  uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  size_t n = strlen(text), i = 0;
  for (; i + 64 <= n; i += 64) S_sha256_block(h, (const unsigned char *)text + i);
  unsigned char tail[128] = {0};
  size_t rest = n - i;
  memcpy(tail, text + i, rest);
  tail[rest] = 0x80;
  size_t blocks = rest + 9 > 64 ? 2 : 1;
  uint64_t bits = (uint64_t)n * 8;
  for (int k = 0; k < 8; k++) tail[blocks * 64 - 1 - (size_t)k] = (unsigned char)(bits >> (8 * k));
  for (size_t k = 0; k < blocks; k++) S_sha256_block(h, tail + 64 * k);
  unsigned char d[32];
  for (int k = 0; k < 32; k++) d[k] = (unsigned char)(h[k / 4] >> (24 - 8 * (k % 4)));
  static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char *o = out + sprintf(out, "sha256-");
  for (int k = 0; k < 33; k += 3) {
    uint32_t v = (uint32_t)d[k] << 16 | (uint32_t)(k + 1 < 32 ? d[k + 1] : 0) << 8 |
                 (uint32_t)(k + 2 < 32 ? d[k + 2] : 0);
    *o++ = b64[v >> 18 & 63];
    *o++ = b64[v >> 12 & 63];
    *o++ = k + 1 < 32 ? b64[v >> 6 & 63] : '=';
    *o++ = k + 2 < 32 ? b64[v & 63] : '=';
  }
  *o = '\0';
}

/* ---- the page's style and script ---------------------------------------- */

static const char *const S_css[] = {
    ":root{--ink:#1f2933;--muted:#5f6b7a;--line:#e3e7ec;--bg:#f4f6f9;--card:#fff;"
    "--accent:#23395d;--bar:#4a6fa5;--err:#b42318;--err-bg:#fdecea;--warn:#a15c07;"
    "--warn-bg:#fef4e5;--info:#1d5fa8;--info-bg:#eaf2fc;--ok:#1e7b4f}\n",
    "*{box-sizing:border-box}\n",
    "html{-webkit-text-size-adjust:100%}\n",
    "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"
    "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif}\n",
    "header.top{background:var(--accent);color:#fff;padding:28px 0 26px}\n",
    ".wrap{max-width:1160px;margin:0 auto;padding:0 28px}\n",
    "header.top h1{margin:0 0 4px;font-size:26px;font-weight:650;letter-spacing:-.01em}\n",
    "header.top p{margin:0;color:#c9d4e5;font-size:14px}\n",
    "main.wrap{padding-top:24px;padding-bottom:40px}\n",
    "section.card{background:var(--card);border:1px solid var(--line);border-radius:10px;"
    "padding:22px 26px;margin:0 0 22px;box-shadow:0 1px 2px rgba(16,24,40,.04)}\n",
    "h2{font-size:19px;margin:0 0 4px;color:var(--accent);font-weight:650}\n",
    "h2+p.lead,h2+p.note{margin-top:0}\n",
    "h3{font-size:16px;margin:18px 0 6px}\n",
    "p.note{color:var(--muted);font-size:13.5px;margin:4px 0 14px}\n",
    ".verdict{font-size:16.5px;margin:0 0 18px;max-width:62em}\n",
    ".tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px}\n",
    ".tile{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fbfcfd}\n",
    ".tile .n{font-size:30px;font-weight:700;line-height:1.1;font-variant-numeric:tabular-nums}\n",
    ".tile .l{font-size:13px;color:var(--muted)}\n",
    ".tile.err{border-color:#f3c4bf;background:var(--err-bg)}.tile.err .n{color:var(--err)}\n",
    ".tile.warn{border-color:#f3d9b1;background:var(--warn-bg)}.tile.warn .n{color:var(--warn)}\n",
    ".tile.info{border-color:#c5daf3;background:var(--info-bg)}.tile.info .n{color:var(--info)}\n",
    ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:18px 28px}\n",
    "figure{margin:0}figcaption{font-weight:600;font-size:14px;margin:0 0 6px}\n",
    "svg.bars{width:100%;height:auto;display:block}\n",
    "svg.bars text{font:12px system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1f2933}\n",
    "svg.bars text.v{fill:#5f6b7a}\n",
    "table{border-collapse:collapse;width:100%;font-size:14px}\n",
    "th,td{text-align:left;padding:7px 10px;border-bottom:1px solid var(--line);vertical-align:top}\n",
    "th{font-size:12.5px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);"
    "font-weight:600;background:#f8fafc}\n",
    "td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n",
    "td.path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;"
    "overflow-wrap:anywhere}\n",
    "ol.plan td.path{width:30%}\n",
    "a{color:#1d5fa8;text-decoration:none}a:hover{text-decoration:underline}\n",
    ".chip{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12.5px;"
    "background:#eef1f5;color:#344054;margin:1px 4px 1px 0;white-space:nowrap}\n",
    ".chip.unknown{background:#fff;border:1px dashed #c2c9d2;color:var(--muted)}\n",
    ".badge{display:inline-block;border-radius:4px;padding:1px 7px;font-size:12px;font-weight:650;"
    "letter-spacing:.02em}\n",
    ".badge.error{background:var(--err-bg);color:var(--err)}\n",
    ".badge.warning{background:var(--warn-bg);color:var(--warn)}\n",
    ".badge.info{background:var(--info-bg);color:var(--info)}\n",
    ".badge.safe{background:#e7f5ee;color:var(--ok)}.badge.unsafe{background:var(--warn-bg);"
    "color:var(--warn)}.badge.display{background:#eef1f5;color:#344054}\n",
    "ol.plan{list-style:none;padding:0;margin:0;counter-reset:step}\n",
    "ol.plan>li{border-left:4px solid var(--line);padding:2px 0 6px 16px;margin:0 0 18px}\n",
    "ol.plan>li.error{border-color:var(--err)}ol.plan>li.warning{border-color:#e0a23b}"
    "ol.plan>li.info{border-color:#7fa7d8}\n",
    "ol.plan h3{margin:0 0 2px}ol.plan p{margin:0 0 8px;color:var(--muted);font-size:14px}\n",
    "ul.rules{margin:0;padding:0;list-style:none}ul.rules li{margin:0 0 2px}\n",
    "code,kbd{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}\n",
    ".controls{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:end;padding:12px 14px;"
    "background:#f8fafc;border:1px solid var(--line);border-radius:8px;margin:6px 0 14px}\n",
    ".controls label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);"
    "font-weight:600;text-transform:uppercase;letter-spacing:.04em;gap:3px}\n",
    ".controls select{font:inherit;font-size:14px;padding:5px 8px;border:1px solid #cfd6de;"
    "border-radius:6px;background:#fff;min-width:150px;max-width:320px;text-transform:none}\n",
    ".controls button{font:inherit;font-size:14px;padding:5px 14px;border:1px solid #cfd6de;"
    "border-radius:6px;background:#fff;color:var(--ink);cursor:pointer}\n",
    ".controls .count{margin-left:auto;color:var(--muted);font-size:13.5px}\n",
    "section.file{border-top:1px solid var(--line);padding:14px 0 4px}\n",
    "div.plan{margin:8px 0 12px}div.plan table{font-size:13px}"
    "div.plan tr.refused td{background:var(--warnbg,#fff6e5)}span.muted{color:var(--muted)}\n",
    "section.file h3{margin:0;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
    "font-size:15px;word-break:break-all}\n",
    "section.file .meta{color:var(--muted);font-size:13px;margin:2px 0 10px}\n",
    "article.finding{border:1px solid var(--line);border-left-width:4px;border-radius:8px;"
    "padding:10px 14px 8px;margin:0 0 12px;background:#fff}\n",
    "article.finding.error{border-left-color:var(--err)}article.finding.warning{"
    "border-left-color:#e0a23b}article.finding.info{border-left-color:#7fa7d8}\n",
    ".fhead{display:flex;flex-wrap:wrap;gap:4px 10px;align-items:baseline;font-size:13.5px}\n",
    ".fhead .rule{font-weight:650}.fhead .rname{color:var(--muted)}.fhead .where{margin-left:auto;"
    "color:var(--muted);font-variant-numeric:tabular-nums}\n",
    "p.msg{margin:6px 0 8px}\n",
    "pre.code{background:#f6f8fa;border:1px solid #e6eaef;border-radius:6px;padding:8px 12px;"
    "margin:0 0 8px;overflow-x:auto;font-size:12.5px;line-height:1.5}\n",
    "pre.code .ln{display:inline-block;min-width:3em;padding-right:1em;color:#98a2b3;"
    "text-align:right;user-select:none}\n",
    "pre.code mark{background:#fff1c2;color:inherit;border-radius:2px}\n",
    "pre.rep{background:#f3faf6;border:1px solid #d3eadc;border-radius:6px;padding:6px 10px;"
    "margin:4px 0 8px;overflow-x:auto;font-size:12.5px}\n",
    "ul.related{margin:0 0 6px;padding-left:18px;font-size:13.5px;color:#344054}\n",
    "details.fix{margin:2px 0 6px;font-size:13.5px}details.fix summary{cursor:pointer;"
    "color:#1d5fa8}\n",
    ".edit .where{color:var(--muted);font-size:12.5px;margin-top:6px}\n",
    "ol.checklist{padding-left:22px;margin:8px 0 0}ol.checklist li{margin:0 0 10px;"
    "padding-left:4px}\n",
    "ol.checklist li b{color:var(--accent)}\n",
    ".muted{color:var(--muted)}\n",
    ".tile.exp{border-color:#e2c3e0;background:#f8eef7}.tile.exp .n{color:#8e3b8a}\n",
    ".status{display:inline-block;border-radius:4px;padding:1px 7px;font-size:12px;"
    "font-weight:600;background:#eef1f5;color:#344054}\n",
    ".status .src{font-weight:400;color:var(--muted)}\n",
    ".status.retired{background:var(--err-bg);color:var(--err)}"
    ".status.exposed{background:#f8eef7;color:#8e3b8a}"
    ".status.retiring{background:var(--warn-bg);color:var(--warn)}"
    ".status.insecure{background:#fbf3e6;color:#8a5a12}"
    ".status.suggestion{background:var(--info-bg);color:var(--info)}\n",
    "table.matrix td.cell{font-weight:650}table.matrix td.retired{background:var(--err-bg);"
    "color:var(--err)}table.matrix td.exposed{background:#f8eef7;color:#8e3b8a}"
    "table.matrix td.retiring,table.matrix td.insecure{background:var(--warn-bg);"
    "color:var(--warn)}table.matrix td.suggestion{background:var(--info-bg);color:var(--info)}\n",
    "table.matrix tbody th{text-transform:none;font-size:14px;color:var(--ink);letter-spacing:0}\n",
    "div.fix{margin:6px 0 8px;font-size:13.5px}div.fix .fixhead{color:#344054;margin:0 0 4px}\n",
    "div.fix.shared{border:1px dashed #cfd6de;border-radius:8px;padding:8px 12px;margin:0 0 12px}\n",
    "pre.diff{background:#fbfcfd;border:1px solid #e6eaef;border-radius:6px;padding:6px 0;"
    "margin:0 0 8px;overflow-x:auto;font-size:12.5px;line-height:1.5}\n",
    "pre.diff span{display:inline-block;min-width:100%;padding:0 12px;white-space:pre}\n",
    "pre.diff .hh{color:#6b7280;background:#f1f5f9}pre.diff .del{background:#fdecea;color:#8a1c12}"
    "pre.diff .add{background:#e7f5ee;color:#145c37}pre.diff .nl{color:var(--muted)}\n",
    "span.del{background:#fdecea;color:#8a1c12;padding:0 3px}span.add{background:#e7f5ee;"
    "color:#145c37;padding:0 3px}\n",
    "ol.plan>li.retired{border-color:var(--err)}ol.plan>li.exposed{border-color:#8e3b8a}"
    "ol.plan>li.retiring,ol.plan>li.insecure{border-color:#e0a23b}ol.plan>li.suggestion{"
    "border-color:#7fa7d8}\n",
    "footer{color:var(--muted);font-size:12.5px;padding:0 0 30px}\n",
    "[hidden]{display:none!important}\n",
    "@media print{body{background:#fff}section.card{box-shadow:none;break-inside:auto}"
    ".controls{display:none}header.top{background:#fff;color:var(--ink);padding:0}"
    "header.top p{color:var(--muted)}}\n",
    NULL};

/* Filtering and sorting: reads the JSON data block, fills the filter lists
 * with textContent, and only hides or moves elements the page already
 * has. */
static const char *const S_js[] = {
    "(function(){'use strict';\n",
    "var el=function(id){return document.getElementById(id);};\n",
    "var data=JSON.parse(el('psauth-data').textContent);\n",
    "document.body.setAttribute('data-js','ready');\n",
    "var ctl=el('controls');if(!ctl)return;\n",
    "var rank={error:0,warning:1,info:2};\n",
    "function fill(sel,values){values.forEach(function(v){var o=document.createElement('option');"
    "o.value=v;o.textContent=v;sel.appendChild(o);});}\n",
    "function uniq(key){var seen={};data.files.forEach(function(f){f.findings.forEach(function(x)"
    "{seen[x[key]]=1;});});return Object.keys(seen).sort();}\n",
    "fill(el('f-file'),data.files.filter(function(f){return f.findings.length;})"
    ".map(function(f){return f.path;}));\n",
    "fill(el('f-kind'),uniq('kind'));fill(el('f-service'),uniq('service'));\n",
    "var total=0;data.files.forEach(function(f){total+=f.findings.length;"
    "f.worst=f.findings.reduce(function(w,x){return Math.min(w,rank[x.severity]);},3);});\n",
    "function cmp(by){return function(a,b){var d=0;\n",
    " if(by==='severity')d=rank[a.severity]-rank[b.severity];\n",
    " else if(by==='kind')d=a.kind<b.kind?-1:a.kind>b.kind?1:0;\n",
    " else if(by==='rule')d=a.rule<b.rule?-1:a.rule>b.rule?1:0;\n",
    " return d||a.line-b.line||a.col-b.col||a.n-b.n;};}\n",
    "function apply(){var file=el('f-file').value,kind=el('f-kind').value,"
    "sev=el('f-severity').value,svc=el('f-service').value,by=el('f-sort').value,shown=0;\n",
    " var files=data.files.filter(function(f){return f.findings.length;}).slice();\n",
    " if(by==='severity')files.sort(function(a,b){return a.worst-b.worst||(a.path<b.path?-1:1);});\n",
    " else files.sort(function(a,b){return a.path<b.path?-1:a.path>b.path?1:0;});\n",
    " var host=el('file-list');\n",
    " files.forEach(function(f){var sec=el(f.id),any=false;host.appendChild(sec);\n",
    "  f.findings.slice().sort(cmp(by)).forEach(function(x){var node=el(x.id);\n",
    "   var ok=(!file||f.path===file)&&(!kind||x.kind===kind)&&(!sev||x.severity===sev)"
    "&&(!svc||x.service===svc);\n",
    "   node.hidden=!ok;if(ok){any=true;shown++;}sec.appendChild(node);});\n",
    "  sec.hidden=!any;});\n",
    " el('f-count').textContent='Showing '+shown+' of '+total+' finding'+(total===1?'':'s');\n",
    " el('f-none').hidden=shown>0;}\n",
    "['f-file','f-kind','f-severity','f-service','f-sort'].forEach(function(id){"
    "el(id).addEventListener('change',apply);});\n",
    "el('f-reset').addEventListener('click',function(){['f-file','f-kind','f-severity',"
    "'f-service'].forEach(function(id){el(id).value='';});el('f-sort').value='position';apply();});\n",
    "ctl.hidden=false;apply();\n",
    "})();\n",
    NULL};

static void S_join(psa_buf *b, const char *const *parts) {
  for (; *parts; parts++) psa_buf_puts(b, *parts);
}

/* ---- charts -------------------------------------------------------------- */

typedef struct {
  const char *label;
  size_t value;
  const char *color;
} S_bar;

/* A horizontal bar chart in SVG, bars scaled to the largest value. */
static void S_chart(psa_buf *b, const char *title, const S_bar *bars, size_t n) {
  enum { W = 400, LABEL = 184, ROW = 26, PAD = 6, VALUE = 40 };
  size_t max = 0, rows = 0;
  for (size_t i = 0; i < n; i++) {
    if (bars[i].value > max) max = bars[i].value;
    if (bars[i].value) rows++;
  }
  psa_buf_puts(b, "<figure><figcaption>");
  S_esc(b, title);
  psa_buf_puts(b, "</figcaption>\n");
  if (!rows) {
    psa_buf_puts(b, "<p class=\"note\">Nothing to show.</p></figure>\n");
    return;
  }
  size_t h = rows * ROW + PAD;
  psa_buf_printf(b,
                 "<svg class=\"bars\" viewBox=\"0 0 %d %zu\" role=\"img\" aria-label=\"", W, h);
  S_esc(b, title);
  psa_buf_puts(b, "\">\n");
  size_t y = PAD / 2;
  for (size_t i = 0; i < n; i++) {
    if (!bars[i].value) continue;
    double w = (double)(W - LABEL - VALUE) * (double)bars[i].value / (double)max;
    if (w < 2) w = 2;
    psa_buf_printf(b, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">", LABEL - 8, y + 17);
    S_esc(b, bars[i].label);
    psa_buf_printf(b,
                   "</text><rect x=\"%d\" y=\"%zu\" width=\"%.1f\" height=\"%d\" rx=\"3\" "
                   "fill=\"%s\"/><text class=\"v\" x=\"%.1f\" y=\"%zu\">%zu</text>\n",
                   LABEL, y + 4, w, ROW - 8, bars[i].color, LABEL + w + 6, y + 17, bars[i].value);
    y += ROW;
  }
  psa_buf_puts(b, "</svg></figure>\n");
}

/* ---- the page ------------------------------------------------------------ */


/* What a finding means for the reader, most urgent first. */
enum {
  B_RETIRED,   /* fails today */
  B_EXPOSED,   /* a secret written in the script (an error, but not retired) */
  B_RETIRING,
  B_INSECURE,
  B_SUGGESTION,
  B_COVERAGE,  /* text psauth could not analyse: kept apart from findings */
  B_COUNT
};

static const char *const S_bucket_label[B_COUNT] = {
    "Fails today (retired)", "Secret in the script", "Retiring", "Insecure", "Suggestion",
    "Not analysed"};
static const char *const S_bucket_class[B_COUNT] = {"retired", "exposed", "retiring",
                                                    "insecure", "suggestion", "coverage"};
static const char *const S_bucket_color[B_COUNT] = {"#c8463b", "#8e3b8a", "#e0a23b",
                                                    "#b7791f", "#5b8fd1", "#98a2b3"};

static int S_bucket(const psa_result_finding *x) {
  switch (x->status) {
    case PSA_STATUS_RETIRED: return B_RETIRED;
    case PSA_STATUS_RETIRING: return B_RETIRING;
    case PSA_STATUS_INSECURE: return S_exposed(x) ? B_EXPOSED : B_INSECURE;
    case PSA_STATUS_COVERAGE: return B_COVERAGE;
    default: return B_SUGGESTION;
  }
}

/* Per-file facts the sections share. */
typedef struct {
  size_t by_bucket[B_COUNT];
  unsigned services;                  /* bit per service */
  unsigned signin[PSA_SVC__COUNT];    /* bit per sign-in method, per service */
  size_t per_service[PSA_SVC__COUNT];
  int worst[PSA_SVC__COUNT];          /* most urgent bucket, B_COUNT: none */
  int worst_all;
} S_file_facts;

/* One file's facts. The report is streamed (docs/reports.md): each pass
 * over the results computes a file's facts again when its turn comes. */
static void S_facts(const psa_result_file *f, S_file_facts *ff) {
  memset(ff, 0, sizeof(*ff));
  ff->worst_all = B_COUNT;
  for (int q = 0; q < PSA_SVC__COUNT; q++) ff->worst[q] = B_COUNT;
  for (uint32_t k = 0; k < f->finding_count; k++) {
    const psa_result_finding *x = &f->findings[k];
    int bk = S_bucket(x);
    ff->by_bucket[bk]++;
    if (bk == B_COVERAGE) continue;
    int svc = x->service < PSA_SVC__COUNT ? (int)x->service : PSA_SVC_SCRIPT;
    int sg = x->signin < PSA_AUTH__COUNT ? (int)x->signin : PSA_AUTH_NONE;
    ff->services |= 1u << svc;
    ff->signin[svc] |= 1u << sg;
    ff->per_service[svc]++;
    if (bk < ff->worst[svc]) ff->worst[svc] = bk;
    if (bk < ff->worst_all) ff->worst_all = bk;
  }
}

/* Writes what the page holds so far. */
static void S_flush(psa_buf *b, FILE *out) {
  if (b->len) fwrite(b->data, 1, b->len, out);
  b->len = 0;
  if (b->data) b->data[0] = '\0';
}

static void S_tile(psa_buf *b, const char *cls, size_t n, const char *label, const char *sub) {
  psa_buf_printf(b, "<div class=\"tile %s\"><div class=\"n\">%zu</div><div class=\"l\">", cls, n);
  S_esc(b, label);
  if (sub) {
    psa_buf_puts(b, "<br>");
    S_esc(b, sub);
  }
  psa_buf_puts(b, "</div></div>\n");
}

static void S_location(psa_buf *b, const psa_range *at) {
  if (at->end_line > at->line)
    psa_buf_printf(b, "lines %u&ndash;%u", at->line, at->end_line);
  else
    psa_buf_printf(b, "line %u, column %u", at->line, at->col);
}

static const char *S_applicability(psa_applicability a, const char **cls) {
  *cls = a == PSA_FIX_SAFE ? "safe" : a == PSA_FIX_UNSAFE ? "unsafe" : "display";
  return a == PSA_FIX_SAFE     ? "safe: behaviour preserved"
         : a == PSA_FIX_UNSAFE ? "review: needs tenant values or changes behaviour"
                               : "suggestion: apply by hand";
}

/* "retired since 2023-10-01 (S30)", "secret in the script", ... */
static void S_status_badge(psa_buf *b, const psa_result_finding *x) {
  int k = S_bucket(x);
  psa_buf_printf(b, "<span class=\"status %s\">", S_bucket_class[k]);
  switch (k) {
    case B_RETIRED: psa_buf_puts(b, "retired"); break;
    case B_EXPOSED: psa_buf_puts(b, "secret in the script"); break;
    case B_RETIRING: psa_buf_puts(b, "retiring"); break;
    default: psa_buf_puts(b, psa_status_name(x->status));
  }
  if (x->status_date) {
    psa_buf_puts(b, k == B_RETIRED ? " since " : " on ");
    S_esc(b, x->status_date);
  }
  if (x->status_source) {
    psa_buf_puts(b, " <span class=\"src\">[");
    S_esc(b, x->status_source);
    psa_buf_puts(b, "]</span>");
  }
  psa_buf_puts(b, "</span>");
}

/* Unified diff hunks with each line marked as removed, added or kept. */
static void S_diff(psa_buf *b, const char *d) {
  psa_buf_puts(b, "<pre class=\"diff\"><code>");
  while (*d) {
    const char *nl = strchr(d, '\n');
    size_t len = nl ? (size_t)(nl - d) : strlen(d);
    size_t shown = len && d[len - 1] == '\r' ? len - 1 : len;
    const char *cls = d[0] == '@' ? "hh" : d[0] == '-' ? "del" : d[0] == '+' ? "add"
                    : d[0] == '\\' ? "nl" : "ctx";
    psa_buf_printf(b, "<span class=\"%s\">", cls);
    S_escn(b, d, shown);
    psa_buf_puts(b, "</span>\n");
    if (!nl) break;
    d = nl + 1;
  }
  psa_buf_puts(b, "</code></pre>\n");
}

/* A proposed fix: its diff when the report has it (a scan), else its
 * edits (merged JSON reports carry no source text). */
static void S_fix(psa_buf *b, const psa_result_fix *fx) {
  const char *cls;
  const char *label = S_applicability(fx->applicability, &cls);
  psa_buf_puts(b, "<div class=\"fix\"><div class=\"fixhead\">Proposed fix: ");
  S_esc(b, fx->title && *fx->title ? fx->title : "edit");
  psa_buf_printf(b, " <span class=\"badge %s\">%s</span></div>\n", cls, label);
  if (fx->diff) {
    if (*fx->diff) S_diff(b, fx->diff);
    else
      psa_buf_puts(b, "<p class=\"note\">Only the change shared by this script&#39;s fixes, "
                      "shown above its findings.</p>\n");
    psa_buf_puts(b, "</div>\n");
    return;
  }
  /* in file order (edits at the same place keep their order) */
  uint32_t *order = psa_xmalloc((fx->edit_count ? fx->edit_count : 1) * sizeof(*order));
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    uint32_t j = e;
    const psa_range *at = &fx->edits[e].at;
    while (j && (at->line < fx->edits[order[j - 1]].at.line ||
                 (at->line == fx->edits[order[j - 1]].at.line &&
                  at->col < fx->edits[order[j - 1]].at.col))) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = e;
  }
  for (uint32_t e = 0; e < fx->edit_count; e++) {
    const psa_result_edit *ed = &fx->edits[order[e]];
    bool empty = ed->at.line == ed->at.end_line && ed->at.col == ed->at.end_col;
    bool del = !ed->replacement || !*ed->replacement;
    psa_buf_puts(b, "<div class=\"edit\"><div class=\"where\">");
    if (empty)
      psa_buf_printf(b, "Insert at line %u, column %u:", ed->at.line, ed->at.col);
    else
      psa_buf_printf(b, "%s %u:%u&ndash;%u:%u%s", del ? "Delete" : "Replace", ed->at.line,
                     ed->at.col, ed->at.end_line, ed->at.end_col, del ? "" : " with:");
    psa_buf_puts(b, "</div>");
    if (!del) {
      psa_buf_puts(b, "<pre class=\"rep\"><code>");
      S_esc(b, ed->replacement);
      psa_buf_puts(b, "</code></pre>");
    }
    psa_buf_puts(b, "</div>\n");
  }
  free(order);
  psa_buf_puts(b, "</div>\n");
}

/* The planner's decisions for a script: each connection with the sign-in
 * mode read from the script and the target chosen (and why), and each
 * rewrite refused with its reason. */
static void S_plan(psa_buf *b, const psa_result_file *f) {
  psa_buf_puts(b, "<div class=\"plan\"><div class=\"fixhead\">Rewrite plan (what <code>psauth fix</code> decides for this script)</div>\n"
                  "<table><thead><tr><th class=\"num\">Line</th><th>Connection or statement</th>"
                  "<th>Signs in today</th><th>Becomes</th><th>Why</th></tr></thead><tbody>\n");
  for (uint32_t k = 0; k < f->plan_count; k++) {
    const psa_result_plan *e = &f->plan[k];
    bool refused = !e->target;
    psa_buf_printf(b, "<tr%s><td class=\"num\">%u</td><td><code>", refused ? " class=\"refused\"" : "",
                   e->line);
    S_esc(b, e->subject);
    psa_buf_puts(b, "</code>");
    if (e->rule) {
      psa_buf_puts(b, " <span class=\"rule\">");
      S_esc(b, e->rule);
      psa_buf_puts(b, "</span>");
    }
    psa_buf_puts(b, "</td><td>");
    if (e->signin) {
      S_esc(b, e->signin);
      if (e->evidence && *e->evidence) {
        psa_buf_puts(b, " <span class=\"muted\">(");
        S_esc(b, e->evidence);
        psa_buf_puts(b, ")</span>");
      }
    }
    psa_buf_puts(b, "</td><td>");
    if (refused) psa_buf_puts(b, "<strong>not rewritten</strong>");
    else S_esc(b, e->target);
    psa_buf_puts(b, "</td><td>");
    if (e->reason) S_esc(b, e->reason);
    psa_buf_puts(b, "</td></tr>\n");
  }
  psa_buf_puts(b, "</tbody></table></div>\n");
}

static void S_finding(psa_buf *b, const psa_result_finding *x, size_t fi, uint32_t k) {
  const char *sev = psa_severity_name(x->severity);
  psa_buf_printf(b, "<article class=\"finding %s\" id=\"f%zu-%u\">\n<div class=\"fhead\">", sev,
                 fi, k);
  psa_buf_printf(b, "<span class=\"badge %s\">%s</span> ", sev, S_sev_label(x->severity));
  S_status_badge(b, x);
  psa_buf_puts(b, " <span class=\"rule\">");
  S_esc(b, x->rule_id);
  psa_buf_puts(b, "</span>");
  if (x->rule) {
    psa_buf_puts(b, " <span class=\"rname\">");
    S_esc(b, x->rule->name);
    psa_buf_puts(b, "</span> <span class=\"chip\">");
    S_esc(b, psa_kind_name(x->rule->kind));
    psa_buf_puts(b, "</span>");
  }
  psa_buf_puts(b, "<span class=\"where\">");
  S_location(b, &x->at);
  psa_buf_puts(b, "</span></div>\n<p class=\"msg\">");
  S_esc(b, x->message);
  psa_buf_puts(b, "</p>\n");
  S_code(b, x);
  if (x->related_count) {
    psa_buf_puts(b, "<ul class=\"related\">");
    for (uint32_t n = 0; n < x->related_count; n++) {
      if (x->related[n].path) {
        psa_buf_puts(b, "<li><span class=\"muted\">");
        S_esc(b, x->related[n].path);
        psa_buf_printf(b, " line %u:</span> ", x->related[n].at.line);
      } else {
        psa_buf_printf(b, "<li><span class=\"muted\">line %u:</span> ", x->related[n].at.line);
      }
      S_esc(b, x->related[n].message);
      psa_buf_puts(b, "</li>");
    }
    psa_buf_puts(b, "</ul>\n");
  }
  for (uint32_t n = 0; n < x->fix_count; n++) S_fix(b, &x->fixes[n]);
  psa_buf_puts(b, "</article>\n");
}

/* ---- Microsoft Graph permissions --------------------------------------- */

/* PSA202/PSA203 (MSOnline/AzureAD connection) and PSA204/PSA205 (their
 * cmdlet calls): the findings whose rewrites need Graph permissions. */
static bool S_graph_rule(const char *id, bool connection_only) {
  if (!id) return false;
  if (!strcmp(id, "PSA202") || !strcmp(id, "PSA203")) return true;
  return !connection_only && (!strcmp(id, "PSA204") || !strcmp(id, "PSA205"));
}

static int S_str_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The Connect-MgGraph / Connect-Entra -Scopes line a connection fix
 * writes, or NULL. */
static char *S_scopes_line(const psa_result_file *f) {
  for (uint32_t k = 0; k < f->finding_count; k++) {
    const psa_result_finding *x = &f->findings[k];
    if (!S_graph_rule(x->rule_id, true)) continue;
    for (uint32_t n = 0; n < x->fix_count; n++)
      for (uint32_t e = 0; e < x->fixes[n].edit_count; e++) {
        const char *t = x->fixes[n].edits[e].replacement;
        const char *at = t ? strstr(t, "Connect-MgGraph -Scopes") : NULL;
        if (!at && t) at = strstr(t, "Connect-Entra -Scopes");
        if (at) return psa_xstrndup(at, strcspn(at, "\r\n"));
      }
  }
  return NULL;
}

/* Per script, the permissions its Microsoft Graph rewrites need, from the
 * same data as the JSON and SARIF "permissions": an app-only script (its
 * connection finding carries them) lists the application permissions to
 * grant the app registration; a delegated one shows its Connect-MgGraph
 * -Scopes line. */
static void S_graph_permissions(psa_buf *b, const psa_results *r, FILE *out) {
  bool header = false;
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    size_t i = cur.index;
    const char *names[128];
    size_t count = 0;
    bool app_only = false;
    char *own[128];
    size_t nown = 0;
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      if (!S_graph_rule(x->rule_id, false) || !x->permissions) continue;
      app_only |= S_graph_rule(x->rule_id, true);
      for (const char *q = x->permissions; *q;) {
        size_t len = strcspn(q, ",");
        char *one = psa_xstrndup(q, len);
        bool seen = false;
        for (size_t j = 0; j < count && !seen; j++) seen = !strcmp(names[j], one);
        if (!seen && count < 128 && nown < 128) {
          names[count++] = one;
          own[nown++] = one;
        } else {
          free(one);
        }
        q += len;
        while (*q == ',' || *q == ' ') q++;
      }
    }
    if (!count) continue;
    qsort(names, count, sizeof(names[0]), S_str_cmp);
    if (!header) {
      psa_buf_puts(b,
                   "<section class=\"card\" id=\"graph-permissions\">\n<h2>Microsoft Graph "
                   "permissions</h2>\n<p class=\"note\">What the scripts&#39; MSOnline and AzureAD "
                   "calls need once they are rewritten to Microsoft Graph PowerShell. An app-only "
                   "script: grant these application permissions to its app registration and give "
                   "admin consent before the rewritten script runs. A script a person runs: they "
                   "consent to the scopes of its <code>Connect-MgGraph -Scopes</code> line when "
                   "they sign in.</p>\n<table><thead><tr><th>Script</th><th>Sign-in</th>"
                   "<th>Permissions</th></tr></thead><tbody>\n");
      header = true;
    }
    psa_buf_printf(b, "<tr><td class=\"path\"><a href=\"#f%zu\">", i);
    S_esc(b, f->path);
    psa_buf_puts(b, "</a></td>");
    char *scopes = app_only ? NULL : S_scopes_line(f);
    if (app_only) {
      psa_buf_puts(b, "<td>app-only</td><td>Grant these application permissions to the app "
                      "registration: ");
    } else if (scopes) {
      psa_buf_puts(b, "<td>delegated</td><td><code>");
      S_esc(b, scopes);
      psa_buf_puts(b, "</code>");
    } else {
      psa_buf_puts(b, "<td>not decided (the connection is not rewritten yet)</td><td>The "
                      "rewritten calls need, as application permissions for an app or as "
                      "delegated scopes for a person: ");
    }
    if (!scopes)
      for (size_t j = 0; j < count; j++) {
        psa_buf_puts(b, j ? ", <code>" : "<code>");
        S_esc(b, names[j]);
        psa_buf_puts(b, "</code>");
      }
    psa_buf_puts(b, "</td></tr>\n");
    free(scopes);
    for (size_t j = 0; j < nown; j++) free(own[j]);
    S_flush(b, out);
  }
  psa_results_close(&cur);
  if (header) psa_buf_puts(b, "</tbody></table>\n</section>\n");
}

/* The app-only certificate setup, in the order it is done. */
static void S_checklist(psa_buf *b) {
  static const char *const parts[] = {
      "<section class=\"card\" id=\"setup\">\n<h2>Setting up app-only certificate sign-in</h2>\n"
      "<p class=\"note\">What an unattended script needs before its connections can move to "
      "certificate-based, app-only authentication. Work through it once per app "
      "registration.</p>\n<ol class=\"checklist\">\n",
      "<li><b>Register an application</b> in Microsoft Entra ID. Make it single-tenant for your "
      "own scripts. Only partner or multi-customer scenarios need a multi-tenant app; each "
      "customer&#39;s administrator then grants consent at "
      "<code>login.microsoftonline.com/&lt;tenant-id&gt;/adminconsent?client_id=&lt;client-id&gt;"
      "&amp;scope=https://outlook.office365.com/.default</code>.</li>\n",
      "<li><b>Give it the Exchange permission.</b> Add the application permission "
      "<code>Exchange.ManageAsApp</code> of <i>Office 365 Exchange Online</i> and grant admin "
      "consent; the default delegated Graph <code>User.Read</code> can be removed. In the app "
      "manifest this is <code>resourceAppId 00000002-0000-0ff1-ce00-000000000000</code> with role "
      "<code>dc50a0fb-09a3-484d-be87-e023b12c6440</code> (GCC High and DoD, Security &amp; "
      "Compliance only: <code>00000007-0000-0ff1-ce00-000000000000</code> with "
      "<code>455e5cd2-84e8-4751-8344-5672145dfa17</code>). A managed identity gets the same app "
      "role with <code>New-MgServicePrincipalAppRoleAssignment</code> "
      "(<code>-AppRoleId dc50a0fb-09a3-484d-be87-e023b12c6440</code>, resource: the service "
      "principal of app <code>00000002-0000-0ff1-ce00-000000000000</code>).</li>\n",
      "<li><b>Create a certificate</b>: self-signed, from your internal PKI or from a public CA. "
      "The private key must be exportable and must be a CSP key, not a CNG key, for example "
      "<code>New-SelfSignedCertificate -DnsName &hellip; -CertStoreLocation "
      "cert:\\CurrentUser\\My -NotAfter (Get-Date).AddYears(1) -KeySpec KeyExchange</code>. "
      "Export the .pfx (with the private key, for the machine that runs the script) with "
      "<code>Export-PfxCertificate</code> and the public .cer with "
      "<code>Export-Certificate</code>.</li>\n",
      "<li><b>Upload the .cer</b> to the app registration under <i>Certificates &amp; "
      "secrets</i>.</li>\n",
      "<li><b>Grant the app a role.</b> Either a Microsoft Entra role (Exchange Online: Exchange "
      "Administrator, Exchange Recipient Administrator, Global Reader, Helpdesk Administrator, "
      "Security Administrator, Security Reader, Compliance Administrator or Global "
      "Administrator; Security &amp; Compliance: Compliance Administrator, Global Administrator, "
      "Global Reader, Security Administrator or Security Reader), or, for least privilege, "
      "membership of an Exchange role group: <code>New-ServicePrincipal -AppId &lt;app-id&gt; "
      "-ObjectId &lt;enterprise-app-object-id&gt; -DisplayName &hellip;</code>, then "
      "<code>Add-RoleGroupMember -Identity &quot;&lt;role group&gt;&quot; -Member "
      "&lt;service-principal&gt;</code>.</li>\n",
      "<li><b>Connect from the script</b> with <code>Connect-ExchangeOnline -CertificateThumbprint "
      "&lt;thumbprint&gt; -AppId &lt;app-id&gt; -Organization "
      "&lt;tenant&gt;.onmicrosoft.com</code> (or <code>Connect-IPPSSession</code> with the same "
      "parameters). This needs ExchangeOnlineManagement 3.0.0 or later, and PowerShellGet and "
      "PackageManagement on Windows.</li>\n",
      "<li><b>Plan around the gaps.</b> App-only sign-in cannot run "
      "<code>New-UnifiedGroup</code>, <code>Remove-UnifiedGroup</code>, "
      "<code>Add-UnifiedGroupLinks</code> or <code>Remove-UnifiedGroupLinks</code> (use Microsoft "
      "Graph for those), nor the Purview search cmdlets of Security &amp; Compliance.</li>\n",
      "<li><b>Send mail through Microsoft Graph</b> with the application permission "
      "<code>Mail.Send</code>, and limit the mailboxes the app may use with RBAC for "
      "Applications (<code>New-ManagementScope</code>, <code>New-ManagementRoleAssignment -App "
      "&lt;service-principal-object-id&gt; -Role &quot;Application Mail.Send&quot; "
      "-CustomResourceScope &hellip;</code>, checked with "
      "<code>Test-ServicePrincipalAuthorization</code>) rather than with Application Access "
      "Policies.</li>\n",
      "<li><b>Other services</b> follow the same pattern. Microsoft Graph: "
      "<code>Connect-MgGraph -ClientId &hellip; -TenantId &hellip; -CertificateThumbprint "
      "&hellip;</code> with application permissions for each API. Teams: Graph permissions for "
      "the cmdlets that are not Cs cmdlets (User.Read.All, Group.ReadWrite.All, "
      "AppCatalog.ReadWrite.All, TeamSettings.ReadWrite.All, Channel.Delete.All, "
      "ChannelSettings.ReadWrite.All, ChannelMember.ReadWrite.All) and a Microsoft Entra "
      "administrator role for the Cs cmdlets. SMTP, IMAP and POP with OAuth: the permissions "
      "<code>SMTP.SendAsApp</code>, <code>IMAP.AccessAsApp</code> or "
      "<code>POP.AccessAsApp</code> with admin consent, <code>New-ServicePrincipal</code> for the "
      "app, and <code>Add-MailboxPermission -AccessRights FullAccess</code> on each mailbox it "
      "uses.</li>\n",
      "</ol>\n</section>\n", NULL};
  S_join(b, parts);
}

/* The data the page's script reads, with "<" escaped for the script block. */
static void S_data(FILE *out, const psa_results *r) {
  cJSON *root = cJSON_CreateObject();
  cJSON_AddStringToObject(root, "version", PSAUTH_VERSION);
  cJSON_AddItemToObject(root, "files", psa_json_hole());
  psa_json_frame fr;
  if (psa_json_frame_open(&fr, root, false, out) < 0) {
    fputs("{}", out);
    return;
  }
  fr.escape_lt = true;
  psa_json_frame_array(&fr);
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    size_t i = cur.index;
    cJSON *jf = cJSON_CreateObject();
    char id[48];
    snprintf(id, sizeof(id), "f%zu", i);
    cJSON_AddStringToObject(jf, "id", id);
    cJSON_AddStringToObject(jf, "path", f->path);
    cJSON *xs = cJSON_AddArrayToObject(jf, "findings");
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      cJSON *jx = cJSON_CreateObject();
      snprintf(id, sizeof(id), "f%zu-%u", i, k);
      cJSON_AddStringToObject(jx, "id", id);
      cJSON_AddNumberToObject(jx, "n", k);
      cJSON_AddStringToObject(jx, "rule", x->rule_id);
      cJSON_AddStringToObject(jx, "kind", x->rule ? psa_kind_name(x->rule->kind) : "unknown");
      cJSON_AddStringToObject(jx, "severity", psa_severity_name(x->severity));
      cJSON_AddStringToObject(jx, "service", psa_service_name(x->service));
      cJSON_AddStringToObject(jx, "status", psa_status_name(x->status));
      cJSON_AddNumberToObject(jx, "line", x->at.line);
      cJSON_AddNumberToObject(jx, "col", x->at.col);
      cJSON_AddItemToArray(xs, jx);
    }
    psa_json_frame_item(&fr, jf);
  }
  psa_results_close(&cur);
  psa_json_frame_end_array(&fr);
  psa_json_frame_close(&fr);
}

static void S_generated(char *buf, size_t n) {
  const char *sde = getenv("SOURCE_DATE_EPOCH");
  time_t t = sde && *sde ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
  struct tm tm;
  if (!gmtime_r(&t, &tm) || !strftime(buf, n, "%Y-%m-%d %H:%M UTC", &tm)) snprintf(buf, n, "?");
}

int psa_report__html(const psa_results *r, const psa_report_options *o, FILE *out, char *err,
                     size_t errlen) {
  (void)o;
  psa_results_summary s;
  psa_results_summarize(r, &s);

  S_file_facts ff_, *ff = &ff_;
  size_t by_bucket[B_COUNT] = {0}, files_by_bucket[B_COUNT] = {0};
  size_t by_service[PSA_SVC__COUNT] = {0}, by_signin[PSA_AUTH__COUNT] = {0};
  /* the inventory: scripts and findings per service and sign-in method */
  size_t cell_files[PSA_SVC__COUNT][PSA_AUTH__COUNT] = {{0}};
  size_t cell_findings[PSA_SVC__COUNT][PSA_AUTH__COUNT] = {{0}};
  int cell_worst[PSA_SVC__COUNT][PSA_AUTH__COUNT];
  for (int q = 0; q < PSA_SVC__COUNT; q++)
    for (int a = 0; a < PSA_AUTH__COUNT; a++) cell_worst[q][a] = B_COUNT;
  size_t files_with_findings = 0;
  char first_retiring_buf[32] = "";
  const char *first_retiring = NULL;
  psa_results_cursor cur;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    S_facts(f, ff);
    bool cell_seen[PSA_SVC__COUNT][PSA_AUTH__COUNT] = {{false}};
    bool migration = false;
    for (uint32_t k = 0; k < f->finding_count; k++) {
      const psa_result_finding *x = &f->findings[k];
      int bk = S_bucket(x);
      by_bucket[bk]++;
      if (bk == B_COVERAGE) continue;
      migration = true;
      int svc = x->service < PSA_SVC__COUNT ? (int)x->service : PSA_SVC_SCRIPT;
      int sg = x->signin < PSA_AUTH__COUNT ? (int)x->signin : PSA_AUTH_NONE;
      by_service[svc]++;
      by_signin[sg]++;
      cell_findings[svc][sg]++;
      if (!cell_seen[svc][sg]) cell_files[svc][sg]++;
      cell_seen[svc][sg] = true;
      if (bk < cell_worst[svc][sg]) cell_worst[svc][sg] = bk;
      if (bk == B_RETIRING && x->status_date &&
          (!first_retiring || strcmp(x->status_date, first_retiring) < 0)) {
        /* a copy: the file's strings go with its turn */
        snprintf(first_retiring_buf, sizeof(first_retiring_buf), "%s", x->status_date);
        first_retiring = first_retiring_buf;
      }
    }
    for (int bk = 0; bk < B_COUNT; bk++)
      if (ff->by_bucket[bk]) files_by_bucket[bk]++;
    if (migration) files_with_findings++;
  }
  psa_results_close(&cur);
  size_t migration_findings = s.findings - by_bucket[B_COVERAGE];

  psa_buf b;
  psa_buf_init(&b);
  char hash[64], when[40];
  psa_buf js;
  psa_buf_init(&js);
  S_join(&js, S_js);
  S_csp_hash(js.data, hash);
  S_generated(when, sizeof(when));

  psa_buf_printf(&b,
                 "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                 "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                 "style-src 'unsafe-inline'; script-src '%s'; img-src data:; base-uri 'none'; "
                 "form-action 'none'\">\n"
                 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                 "<meta name=\"generator\" content=\"psauth %s\">\n"
                 "<title>Microsoft 365 sign-in migration report</title>\n<style>\n",
                 hash, PSAUTH_VERSION);
  S_join(&b, S_css);
  psa_buf_puts(&b, "</style>\n</head>\n<body>\n");
  psa_buf_printf(&b,
                 "<header class=\"top\"><div class=\"wrap\">\n<h1>Microsoft 365 sign-in migration "
                 "report</h1>\n<p>Legacy and basic authentication and stored passwords in "
                 "PowerShell scripts &middot; psauth %s &middot; %zu %s scanned &middot; %s</p>\n"
                 "</div></header>\n<main class=\"wrap\">\n",
                 PSAUTH_VERSION, s.files_scanned, S_plural(s.files_scanned, "script", "scripts"),
                 when);

  /* headline: "fails today" counts status "retired" only */
  psa_buf_puts(&b, "<section class=\"card\" id=\"summary\">\n<h2>Summary</h2>\n<p class=\"verdict\">");
  size_t retired = by_bucket[B_RETIRED], exposed = by_bucket[B_EXPOSED],
         retiring = by_bucket[B_RETIRING], insecure = by_bucket[B_INSECURE],
         suggestions = by_bucket[B_SUGGESTION];
  if (!migration_findings) {
    psa_buf_printf(&b,
                   "No legacy authentication, basic authentication or stored passwords were found "
                   "in the %zu %s scanned.",
                   s.files_scanned, S_plural(s.files_scanned, "script", "scripts"));
  } else {
    if (retired)
      psa_buf_printf(&b,
                     "<b>%zu %s %s today</b>: %zu %s a service or sign-in method that Microsoft "
                     "365 has already retired (each finding names the date and its source). ",
                     files_by_bucket[B_RETIRED], S_plural(files_by_bucket[B_RETIRED], "script", "scripts"),
                     S_plural(files_by_bucket[B_RETIRED], "fails", "fail"), retired,
                     S_plural(retired, "finding uses", "findings use"));
    else
      psa_buf_puts(&b, "No script uses anything Microsoft 365 has already retired. ");
    if (exposed)
      psa_buf_printf(&b,
                     "<b>%zu %s written in the text of %zu %s</b>: %s still %s, but anyone who "
                     "can read the %s can use %s; rotate %s. ",
                     exposed, S_plural(exposed, "secret is", "secrets are"),
                     files_by_bucket[B_EXPOSED], S_plural(files_by_bucket[B_EXPOSED], "script", "scripts"),
                     S_plural(exposed, "it", "they"), S_plural(exposed, "works", "work"),
                     S_plural(files_by_bucket[B_EXPOSED], "script", "scripts"),
                     S_plural(exposed, "it", "them"), S_plural(exposed, "it", "them"));
    if (retiring)
      psa_buf_printf(&b, "%zu %s on something Microsoft has announced to retire, the first on %s. ",
                     retiring, S_plural(retiring, "finding depends", "findings depend"),
                     first_retiring ? first_retiring : "a published date");
    if (insecure)
      psa_buf_printf(&b, "%zu %s a password or secret in play. ", insecure,
                     S_plural(insecure, "finding keeps", "findings keep"));
    if (suggestions)
      psa_buf_printf(&b, "%zu %s. ", suggestions, S_plural(suggestions, "suggestion", "suggestions"));
    size_t all = s.files_scanned + s.files_skipped + s.read_errors;
    psa_buf_printf(&b, "In all, %zu of %zu %s %s changes.", files_with_findings, all,
                   S_plural(all, "script", "scripts"), S_plural(files_with_findings, "needs", "need"));
  }
  psa_buf_puts(&b, "</p>\n<div class=\"tiles\">\n");
  char sub[96];
  snprintf(sub, sizeof(sub), "%zu skipped, %zu unreadable", s.files_skipped, s.read_errors);
  S_tile(&b, "", s.files_scanned, "scripts scanned",
         s.files_skipped || s.read_errors ? sub : NULL);
  S_tile(&b, "", files_with_findings, "scripts to change", NULL);
  snprintf(sub, sizeof(sub), "%zu %s", retired, S_plural(retired, "finding", "findings"));
  S_tile(&b, "err", files_by_bucket[B_RETIRED], "scripts that fail today (retired)", sub);
  snprintf(sub, sizeof(sub), "in %zu %s", files_by_bucket[B_EXPOSED],
           S_plural(files_by_bucket[B_EXPOSED], "script", "scripts"));
  S_tile(&b, "exp", exposed, "secrets written in scripts", sub);
  snprintf(sub, sizeof(sub), "first on %s", first_retiring ? first_retiring : "?");
  S_tile(&b, "warn", retiring, "retiring on a published date", retiring ? sub : NULL);
  S_tile(&b, "warn", insecure, "insecure, still working", NULL);
  S_tile(&b, "info", suggestions, "suggestions", NULL);
  snprintf(sub, sizeof(sub), "%zu more need review", s.fixable_unsafe);
  S_tile(&b, "", s.fixable_safe, "safe automatic fixes", s.fixable_unsafe ? sub : NULL);
  psa_buf_puts(&b, "</div>\n</section>\n");

  if (migration_findings) {
    /* charts */
    psa_buf_puts(&b, "<section class=\"card\" id=\"charts\">\n<h2>Where the findings are</h2>\n"
                     "<p class=\"note\">Counts of findings, by what they mean, the service they "
                     "concern and how they sign in (from each rule&#39;s metadata and the command "
                     "the finding points at).</p>\n<div class=\"charts\">\n");
    S_bar bars[PSA_SVC__COUNT + PSA_AUTH__COUNT + B_COUNT];
    size_t nb = 0;
    for (int k = 0; k < B_COVERAGE; k++)
      bars[nb++] = (S_bar){S_bucket_label[k], by_bucket[k], S_bucket_color[k]};
    S_chart(&b, "By status", bars, nb);
    nb = 0;
    bool taken[PSA_SVC__COUNT] = {false};
    for (;;) { /* largest first */
      int best = -1;
      for (int q = 0; q < PSA_SVC__COUNT; q++)
        if (!taken[q] && by_service[q] && (best < 0 || by_service[q] > by_service[best])) best = q;
      if (best < 0) break;
      taken[best] = true;
      bars[nb++] = (S_bar){psa_service_name((psa_service)best), by_service[best], "#3f8f8b"};
    }
    S_chart(&b, "By service", bars, nb);
    nb = 0;
    for (int a = 0; a < PSA_AUTH__COUNT; a++)
      if (by_signin[a]) bars[nb++] = (S_bar){psa_auth_name((psa_auth)a), by_signin[a], "#4a6fa5"};
    S_chart(&b, "By sign-in method", bars, nb);
    psa_buf_puts(&b, "</div>\n</section>\n");

    /* inventory: service x sign-in method */
    psa_buf_puts(&b, "<section class=\"card\" id=\"inventory\">\n<h2>Service inventory</h2>\n"
                     "<p class=\"note\">Scripts per service and sign-in method (findings in "
                     "brackets); the colour is the most urgent status in the cell. &ldquo;no "
                     "sign-in&rdquo; is a finding about a setting, a module or a cmdlet call rather "
                     "than a connection.</p>\n<table class=\"matrix\">\n<thead><tr><th>Service</th>");
    for (int a = 0; a < PSA_AUTH__COUNT; a++)
      if (by_signin[a]) {
        psa_buf_puts(&b, "<th class=\"num\">");
        S_esc(&b, psa_auth_name((psa_auth)a));
        psa_buf_puts(&b, "</th>");
      }
    psa_buf_puts(&b, "</tr></thead>\n<tbody>\n");
    for (int q = 0; q < PSA_SVC__COUNT; q++) {
      if (!by_service[q]) continue;
      psa_buf_puts(&b, "<tr><th scope=\"row\">");
      S_esc(&b, psa_service_name((psa_service)q));
      psa_buf_puts(&b, "</th>");
      for (int a = 0; a < PSA_AUTH__COUNT; a++) {
        if (!by_signin[a]) continue;
        if (!cell_files[q][a]) {
          psa_buf_puts(&b, "<td class=\"num muted\">&middot;</td>");
          continue;
        }
        psa_buf_printf(&b, "<td class=\"num cell %s\">%zu <span class=\"muted\">(%zu)</span></td>",
                       S_bucket_class[cell_worst[q][a]], cell_files[q][a], cell_findings[q][a]);
      }
      psa_buf_puts(&b, "</tr>\n");
    }
    psa_buf_puts(&b, "</tbody></table>\n<h3>Per script</h3>\n<table>\n<thead><tr><th>Script</th>"
                     "<th>Service</th><th>Sign-in seen</th><th class=\"num\">Findings</th>"
                     "<th>Most urgent</th></tr></thead>\n<tbody>\n");
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));) {
      size_t i = cur.index;
      S_facts(f, ff);
      if (!ff->services) continue;
      int nrows = 0;
      for (int q = 0; q < PSA_SVC__COUNT; q++)
        if (ff->services & (1u << q)) nrows++;
      bool first = true;
      for (int q = 0; q < PSA_SVC__COUNT; q++) {
        if (!(ff->services & (1u << q))) continue;
        psa_buf_puts(&b, "<tr>");
        if (first) {
          psa_buf_printf(&b, "<td class=\"path\" rowspan=\"%d\"><a href=\"#f%zu\">", nrows, i);
          S_esc(&b, f->path);
          psa_buf_puts(&b, "</a></td>");
          first = false;
        }
        psa_buf_puts(&b, "<td>");
        S_esc(&b, psa_service_name((psa_service)q));
        psa_buf_puts(&b, "</td><td>");
        for (int a = 0; a < PSA_AUTH__COUNT; a++)
          if (ff->signin[q] & (1u << a))
            psa_buf_printf(&b, "<span class=\"chip\">%s</span>", psa_auth_name((psa_auth)a));
        psa_buf_printf(&b, "</td><td class=\"num\">%zu</td><td>", ff->per_service[q]);
        if (ff->worst[q] < B_COUNT)
          psa_buf_printf(&b, "<span class=\"status %s\">%s</span>", S_bucket_class[ff->worst[q]],
                         S_bucket_label[ff->worst[q]]);
        psa_buf_puts(&b, "</td></tr>\n");
      }
      S_flush(&b, out);
    }
    psa_results_close(&cur);
    psa_buf_puts(&b, "</tbody></table>\n</section>\n");

    /* migration plan, by status */
    psa_buf_puts(&b, "<section class=\"card\" id=\"plan\">\n<h2>Migration plan</h2>\n"
                     "<p class=\"note\">In order of urgency, grouped by script. Each line is a rule "
                     "with the number of places it applies; the details are under "
                     "Findings.</p>\n<ol class=\"plan\">\n");
    static const char *const step_title[B_COVERAGE] = {
        "Fails today: fix first", "Secrets written in scripts: rotate and remove",
        "Retiring: change before the date", "Insecure: replace the stored password or secret",
        "Suggestions"};
    static const char *const step_text[B_COVERAGE] = {
        "Microsoft 365 has retired the service or sign-in method these use, on a published date "
        "that has passed: the scripts fail until they are changed.",
        "A password or secret is written in the script text. It still works, so anyone who can "
        "read the script can sign in with it: rotate it, then move the script to certificate or "
        "managed-identity sign-in.",
        "These work today and stop on a date Microsoft has published.",
        "These work, but keep a password or secret in play.",
        "Not urgent, but part of a clean migration: summaries of cmdlets to rewrite, faster REST "
        "cmdlets, settings to review."};
    uint32_t nrules;
    const psa_rule *const *rules = psa_rules(&nrules);
    size_t *counts = psa_xcalloc(nrules + 1, sizeof(size_t));
    int step = 1;
    for (int bk = 0; bk < B_COVERAGE; bk++) {
      if (!by_bucket[bk]) continue;
      psa_buf_printf(&b,
                     "<li class=\"%s\"><h3>%d. %s</h3><p>%s %zu %s in %zu %s.</p>\n"
                     "<table><thead><tr><th>Script</th><th>What to change</th></tr></thead>"
                     "<tbody>\n",
                     S_bucket_class[bk], step++, step_title[bk], step_text[bk], by_bucket[bk],
                     S_plural(by_bucket[bk], "finding", "findings"), files_by_bucket[bk],
                     S_plural(files_by_bucket[bk], "script", "scripts"));
      psa_results_open(r, &cur);
      for (const psa_result_file *f; (f = psa_results_next(&cur));) {
        size_t i = cur.index;
        S_facts(f, ff);
        if (!ff->by_bucket[bk]) continue;
        memset(counts, 0, (nrules + 1) * sizeof(size_t));
        for (uint32_t k = 0; k < f->finding_count; k++) {
          if (S_bucket(&f->findings[k]) != bk) continue;
          uint32_t q = 0;
          while (q < nrules && rules[q] != f->findings[k].rule) q++;
          counts[q]++;
        }
        psa_buf_printf(&b, "<tr><td class=\"path\"><a href=\"#f%zu\">", i);
        S_esc(&b, f->path);
        psa_buf_puts(&b, "</a></td><td><ul class=\"rules\">");
        for (uint32_t q = 0; q < nrules; q++) {
          if (!counts[q]) continue;
          psa_buf_puts(&b, "<li><code>");
          S_esc(&b, rules[q]->id);
          psa_buf_puts(&b, "</code> ");
          S_esc(&b, rules[q]->summary);
          if (counts[q] > 1) psa_buf_printf(&b, " <span class=\"muted\">&times;%zu</span>", counts[q]);
          psa_buf_puts(&b, "</li>");
        }
        if (counts[nrules])
          psa_buf_printf(&b, "<li>rules this psauth version does not know <span "
                             "class=\"muted\">&times;%zu</span></li>", counts[nrules]);
        psa_buf_puts(&b, "</ul></td></tr>\n");
        S_flush(&b, out);
      }
      psa_results_close(&cur);
      psa_buf_puts(&b, "</tbody></table></li>\n");
    }
    free(counts);
    psa_buf_puts(&b, "</ol>\n</section>\n");
  }

  if (s.findings) {
    /* findings */
    psa_buf_printf(&b,
                   "<section class=\"card\" id=\"findings\">\n<h2>Findings by script</h2>\n"
                   "<p class=\"note\">Each finding with the code it points at (highlighted) and, "
                   "where psauth has one, the proposed fix as a diff of the lines it changes "
                   "(<span class=\"del\">removed</span>, <span class=\"add\">added</span>).</p>\n"
                   "<div class=\"controls\" id=\"controls\" hidden>\n"
                   "<label>Script<select id=\"f-file\"><option value=\"\">All scripts</option>"
                   "</select></label>\n"
                   "<label>Severity<select id=\"f-severity\"><option value=\"\">All</option>"
                   "<option value=\"error\">Error</option><option value=\"warning\">Warning"
                   "</option><option value=\"info\">Info</option></select></label>\n"
                   "<label>Kind<select id=\"f-kind\"><option value=\"\">All kinds</option>"
                   "</select></label>\n"
                   "<label>Service<select id=\"f-service\"><option value=\"\">All services"
                   "</option></select></label>\n"
                   "<label>Order<select id=\"f-sort\"><option value=\"position\">Script and line"
                   "</option><option value=\"severity\">Most severe first</option>"
                   "<option value=\"kind\">Kind</option><option value=\"rule\">Rule</option>"
                   "</select></label>\n"
                   "<label>&nbsp;<button type=\"button\" id=\"f-reset\">Reset</button></label>\n"
                   "<span class=\"count\" id=\"f-count\">%zu findings</span>\n</div>\n"
                   "<p class=\"note\" id=\"f-none\" hidden>No finding matches these filters.</p>\n"
                   "<div id=\"file-list\">\n",
                   s.findings);
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));) {
      size_t i = cur.index;
      if (!f->finding_count) continue;
      S_facts(f, ff);
      psa_buf_printf(&b, "<section class=\"file\" id=\"f%zu\">\n<h3>", i);
      S_esc(&b, f->path);
      psa_buf_puts(&b, "</h3>\n<p class=\"meta\">");
      if (f->encoding) {
        S_esc(&b, f->encoding);
        psa_buf_puts(&b, " &middot; ");
      }
      if (f->eol) {
        S_esc(&b, f->eol);
        psa_buf_puts(&b, " line ends &middot; ");
      }
      psa_buf_printf(&b, "%u %s", f->finding_count, S_plural(f->finding_count, "finding", "findings"));
      const char *sep = ": ";
      for (int bk = 0; bk < B_COUNT; bk++)
        if (ff->by_bucket[bk]) {
          psa_buf_printf(&b, "%s%zu %s", sep, ff->by_bucket[bk], S_bucket_label[bk]);
          sep = ", ";
        }
      if (f->syntax_errors)
        psa_buf_printf(&b, " &middot; %u syntax %s", f->syntax_errors,
                       S_plural(f->syntax_errors, "error", "errors"));
      psa_buf_puts(&b, "</p>\n");
      if (f->plan_count) S_plan(&b, f);
      if (f->shared_fix_diff && *f->shared_fix_diff) {
        psa_buf_puts(&b, "<div class=\"fix shared\"><div class=\"fixhead\">Shared by the fixes "
                         "below (applied once): declarations near the top of the script</div>\n");
        S_diff(&b, f->shared_fix_diff);
        psa_buf_puts(&b, "</div>\n");
      }
      for (uint32_t k = 0; k < f->finding_count; k++) S_finding(&b, &f->findings[k], i, k);
      psa_buf_puts(&b, "</section>\n");
      S_flush(&b, out);
    }
    psa_results_close(&cur);
    psa_buf_puts(&b, "</div>\n</section>\n");
  }

  /* coverage: what psauth could not analyse (a limitation of psauth: the
   * grammar does not read a construct) and text that is not PowerShell
   * (PSA001), apart from the findings */
  size_t cov_files = 0, gap_files = 0, gap_lines = 0, broken_files = 0;
  psa_results_open(r, &cur);
  for (const psa_result_file *f; (f = psa_results_next(&cur));) {
    S_facts(f, ff);
    bool broken = ff->by_bucket[B_COVERAGE] || f->syntax_errors;
    /* in a broken file the text, not the grammar, is what was not read */
    bool gap = f->unanalysed_count > 0 && !broken;
    gap_files += gap;
    if (gap) gap_lines += f->unanalysed_lines;
    broken_files += broken;
    cov_files += gap || broken;
  }
  psa_results_close(&cur);
  psa_buf_puts(&b, "<section class=\"card\" id=\"coverage\">\n<h2>Coverage</h2>\n");
  if (!cov_files) {
    psa_buf_printf(&b, "<p class=\"note\">psauth analysed all of the %zu %s it scanned.</p>\n",
                   s.files_scanned, S_plural(s.files_scanned, "script", "scripts"));
  } else {
    psa_buf_puts(&b, "<p class=\"note\">");
    if (gap_files)
      psa_buf_printf(&b,
                     "psauth could not analyse %zu %s in %zu %s: valid PowerShell its grammar "
                     "does not read (a limitation of psauth, not a problem of the script). The "
                     "rest of each file was analysed, but a finding in these lines may be "
                     "missing. ",
                     gap_lines, S_plural(gap_lines, "line", "lines"), gap_files, S_plural(gap_files, "script", "scripts"));
    if (broken_files)
      psa_buf_printf(&b, "%zu %s text that is not PowerShell (PSA001: an unclosed string, "
                         "unbalanced braces, pasted console text).",
                     broken_files, S_plural(broken_files, "script has", "scripts have"));
    psa_buf_puts(&b, "</p>\n<table><thead><tr><th>Script</th><th>Lines psauth could not "
                     "analyse</th><th>Syntax errors (PSA001)</th></tr></thead><tbody>\n");
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));) {
      size_t i = cur.index;
      S_facts(f, ff);
      if (!f->unanalysed_count && !ff->by_bucket[B_COVERAGE] && !f->syntax_errors) continue;
      psa_buf_printf(&b, "<tr><td class=\"path\"><a href=\"#f%zu\">", i);
      S_esc(&b, f->path);
      psa_buf_puts(&b, "</a></td><td>");
      const char *sep = "";
      for (uint32_t k = 0; k < f->unanalysed_count; k++) {
        const psa_range *u = &f->unanalysed[k];
        if (u->end_line > u->line)
          psa_buf_printf(&b, "%s%u&ndash;%u", sep, u->line, u->end_line);
        else
          psa_buf_printf(&b, "%s%u", sep, u->line);
        sep = ", ";
      }
      psa_buf_puts(&b, "</td><td>");
      sep = "";
      for (uint32_t k = 0; k < f->finding_count; k++) {
        const psa_result_finding *x = &f->findings[k];
        if (x->status != PSA_STATUS_COVERAGE) continue;
        psa_buf_printf(&b, "%sline %u", sep, x->at.line);
        sep = ", ";
      }
      psa_buf_puts(&b, "</td></tr>\n");
      S_flush(&b, out);
    }
    psa_results_close(&cur);
    psa_buf_puts(&b, "</tbody></table>\n");
  }
  psa_buf_puts(&b, "</section>\n");

  /* files that were not scanned */
  if (s.files_skipped || s.read_errors) {
    psa_buf_puts(&b, "<section class=\"card\" id=\"not-scanned\">\n<h2>Not scanned</h2>\n"
                     "<table><thead><tr><th>File</th><th>Why</th></tr></thead><tbody>\n");
    psa_results_open(r, &cur);
    for (const psa_result_file *f; (f = psa_results_next(&cur));) {
      if (f->status == PSA_FILE_OK) continue;
      psa_buf_puts(&b, "<tr><td class=\"path\">");
      S_esc(&b, f->path);
      psa_buf_printf(&b, "</td><td>%s", f->status == PSA_FILE_SKIPPED ? "skipped" : "could not be read");
      if (f->message) {
        psa_buf_puts(&b, ": ");
        S_esc(&b, f->message);
      }
      psa_buf_puts(&b, "</td></tr>\n");
      S_flush(&b, out);
    }
    psa_results_close(&cur);
    psa_buf_puts(&b, "</tbody></table>\n</section>\n");
  }

  S_graph_permissions(&b, r, out);
  S_checklist(&b);
  psa_buf_printf(&b,
                 "</main>\n<footer class=\"wrap\">Status: <b>retired</b> &mdash; refused by "
                 "Microsoft 365 since a published date that has passed (an error); "
                 "<b>secret in the script</b> &mdash; a password or secret written in the text "
                 "(an error, though it still works); <b>retiring</b> &mdash; refused from a "
                 "published date still to come, and <b>insecure</b> (warnings); "
                 "<b>suggestion</b> (info). Dates and sources: docs/sources.md. Rule details: "
                 "<code>psauth explain &lt;rule&gt;</code>. Generated by psauth %s.</footer>\n"
                 "<script type=\"application/json\" id=\"psauth-data\">",
                 PSAUTH_VERSION);
  S_flush(&b, out);
  S_data(out, r);
  psa_buf_puts(&b, "</script>\n<script>");
  psa_buf_append(&b, js.data, js.len);
  psa_buf_puts(&b, "</script>\n</body>\n</html>\n");
  psa_buf_free(&js);

  S_flush(&b, out);
  psa_buf_free(&b);
  if (ferror(out)) {
    snprintf(err, errlen, "could not write the HTML report");
    return -1;
  }
  return 0;
}

// Small pieces the LSP client scripts share (tests/lsp/client.test.js,
// bench/lsp-bench.js, bench/lsp-corpus.js): the base protocol's
// Content-Length framing over a child's stdio, and applying TextEdits to a
// document the way an editor does.
'use strict';

// Reads framed messages from child.stdout and hands each parsed one to
// onMessage; returns send(message), which frames and writes a message.
function connect(child, onMessage) {
  let buf = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buf = Buffer.concat([buf, chunk]);
    for (;;) {
      const h = buf.indexOf('\r\n\r\n');
      if (h < 0) return;
      const n = +/Content-Length: (\d+)/i.exec(buf.slice(0, h).toString())[1];
      if (buf.length < h + 4 + n) return;
      const msg = JSON.parse(buf.slice(h + 4, h + 4 + n).toString('utf8'));
      buf = buf.slice(h + 4 + n);
      onMessage(msg);
    }
  });
  return function send(m) {
    const b = Buffer.from(JSON.stringify(Object.assign({ jsonrpc: '2.0' }, m)), 'utf8');
    child.stdin.write(`Content-Length: ${b.length}\r\n\r\n`);
    child.stdin.write(b);
  };
}

// Positions: JavaScript strings are UTF-16, as LSP positions are. A
// character past the end of its line means the line's end.
function offsetAt(text, pos) {
  let line = 0, i = 0;
  while (line < pos.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  let end = i;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return Math.min(i + pos.character, end);
}

// Edits apply to the original text; later ones first, so offsets stay valid.
function applyEdits(text, edits) {
  const sorted = edits.map((e, k) => ({ e, k, s: offsetAt(text, e.range.start), t: offsetAt(text, e.range.end) }))
    .sort((a, b) => b.s - a.s || b.k - a.k);
  for (const { e, s, t } of sorted) text = text.slice(0, s) + e.newText + text.slice(t);
  return text;
}

module.exports = { connect, offsetAt, applyEdits };

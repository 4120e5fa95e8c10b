// psauth lsp latency and memory (bench/lsp.sh runs it; Node, no packages).
//
//   node bench/lsp-bench.js PSAUTH [LINES] [EDITS] [MEMORY_EDITS] [FLOOD]
//
// Opens a generated LINES-line script (default 5,000: modern Exchange Online
// code with a few legacy connections, so every rule runs), then
//   1. latency: EDITS one-line edits (default 50), each a single incremental
//      didChange; the time from sending it to the publishDiagnostics of that
//      version; median, 90th percentile and maximum;
//   2. memory: MEMORY_EDITS more edits (default 1,000), each waited for; the
//      server's resident memory (VmRSS) every 100 edits;
//   3. a flood: 200 edits sent without waiting, then the time until the
//      diagnostics of the last version arrive (the server must not queue
//      one analysis per change).
// PSAUTH_BENCH_SUPPRESS=1 adds suppression comments to the script. For a
// load-independent count, run it under callgrind with EDITS 0 and 20 (and
// MEMORY_EDITS, FLOOD 0): the difference of the instruction totals / 20.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const { connect } = require('../tools/lsp-wire.js');

const psauth = process.argv[2];
const LINES = +(process.argv[3] || 5000);
const EDITS = +(process.argv[4] || 50);
const MEM_EDITS = +(process.argv[5] || 1000);
const FLOOD = +(process.argv[6] || 200);

function script(lines) {
  const out = ['<#', '.SYNOPSIS', '  Generated benchmark script.', '#>',
               'param([string]$OutFolder = "C:\\Reports")',
               'Connect-ExchangeOnline -CertificateThumbprint $Thumb -AppId $AppId -Organization "contoso.onmicrosoft.com" -ShowBanner:$false'];
  for (let i = 0; out.length < lines; i++) {
    if (i % 40 === 7) {
      // PSAUTH_BENCH_SUPPRESS=1: files with suppression comments are read
      // for them (a walk over the whole tree), the others are not
      if (process.env.PSAUTH_BENCH_SUPPRESS === '1') out.push('# psauth: disable-next-line PSA301 -- bench');
      out.push(`$pw${i} = ConvertTo-SecureString "Winter${i}!" -AsPlainText -Force`,
               `$cred${i} = New-Object System.Management.Automation.PSCredential("svc${i}@contoso.com", $pw${i})`,
               `$s${i} = New-PSSession -ConfigurationName Microsoft.Exchange -ConnectionUri https://outlook.office365.com/powershell-liveid/ -Credential $cred${i} -Authentication Basic`,
               `Import-PSSession $s${i} -DisableNameChecking | Out-Null`, '');
    } else {
      out.push(`function Get-Report${i} {`, `    param([string]$Identity = "user${i}@contoso.com")`,
               '    $mbx = Get-EXOMailbox -Identity $Identity -Properties ProhibitSendQuota, ArchiveStatus',
               '    $stats = Get-EXOMailboxStatistics -Identity $mbx.UserPrincipalName',
               '    [pscustomobject]@{ Name = $mbx.DisplayName; Archive = $mbx.ArchiveStatus }', '}',
               `$report${i} = foreach ($u in $users) { Get-Report${i} -Identity $u.UserPrincipalName }`,
               `Write-Host "Report ${i} written ($($report${i}.Count) rows)" -ForegroundColor Green`, '');
    }
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const child = spawn(psauth, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const waiting = new Map(); // version -> resolve
let lastDiag = null;
const send = connect(child, (msg) => {
  if (msg.method === 'textDocument/publishDiagnostics') {
    lastDiag = msg.params;
    const r = waiting.get(msg.params.version);
    if (r) {
      waiting.delete(msg.params.version);
      r(msg.params);
    }
  } else if (msg.id === 1 && waiting.has('init')) {
    waiting.get('init')(msg);
  }
});
const diagnosticsOf = (v) => new Promise((r) => waiting.set(v, r));
function rssKiB() {
  const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
  return m ? +m[1] : 0;
}
// the server's CPU time (user + system, ms): what an edit costs it whatever
// else the machine is doing
function cpuMs() {
  const f = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (+f[11] + +f[12]) * 10; // utime, stime in clock ticks of 10 ms
}
const pct = (a, p) => a.slice().sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];

const uri = 'untitled:bench.ps1';
const text = script(LINES);
let version = 1;
// one-line edit k: toggles a character on a line in the middle third
function edit(k) {
  const line = Math.floor(LINES / 3) + (k % Math.floor(LINES / 3));
  const insert = Math.floor(k / Math.floor(LINES / 3)) % 2 === 0;
  return { range: { start: { line, character: 0 }, end: { line, character: insert ? 0 : 1 } }, text: insert ? ' ' : '' };
}
let k = 0;
async function oneEdit(wait) {
  version++;
  const p = wait ? diagnosticsOf(version) : null;
  const t0 = process.hrtime.bigint();
  send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [edit(k++)] } });
  if (!p) return 0;
  await p;
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

(async () => {
  const init = new Promise((r) => waiting.set('init', r));
  send({ id: 1, method: 'initialize', params: { capabilities: {}, initializationOptions: { psauth: { ruleDocsUrl: 'https://example.invalid/rules/' } } } });
  await init;
  waiting.delete('init');
  send({ method: 'initialized', params: {} });
  let t0 = process.hrtime.bigint();
  const first = diagnosticsOf(1);
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'powershell', version: 1, text } } });
  const d = await first;
  const openMs = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`script: ${LINES} lines, ${text.length} bytes; first diagnostics (${d.diagnostics.length}) after ${openMs.toFixed(1)} ms`);

  for (let i = 0; i < 3; i++) await oneEdit(true); // warm-up
  const lat = [];
  const cpu0 = cpuMs();
  for (let i = 0; i < EDITS; i++) lat.push(await oneEdit(true));
  if (EDITS > 0) {
    const cpu = (cpuMs() - cpu0) / EDITS;
    console.log(`latency over ${EDITS} one-line edits: median ${pct(lat, 0.5).toFixed(1)} ms, ` +
                `p90 ${pct(lat, 0.9).toFixed(1)} ms, max ${Math.max(...lat).toFixed(1)} ms (target: median <= 50 ms)`);
    console.log(`server CPU time per edit: ${cpu.toFixed(1)} ms (user + system)`);
  }

  if (MEM_EDITS > 0) {
    const rss = [rssKiB()];
    for (let i = 1; i <= MEM_EDITS; i++) {
      await oneEdit(true);
      if (i % 100 === 0) rss.push(rssKiB());
    }
    console.log(`VmRSS every 100 edits (MiB): ${rss.map((x) => (x / 1024).toFixed(1)).join(' ')}`);
    const growth = rss[rss.length - 1] - rss[Math.min(1, rss.length - 1)];
    console.log(`growth from edit 100 to ${MEM_EDITS}: ${(growth / 1024).toFixed(1)} MiB`);
  }

  if (FLOOD > 0) {
    t0 = process.hrtime.bigint();
    for (let i = 0; i < FLOOD - 1; i++) await oneEdit(false);
    await oneEdit(true);
    const floodMs = Number(process.hrtime.bigint() - t0) / 1e6;
    console.log(`flood: ${FLOOD} edits sent at once, diagnostics of the last after ${floodMs.toFixed(1)} ms`);
  }

  send({ id: 2, method: 'shutdown' });
  send({ method: 'exit' });
  child.on('exit', (c) => process.exit(c === 0 ? 0 : 1));
})();

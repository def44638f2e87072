// File names are untrusted: newline, `%`, `::`, ANSI ESC and invalid UTF-8 must neither break nor
// inject into any format. Each name ends in a secret-looking suffix (.pem, .key) so CTX201 reports it by path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildTree } from '../helpers/trees.js';
import { runCli } from './cli-io.js';

const HOSTILE = [
  'evil\nname.pem', // newline: would end a line / command
  '100%0A.pem', // an escape sequence that must stay literal
  'x::error title=pwned::owned.pem', // a workflow command inside a name
  '\x1b[31mred\x1b[0m.key', // ANSI
  'pipe|`tick`<b>[l](u).pem', // Markdown/HTML metacharacters
  'bad\xff\xfe.pem', // invalid UTF-8 (a byte string; written with Buffer.from(name, 'latin1'))
  'cr\rlf.pem',
  'comma,colon:.pem',
];

async function auditFormat(format: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const tree = buildTree({ files: ['Dockerfile', ...HOSTILE.map((n) => 'd/' + n)], dockerignore: '', nameEncoding: 'bytes' });
  try {
    return await runCli([tree.ctx, '--format', format, '--no-config', '--fail-on', 'never'], tree.ctx);
  } finally {
    tree.cleanup();
  }
}

const UNESCAPED_PIPES = /(?<!\\)\|/g;

test('json: parses, and carries every hostile name as text (invalid bytes as U+FFFD)', async () => {
  const r = await auditFormat('json');
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  const paths = doc.findings.filter((f: { ruleId: string }) => f.ruleId === 'CTX201').map((f: { path: string }) => f.path);
  assert.equal(paths.length, HOSTILE.length);
  assert.ok(paths.includes('d/evil\nname.pem'));
  assert.ok(paths.includes('d/bad\ufffd\ufffd.pem'));
});

test('table: no raw control characters, one line per finding', async () => {
  const r = await auditFormat('table');
  assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
  const findingLines = r.stdout.split('\n').filter((l) => /^\s+(error|warning|info)\s+CTX/.test(l));
  // The verdict (the first line) counts them.
  const header = /^(?:PASS|FAIL) \([^)]*\): (\d+) errors?, (\d+) warnings?(?:, (\d+) info)?/.exec(r.stdout);
  assert.ok(header, r.stdout.split('\n')[0]);
  assert.equal(findingLines.length, Number(header[1]) + Number(header[2]) + Number(header[3] ?? 0));
  assert.ok(r.stdout.includes('d/evil\\nname.pem'));
});

test('github: every line is exactly one well-formed workflow command', async () => {
  const r = await auditFormat('github');
  const json = JSON.parse((await auditFormat('json')).stdout);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, json.findings.length);
  for (const l of lines) {
    assert.match(l, /^::(error|warning|notice) (file=[^:,]*,)?(line=\d+,)?title=[^:,]*::[^\r\n]*$/, l);
    assert.doesNotMatch(l, /[\x00-\x1f\x7f]/);
    // The message part holds no second command start.
    const msg = l.slice(l.indexOf('::', 2) + 2);
    assert.ok(!msg.startsWith('::'));
  }
  assert.ok(r.stdout.includes('file=d/evil%0Aname.pem'));
  assert.ok(r.stdout.includes('file=d/100%250A.pem'));
  assert.ok(r.stdout.includes('file=d/x%3A%3Aerror title=pwned%3A%3Aowned.pem'));
  assert.ok(r.stdout.includes('file=d/comma%2Ccolon%3A.pem'));
});

test('sarif: valid JSON, URIs are percent-encoded, messages carry no raw controls', async () => {
  const r = await auditFormat('sarif');
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.version, '2.1.0');
  const results = doc.runs[0].results;
  assert.ok(results.length >= HOSTILE.length);
  for (const res of results) {
    const uri = res.locations[0].physicalLocation.artifactLocation.uri as string;
    assert.match(uri, /^[A-Za-z0-9\-._~%/]+$/, uri);
    assert.doesNotMatch(res.message.text, /[\x00-\x1f\x7f]/);
    assert.ok(['error', 'warning', 'note'].includes(res.level));
  }
  const uris = results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0].physicalLocation.artifactLocation.uri);
  assert.ok(uris.includes('d/evil%0Aname.pem'));
  for (const rule of doc.runs[0].tool.driver.rules) assert.match(rule.helpUri, /^https:\/\//);
});

test('markdown: no raw controls, no HTML, each finding row keeps its four cells', async () => {
  const r = await auditFormat('markdown');
  assert.doesNotMatch(r.stdout, /[\x00-\x08\x0b-\x1f\x7f]/);
  // Names are code spans (issue 16 item 7): an HTML tag may only appear inside one, where it is text.
  assert.doesNotMatch(r.stdout.replace(/(`+)[^`][\s\S]*?\1/g, ''), /<b>/);
  const json = JSON.parse((await auditFormat('json')).stdout);
  const rows = r.stdout.split('\n').filter((l) => /^\| \S+ (error|warning|info) \|/.test(l));
  assert.equal(rows.length, json.findings.length);
  for (const row of rows) assert.equal(row.match(UNESCAPED_PIPES)?.length, 5, row);
});

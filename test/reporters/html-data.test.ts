// The HTML report's data shaping: tree building, the aggregation threshold and node budget,
// status colouring, finding links and JSON escaping. Expected values are worked out by hand in
// each test (tar bytes of a file with N content bytes and a short name: 512 + N rounded up to 512).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { runAudit } from '../../src/audit.js';
import {
  attachFindings,
  buildHtmlData,
  buildTree,
  condenseTree,
  dominantStatus,
  jsonForScript,
  viewNodes,
  type FullNode,
  type HtmlReportData,
  type Status,
  type TreeItem,
  type ViewNode,
} from '../../src/reporters/html-data.js';
import { renderHtml } from '../../src/reporters/html.js';
import { buildTree as buildDiskTree } from '../helpers/trees.js';

const file = (path: string, bytes: number): TreeItem => ({ path, kind: 'file', bytes, files: 1 });
const childNames = (n: ViewNode) => (n.children ?? []).map((c) => c.name);

test('buildTree: parents the list never names are created, and bytes and files fold upwards', () => {
  // `docs/keep.md` re-included under an excluded `docs` has no `docs` entry in docker's tar (R27).
  const root = buildTree([{ path: 'a', kind: 'dir', bytes: 512, files: 0 }, file('a/x', 1024), file('a/b/y', 2048), file('docs/keep.md', 1536)], 'unused');
  const a = root.children!.find((c) => c.name === 'a')!;
  const docs = root.children!.find((c) => c.name === 'docs')!;
  assert.equal(a.bytes, 512 + 1024 + 2048); // its own header, x, and the implicit b/ holding y
  assert.equal(a.files, 2);
  assert.equal(docs.bytes, 1536);
  assert.equal(root.bytes, 512 + 1024 + 2048 + 1536);
  assert.equal(root.files, 3);
});

test('condenseTree: children under 0.1% of their directory merge into one node', () => {
  // 1,000,000 bytes: the threshold is 1,000. 600k, 300k and 99,000 stay; 500 + 400 + 100 merge.
  const root = buildTree([file('a', 600_000), file('b', 300_000), file('c', 99_000), file('d', 500), file('e', 400), file('f', 100)], 'unused');
  const v = condenseTree(root, { minShare: 0.001, maxNodes: 100 });
  assert.deepEqual(childNames(v), ['a', 'b', 'c', '3 smaller items']);
  const group = v.children![3];
  assert.equal(group.kind, 'group');
  assert.equal(group.items, 3);
  assert.equal(group.bytes, 1000);
  assert.equal(group.files, 3);
});

test('condenseTree: a lone small child is kept as itself, not renamed into a group of one', () => {
  const root = buildTree([file('big', 999_900), file('tiny', 100)], 'unused');
  assert.deepEqual(childNames(condenseTree(root, { minShare: 0.001, maxNodes: 100 })), ['big', 'tiny']);
});

test('condenseTree: the node budget opens the largest directories first and closes the rest', () => {
  // big/ (10 files of 100) and small/ (10 files of 50). Root + 2 dirs + 10 files = 13 nodes: only big/ opens.
  const items = [...Array.from({ length: 10 }, (_, i) => file(`big/f${i}`, 100)), ...Array.from({ length: 10 }, (_, i) => file(`small/f${i}`, 50))];
  const v = condenseTree(buildTree(items, 'unused'), { minShare: 0.001, maxNodes: 13 });
  const [big, small] = v.children!;
  assert.equal(big.name, 'big');
  assert.equal(big.children?.length, 10);
  assert.equal(small.kind, 'collapsed');
  assert.equal(small.children, undefined);
  assert.equal(small.files, 10);
  assert.equal(small.bytes, 500);
  assert.equal([...viewNodes(v)].length, 13);
});

test('condenseTree: 100k files in 1,000 directories stay within the node budget, every file counted', () => {
  const items: TreeItem[] = [];
  for (let d = 0; d < 1000; d++) for (let f = 0; f < 100; f++) items.push(file(`d${d}/f${f}`, 512 + (d % 7) * 512));
  const v = condenseTree(buildTree(items, 'unused'), { minShare: 0.001, maxNodes: 3000 });
  const nodes = [...viewNodes(v)];
  assert.ok(nodes.length <= 3000, `${nodes.length} nodes`);
  assert.equal(v.files, 100_000);
  // Leaves (files, groups, closed directories) account for every file exactly once.
  assert.equal(nodes.filter((n) => !n.children).reduce((s, n) => s + n.files, 0), 100_000);
});

test('dominantStatus: any secret wins, however small; otherwise the status with most bytes', () => {
  const m = (e: [Status, number][]) => new Map(e);
  assert.equal(dominantStatus(m([['unused', 1_000_000], ['secret', 1]]), 'unused'), 'secret');
  assert.equal(dominantStatus(m([['unused', 10], ['used', 20], ['oversized', 15]]), 'unused'), 'used');
  assert.equal(dominantStatus(m([]), 'sent'), 'sent');
});

test('attachFindings: a secret directory marks everything under it; CTX001 marks oversized; others use statusOf', () => {
  const root = buildTree([file('.ssh/id_rsa', 1024), file('.ssh/sub/known', 1024), file('dump.sql', 4096), file('src/a.js', 1024), file('b.txt', 1024)], 'unused');
  const located = [
    { row: 0, path: '.ssh', ruleId: 'CTX201' },
    { row: 1, path: 'dump.sql', ruleId: 'CTX001' },
    { row: 2, path: 'src/a.js', ruleId: 'CTX004' },
  ];
  const placed = attachFindings(root, located, (n) => (n.path.startsWith('src/') ? 'used' : 'unused'));
  const status = new Map<string, Status>();
  const walk = (n: FullNode) => (n.children ? n.children.forEach(walk) : status.set(n.path, n.status));
  walk(root);
  assert.deepEqual(Object.fromEntries(status), {
    '.ssh/id_rsa': 'secret',
    '.ssh/sub/known': 'secret',
    'dump.sql': 'oversized',
    'src/a.js': 'used', // CTX004 does not colour; statusOf does
    'b.txt': 'unused',
  });
  assert.deepEqual([...placed].sort(), [0, 1, 2]);
});

test('condenseTree: a secret merged into a group colours the group and carries its finding', () => {
  const root = buildTree([file('big', 1_000_000), file('.env', 1024), file('x', 512)], 'unused');
  attachFindings(root, [{ row: 7, path: '.env', ruleId: 'CTX201' }], () => 'unused');
  const v = condenseTree(root, { minShare: 0.01, maxNodes: 100 });
  const group = v.children!.find((c) => c.kind === 'group')!;
  assert.equal(group.status, 'secret');
  assert.deepEqual(group.findings, [7]);
});

test('jsonForScript: no name can close the script element, open a comment or break a JS string', () => {
  const hostile = { name: '</script><img src=x onerror=alert(1)>', more: '<!-- & -->', ls: 'a\u2028b\u2029c' };
  const out = jsonForScript(hostile);
  assert.doesNotMatch(out, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(out), hostile);
});

interface Parsed {
  html: string;
  data: HtmlReportData;
}

function reportFor(shape: Parameters<typeof buildDiskTree>[0], settings?: { maxFileSize: number }): Parsed {
  const tree = buildDiskTree(shape);
  try {
    // The CLI measures what is kept out for --format html (the page draws it, sized).
    const result = runAudit({ context: tree.ctx, cwd: tree.ctx, builder: 'legacy', settings, measureExcluded: true });
    const html = renderHtml(result);
    const m = /<script type="application\/json" id="ctx-audit-data">([^]*?)<\/script>/.exec(html);
    assert.ok(m, 'data block present');
    return { html, data: JSON.parse(m[1]) as HtmlReportData };
  } finally {
    tree.cleanup();
  }
}

const findNode = (root: ViewNode, path: string): ViewNode | undefined => {
  let n: ViewNode | undefined = root;
  for (const part of path.split('/')) n = n?.children?.find((c) => c.name === part);
  return n;
};

test('buildHtmlData: colours by status, sizes by tar bytes, links findings to their rectangles', () => {
  const { data } = reportFor(
    {
      files: ['Dockerfile', 'src/app.js', 'docs/guide.md', '.env', 'big.bin', 'logs/a.log'],
      fileContents: { Dockerfile: 'FROM scratch\nCOPY src/ /app/\n', 'big.bin': 'x'.repeat(3000), 'src/app.js': 'y'.repeat(1000) },
      dockerignore: 'logs\n',
    },
    { maxFileSize: 2000 },
  );
  const sent = data.sent;
  assert.equal(findNode(sent, 'src/app.js')?.status, 'used'); // COPY src/ covers it
  assert.equal(findNode(sent, 'docs/guide.md')?.status, 'unused');
  assert.equal(findNode(sent, '.env')?.status, 'secret'); // CTX201
  assert.equal(findNode(sent, 'big.bin')?.status, 'oversized'); // CTX001 at 3000 > 2000
  assert.equal(findNode(sent, 'Dockerfile')?.status, 'build');
  // 3000 content bytes: a 512-byte header + 3072 padded data.
  assert.equal(findNode(sent, 'big.bin')?.bytes, 512 + 3072);
  // logs/ is kept out: it is in the excluded tree (content bytes: "logs/a.log\n" = 11), not the sent one.
  assert.equal(findNode(sent, 'logs'), undefined);
  assert.equal(findNode(data.excluded!, 'logs')?.bytes, 11);
  const secret = data.findings.find((f) => f.ruleId === 'CTX201')!;
  assert.deepEqual(secret.target, { tree: 'sent', id: findNode(sent, '.env')!.id });
  const large = data.findings.find((f) => f.ruleId === 'CTX001')!;
  assert.deepEqual(large.target, { tree: 'sent', id: findNode(sent, 'big.bin')!.id });
});

test('buildHtmlData: without a usable Dockerfile, use is unknown ("sent"), not "unused"', () => {
  const { data } = reportFor({ files: ['Dockerfile', 'a.txt'], fileContents: { Dockerfile: 'NOT A DOCKERFILE {{{\n' }, dockerignore: '' });
  assert.equal(findNode(data.sent, 'a.txt')?.status, 'sent');
});

test('renderHtml: hostile names stay data; the CSP allows exactly the inline scripts; nothing is fetched', () => {
  const names = ['<img src=x onerror=alert(1)>.pem', '\x1b[31mred\x1b[0m.key', 'new\nline.pem'];
  // A directory `q<` holding `script><img ...>.pem`: the path reads `q</script><img ...>.pem`.
  const closer = 'q</script><img src=x onerror=alert(2)>.pem';
  const { html, data } = reportFor({ files: ['Dockerfile', ...names.map((n) => 'd/' + n), closer], dockerignore: '' });
  assert.ok(data.findings.some((f) => f.path === closer), 'the closing-tag path is in a finding');
  // Only three <script> elements: the data block, d3-hierarchy and the page script.
  assert.equal(html.match(/<script\b/g)?.length, 3);
  const body = html.slice(html.indexOf('<body>'));
  assert.doesNotMatch(body.replace(/<script>[^]*?<\/script>/g, ''), /<img/);
  // Names arrive as visible text: controls escaped (`\033`, `\n`), markup characters untouched.
  const d = findNode(data.sent, 'd')!;
  assert.deepEqual(new Set(childNames(d)), new Set(['<img src=x onerror=alert(1)>.pem', '\\033[31mred\\033[0m.key', 'new\\nline.pem']));
  // The CSP names the hash of each executable inline script, and nothing else may run or load.
  const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1];
  for (const m of html.matchAll(/<script>([^]*?)<\/script>/g)) {
    const hash = createHash('sha256').update(m[1], 'utf8').digest('base64');
    assert.ok(csp.includes(`'sha256-${hash}'`), 'script hash in CSP');
  }
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe/);
  assert.doesNotMatch(html, /\b(src|href)=["']?(https?:)?\/\//i);
  assert.doesNotMatch(html, /@import|url\(/i);
});

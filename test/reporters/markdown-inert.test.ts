// Issue 16 item 7: names in the Markdown report (a PR comment, a step summary) must not become
// links, autolinks or @mentions. Rendered with micromark + GFM (what GitHub follows); GitHub also
// links and mentions after rendering, outside code, so nothing linky may be left outside <code>.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { buildTree } from '../helpers/trees.js';
import { writeTree } from '../targets/helpers.js';
import { runCli } from './cli-io.js';
import { md, mdName } from '../../src/reporters/markdown.js';

const NAMES = [
  '[x](evil.example).pem',
  'http:evil.example.pem',
  'www.evil.example.pem',
  '@octocat.pem',
  'mail@evil.example.pem',
  'issue#12.pem',
  'tick`s``and```more.pem',
  '`starts-with-tick.pem',
  'pipe|in|name.pem',
  '<img src=x onerror=alert(1)>.pem',
  '**bold** _em_ ~~del~~.pem',
];

const html = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

/** The rendered text outside <code>, and every link target. */
function outsideCode(rendered: string): { text: string; links: string[] } {
  const links = [...rendered.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]);
  const text = rendered.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<a href="[^"]*">[^<]*<\/a>/g, '');
  return { text, links };
}

function assertInert(markdown: string, label: string): string {
  const rendered = html(markdown);
  const { text, links } = outsideCode(rendered);
  // The only links are the rules' documentation links ctx-audit writes itself.
  for (const l of links) assert.match(l, /^https:\/\/github\.com\/ctx-audit\/ctx-audit\/blob\/main\/docs\/rules\.md#ctx\d{3}-/, `${label}: a link to ${l}`);
  assert.doesNotMatch(text, /@octocat|www\.evil|@evil|#12|<img|<strong>bold|<em>em|<del>del/, `${label}: linky text outside code:\n${text}`);
  return rendered;
}

test('markdown: hostile names become code spans, never links, mentions, HTML or emphasis; each row keeps its cells', async () => {
  const tree = buildTree({ files: ['Dockerfile', ...NAMES.map((n) => 'd/' + n)], dockerignore: '' });
  try {
    const r = await runCli([tree.ctx, '--format', 'markdown', '--no-config', '--fail-on', 'never'], tree.ctx);
    assert.equal(r.code, 0, r.stderr);
    const rendered = assertInert(r.stdout, 'single');
    // Every name is in the report, verbatim inside a code span.
    for (const n of NAMES) assert.ok(rendered.includes(`<code>d/${n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`), `${n} is not shown as code`);
    for (const row of rendered.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      const cells = (row.match(/<t[dh][ >]/g) ?? []).length;
      assert.ok([3, 4].includes(cells), `a row with ${cells} cells: ${row}`);
    }
  } finally {
    tree.cleanup();
  }
});

test('markdown with several targets: service names, contexts and messages stay inert', async () => {
  const tree = writeTree({
    'app/Dockerfile': 'FROM alpine\nCOPY @octocat.txt www.evil.example /\n',
    'compose.yaml': 'services:\n  "@octocat":\n    build: app\n  "www.evil.example":\n    build: app\n    args: {X: "1"}\n',
  });
  try {
    writeFileSync(join(tree.root, 'app/[x](http:evil.example).pem'), 'x');
    const r = await runCli(['--compose', '--no-config', '--format', 'markdown', '--fail-on', 'never'], tree.root);
    assert.equal(r.code, 0, r.stderr);
    assertInert(r.stdout, 'multi');
  } finally {
    tree.cleanup();
  }
});

test('mdName: the fence is longer than any run of backticks inside; md: only linky words become code', () => {
  for (const name of ['a`b', 'a``b', '`', '``x``', ' spaced ', 'x|y']) {
    const rendered = html(`| h |\n|---|\n| ${mdName(name)} |`);
    const code = /<code>([\s\S]*?)<\/code>/.exec(rendered)?.[1];
    assert.equal(code, name, `${JSON.stringify(name)} -> ${rendered}`);
  }
  assert.equal(md('pattern "a" matches nothing'), 'pattern "a" matches nothing');
  assert.equal(html(md('copy of @octocat and www.evil.example, done', false)), '<p>copy of <code>@octocat</code> and <code>www.evil.example,</code> done</p>');
});

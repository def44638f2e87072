// End-to-end: the built CLI writes `--format html`, and a real headless Chromium (Debian's
// `chromium`, driven by playwright-core) opens it from disk. Chromium missing is a failure, never a
// skip: npm test installs it (scripts/test-setup.sh). Screenshots go to test-artifacts/ (git-ignored).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runAudit } from '../../src/audit.js';
import { renderHtml } from '../../src/reporters/html.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/ctx-audit.js');
const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const temps: string[] = [];
after(() => {
  for (const t of temps) fs.rmSync(t, { recursive: true, force: true });
});
function tempDir(prefix: string, base = os.tmpdir()): string {
  const d = fs.mkdtempSync(path.join(base, prefix));
  temps.push(d);
  return d;
}

/** A file of `size` bytes; sparse (truncate) so big contexts cost no disk. */
function sized(root: string, rel: string, size: number): void {
  const p = path.join(root, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, '');
  fs.truncateSync(p, size);
}

/** The CLI, run from a directory holding the tree (ctx-audit reads only inside its working directory's repository). */
function cli(args: string[], cwd = fs.realpathSync(os.tmpdir())): { code: number; stderr: string; ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1' } });
  return { code: r.status ?? -1, stderr: r.stderr, ms: performance.now() - t0 };
}

async function openInChromium(file: string, colorScheme: 'light' | 'dark' = 'light') {
  assert.ok(fs.existsSync(CHROMIUM), `Chromium is required for this test: ${CHROMIUM} is missing (apt-get install -y chromium; npm test installs it: scripts/test-setup.sh)`);
  const context: BrowserContext = await chromium.launchPersistentContext(tempDir('ctx-audit-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    colorScheme,
  });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  const t0 = performance.now();
  await page.goto('file://' + file);
  // Ready at all is the behaviour under test; how fast depends on the machine's load (a loaded
  // 2-core CI machine took over 3 s for the 100k page), so the wait is generous.
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
  const readyMs = performance.now() - t0;
  return { context, page, dialogs, errors, requests, readyMs };
}

const HOSTILE_IMG = '<img src=x onerror=alert(1)>';

/** Depth-1 rectangles of the sent treemap (the tab stops), with their labels and areas. */
async function topCells(page: Page) {
  return page.$$eval('#map-sent .cell[tabindex="0"]', (cells) =>
    cells.map((c) => {
      const r = c.getBoundingClientRect();
      return { label: c.getAttribute('aria-label') ?? '', id: c.getAttribute('data-id'), area: r.width * r.height };
    }),
  );
}

test('html report in Chromium: heaviest directory is the largest rectangle, click and keyboard zoom, hostile names stay text, findings link to rectangles', async () => {
  const dir = tempDir('ctx-audit-html-');
  const ctx = path.join(dir, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY app/ /app/\n');
  fs.writeFileSync(path.join(ctx, '.dockerignore'), 'cache\n');
  // heavy/ 1.2 MB > hostile/ 0.36 MB > app/ 0.25 MB > docs/ 0.05 MB: heavy/ must be drawn largest.
  for (const n of ['a.bin', 'b.bin', 'c.bin']) sized(ctx, `heavy/${n}`, 400_000);
  sized(ctx, 'app/main.js', 150_000);
  sized(ctx, 'app/util.js', 100_000);
  sized(ctx, 'docs/guide.md', 50_000);
  sized(ctx, `hostile/${HOSTILE_IMG}.pem`, 120_000); // a secret-looking name, so a finding names it too
  sized(ctx, 'hostile/\x1b[31mred\x1b[0m', 120_000);
  sized(ctx, 'hostile/new\nline', 120_000);
  sized(ctx, 'cache/blob', 500_000);
  const out = path.join(dir, 'report.html');
  const r = cli([ctx, '--format', 'html', '--output', out, '--no-config', '--fail-on', 'never']);
  assert.equal(r.code, 0, r.stderr);

  const { context, page, dialogs, errors, requests } = await openInChromium(out);
  try {
    // Nothing is fetched: the page is the only request.
    assert.deepEqual(requests, ['file://' + out]);

    const cells = await topCells(page);
    const largest = cells.reduce((a, b) => (b.area > a.area ? b : a));
    assert.match(largest.label, /^heavy\//, `largest rectangle: ${largest.label}`);

    // Click zooms into the directory; the breadcrumb goes back.
    // (on its name: the rest of a directory's rectangle is covered by its children's)
    await page.click(`#map-sent .cell[data-id="${largest.id}"]`, { position: { x: 8, y: 6 } });
    assert.equal(await page.textContent('#crumbs-sent .here'), 'heavy');
    assert.deepEqual((await topCells(page)).map((c) => c.label.split(',')[0]).sort(), ['heavy/a.bin', 'heavy/b.bin', 'heavy/c.bin']);
    await page.click('#crumbs-sent button:text-is("context")');
    assert.equal(await page.textContent('#crumbs-sent .here'), 'context');

    // Keyboard: Enter zooms into the focused rectangle, Escape and Backspace go back up to it.
    await page.focus(`#map-sent .cell[data-id="${largest.id}"]`);
    await page.keyboard.press('Enter');
    assert.equal(await page.textContent('#crumbs-sent .here'), 'heavy');
    await page.keyboard.press('Escape');
    assert.equal(await page.textContent('#crumbs-sent .here'), 'context');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), largest.id);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Backspace');
    assert.equal(await page.textContent('#crumbs-sent .here'), 'context');

    // Hover shows the path, size and file count.
    await page.hover(`#map-sent .cell[data-id="${largest.id}"]`, { position: { x: 8, y: 6 } });
    const tip = await page.textContent('#tip');
    assert.match(tip ?? '', /heavy\/.*1,2\d\d,\d\d\d bytes.*3 files/s);

    // Hostile names: rendered as text (controls visible as escapes), no element injected, no dialog.
    const hostile = cells.find((c) => c.label.startsWith('hostile/'));
    assert.ok(hostile, 'hostile/ is drawn');
    await page.click(`#map-sent .cell[data-id="${hostile.id}"]`, { position: { x: 8, y: 6 } });
    const texts = await page.$$eval('#map-sent .cell', (cs) => cs.map((c) => c.textContent ?? ''));
    assert.ok(texts.some((t) => t.startsWith(HOSTILE_IMG + '.pem')), texts.join(' | '));
    assert.ok(texts.some((t) => t.startsWith('\\033[31mred\\033[0m')), texts.join(' | '));
    assert.ok(texts.some((t) => t.startsWith('new\\nline')), texts.join(' | '));
    assert.equal(await page.$$eval('img, [onerror]', (els) => els.length), 0);
    assert.equal(await page.$$eval('script', (els) => els.length), 3);

    // A finding links to its rectangle: zoom there, highlight and focus it.
    await page.click('#crumbs-sent button:text-is("context")');
    const link = page.locator('#findings-body button', { hasText: `hostile/${HOSTILE_IMG}.pem` });
    const target = await link.getAttribute('data-target');
    await link.click();
    assert.equal(await page.textContent('#crumbs-sent .here'), 'hostile');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-id')), target);
    assert.equal(await page.getAttribute(`#map-sent .cell[data-id="${target}"]`, 'class').then((c) => c?.includes('hl')), true);

    // What the ignore file keeps out is drawn alongside.
    assert.match((await page.textContent('#map-excluded')) ?? '', /cache/);

    await page.click('#crumbs-sent button:text-is("context")');
    await page.mouse.move(0, 0);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'html-report.png'), fullPage: true });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  const dark = await openInChromium(out, 'dark');
  try {
    await dark.page.screenshot({ path: path.join(ARTIFACTS, 'html-report-dark.png'), fullPage: true });
    assert.deepEqual(dark.errors, []);
  } finally {
    await dark.context.close();
  }
});

test('html report size: a 100k-file context gives a page under 5 MB that draws a bounded number of cells, not one per file', async () => {
  // tmpfs when there is one: creating 100k files on a busy disk can take minutes, on tmpfs a second.
  const dir = tempDir('ctx-audit-html-100k-', fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
  const ctx = path.join(dir, 'ctx');
  fs.mkdirSync(ctx);
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY src/ /src/\n');
  // 100,000 empty files in 500 directories, plus a few sparse big ones.
  for (let d = 0; d < 500; d++) {
    const sub = path.join(ctx, 'src', `pkg${d}`);
    fs.mkdirSync(sub, { recursive: true });
    for (let f = 0; f < 200; f++) fs.writeFileSync(path.join(sub, `f${f}.js`), '');
  }
  sized(ctx, 'data/big.bin', 50_000_000);
  sized(ctx, 'data/medium.bin', 5_000_000);

  const result = runAudit({ context: ctx, cwd: ctx, builder: 'legacy' });
  assert.equal(result.context.files, 100_003); // with the Dockerfile
  const t0 = performance.now();
  const html = renderHtml(result);
  const renderMs = performance.now() - t0;
  const bytes = Buffer.byteLength(html);
  console.log(`html report for 100,003 files: ${bytes} bytes, rendered in ${renderMs.toFixed(0)} ms`);
  assert.ok(bytes < 5_000_000, `page is ${bytes} bytes`);

  const out = path.join(dir, 'report.html');
  const r = cli([ctx, '--format', 'html', '--output', out, '--no-config', '--fail-on', 'never', '--builder', 'legacy'], dir);
  assert.equal(r.code, 0, r.stderr);
  console.log(`ctx-audit --format html on 100,003 files: ${r.ms.toFixed(0)} ms end to end (walk included)`);
  const { context, page, readyMs, errors } = await openInChromium(out);
  try {
    // Timings are printed, not asserted: they measure the machine's load as much as the page.
    console.log(`Chromium: report ready in ${readyMs.toFixed(0)} ms`);
    assert.ok((await topCells(page)).length > 0);
    // What keeps a 100k-file page fast is that it draws a condensed tree: the cells in the DOM stay
    // within the node budgets the page declares in its own data, far below the file count.
    const { drawn, budget } = await page.evaluate(() => {
      const data = JSON.parse(document.querySelector('script[type="application/json"]')?.textContent ?? '{}') as { limits?: { maxNodes: number; maxExcludedNodes: number } };
      return { drawn: document.querySelectorAll('.cell').length, budget: data.limits ? data.limits.maxNodes + data.limits.maxExcludedNodes : -1 };
    });
    assert.ok(budget > 0 && budget < 10_000, `node budget in the page data: ${budget}`);
    assert.ok(drawn > 0 && drawn <= budget, `${drawn} cells drawn for a budget of ${budget}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

// Run as a user who cannot list a directory of the context (the legacy CLI refuses the context there;
// BuildKit builds it): the page's legacy card says the legacy builder refuses, and shows its line,
// instead of a tar it never sends; the title gives BuildKit's figure.
test('html report in Chromium: a context the legacy CLI refuses (a directory this user cannot list) shows the refusal, not a tar', async () => {
  const dir = tempDir('ctx-audit-html-');
  fs.chmodSync(dir, 0o777);
  const ctx = path.join(dir, 'ctx');
  fs.mkdirSync(path.join(ctx, 'locked'), { recursive: true });
  fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM scratch\nCOPY app.js /app/\n');
  fs.writeFileSync(path.join(ctx, 'app.js'), 'x\n');
  fs.writeFileSync(path.join(ctx, 'locked', 'y'), 'y\n');
  for (const p of [dir, ctx]) fs.chmodSync(p, 0o777);
  fs.chmodSync(path.join(ctx, 'locked'), 0);
  const out = path.join(dir, 'report.html');
  const asUser = process.getuid?.() === 0 ? ['/usr/bin/setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'] : [];
  const argv = [...asUser, process.execPath, BIN, ctx, '--format', 'html', '--output', out, '--no-config', '--fail-on', 'never'];
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ctx, encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NO_COLOR: '1', HOME: dir } });
  assert.equal(r.status, 0, r.stderr);
  const { context, page, errors } = await openInChromium(out);
  try {
    const cards = await page.$$eval('.card', (els) => els.map((e) => [e.querySelector('.k')?.textContent ?? '', e.querySelector('.v')?.textContent ?? '', e.querySelector('.d')?.textContent ?? '']));
    const legacy = cards.find((c) => c[0].startsWith('Legacy'));
    assert.deepEqual(legacy?.slice(0, 2), ['Legacy (DOCKER_BUILDKIT=0)', 'refused']);
    assert.match(legacy?.[2] ?? '', /^error checking context: can't stat '.*\/locked'$/);
    assert.match(await page.title(), /^ctx-audit: \S+ \(BuildKit\) build context/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

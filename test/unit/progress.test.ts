import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { makeProgress } from '../../src/cli/progress.js';

function sink(isTTY: boolean): Writable & { isTTY: boolean; text: string } {
  const w = new Writable({
    write(chunk, _enc, cb) {
      w.text += chunk.toString();
      cb();
    },
  }) as Writable & { isTTY: boolean; text: string };
  w.isTTY = isTTY;
  w.text = '';
  return w;
}

test('progress: silent on a pipe, silent for the first second, then one rewritten line cleared at the end', () => {
  const pipe = sink(false);
  const p1 = makeProgress(pipe);
  assert.equal(p1.onProgress, undefined, 'no callback at all when stderr is not a terminal');
  p1.done();
  assert.equal(pipe.text, '');

  let clock = 0;
  const tty = sink(true);
  const p2 = makeProgress(tty, () => clock);
  clock = 900;
  p2.onProgress!(8192);
  assert.equal(tty.text, '', 'nothing before one second');
  clock = 1500;
  p2.onProgress!(16384);
  assert.equal(tty.text, '\r\x1b[2Kctx-audit: scanning the context… 16,384 entries');
  p2.done();
  assert.ok(String(tty.text).endsWith('\r\x1b[2K'), 'the line is cleared before the report is printed');

  const quick = sink(true);
  const p3 = makeProgress(quick, () => 0);
  p3.onProgress!(8192);
  p3.done();
  assert.equal(quick.text, '', 'a quick scan on a terminal prints nothing');
});

test('progress: the secret scan names its phase and counts files, so the line keeps moving after the walk', () => {
  let clock = 0;
  const tty = sink(true);
  const p = makeProgress(tty, () => clock);
  clock = 1500;
  p.onProgress!(200_000);
  p.onSecretScan!(2048, 180_000);
  assert.ok(tty.text.endsWith('\r\x1b[2Kctx-audit: reading file contents for secrets… 2,048 of 180,000 files'), JSON.stringify(tty.text));
  clock = 2500;
  p.onSecretScan!(4096, 180_000);
  assert.ok(tty.text.endsWith('4,096 of 180,000 files'));
  p.done();
});

test('progress: an audit reports the secret scan as it goes, on this thread and through the background worker', async () => {
  const fs = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { runAudit } = await import('../../src/audit.js');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ctx-audit-progress-'));
  try {
    fs.writeFileSync(path.join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /\n');
    fs.mkdirSync(path.join(root, 'data'));
    for (let i = 0; i < 1100; i++) fs.writeFileSync(path.join(root, 'data', `f${i}.txt`), `line ${i}\n`);
    for (const parallel of ['never', 'always'] as const) {
      const calls: [number, number][] = [];
      runAudit({ context: root, cwd: root, builder: 'buildkit', parallel, onSecretScan: (d, t) => calls.push([d, t]) });
      assert.ok(calls.length >= 1, `${parallel}: reported`);
      // 1100 data files + the Dockerfile are read; every call counts toward that total and grows.
      for (const [d, t] of calls) assert.ok(t === 1101 && d > 0 && d <= t, `${parallel}: ${d} of ${t}`);
      for (let i = 1; i < calls.length; i++) assert.ok(calls[i][0] > calls[i - 1][0], `${parallel}: moves`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('progress: the rules phase names its patterns x entries cost (issue 16 item 5)', () => {
  let clock = 0;
  const tty = sink(true);
  const p = makeProgress(tty, () => clock);
  clock = 2000;
  p.onRules!(2000, 150_000);
  assert.equal(tty.text, '\r\x1b[2Kctx-audit: checking 2,000 ignore patterns against 150,000 entries…');
  p.done();
  assert.equal(makeProgress(sink(false)).onRules, undefined, 'nothing on a pipe');
});

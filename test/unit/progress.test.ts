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

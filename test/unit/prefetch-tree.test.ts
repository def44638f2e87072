// The shared reading of a tree (src/context/prefetch-tree.ts, src/parallel/): whatever the worker
// does (reads everything, reads nothing, gives up half-way, or is the real thread), the walk must
// produce exactly what the single-threaded walk produces.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { after, describe, test } from 'node:test';
import { prefetchTree } from '../../src/context/prefetch-tree.js';
import { CHUNK_FREE, CHUNK_MAIN, CHUNK_WORKER, scanTree } from '../../src/context/scan-tree.js';
import { PatternMatcher } from '../../src/context/patterns.js';
import { liveTree, walkContext, type TreeSource, type WalkResult } from '../../src/context/walk.js';
import type { WorkerJob, WorkerLink, WorkerReply } from '../../src/parallel/protocol.js';
import { SyncWorker } from '../../src/parallel/sync-worker.js';
import { buildTree, type BuiltTree } from '../helpers/trees.js';
import { neverStartedWorker } from '../helpers/workers.js';

/** ~40 directories over three levels, files, links, an empty dir, names that sort by bytes. */
function makeTree(): BuiltTree {
  const files: string[] = ['Dockerfile', 'top.txt', 'Z.md'];
  const dirs: string[] = ['empty/dir'];
  for (const a of ['a', 'b', 'c', 'B', 'é']) {
    for (const b of ['x', 'y', 'node_modules', 'x-y', 'x.y']) {
      files.push(`${a}/${b}/f.log`, `${a}/${b}/keep.txt`, `${a}/${b}/deep/er/g.bin`);
    }
    files.push(`${a}/readme.md`);
  }
  return buildTree({
    files,
    dirs,
    symlinks: { 'a/link': '../b', 'loop': 'loop' },
    hardlinks: { 'c/hard': 'top.txt' },
    dockerignore: '**/*.log\n!b/**/*.log\nnode_modules\n*.md\n',
  });
}

function walk(root: string, source: TreeSource): WalkResult {
  const m = PatternMatcher.create(['**/*.log', '!b/**/*.log', 'node_modules', '*.md']);
  return walkContext({ root, validationMatcher: m, tarMatcher: m, checkPermissions: true, measureExcluded: true, source });
}

/** A worker run on this thread: on `scan` it reads the chunks it can claim (all, or the first `limit`), then answers from a queue. */
function scriptedWorker(opts: { limit?: number; diesAfter?: number } = {}): WorkerLink & { jobs: WorkerJob[] } {
  const queue: WorkerReply[] = [];
  const jobs: WorkerJob[] = [];
  let answered = 0;
  const give = (): WorkerReply | undefined => {
    if (opts.diesAfter !== undefined && answered >= opts.diesAfter) return undefined;
    const r = queue.shift();
    if (r) answered++;
    return r;
  };
  return {
    jobs,
    post(job) {
      jobs.push(job);
      if (job.job !== 'scan') return;
      let taken = 0;
      for (let k = 0; k < job.chunks.length && taken < (opts.limit ?? Infinity); k++) {
        if (Atomics.compareExchange(job.claims, 1 + k, CHUNK_FREE, CHUNK_WORKER) !== CHUNK_FREE) continue;
        taken++;
        scanTree(job.chunks[k], (batch) => queue.push({ type: 'batch', batch }), 7);
        queue.push({ type: 'chunk-done', chunk: k });
      }
      queue.push({ type: 'scan-done' });
    },
    poll: () => give(),
    next: () => give() ?? null,
  };
}

describe('prefetchTree', () => {
  const tree = makeTree();
  after(() => tree.cleanup());
  const expected = walk(tree.ctx, liveTree);

  test('the tree is big enough to share: the expected walk has entries under every top directory', () => {
    assert.ok(expected.entries.length > 60, `${expected.entries.length} entries`);
    assert.ok(expected.excluded.length > 10);
  });

  test('a worker that reads every subtree: same walk, and the replay agrees too', () => {
    const w = scriptedWorker();
    const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => w });
    assert.deepEqual(walk(tree.ctx, t), expected);
    const s = t.sharing();
    assert.ok(s.chunks >= 8, `only ${s.chunks} chunks`);
    assert.equal(s.readByWorker, s.chunks, 'the scripted worker claimed every chunk before the walk reached one');
    assert.equal(s.readHere, 0);
    assert.deepEqual(walk(tree.ctx, t.replay()), expected);
    assert.equal(w.jobs.length, 1);
  });

  test('a worker that reads only the first chunks: the walk reads the rest itself', () => {
    const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => scriptedWorker({ limit: 3 }) });
    assert.deepEqual(walk(tree.ctx, t), expected);
    const s = t.sharing();
    assert.equal(s.readByWorker, 3);
    assert.equal(s.readHere, s.chunks - 3);
    assert.deepEqual(walk(tree.ctx, t.replay()), expected);
  });

  test('a worker that claims chunks and then stops answering: the walk reads those directories live', () => {
    const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => scriptedWorker({ diesAfter: 2 }) });
    assert.deepEqual(walk(tree.ctx, t), expected);
    assert.deepEqual(walk(tree.ctx, t.replay()), expected);
  });

  test('a worker that never starts (claims nothing, never answers): the walk reads every subtree, and finishing does not wait for it', () => {
    const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => neverStartedWorker() });
    assert.deepEqual(walk(tree.ctx, t), expected);
    const s = t.sharing();
    assert.ok(s.chunks >= 8);
    assert.equal(s.readHere, s.chunks);
    t.finishSharing();
    assert.deepEqual(walk(tree.ctx, t.replay()), expected);
  });

  test('no worker (threads unavailable): a plain recording', () => {
    const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => null });
    assert.deepEqual(walk(tree.ctx, t), expected);
    assert.equal(t.worker, null);
    assert.equal(t.sharing().chunks, 0);
  });

  test('below the entry threshold no worker is started', () => {
    let started = 0;
    const t = prefetchTree({ afterEntries: 1_000_000, minChunks: 8, startWorker: () => (started++, scriptedWorker()) });
    assert.deepEqual(walk(tree.ctx, t), expected);
    assert.equal(started, 0);
  });

  test('the real worker thread: same walk', () => {
    const w = SyncWorker.start();
    assert.ok(w, 'worker threads are available here');
    try {
      const t = prefetchTree({ afterEntries: 0, minChunks: 8, startWorker: () => w });
      assert.deepEqual(walk(tree.ctx, t), expected);
      assert.deepEqual(walk(tree.ctx, t.replay()), expected);
      const s = t.sharing();
      assert.equal(s.readHere + s.readByWorker, s.chunks, `every chunk read once: ${JSON.stringify(s)}`);
    } finally {
      w.close();
    }
  });
});

describe('the worker thread', () => {
  const tree = makeTree();
  after(() => tree.cleanup());

  test('claims the chunks it is offered and streams their listings, then a secrets job answers too', () => {
    const w = SyncWorker.start();
    assert.ok(w, 'worker threads are available here');
    try {
      const chunks = ['a', 'b', 'c', 'é'].map((d) => tree.ctx + '/' + Buffer.from(d, 'utf8').toString('latin1'));
      const claims = new Int32Array(new SharedArrayBuffer(4 * (chunks.length + 1)));
      w.post({ job: 'scan', chunks, claims });
      const listed = new Map<string, string[]>();
      const done: number[] = [];
      for (;;) {
        const r = w.next();
        assert.ok(r, 'the worker answered');
        if (r.type === 'scan-done') break;
        if (r.type === 'chunk-done') done.push(r.chunk);
        if (r.type === 'batch') {
          const all = r.batch.names === '' ? [] : r.batch.names.split('/');
          let at = 0;
          r.batch.dirs.forEach((d, i) => {
            listed.set(d, all.slice(at, at + r.batch.counts[i]));
            at += r.batch.counts[i];
          });
        }
      }
      assert.deepEqual(done, [0, 1, 2, 3]);
      assert.deepEqual([...claims.slice(1)], [CHUNK_WORKER, CHUNK_WORKER, CHUNK_WORKER, CHUNK_WORKER]);
      assert.ok(listed.has(chunks[0] + '/node_modules/deep/er'));
      for (const [d, names] of listed) assert.deepEqual(names, liveTree.list(d).names, d);

      const jobClaims = new Int32Array(new SharedArrayBuffer(8));
      const job = { job: 'secrets' as const, root: tree.ctx, paths: ['top.txt', 'a/x/keep.txt', 'missing'], sizes: [8, 13, 5], maxBytes: 1024, first: 10, claims: jobClaims };
      w.post({ ...job, index: 0 });
      assert.deepEqual(w.next(), { type: 'secrets', index: 0, skipped: false, hits: [] });
      assert.equal(jobClaims[0], CHUNK_WORKER);
      // A job this thread claimed first is answered as skipped, not read twice.
      jobClaims[1] = CHUNK_MAIN;
      w.post({ ...job, index: 1 });
      assert.deepEqual(w.next(), { type: 'secrets', index: 1, skipped: true, hits: [] });
    } finally {
      w.close();
    }
  });
});

describe('scanTree', () => {
  const tree = makeTree();
  after(() => tree.cleanup());

  test('a subtree root that is (or has become) a symlink is not followed', () => {
    let batches = 0;
    scanTree(tree.ctx + '/a/link', () => batches++);
    assert.equal(batches, 0);
    scanTree(tree.ctx + '/no-such-dir', () => batches++);
    assert.equal(batches, 0);
  });

  test('batches list directories in walk order with byte-sorted names and lstat fields', () => {
    const order: string[] = [];
    const listed = new Map<string, string[]>();
    scanTree(tree.ctx, (b) => {
      const all = b.names === '' ? [] : b.names.split('/');
      let at = 0;
      b.dirs.forEach((d, i) => {
        order.push(d);
        listed.set(d, all.slice(at, at + b.counts[i]));
        at += Math.max(0, b.counts[i]);
      });
    }, 5);
    // Walk order: the order in which walkContext asks for listings.
    const asked: string[] = [];
    walk(tree.ctx, { list: (abs) => (asked.push(abs), liveTree.list(abs)) });
    assert.deepEqual(order, asked);
    for (const [d, names] of listed) assert.deepEqual(names, liveTree.list(d).names, d);
    assert.ok(fs.existsSync(tree.ctx));
  });
});

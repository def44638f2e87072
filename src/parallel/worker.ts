// The background worker: one per audit of a large context. It reads the tree while the main thread
// matches what has arrived, then scans file contents for credentials while the main thread runs the
// Dockerfile cross-check. Every reply bumps a shared counter so the main thread, which never yields
// to its event loop during an audit, can wait for it synchronously (sync-worker.ts).
import { workerData, type MessagePort } from 'node:worker_threads';
import { CHUNK_FREE, CHUNK_WORKER, scanTree } from '../context/scan-tree.js';
import { fsContextReader } from '../rules/fs-reader.js';
import { scanFileForSecrets } from '../rules/ctx202-secret-content.js';
import { SIGNAL_ALIVE, SIGNAL_HEARTBEAT, SIGNAL_POSTED, SIGNAL_STOP, type WorkerJob, type WorkerReply } from './protocol.js';

const { port, signal } = workerData as { port: MessagePort; signal: Int32Array };

function reply(msg: WorkerReply, transfer: ArrayBuffer[] = []): void {
  port.postMessage(msg, transfer);
  Atomics.add(signal, SIGNAL_POSTED, 1);
  Atomics.notify(signal, SIGNAL_POSTED);
}

function run(msg: WorkerJob): void {
  if (msg.job === 'scan') {
    const { chunks, claims } = msg;
    const stop = () => {
      Atomics.add(signal, SIGNAL_HEARTBEAT, 1);
      return Atomics.load(signal, SIGNAL_STOP) === 1;
    };
    for (;;) {
      const k = Atomics.add(claims, 0, 1);
      if (k >= chunks.length || stop()) break;
      if (Atomics.compareExchange(claims, 1 + k, CHUNK_FREE, CHUNK_WORKER) !== CHUNK_FREE) continue;
      scanTree(chunks[k], (batch) => reply({ type: 'batch', batch }, [batch.stats.buffer as ArrayBuffer, batch.counts.buffer as ArrayBuffer]), 4096, stop);
      reply({ type: 'chunk-done', chunk: k });
    }
    reply({ type: 'scan-done' });
  } else {
    if (Atomics.compareExchange(msg.claims, msg.index, CHUNK_FREE, CHUNK_WORKER) !== CHUNK_FREE) {
      reply({ type: 'secrets', index: msg.index, skipped: true, hits: [] });
      return;
    }
    const reader = fsContextReader(msg.root);
    const hits: [number, string, number, 0 | 1][] = [];
    for (let i = 0; i < msg.paths.length; i++) {
      if ((i & 255) === 0) {
        Atomics.add(signal, SIGNAL_HEARTBEAT, 1);
        if (Atomics.load(signal, SIGNAL_STOP) === 1) break;
      }
      for (const h of scanFileForSecrets(reader, msg.paths[i], msg.sizes[i], msg.maxBytes)) hits.push([msg.first + i, h.kind, h.line, h.keyIdOnly ? 1 : 0]);
    }
    reply({ type: 'secrets', index: msg.index, skipped: false, hits });
  }
}

port.on('message', (msg: WorkerJob) => {
  try {
    run(msg);
  } catch (e) {
    reply({ type: 'failed', job: msg.job, message: e instanceof Error ? e.message : String(e) });
  }
});
Atomics.store(signal, SIGNAL_ALIVE, 1);
Atomics.notify(signal, SIGNAL_POSTED);

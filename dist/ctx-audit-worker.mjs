import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  CHUNK_FREE,
  CHUNK_WORKER,
  SIGNAL_ALIVE,
  SIGNAL_HEARTBEAT,
  SIGNAL_POSTED,
  SIGNAL_STOP,
  fsContextReader,
  scanFileForSecrets,
  scanTree
} from "./chunks/chunk-VCGU63CK.mjs";
import "./chunks/chunk-PCHR3W3Q.mjs";
import "./chunks/chunk-5POXV72P.mjs";

// src/parallel/worker.ts
const { workerData } = require("node:worker_threads");
var { port, signal } = workerData;
function reply(msg, transfer = []) {
  port.postMessage(msg, transfer);
  Atomics.add(signal, SIGNAL_POSTED, 1);
  Atomics.notify(signal, SIGNAL_POSTED);
}
function run(msg) {
  if (msg.job === "scan") {
    const { chunks, claims } = msg;
    const stop = () => {
      Atomics.add(signal, SIGNAL_HEARTBEAT, 1);
      return Atomics.load(signal, SIGNAL_STOP) === 1;
    };
    for (; ; ) {
      const k = Atomics.add(claims, 0, 1);
      if (k >= chunks.length || stop()) break;
      if (Atomics.compareExchange(claims, 1 + k, CHUNK_FREE, CHUNK_WORKER) !== CHUNK_FREE) continue;
      scanTree(chunks[k], (batch) => reply({ type: "batch", batch }, [batch.stats.buffer, batch.counts.buffer]), 4096, stop);
      reply({ type: "chunk-done", chunk: k });
    }
    reply({ type: "scan-done" });
  } else {
    if (Atomics.compareExchange(msg.claims, msg.index, CHUNK_FREE, CHUNK_WORKER) !== CHUNK_FREE) {
      reply({ type: "secrets", index: msg.index, skipped: true, hits: [] });
      return;
    }
    const reader = fsContextReader(msg.root);
    const hits = [];
    for (let i = 0; i < msg.paths.length; i++) {
      if ((i & 255) === 0) {
        Atomics.add(signal, SIGNAL_HEARTBEAT, 1);
        if (Atomics.load(signal, SIGNAL_STOP) === 1) break;
      }
      for (const h of scanFileForSecrets(reader, msg.paths[i], msg.sizes[i], msg.maxBytes)) hits.push([msg.first + i, h.kind, h.line, h.keyIdOnly ? 1 : 0]);
    }
    reply({ type: "secrets", index: msg.index, skipped: false, hits });
  }
}
port.on("message", (msg) => {
  try {
    run(msg);
  } catch (e) {
    reply({ type: "failed", job: msg.job, message: e instanceof Error ? e.message : String(e) });
  }
});
Atomics.store(signal, SIGNAL_ALIVE, 1);
Atomics.notify(signal, SIGNAL_POSTED);

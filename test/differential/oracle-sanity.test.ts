// Proves the harness before trusting it: the docker oracle, the tree builder and the tar lister
// must reproduce every oracle-confirmed vector exactly. If this fails, differential failures
// mean nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { captureUpload, findDocker, lastLine } from '../helpers/docker-oracle.js';
import { entryNames, entryTypes, listTarEntries } from '../helpers/tar-entries.js';
import {
  buildTree,
  errorVectorShape,
  loadErrorVectors,
  loadVectors,
  runsAsNobody,
  textToBytes,
  vectorShape,
} from '../helpers/trees.js';

// Fails loudly (no skip) when docker is missing.
findDocker();

describe('docker oracle reproduces docker-vectors.json', { concurrency: 4 }, () => {
  for (const v of loadVectors()) {
    it(v.name, async () => {
      const tree = buildTree(vectorShape(v));
      try {
        const r = await captureUpload({
          context: tree.ctx,
          dockerfile: v.dockerfile === undefined ? undefined : join(tree.ctx, v.dockerfile),
        });
        assert.equal(r.exitCode, 0, `docker failed:\n${r.stderr}`);
        assert.ok(r.tar, 'docker posted no build');
        const listing = await listTarEntries(r.tar);
        assert.deepEqual(entryNames(listing), v.sent.map(textToBytes));
        assert.equal(entryTypes(listing), v.entryTypes);
        assert.equal(r.tar.length, v.tarBytes);
        assert.equal(listing.endMarker, true);
        assert.equal(listing.truncated, false);
        for (const e of listing.entries) assert.equal(e.uid, 0, `${e.name}: uid forced to 0 (R32)`);
        if (v.paxEntries) {
          const pax = listing.entries.filter((e) => e.isPax).map((e) => e.name);
          assert.deepEqual(pax, v.paxEntries.map(textToBytes));
        }
        // R44: the request names the Dockerfile relative to the context.
        assert.equal(r.query?.get('dockerfile'), v.dockerfile ?? 'Dockerfile');
      } finally {
        tree.cleanup();
      }
    });
  }
});

describe('docker oracle reproduces docker-error-vectors.json', { concurrency: 4 }, () => {
  for (const v of loadErrorVectors()) {
    it(`${v.name}${runsAsNobody(v) ? ' (as uid 65534)' : ''}`, async () => {
      const tree = buildTree(errorVectorShape(v));
      try {
        const r = await captureUpload({ context: tree.ctx, runAsNobody: runsAsNobody(v) });
        assert.equal(r.exitCode, v.exitCode, `exit code; stderr:\n${r.stderr}`);
        if (v.stderrLastLine !== undefined) {
          assert.equal(lastLine(r.stderr), v.stderrLastLine.replaceAll('<ctx>', tree.ctx));
        }
        if (v.exitCode !== 0) {
          assert.equal(r.tar, null, 'a failed build must not upload anything');
          return;
        }
        assert.ok(r.tar, 'docker posted no build');
        const listing = await listTarEntries(r.tar);
        if (v.sent) assert.deepEqual(entryNames(listing), v.sent.map(textToBytes));
        if (v.tarBytes !== undefined) assert.equal(r.tar.length, v.tarBytes);
        if (v.endMarker !== undefined) assert.equal(listing.endMarker, v.endMarker);
        if (v.endMarker === false) assert.equal(listing.truncated, true, 'R30: stream stops inside the last entry');
      } finally {
        tree.cleanup();
      }
    });
  }
});

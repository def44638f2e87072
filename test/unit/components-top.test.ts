// The two shortcuts rules use on every entry of a walk, checked against the plain definitions
// they replace (split every path; sort everything and slice).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { firstComponentWhere } from '../../src/context/components.js';
import { topN } from '../../src/context/top.js';
import { fuzzParams } from '../fuzz/fuzz-settings.js';

const naiveFirst = (pred: (n: string) => boolean, path: string): string | null => {
  const parts = path.split('/');
  const k = parts.findIndex(pred);
  return k < 0 ? null : parts.slice(0, k + 1).join('/');
};

test('firstComponentWhere: same answer as splitting each path, whatever order the paths come in', () => {
  const name = fc.constantFrom('a', 'b', '.git', 'node_modules', '.env', 'x.pem', 'é', '\xff');
  const path = fc.array(name, { minLength: 1, maxLength: 7 }).map((p) => p.join('/'));
  fc.assert(
    fc.property(fc.array(path, { minLength: 1, maxLength: 40 }), (paths) => {
      const pred = (n: string) => n.startsWith('.') || n.endsWith('.pem') || n === 'node_modules';
      const f = firstComponentWhere(pred);
      for (const p of paths) assert.equal(f(p), naiveFirst(pred, p), p);
    }),
    fuzzParams(300),
  );
});

test('firstComponentWhere: each directory name is tested once, and 5,000-deep paths need no deep recursion', () => {
  const seen = new Map<string, number>();
  const f = firstComponentWhere((n) => (seen.set(n, (seen.get(n) ?? 0) + 1), n === 'hit'));
  const deep = Array.from({ length: 5000 }, (_, i) => `d${i}`).join('/');
  assert.equal(f(deep + '/file'), null);
  assert.equal(f(deep + '/hit/x'), deep + '/hit');
  assert.equal(f(deep + '/hit/y'), deep + '/hit');
  assert.equal(seen.get('d10'), 1);
  assert.equal(seen.get('hit'), 1);
});

test('topN equals sort + slice (ties keep their input order)', () => {
  const item = fc.record({ size: fc.integer({ min: 0, max: 5 }), id: fc.nat(1000) });
  fc.assert(
    fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (items, n) => {
      const cmp = (a: { size: number }, b: { size: number }) => b.size - a.size;
      assert.deepEqual(topN(items, n, cmp), [...items].sort(cmp).slice(0, n));
    }),
    fuzzParams(300),
  );
});

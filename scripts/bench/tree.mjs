// Deterministic synthetic context trees for the benchmark (a fixed-seed PRNG, so every run builds
// the same names, depths and sizes). Files are created empty and sized with ftruncate (sparse), so
// building a large tree costs metadata only; nothing ever reads their contents except docker.
import * as fs from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, good enough to pick names and sizes reproducibly. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIR_WORDS = ['src', 'lib', 'app', 'pkg', 'internal', 'components', 'utils', 'test', 'tmp', 'cache', 'build', 'assets', 'docs', 'vendor', 'core', 'api', 'logs', 'fixtures', 'modules', 'static'];
const FILE_EXTS = ['.js', '.ts', '.tsx', '.json', '.md', '.log', '.py', '.go', '.css', '.png', '.txt', '.map', '.tmp', ''];
const FILE_WORDS = ['index', 'main', 'util', 'helper', 'config', 'data', 'model', 'view', 'handler', 'service', 'README', 'types', 'schema'];

/** The .dockerignore of the synthetic tree: wildcards, `**`, dir prunes and exceptions (incl. re-includes under excluded dirs). */
export const SYNTH_DOCKERIGNORE = [
  '# synthetic benchmark ignore file',
  '**/*.log',
  '**/*.tmp',
  '**/cache',
  '**/tmp*',
  'd*/build*',
  '!d*/build*/**/*.json',
  '*.md',
  '**/*.map',
  '!**/index*.map',
  'logs*',
  '!logs*/keep*',
  'vendor*/**/test*',
  'Dockerfile.*',
].join('\n') + '\n';

function pickSize(r) {
  const x = r();
  if (x < 0.8) return Math.floor(r() * 1024); // tiny
  if (x < 0.99) return 1024 + Math.floor(r() * 15 * 1024); // small
  return 16 * 1024 + Math.floor(r() * 496 * 1024); // up to 512 KiB
}

/**
 * Builds `files` files in about `dirs` directories, files at depth 3-12 (root = 0).
 * Returns { files, dirs, bytes } actually created.
 */
export function buildSyntheticTree(root, { files, dirs, seed }) {
  const r = rng(seed);
  fs.mkdirSync(root, { recursive: true });
  const all = []; // { path, depth }
  let made = 0;
  const mk = (parent, depth) => {
    const name = DIR_WORDS[Math.floor(r() * DIR_WORDS.length)] + (made++).toString(36);
    const p = join(parent, name);
    fs.mkdirSync(p);
    const d = { path: p, depth };
    all.push(d);
    return d;
  };
  // Top level: a few dozen "d*" directories, plus logs*/vendor* ones the ignore file targets.
  const top = [];
  const nTop = Math.max(4, Math.round(dirs / 400));
  for (let i = 0; i < nTop; i++) {
    const name = (i % 10 === 3 ? 'logs' : i % 10 === 7 ? 'vendor' : 'd') + i.toString(36);
    const p = join(root, name);
    fs.mkdirSync(p);
    const d = { path: p, depth: 1 };
    all.push(d);
    top.push(d);
  }
  // Grow: each new directory hangs off a random existing one of depth < 12, biased to recent ones so
  // chains reach deep; the bias gives a spread of depths between 2 and 12.
  while (all.length < dirs) {
    const bias = r() < 0.6;
    const i = bias ? all.length - 1 - Math.floor(r() * Math.min(all.length, 50)) : Math.floor(r() * all.length);
    const parent = all[i];
    if (parent.depth >= 11) continue;
    mk(parent.path, parent.depth + 1);
  }
  const deep = all.filter((d) => d.depth >= 2); // files in these sit at depth 3-12
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const d = deep[Math.floor(r() * deep.length)];
    const name = FILE_WORDS[Math.floor(r() * FILE_WORDS.length)] + '-' + i.toString(36) + FILE_EXTS[Math.floor(r() * FILE_EXTS.length)];
    const size = pickSize(r);
    const fd = fs.openSync(join(d.path, name), 'w');
    if (size > 0) fs.ftruncateSync(fd, size);
    fs.closeSync(fd);
    bytes += size;
  }
  fs.writeFileSync(join(root, 'Dockerfile'), 'FROM scratch\nCOPY . /app\n');
  fs.writeFileSync(join(root, '.dockerignore'), SYNTH_DOCKERIGNORE);
  return { files: files + 1, dirs: all.length, bytes };
}

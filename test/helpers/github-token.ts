// A GitHub token of the issued shape, made at test time (never a committed file): `ghp_`, 30 random
// base62 characters, then their CRC32 in base62 in 6 characters, as GitHub's tokens carry it. The
// checksum comes from Node's zlib, not from the code under test.
import { randomBytes } from 'node:crypto';
import * as zlib from 'node:zlib';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function fakeGithubToken(prefix = 'gh' + 'p_', start = ''): string {
  const body = start + [...randomBytes(30 - start.length)].map((b) => BASE62[b % 62]).join('');
  let n = zlib.crc32(body);
  let check = '';
  for (let i = 0; i < 6; i++, n = Math.floor(n / 62)) check = BASE62[n % 62] + check;
  return prefix + body + check;
}

// Decodes what the recording proxy saw between the docker CLI (with buildx) and dockerd into the
// fsutil transfers of the build session (method: /work/shared/buildkit-oracle/README.md).
//
// The `/session` request is upgraded to h2c and the daemon is the gRPC *client*: it calls
// /moby.filesync.v1.FileSync/DiffCopy on the CLI once per local (dockerfile, .dockerignore,
// context), with `dir-name`, `followpaths`, `include-patterns`, `exclude-patterns` in the request
// headers (raw bytes, here byte strings: one char per byte). Each direction of a stream is gRPC-framed fsutil Packets:
//   Packet { type=1 (STAT 0, REQ 1, DATA 2, FIN 3, ERR 4), stat=2, ID=3, data=4 }
//   Stat   { path=1, mode=2, uid=3, gid=4, size=5, modTime=6, linkname=7, devmajor=8, devminor=9,
//            xattrs=10 (map entry: key=1, value=2) }
// HTTP/2 frames are split here; header blocks (HPACK) are decoded by Node's own HTTP/2 server,
// fed the daemon's side of the connection through an in-memory socket.
import * as http2 from 'node:http2';
import { Duplex } from 'node:stream';

export interface WireStat {
  /** Byte string (latin1: one char per byte). */
  path: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  modTime: bigint;
  /** Byte string. */
  linkname: string;
  devmajor: number;
  devminor: number;
  xattrs: { key: string; valueBytes: number }[];
  /** Encoded size of field 10 (all xattr entries), for lower-bound checks. */
  xattrFieldBytes: number;
  /** Size of the encoded Stat message. */
  statBytes: number;
}

export interface WireEntry {
  stat: WireStat;
  /** The daemon sent REQ for this entry's index. */
  requested: boolean;
  /** Content bytes sent in DATA packets for this index. */
  dataBytes: number;
}

export interface WireTransfer {
  streamId: number;
  dirName: string;
  followPaths: string[];
  includePatterns: string[];
  excludePatterns: string[];
  entries: WireEntry[];
  /** Sum of the protobuf sizes of the packets the CLI sent: BuildKit's `transferring` figure. */
  packetBytes: number;
  /** The ERR packet the CLI sent (its walk failed), if any: the build fails with it. */
  clientError?: string;
}

type Field = { no: number; wire: number; int: bigint; bytes: Buffer };

function varint(b: Buffer, i: number): [bigint, number] {
  let v = 0n;
  let shift = 0n;
  for (;;) {
    if (i >= b.length) throw new Error('truncated varint');
    const c = b[i++];
    v |= BigInt(c & 0x7f) << shift;
    if (c < 0x80) return [v, i];
    shift += 7n;
  }
}

function fields(b: Buffer): Field[] {
  const out: Field[] = [];
  let i = 0;
  while (i < b.length) {
    const [key, j] = varint(b, i);
    i = j;
    const no = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (wire === 0) {
      const [v, k] = varint(b, i);
      i = k;
      out.push({ no, wire, int: v, bytes: Buffer.alloc(0) });
    } else if (wire === 2) {
      const [l, k] = varint(b, i);
      const len = Number(l);
      out.push({ no, wire, int: 0n, bytes: b.subarray(k, k + len) });
      i = k + len;
    } else if (wire === 1) {
      out.push({ no, wire, int: 0n, bytes: b.subarray(i, i + 8) });
      i += 8;
    } else if (wire === 5) {
      out.push({ no, wire, int: 0n, bytes: b.subarray(i, i + 4) });
      i += 4;
    } else throw new Error(`protobuf wire type ${wire}`);
  }
  return out;
}

export function decodeStat(b: Buffer): WireStat {
  const s: WireStat = { path: '', mode: 0, uid: 0, gid: 0, size: 0, modTime: 0n, linkname: '', devmajor: 0, devminor: 0, xattrs: [], xattrFieldBytes: 0, statBytes: b.length };
  let i = 0;
  for (const f of fields(b)) {
    // Re-walk the raw bytes to measure field 10's encoded size exactly.
    const start = i;
    i += fieldLength(b, i);
    switch (f.no) {
      case 1:
        s.path = f.bytes.toString('latin1');
        break;
      case 2:
        s.mode = Number(f.int);
        break;
      case 3:
        s.uid = Number(f.int);
        break;
      case 4:
        s.gid = Number(f.int);
        break;
      case 5:
        s.size = Number(f.int);
        break;
      case 6:
        s.modTime = BigInt.asIntN(64, f.int);
        break;
      case 7:
        s.linkname = f.bytes.toString('latin1');
        break;
      case 8:
        s.devmajor = Number(f.int);
        break;
      case 9:
        s.devminor = Number(f.int);
        break;
      case 10: {
        const kv = fields(f.bytes);
        s.xattrs.push({ key: kv.find((x) => x.no === 1)?.bytes.toString('latin1') ?? '', valueBytes: kv.find((x) => x.no === 2)?.bytes.length ?? 0 });
        s.xattrFieldBytes += i - start;
        break;
      }
    }
  }
  return s;
}

function fieldLength(b: Buffer, i: number): number {
  const [key, j] = varint(b, i);
  const wire = Number(key & 7n);
  if (wire === 0) return varint(b, j)[1] - i;
  if (wire === 2) {
    const [l, k] = varint(b, j);
    return k + Number(l) - i;
  }
  if (wire === 1) return j + 8 - i;
  if (wire === 5) return j + 4 - i;
  throw new Error(`protobuf wire type ${wire}`);
}

interface Packet {
  type: number;
  stat: Buffer | null;
  id: number;
  data: Buffer;
}

function decodePacket(b: Buffer): Packet {
  const p: Packet = { type: 0, stat: null, id: 0, data: Buffer.alloc(0) };
  for (const f of fields(b)) {
    if (f.no === 1) p.type = Number(f.int);
    else if (f.no === 2) p.stat = f.bytes;
    else if (f.no === 3) p.id = Number(f.int);
    else if (f.no === 4) p.data = f.bytes;
  }
  return p;
}

interface Frame {
  type: number;
  flags: number;
  stream: number;
  payload: Buffer;
  raw: Buffer;
}

function h2Frames(b: Buffer): Frame[] {
  const out: Frame[] = [];
  let i = 0;
  while (i + 9 <= b.length) {
    const len = b.readUIntBE(i, 3);
    const type = b[i + 3];
    const flags = b[i + 4];
    const stream = b.readUInt32BE(i + 5) & 0x7fffffff;
    let payload = b.subarray(i + 9, i + 9 + len);
    const raw = b.subarray(i, i + 9 + len);
    i += 9 + len;
    if (type === 0 && flags & 0x8) payload = payload.subarray(1, payload.length - payload[0]);
    out.push({ type, flags, stream, payload, raw });
  }
  return out;
}

function grpcMessages(data: Buffer): Buffer[] {
  const out: Buffer[] = [];
  let i = 0;
  while (i + 5 <= data.length) {
    if (data[i] !== 0) throw new Error('compressed gRPC message');
    const len = data.readUInt32BE(i + 1);
    out.push(data.subarray(i + 5, i + 5 + len));
    i += 5 + len;
  }
  return out;
}

function httpBody(b: Buffer): { head: string; body: Buffer } {
  const k = b.indexOf('\r\n\r\n');
  return k < 0 ? { head: b.toString('latin1'), body: Buffer.alloc(0) } : { head: b.subarray(0, k).toString('latin1'), body: b.subarray(k + 4) };
}

const PREFACE = Buffer.from('PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n', 'latin1');

/**
 * Request headers per stream of the h2 client side (daemon -> CLI). Only the preface, SETTINGS and
 * header frames are replayed into a Node HTTP/2 server, which does the HPACK decoding.
 */
async function requestHeaders(clientSide: Buffer): Promise<Map<number, [string, string][]>> {
  const headers = new Map<number, [string, string][]>();
  const keep = h2Frames(clientSide.subarray(PREFACE.length)).filter((f) => f.type === 1 || f.type === 9 || (f.type === 4 && !(f.flags & 1)));
  const input = Buffer.concat([PREFACE, ...keep.map((f) => f.raw)]);
  const server = http2.createServer({ maxHeaderListPairs: 1 << 20, maxSessionMemory: 1024, settings: { maxHeaderListSize: 1 << 30 } } as http2.ServerOptions);
  server.on('stream', (stream: http2.ServerHttp2Stream, _h: http2.IncomingHttpHeaders, _flags: number, raw: string[]) => {
    const list: [string, string][] = [];
    for (let i = 0; i + 1 < raw.length; i += 2) list.push([raw[i], raw[i + 1]]);
    headers.set(stream.id as number, list);
    stream.on('error', () => {});
  });
  let pushed = false;
  const sock = new Duplex({
    read() {
      if (pushed) return;
      pushed = true;
      this.push(input);
    },
    write(_c, _e, cb) {
      cb();
    },
  });
  await new Promise<void>((resolve) => {
    server.on('session', (s) => {
      s.on('error', () => {});
    });
    server.emit('connection', sock);
    // Node parses synchronously per chunk; give its callbacks a few turns to run.
    let n = 0;
    const tick = () => (++n > 20 ? resolve() : setImmediate(tick));
    setImmediate(tick);
  });
  sock.destroy();
  server.close();
  return headers;
}

/** Go's url.QueryUnescape to a byte string: `+` is a space, `%XX` a byte. */
function queryUnescape(v: string): string {
  return v.replace(/\+/g, ' ').replace(/%([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** The fsutil DiffCopy transfers of one recorded `/session` connection. */
export async function decodeSession(c2s: Buffer, s2c: Buffer): Promise<WireTransfer[]> {
  const up = httpBody(c2s).body; // CLI -> daemon: h2 server side
  let down = httpBody(s2c).body; // daemon -> CLI: h2 client side (starts with the preface)
  if (!down.subarray(0, PREFACE.length).equals(PREFACE)) throw new Error('session: no HTTP/2 preface from the daemon');
  const hdrs = await requestHeaders(down);
  down = down.subarray(PREFACE.length);
  const streams = new Map<number, { up: Buffer[]; down: Buffer[] }>();
  const add = (frames: Frame[], dir: 'up' | 'down') => {
    for (const f of frames) {
      if (f.type !== 0) continue;
      let s = streams.get(f.stream);
      if (!s) streams.set(f.stream, (s = { up: [], down: [] }));
      s[dir].push(f.payload);
    }
  };
  add(h2Frames(up), 'up');
  add(h2Frames(down), 'down');
  const out: WireTransfer[] = [];
  for (const [id, h] of [...hdrs].sort((a, b) => a[0] - b[0])) {
    const get = (k: string) => h.filter(([n]) => n === k).map(([, v]) => v);
    if (get(':path')[0] !== '/moby.filesync.v1.FileSync/DiffCopy') continue;
    const s = streams.get(id) ?? { up: [], down: [] };
    const upMsgs = grpcMessages(Buffer.concat(s.up));
    const downPackets = grpcMessages(Buffer.concat(s.down)).map(decodePacket);
    const requested = new Set(downPackets.filter((p) => p.type === 1).map((p) => p.id));
    const stats: WireStat[] = [];
    const dataBytes = new Map<number, number>();
    let clientError: string | undefined;
    for (const m of upMsgs) {
      const p = decodePacket(m);
      if (p.type === 0 && p.stat) stats.push(decodeStat(p.stat));
      else if (p.type === 2) dataBytes.set(p.id, (dataBytes.get(p.id) ?? 0) + p.data.length);
      else if (p.type === 4) clientError = p.data.toString();
    }
    // BuildKit encodeOpts: when any value of a key holds non-ASCII, every value is url.QueryEscape'd
    // and `<key>-encoded: 1` is added.
    const values = (k: string) => {
      const v = get(k);
      return /^(1|t|true|TRUE|True)$/.test(get(`${k}-encoded`)[0] ?? '') ? v.map(queryUnescape) : v;
    };
    out.push({
      streamId: id,
      dirName: values('dir-name')[0] ?? '',
      followPaths: values('followpaths'),
      includePatterns: values('include-patterns'),
      excludePatterns: values('exclude-patterns'),
      entries: stats.map((stat, i) => ({ stat, requested: requested.has(i), dataBytes: dataBytes.get(i) ?? 0 })),
      packetBytes: upMsgs.reduce((n, m) => n + m.length, 0),
      ...(clientError !== undefined ? { clientError } : {}),
    });
  }
  return out;
}

/** A sent path as `ctx-audit ls` prints it: directories end in `/`. */
export function lsName(s: WireStat): string {
  return s.mode & 0x80000000 ? s.path + '/' : s.path;
}

// A stub Docker daemon for the benchmark: a unix socket that answers /_ping and swallows the body of
// POST /vX/build, so `docker build` (legacy builder) can be timed uploading its context with no real
// daemon. Runs as its own process so the benchmark's timing loop never blocks it.
// Usage: node scripts/bench/stub-daemon.mjs SOCKET_PATH [BYTES_LOG]
//   Prints "ready\n" on stdout once listening. After each build, writes the body length to BYTES_LOG.
import { createServer } from 'node:http';
import { rmSync, writeFileSync } from 'node:fs';

const [socketPath, bytesLog] = process.argv.slice(2);
if (!socketPath) {
  console.error('usage: stub-daemon.mjs SOCKET_PATH [BYTES_LOG]');
  process.exit(2);
}
const API_VERSION = '1.50';

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://stub').pathname;
  if ((req.method === 'GET' || req.method === 'HEAD') && /^(\/v[\d.]+)?\/_ping$/.test(path)) {
    req.resume();
    res.writeHead(200, { 'Api-Version': API_VERSION, 'Docker-Experimental': 'false', Ostype: 'linux', 'Content-Type': 'text/plain', 'Content-Length': '2' });
    res.end(req.method === 'HEAD' ? undefined : 'OK');
    return;
  }
  if (req.method === 'POST' && /^\/v[\d.]+\/build$/.test(path)) {
    let bytes = 0;
    req.on('data', (c) => (bytes += c.length));
    // Answer only once the whole body is in: an early reply makes the client stop uploading.
    req.on('end', () => {
      if (bytesLog) writeFileSync(bytesLog, String(bytes));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
      res.end(JSON.stringify({ stream: 'ok\n' }) + '\n');
    });
    req.on('error', () => res.destroy());
    return;
  }
  req.resume();
  res.writeHead(404, { 'Content-Type': 'application/json', 'Api-Version': API_VERSION });
  res.end(JSON.stringify({ message: 'not found' }) + '\n');
});

rmSync(socketPath, { force: true });
server.listen(socketPath, () => process.stdout.write('ready\n'));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

// In-process CLI runs: `run(argv, io)` with captured streams (no child process).
import { Writable } from 'node:stream';
import { run } from '../../src/cli/run.js';

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = { NO_COLOR: '1' }): Promise<{ code: number; stdout: string; stderr: string }> {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const sink = (k: 'stdout' | 'stderr') =>
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks[k].push(Buffer.from(chunk));
        cb();
      },
    });
  const code = await run(argv, { stdout: sink('stdout'), stderr: sink('stderr'), env, cwd });
  return { code, stdout: Buffer.concat(chunks.stdout).toString('utf8'), stderr: Buffer.concat(chunks.stderr).toString('utf8') };
}

// `-f -`: the Dockerfile comes from stdin, read whole before the audit (docker reads it all too).
import type { Readable } from 'node:stream';
import { InputError, UsageError } from '../errors.js';

/** Far above any real Dockerfile; a runaway pipe stops here instead of filling memory. */
export const MAX_STDIN_DOCKERFILE_BYTES = 64 << 20;

export async function readStdinDockerfile(stdin: (Readable & { isTTY?: boolean }) | undefined): Promise<Buffer> {
  if (!stdin) throw new UsageError('-f -: no standard input to read the Dockerfile from');
  // docker would wait for a Dockerfile typed at the terminal; a hook or CI job would hang.
  if (stdin.isTTY) throw new UsageError('-f -: standard input is a terminal; pipe the Dockerfile in (ctx-audit -f - . < Dockerfile)');
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of stdin) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    n += b.length;
    if (n > MAX_STDIN_DOCKERFILE_BYTES) throw new InputError(`-f -: the Dockerfile on standard input is larger than ${MAX_STDIN_DOCKERFILE_BYTES} bytes`);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

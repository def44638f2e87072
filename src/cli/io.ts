// What a command may touch of the process: the CLI is `run(argv, io) -> exit code`, so tests pass
// their own streams, environment and working directory.
import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdout: Writable & { isTTY?: boolean; columns?: number };
  stderr: Writable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  /** Read only for `-f -` (the Dockerfile on stdin). */
  stdin?: Readable & { isTTY?: boolean };
}

/** Writes and waits until the stream has taken the text (a write error rejects). */
export function writeText(stream: NodeJS.WritableStream, text: string, encoding: BufferEncoding = 'utf8'): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, encoding, (err) => (err ? reject(err) : resolve())));
}

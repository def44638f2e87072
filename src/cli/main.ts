// Process entry: the only place that touches process.argv and process.exitCode.
import { run } from './run.js';

export function main(): void {
  // A closed pipe (`ctx-audit ls | head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  let cwd: string;
  try {
    cwd = process.cwd();
  } catch (e) {
    // Run from a directory that has since been removed: relative paths have nothing to resolve against.
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    process.stderr.write(`ctx-audit: the current directory cannot be read (${code}): run ctx-audit from an existing directory\n`);
    process.exitCode = 2;
    return;
  }
  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd,
    // Only `-f -` reads it. Opening the stream costs a run that never does ~5 ms of start-up
    // (standard input that is a file becomes an fs.ReadStream, which loads fs/promises and
    // readline), and may hold a pipe or terminal open: made on first use (issue 18).
    get stdin() {
      return process.stdin;
    },
  };
  run(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ctx-audit: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

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
  run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`ctx-audit: internal error: ${String(e)}\n`);
      process.exitCode = 2;
    },
  );
}

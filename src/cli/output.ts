// Where a report goes and how it is laid out: `--format F [--output FILE]`, for one audit and for
// a multi-target run alike.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ColorChoice, FailOn } from './args.js';
import { writeText, type CliIO } from './io.js';
import { colorLevel, makeColors } from '../reporters/color.js';
import type { FormatOptions } from '../reporters/formats.js';

export const isStdout = (file: string | undefined): boolean => file === undefined || file === '-';

/** The reporters' options for one output; `toTerminal` when it goes to stdout. */
export function formatOptionsFor(io: CliIO, flags: { color: ColorChoice; quiet: boolean }, toTerminal: boolean, failOn: FailOn): FormatOptions {
  return {
    // --color=always colours a file too; otherwise only stdout may be coloured.
    colors: makeColors(toTerminal || flags.color === 'always' ? colorLevel(io.env, io.stdout.isTTY === true, flags.color) : 0),
    // A terminal is laid out for its own width; a pipe (a CI log) for COLUMNS when it is set, as `ls`
    // and `git` read it, else 80 columns; a file for 80.
    width: !toTerminal ? undefined : io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : columnsFromEnv(io.env),
    failOn,
    quiet: flags.quiet,
    base: io.cwd,
  };
}

/** `COLUMNS` as a whole number of columns (at most 1000), or undefined. */
function columnsFromEnv(env: Record<string, string | undefined>): number | undefined {
  const v = env.COLUMNS;
  if (v === undefined || !/^[1-9][0-9]{0,3}$/.test(v.trim())) return undefined;
  return Math.min(1000, Number(v.trim()));
}

/** Writes a report's pieces to stdout or to FILE (relative to the working directory). */
export async function writeReport(io: CliIO, file: string | undefined, chunks: Iterable<string>): Promise<void> {
  if (isStdout(file)) {
    for (const chunk of chunks) await writeText(io.stdout, chunk);
    return;
  }
  const fd = fs.openSync(path.resolve(io.cwd, file as string), 'w');
  try {
    for (const chunk of chunks) fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
}

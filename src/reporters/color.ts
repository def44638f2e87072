// One colour wrapper for every reporter: --color/--no-color win, then NO_COLOR, then FORCE_COLOR,
// then whether the stream is a TTY.
import { Chalk, type ChalkInstance } from 'chalk';

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(env: Record<string, string | undefined>, isTTY: boolean, choice: 'auto' | 'always' | 'never' = 'auto'): ColorLevel {
  if (choice === 'never') return 0;
  if (choice === 'always') return env.FORCE_COLOR === '2' ? 2 : env.FORCE_COLOR === '3' ? 3 : 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return 1;
  }
  if (!isTTY || env.TERM === 'dumb') return 0;
  return 1;
}

export function makeColors(level: ColorLevel): ChalkInstance {
  return new Chalk({ level });
}

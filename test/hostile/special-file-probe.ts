// Runs one reader on one path in a child process and prints what happened as JSON, so a reader that
// blocks on a FIFO (a synchronous read freezes the event loop: no in-process timeout can fire) is
// killed by the parent's timeout instead of hanging the suite. Usage: tsx special-file-probe.ts KIND PATH
import { loadConfig } from '../../src/config/config.js';
import { gitIgnoreOracle } from '../../src/rules/gitignore.js';
import { readRegularFile } from '../../src/context/read-regular.js';

const [kind, target] = process.argv.slice(2);
try {
  let result: unknown;
  if (kind === 'config') result = await loadConfig(target);
  else if (kind === 'gitignore') {
    const isIgnored = gitIgnoreOracle(target, []);
    result = isIgnored === null ? null : { 'a.log': isIgnored('a.log', false) };
  } else if (kind === 'read') result = readRegularFile(target).length;
  else throw new Error(`unknown probe ${kind}`);
  console.log(JSON.stringify({ ok: true, result }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, name: (e as Error).constructor.name, message: (e as Error).message }));
}

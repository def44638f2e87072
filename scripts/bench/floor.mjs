// The Node floor (issue 18): the least a Node program can do to see a whole tree. It lists every
// directory (readdirSync) and lstats every entry (lstatSync), recursing into directories, and does
// nothing else. ctx-audit's audit and `ls` are measured against it.
//   node scripts/bench/floor.mjs DIR   -> prints the number of entries seen
import * as fs from 'node:fs';

let entries = 0;
function walk(dir) {
  for (const name of fs.readdirSync(dir)) {
    const p = dir + '/' + name;
    const st = fs.lstatSync(p);
    entries++;
    if (st.isDirectory()) walk(p);
  }
}
walk(process.argv[2]);
process.stdout.write(`${entries}\n`);

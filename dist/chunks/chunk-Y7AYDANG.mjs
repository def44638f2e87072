import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  fsPath,
  toByteString
} from "./chunk-PCHR3W3Q.mjs";

// src/context/list-files.ts
const fs = require("node:fs");
function listFiles(rootText, dir, limit = Infinity) {
  const root = toByteString(rootText);
  const out = [];
  const visit = (rel) => {
    let names;
    try {
      names = fs.readdirSync(fsPath(root + "/" + rel), { encoding: "latin1" }).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= limit) return;
      const p = rel + "/" + n;
      const st = fs.lstatSync(fsPath(root + "/" + p), { throwIfNoEntry: false });
      if (st?.isDirectory()) visit(p);
      else if (st) out.push({ path: p, kind: st.isFile() ? "file" : "other", bytes: st.size });
    }
  };
  visit(dir);
  return out;
}

export {
  listFiles
};

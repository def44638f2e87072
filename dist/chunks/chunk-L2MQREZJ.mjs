import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/context/temp-dir.ts
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
var live = /* @__PURE__ */ new Set();
var hooked = false;
function removeAll() {
  for (const dir of live) fs.rmSync(dir, { recursive: true, force: true });
  live.clear();
}
function makeTempDir(prefix) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  live.add(dir);
  if (!hooked) {
    hooked = true;
    process.once("exit", removeAll);
  }
  return {
    dir,
    cleanup: () => {
      live.delete(dir);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

export {
  makeTempDir
};

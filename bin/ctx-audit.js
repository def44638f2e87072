#!/usr/bin/env node
// CommonJS (bin/package.json): require() loads the ES module bundle synchronously, ~20 ms faster than the ES module loader; a Node that cannot (before 20.19) imports it instead.
try { require('../dist/ctx-audit.mjs').main(); } catch (e) { if (e && e.code === 'ERR_REQUIRE_ESM') import('../dist/ctx-audit.mjs').then((m) => m.main()); else throw e; }

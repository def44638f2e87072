import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/errors.ts
var UsageError = class extends Error {
};
var InputError = class extends Error {
};
var TarContentError = class extends Error {
  constructor(kind, entryName, message, options) {
    super(message, options);
    this.kind = kind;
    this.entryName = entryName;
    this.name = "TarContentError";
  }
  kind;
  entryName;
};

export {
  UsageError,
  InputError,
  TarContentError
};

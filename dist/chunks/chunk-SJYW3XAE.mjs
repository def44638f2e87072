import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/context/url-credentials.ts
function hideUrlCredentials(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s?#]*@/gi, "$1***@");
}

export {
  hideUrlCredentials
};

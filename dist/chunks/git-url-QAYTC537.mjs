import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  isGitUrl,
  isHttpUrl,
  parseGitUrl
} from "./chunk-QDEKIWEK.mjs";
import "./chunk-SJYW3XAE.mjs";
import "./chunk-C2U46XUJ.mjs";
import "./chunk-5POXV72P.mjs";
export {
  isGitUrl,
  isHttpUrl,
  parseGitUrl
};

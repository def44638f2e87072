import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-D5CYGX7M.mjs";
import "./chunk-5POXV72P.mjs";
export default require_dist();

import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);

// src/config/syntax-error.ts
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var WS = /[ \t\n\r]*/y;
function scanString(text, i) {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 34) return j + 1;
    if (c < 32) return -j - 1;
    if (c === 92) {
      const e = text[j + 1];
      if (e === "u") {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return -(j + 1) - 1;
        j += 5;
      } else if (e !== void 0 && '"\\/bfnrt'.includes(e)) j++;
      else return -(j + 1) - 1;
    }
  }
  return -text.length - 1;
}
function jsonErrorOffset(text) {
  const stack = [];
  let state = "value";
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const afterValue = () => {
    state = stack.length === 0 ? "end" : "commaOrClose";
  };
  for (; ; ) {
    skip();
    if (i >= text.length) return state === "end" ? -1 : text.length;
    const c = text[i];
    switch (state) {
      case "end":
        return i;
      case "colon":
        if (c !== ":") return i;
        i++;
        state = "value";
        continue;
      case "commaOrClose":
        if (c === ",") {
          i++;
          state = stack[stack.length - 1] === "{" ? "key" : "value";
          continue;
        }
        if (c === "}" && stack[stack.length - 1] === "{" || c === "]" && stack[stack.length - 1] === "[") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        return i;
      case "keyOrClose":
      case "key":
        if (c === "}" && state === "keyOrClose") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        if (c !== '"') return i;
        {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
        }
        state = "colon";
        continue;
      case "valueOrClose":
        if (c === "]") {
          stack.pop();
          i++;
          afterValue();
          continue;
        }
        state = "value";
        continue;
      case "value":
        if (c === "{" || c === "[") {
          stack.push(c);
          i++;
          state = c === "{" ? "keyOrClose" : "valueOrClose";
          continue;
        }
        if (c === '"') {
          const end = scanString(text, i);
          if (end < 0) return -end - 1;
          i = end;
          afterValue();
          continue;
        }
        for (const lit of ["true", "false", "null"]) {
          if (text.startsWith(lit, i)) {
            i += lit.length;
            afterValue();
            break;
          }
        }
        if (state !== "value") continue;
        NUMBER.lastIndex = i;
        if (NUMBER.exec(text)) {
          i = NUMBER.lastIndex;
          afterValue();
          continue;
        }
        return i;
    }
  }
}
function jsonErrorPosition(text) {
  const at = jsonErrorOffset(text);
  return positionOf(text, at < 0 ? text.length : at);
}
var YAML_OPTIONS = {
  maxAliasCount: 1e4,
  // A tag the library does not know (Compose's `!override` and `!reset`, zulip's docker-zulip) is
  // read as the plain value; the library would also print a raw Node warning about it on stderr.
  logLevel: "error"
};
var GO_YAML_OPTIONS = { ...YAML_OPTIONS, merge: true };
function describeYamlError(e, text) {
  if (e instanceof ReferenceError && /alias count/i.test(e.message)) return `its aliases expand past ${YAML_OPTIONS.maxAliasCount.toLocaleString("en-US")} nodes, the limit against alias bombs`;
  const pos = yamlErrorPosition(e);
  if (e?.code === "DUPLICATE_KEY") {
    const line = pos && text !== void 0 ? text.split(/\r?\n/)[pos.line - 1] ?? "" : "";
    const key = pos ? /^["']?([\w.-]{1,64})["']?\s*:/.exec(line.slice(pos.column - 1))?.[1] : void 0;
    return `${key !== void 0 ? `the key "${key}" appears` : "a key appears"} twice in one mapping, ${describePosition(pos)}`;
  }
  return describePosition(pos);
}
function yamlErrorPosition(e) {
  const pos = e?.linePos?.[0];
  return pos ? { line: pos.line, column: pos.col } : null;
}
function describePosition(p) {
  return p ? `line ${p.line}, column ${p.column}` : "position unknown";
}

export {
  jsonErrorPosition,
  YAML_OPTIONS,
  GO_YAML_OPTIONS,
  describeYamlError,
  describePosition
};

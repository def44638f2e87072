import { createRequire as __ctxAuditCreateRequire } from 'node:module'; const require = __ctxAuditCreateRequire(import.meta.url);
import {
  CHUNK_FREE,
  CHUNK_MAIN,
  EXAMPLE_DIR,
  SIGNAL_ALIVE,
  SIGNAL_HEARTBEAT,
  SIGNAL_POSTED,
  SIGNAL_SLOTS,
  SIGNAL_STOP,
  STAT_FAILED,
  STAT_FIELDS,
  STAT_MISSING,
  baseName,
  defineRule,
  devKeyNames,
  firstAtOrUnder,
  firstUnder,
  fsContextReader,
  hasWildcard,
  homeUntil,
  ignoreFileLocation,
  inTestDirectory,
  isCommittedExample,
  isCommittedTestFile,
  isSecretScanCandidate,
  isTemplateName,
  isTestPathInRepo,
  isVendoredModuleFile,
  literalComponents,
  lstatIn,
  parseSize,
  readDirectory,
  readNames,
  scanErrorToError,
  scanFileForSecrets,
  scanForSecrets,
  scanTree,
  secretContent,
  splitAtWildcard,
  subdirectories,
  text,
  underRoot,
  withDirectoryReads
} from "./chunk-VCGU63CK.mjs";
import {
  MAX_BUILD_FILE_BYTES,
  NotRegularFileError,
  readRegularFile
} from "./chunk-U6NIXFFM.mjs";
import {
  VERSION,
  compressedBytes,
  compressedFigure,
  compressedSentence,
  formatBytes,
  formatCount,
  formatSize,
  neutralizeCommands,
  neutralizeJson,
  plural,
  safeText
} from "./chunk-LZM6OGT4.mjs";
import {
  ALLOW_OUTSIDE_FLAG,
  assertInsideRepo,
  assertInsideRepoIfExists,
  findRepoRoot,
  isInside,
  realpathOr,
  resolvedLocation
} from "./chunk-26EYPM73.mjs";
import {
  TAR_END_MARKER_BYTES,
  humanSize,
  paddingFor,
  tarEntrySize
} from "./chunk-WE6XP7M2.mjs";
import {
  byteStringToText,
  fsPath,
  isAscii,
  isValidUtf8,
  nodeCrypto,
  nodeWorkerThreads,
  toByteString
} from "./chunk-PCHR3W3Q.mjs";
import {
  hideUrlCredentials
} from "./chunk-SJYW3XAE.mjs";
import {
  InputError,
  UsageError
} from "./chunk-C2U46XUJ.mjs";
import {
  __commonJS,
  __esm,
  __export,
  __require,
  __toCommonJS,
  __toESM
} from "./chunk-5POXV72P.mjs";

// node_modules/dockerfile-ast/lib/argument.js
var require_argument = __commonJS({
  "node_modules/dockerfile-ast/lib/argument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Argument = void 0;
    var Argument = class {
      constructor(value, range) {
        this.value = value;
        this.range = range;
      }
      toString() {
        return this.value;
      }
      getRange() {
        return this.range;
      }
      getValue() {
        return this.value;
      }
      isAfter(position) {
        if (this.range.end.line < position.line) {
          return false;
        }
        return this.range.start.line > position.line ? true : this.range.start.character > position.character;
      }
      isBefore(position) {
        if (this.range.start.line < position.line) {
          return true;
        }
        return this.range.end.line > position.line ? false : this.range.end.character < position.character;
      }
    };
    exports.Argument = Argument;
  }
});

// node_modules/dockerfile-ast/lib/jsonArgument.js
var require_jsonArgument = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonArgument.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONArgument = void 0;
    var argument_1 = require_argument();
    var JSONArgument = class extends argument_1.Argument {
      constructor(value, range, jsonRange) {
        super(value, range);
        this.jsonRange = jsonRange;
      }
      getJSONRange() {
        return this.jsonRange;
      }
      getJSONValue() {
        let value = super.getValue();
        value = value.substring(1, value.length - 1);
        return value;
      }
    };
    exports.JSONArgument = JSONArgument;
  }
});

// node_modules/vscode-languageserver-types/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  AnnotatedTextEdit: () => AnnotatedTextEdit,
  ApplyKind: () => ApplyKind,
  ChangeAnnotation: () => ChangeAnnotation,
  ChangeAnnotationIdentifier: () => ChangeAnnotationIdentifier,
  CodeAction: () => CodeAction,
  CodeActionContext: () => CodeActionContext,
  CodeActionKind: () => CodeActionKind,
  CodeActionTag: () => CodeActionTag,
  CodeActionTriggerKind: () => CodeActionTriggerKind,
  CodeDescription: () => CodeDescription,
  CodeLens: () => CodeLens,
  Color: () => Color,
  ColorInformation: () => ColorInformation,
  ColorPresentation: () => ColorPresentation,
  Command: () => Command,
  CompletionItem: () => CompletionItem,
  CompletionItemKind: () => CompletionItemKind,
  CompletionItemLabelDetails: () => CompletionItemLabelDetails,
  CompletionItemTag: () => CompletionItemTag,
  CompletionList: () => CompletionList,
  CreateFile: () => CreateFile,
  DeleteFile: () => DeleteFile,
  Diagnostic: () => Diagnostic,
  DiagnosticRelatedInformation: () => DiagnosticRelatedInformation,
  DiagnosticSeverity: () => DiagnosticSeverity,
  DiagnosticTag: () => DiagnosticTag,
  DocumentHighlight: () => DocumentHighlight,
  DocumentHighlightKind: () => DocumentHighlightKind,
  DocumentLink: () => DocumentLink,
  DocumentSymbol: () => DocumentSymbol,
  DocumentUri: () => DocumentUri,
  EOL: () => EOL,
  FoldingRange: () => FoldingRange,
  FoldingRangeKind: () => FoldingRangeKind,
  FormattingOptions: () => FormattingOptions,
  Hover: () => Hover,
  InlayHint: () => InlayHint,
  InlayHintKind: () => InlayHintKind,
  InlayHintLabelPart: () => InlayHintLabelPart,
  InlineCompletionContext: () => InlineCompletionContext,
  InlineCompletionItem: () => InlineCompletionItem,
  InlineCompletionList: () => InlineCompletionList,
  InlineCompletionTriggerKind: () => InlineCompletionTriggerKind,
  InlineValueContext: () => InlineValueContext,
  InlineValueEvaluatableExpression: () => InlineValueEvaluatableExpression,
  InlineValueText: () => InlineValueText,
  InlineValueVariableLookup: () => InlineValueVariableLookup,
  InsertReplaceEdit: () => InsertReplaceEdit,
  InsertTextFormat: () => InsertTextFormat,
  InsertTextMode: () => InsertTextMode,
  LanguageKind: () => LanguageKind,
  Location: () => Location,
  LocationLink: () => LocationLink,
  MarkedString: () => MarkedString,
  MarkupContent: () => MarkupContent,
  MarkupKind: () => MarkupKind,
  OptionalVersionedTextDocumentIdentifier: () => OptionalVersionedTextDocumentIdentifier,
  ParameterInformation: () => ParameterInformation,
  Position: () => Position,
  Range: () => Range,
  RenameFile: () => RenameFile,
  SelectedCompletionInfo: () => SelectedCompletionInfo,
  SelectionRange: () => SelectionRange,
  SemanticTokenModifiers: () => SemanticTokenModifiers,
  SemanticTokenTypes: () => SemanticTokenTypes,
  SemanticTokens: () => SemanticTokens,
  SignatureInformation: () => SignatureInformation,
  SnippetTextEdit: () => SnippetTextEdit,
  StringValue: () => StringValue,
  SymbolInformation: () => SymbolInformation,
  SymbolKind: () => SymbolKind,
  SymbolTag: () => SymbolTag,
  TextDocument: () => TextDocument,
  TextDocumentEdit: () => TextDocumentEdit,
  TextDocumentIdentifier: () => TextDocumentIdentifier,
  TextDocumentItem: () => TextDocumentItem,
  TextEdit: () => TextEdit,
  URI: () => URI,
  VersionedTextDocumentIdentifier: () => VersionedTextDocumentIdentifier,
  WorkspaceChange: () => WorkspaceChange,
  WorkspaceEdit: () => WorkspaceEdit,
  WorkspaceFolder: () => WorkspaceFolder,
  WorkspaceSymbol: () => WorkspaceSymbol,
  integer: () => integer,
  uinteger: () => uinteger
});
var DocumentUri, URI, integer, uinteger, Position, Range, Location, LocationLink, Color, ColorInformation, ColorPresentation, FoldingRangeKind, FoldingRange, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, CodeDescription, Diagnostic, Command, TextEdit, ChangeAnnotation, ChangeAnnotationIdentifier, AnnotatedTextEdit, TextDocumentEdit, CreateFile, RenameFile, DeleteFile, WorkspaceEdit, TextEditChangeImpl, SnippetTextEdit, ChangeAnnotations, WorkspaceChange, TextDocumentIdentifier, VersionedTextDocumentIdentifier, OptionalVersionedTextDocumentIdentifier, LanguageKind, TextDocumentItem, MarkupKind, MarkupContent, CompletionItemKind, InsertTextFormat, CompletionItemTag, InsertReplaceEdit, InsertTextMode, ApplyKind, CompletionItemLabelDetails, CompletionItem, CompletionList, MarkedString, Hover, ParameterInformation, SignatureInformation, DocumentHighlightKind, DocumentHighlight, SymbolKind, SymbolTag, SymbolInformation, WorkspaceSymbol, DocumentSymbol, CodeActionKind, CodeActionTriggerKind, CodeActionContext, CodeActionTag, CodeAction, CodeLens, FormattingOptions, DocumentLink, SelectionRange, SemanticTokenTypes, SemanticTokenModifiers, SemanticTokens, InlineValueText, InlineValueVariableLookup, InlineValueEvaluatableExpression, InlineValueContext, InlayHintKind, InlayHintLabelPart, InlayHint, StringValue, InlineCompletionItem, InlineCompletionList, InlineCompletionTriggerKind, SelectedCompletionInfo, InlineCompletionContext, WorkspaceFolder, EOL, TextDocument, FullTextDocument, Is;
var init_main = __esm({
  "node_modules/vscode-languageserver-types/lib/esm/main.js"() {
    "use strict";
    (function(DocumentUri2) {
      function is(value) {
        return typeof value === "string";
      }
      DocumentUri2.is = is;
    })(DocumentUri || (DocumentUri = {}));
    (function(URI2) {
      function is(value) {
        return typeof value === "string";
      }
      URI2.is = is;
    })(URI || (URI = {}));
    (function(integer2) {
      integer2.MIN_VALUE = -2147483648;
      integer2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && integer2.MIN_VALUE <= value && value <= integer2.MAX_VALUE;
      }
      integer2.is = is;
    })(integer || (integer = {}));
    (function(uinteger2) {
      uinteger2.MIN_VALUE = 0;
      uinteger2.MAX_VALUE = 2147483647;
      function is(value) {
        return typeof value === "number" && uinteger2.MIN_VALUE <= value && value <= uinteger2.MAX_VALUE;
      }
      uinteger2.is = is;
    })(uinteger || (uinteger = {}));
    (function(Position2) {
      function create(line, character) {
        if (line === Number.MAX_VALUE) {
          line = uinteger.MAX_VALUE;
        }
        if (character === Number.MAX_VALUE) {
          character = uinteger.MAX_VALUE;
        }
        return { line, character };
      }
      Position2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.line) && Is.uinteger(candidate.character);
      }
      Position2.is = is;
    })(Position || (Position = {}));
    (function(Range2) {
      function create(one, two, three, four) {
        if (Is.uinteger(one) && Is.uinteger(two) && Is.uinteger(three) && Is.uinteger(four)) {
          return { start: Position.create(one, two), end: Position.create(three, four) };
        } else if (Position.is(one) && Position.is(two)) {
          return { start: one, end: two };
        } else {
          throw new Error(`Range#create called with invalid arguments[${one}, ${two}, ${three}, ${four}]`);
        }
      }
      Range2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.start) && Position.is(candidate.end);
      }
      Range2.is = is;
    })(Range || (Range = {}));
    (function(Location2) {
      function create(uri, range) {
        return { uri, range };
      }
      Location2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (Is.string(candidate.uri) || Is.undefined(candidate.uri));
      }
      Location2.is = is;
    })(Location || (Location = {}));
    (function(LocationLink2) {
      function create(targetUri, targetRange, targetSelectionRange, originSelectionRange) {
        return { targetUri, targetRange, targetSelectionRange, originSelectionRange };
      }
      LocationLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.targetRange) && Is.string(candidate.targetUri) && Range.is(candidate.targetSelectionRange) && (Range.is(candidate.originSelectionRange) || Is.undefined(candidate.originSelectionRange));
      }
      LocationLink2.is = is;
    })(LocationLink || (LocationLink = {}));
    (function(Color2) {
      function create(red, green, blue, alpha) {
        return {
          red,
          green,
          blue,
          alpha
        };
      }
      Color2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.numberRange(candidate.red, 0, 1) && Is.numberRange(candidate.green, 0, 1) && Is.numberRange(candidate.blue, 0, 1) && Is.numberRange(candidate.alpha, 0, 1);
      }
      Color2.is = is;
    })(Color || (Color = {}));
    (function(ColorInformation2) {
      function create(range, color) {
        return {
          range,
          color
        };
      }
      ColorInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && Color.is(candidate.color);
      }
      ColorInformation2.is = is;
    })(ColorInformation || (ColorInformation = {}));
    (function(ColorPresentation2) {
      function create(label, textEdit, additionalTextEdits) {
        return {
          label,
          textEdit,
          additionalTextEdits
        };
      }
      ColorPresentation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.undefined(candidate.textEdit) || TextEdit.is(candidate.textEdit)) && (Is.undefined(candidate.additionalTextEdits) || Is.typedArray(candidate.additionalTextEdits, TextEdit.is));
      }
      ColorPresentation2.is = is;
    })(ColorPresentation || (ColorPresentation = {}));
    (function(FoldingRangeKind2) {
      FoldingRangeKind2.Comment = "comment";
      FoldingRangeKind2.Imports = "imports";
      FoldingRangeKind2.Region = "region";
    })(FoldingRangeKind || (FoldingRangeKind = {}));
    (function(FoldingRange2) {
      function create(startLine, endLine, startCharacter, endCharacter, kind, collapsedText) {
        const result = {
          startLine,
          endLine
        };
        if (Is.defined(startCharacter)) {
          result.startCharacter = startCharacter;
        }
        if (Is.defined(endCharacter)) {
          result.endCharacter = endCharacter;
        }
        if (Is.defined(kind)) {
          result.kind = kind;
        }
        if (Is.defined(collapsedText)) {
          result.collapsedText = collapsedText;
        }
        return result;
      }
      FoldingRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.uinteger(candidate.startLine) && Is.uinteger(candidate.endLine) && (Is.undefined(candidate.startCharacter) || Is.uinteger(candidate.startCharacter)) && (Is.undefined(candidate.endCharacter) || Is.uinteger(candidate.endCharacter)) && (Is.undefined(candidate.kind) || Is.string(candidate.kind));
      }
      FoldingRange2.is = is;
    })(FoldingRange || (FoldingRange = {}));
    (function(DiagnosticRelatedInformation2) {
      function create(location, message) {
        return {
          location,
          message
        };
      }
      DiagnosticRelatedInformation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Location.is(candidate.location) && Is.string(candidate.message);
      }
      DiagnosticRelatedInformation2.is = is;
    })(DiagnosticRelatedInformation || (DiagnosticRelatedInformation = {}));
    (function(DiagnosticSeverity2) {
      DiagnosticSeverity2.Error = 1;
      DiagnosticSeverity2.Warning = 2;
      DiagnosticSeverity2.Information = 3;
      DiagnosticSeverity2.Hint = 4;
    })(DiagnosticSeverity || (DiagnosticSeverity = {}));
    (function(DiagnosticTag2) {
      DiagnosticTag2.Unnecessary = 1;
      DiagnosticTag2.Deprecated = 2;
    })(DiagnosticTag || (DiagnosticTag = {}));
    (function(CodeDescription2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.href);
      }
      CodeDescription2.is = is;
    })(CodeDescription || (CodeDescription = {}));
    (function(Diagnostic2) {
      function create(range, message, severity, code, source, relatedInformation) {
        const result = { range, message };
        if (Is.defined(severity)) {
          result.severity = severity;
        }
        if (Is.defined(code)) {
          result.code = code;
        }
        if (Is.defined(source)) {
          result.source = source;
        }
        if (Is.defined(relatedInformation)) {
          result.relatedInformation = relatedInformation;
        }
        return result;
      }
      Diagnostic2.create = create;
      function is(value) {
        var _a;
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.string(candidate.message) || MarkupContent.is(candidate.message)) && (Is.number(candidate.severity) || Is.undefined(candidate.severity)) && (Is.integer(candidate.code) || Is.string(candidate.code) || Is.undefined(candidate.code)) && (Is.undefined(candidate.codeDescription) || Is.string((_a = candidate.codeDescription) === null || _a === void 0 ? void 0 : _a.href)) && (Is.string(candidate.source) || Is.undefined(candidate.source)) && (Is.undefined(candidate.relatedInformation) || Is.typedArray(candidate.relatedInformation, DiagnosticRelatedInformation.is));
      }
      Diagnostic2.is = is;
      function is3_17(value) {
        return Is.string(value.message);
      }
      Diagnostic2.is3_17 = is3_17;
      function getMessageString(diagnostic) {
        if (Is.string(diagnostic.message)) {
          return diagnostic.message;
        } else if (MarkupContent.is(diagnostic.message)) {
          return diagnostic.message.value;
        } else {
          throw new Error(`Unknown message type ${typeof diagnostic.message}`);
        }
      }
      Diagnostic2.getMessageString = getMessageString;
    })(Diagnostic || (Diagnostic = {}));
    (function(Command2) {
      function create(title, command, ...args) {
        const result = { title, command };
        if (Is.defined(args) && args.length > 0) {
          result.arguments = args;
        }
        return result;
      }
      Command2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.title) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip)) && Is.string(candidate.command);
      }
      Command2.is = is;
    })(Command || (Command = {}));
    (function(TextEdit2) {
      function replace(range, newText) {
        return { range, newText };
      }
      TextEdit2.replace = replace;
      function insert(position, newText) {
        return { range: { start: position, end: position }, newText };
      }
      TextEdit2.insert = insert;
      function del(range) {
        return { range, newText: "" };
      }
      TextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.newText) && Range.is(candidate.range);
      }
      TextEdit2.is = is;
    })(TextEdit || (TextEdit = {}));
    (function(ChangeAnnotation2) {
      function create(label, needsConfirmation, description) {
        const result = { label };
        if (needsConfirmation !== void 0) {
          result.needsConfirmation = needsConfirmation;
        }
        if (description !== void 0) {
          result.description = description;
        }
        return result;
      }
      ChangeAnnotation2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Is.string(candidate.label) && (Is.boolean(candidate.needsConfirmation) || candidate.needsConfirmation === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      ChangeAnnotation2.is = is;
    })(ChangeAnnotation || (ChangeAnnotation = {}));
    (function(ChangeAnnotationIdentifier2) {
      function is(value) {
        const candidate = value;
        return Is.string(candidate);
      }
      ChangeAnnotationIdentifier2.is = is;
    })(ChangeAnnotationIdentifier || (ChangeAnnotationIdentifier = {}));
    (function(AnnotatedTextEdit2) {
      function replace(range, newText, annotation) {
        return { range, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.replace = replace;
      function insert(position, newText, annotation) {
        return { range: { start: position, end: position }, newText, annotationId: annotation };
      }
      AnnotatedTextEdit2.insert = insert;
      function del(range, annotation) {
        return { range, newText: "", annotationId: annotation };
      }
      AnnotatedTextEdit2.del = del;
      function is(value) {
        const candidate = value;
        return TextEdit.is(candidate) && (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      AnnotatedTextEdit2.is = is;
    })(AnnotatedTextEdit || (AnnotatedTextEdit = {}));
    (function(TextDocumentEdit2) {
      function create(textDocument, edits) {
        return { textDocument, edits };
      }
      TextDocumentEdit2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && OptionalVersionedTextDocumentIdentifier.is(candidate.textDocument) && Array.isArray(candidate.edits);
      }
      TextDocumentEdit2.is = is;
    })(TextDocumentEdit || (TextDocumentEdit = {}));
    (function(CreateFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "create",
          uri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      CreateFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "create" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      CreateFile2.is = is;
    })(CreateFile || (CreateFile = {}));
    (function(RenameFile2) {
      function create(oldUri, newUri, options, annotation) {
        const result = {
          kind: "rename",
          oldUri,
          newUri
        };
        if (options !== void 0 && (options.overwrite !== void 0 || options.ignoreIfExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      RenameFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "rename" && Is.string(candidate.oldUri) && Is.string(candidate.newUri) && (candidate.options === void 0 || (candidate.options.overwrite === void 0 || Is.boolean(candidate.options.overwrite)) && (candidate.options.ignoreIfExists === void 0 || Is.boolean(candidate.options.ignoreIfExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      RenameFile2.is = is;
    })(RenameFile || (RenameFile = {}));
    (function(DeleteFile2) {
      function create(uri, options, annotation) {
        const result = {
          kind: "delete",
          uri
        };
        if (options !== void 0 && (options.recursive !== void 0 || options.ignoreIfNotExists !== void 0)) {
          result.options = options;
        }
        if (annotation !== void 0) {
          result.annotationId = annotation;
        }
        return result;
      }
      DeleteFile2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && candidate.kind === "delete" && Is.string(candidate.uri) && (candidate.options === void 0 || (candidate.options.recursive === void 0 || Is.boolean(candidate.options.recursive)) && (candidate.options.ignoreIfNotExists === void 0 || Is.boolean(candidate.options.ignoreIfNotExists))) && (candidate.annotationId === void 0 || ChangeAnnotationIdentifier.is(candidate.annotationId));
      }
      DeleteFile2.is = is;
    })(DeleteFile || (DeleteFile = {}));
    (function(WorkspaceEdit2) {
      function is(value) {
        const candidate = value;
        return candidate && (candidate.changes !== void 0 || candidate.documentChanges !== void 0) && (candidate.documentChanges === void 0 || candidate.documentChanges.every((change) => {
          if (Is.string(change.kind)) {
            return CreateFile.is(change) || RenameFile.is(change) || DeleteFile.is(change);
          } else {
            return TextDocumentEdit.is(change);
          }
        }));
      }
      WorkspaceEdit2.is = is;
    })(WorkspaceEdit || (WorkspaceEdit = {}));
    TextEditChangeImpl = class {
      constructor(edits, changeAnnotations) {
        this.edits = edits;
        this.changeAnnotations = changeAnnotations;
      }
      insert(position, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.insert(position, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.insert(position, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.insert(position, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      replace(range, newText, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.replace(range, newText);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.replace(range, newText, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.replace(range, newText, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      delete(range, annotation) {
        let edit;
        let id;
        if (annotation === void 0) {
          edit = TextEdit.del(range);
        } else if (ChangeAnnotationIdentifier.is(annotation)) {
          id = annotation;
          edit = AnnotatedTextEdit.del(range, annotation);
        } else {
          this.assertChangeAnnotations(this.changeAnnotations);
          id = this.changeAnnotations.manage(annotation);
          edit = AnnotatedTextEdit.del(range, id);
        }
        this.edits.push(edit);
        if (id !== void 0) {
          return id;
        }
      }
      add(edit) {
        this.edits.push(edit);
      }
      all() {
        return this.edits;
      }
      clear() {
        this.edits.splice(0, this.edits.length);
      }
      assertChangeAnnotations(value) {
        if (value === void 0) {
          throw new Error(`Text edit change is not configured to manage change annotations.`);
        }
      }
    };
    (function(SnippetTextEdit2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && StringValue.isSnippet(candidate.snippet) && (candidate.annotationId === void 0 || (ChangeAnnotation.is(candidate.annotationId) || ChangeAnnotationIdentifier.is(candidate.annotationId)));
      }
      SnippetTextEdit2.is = is;
    })(SnippetTextEdit || (SnippetTextEdit = {}));
    ChangeAnnotations = class {
      constructor(annotations) {
        this._annotations = annotations === void 0 ? /* @__PURE__ */ Object.create(null) : annotations;
        this._counter = 0;
        this._size = 0;
      }
      all() {
        return this._annotations;
      }
      get size() {
        return this._size;
      }
      manage(idOrAnnotation, annotation) {
        let id;
        if (ChangeAnnotationIdentifier.is(idOrAnnotation)) {
          id = idOrAnnotation;
        } else {
          id = this.nextId();
          annotation = idOrAnnotation;
        }
        if (this._annotations[id] !== void 0) {
          throw new Error(`Id ${id} is already in use.`);
        }
        if (annotation === void 0) {
          throw new Error(`No annotation provided for id ${id}`);
        }
        this._annotations[id] = annotation;
        this._size++;
        return id;
      }
      nextId() {
        this._counter++;
        return this._counter.toString();
      }
    };
    WorkspaceChange = class {
      constructor(workspaceEdit) {
        this._textEditChanges = /* @__PURE__ */ Object.create(null);
        if (workspaceEdit !== void 0) {
          this._workspaceEdit = workspaceEdit;
          if (workspaceEdit.documentChanges) {
            this._changeAnnotations = new ChangeAnnotations(workspaceEdit.changeAnnotations);
            workspaceEdit.changeAnnotations = this._changeAnnotations.all();
            workspaceEdit.documentChanges.forEach((change) => {
              if (TextDocumentEdit.is(change)) {
                const textEditChange = new TextEditChangeImpl(change.edits, this._changeAnnotations);
                this._textEditChanges[change.textDocument.uri] = textEditChange;
              }
            });
          } else if (workspaceEdit.changes) {
            Object.keys(workspaceEdit.changes).forEach((key) => {
              const textEditChange = new TextEditChangeImpl(workspaceEdit.changes[key]);
              this._textEditChanges[key] = textEditChange;
            });
          }
        } else {
          this._workspaceEdit = {};
        }
      }
      /**
       * Returns the underlying {@link WorkspaceEdit} literal
       * use to be returned from a workspace edit operation like rename.
       */
      get edit() {
        this.initDocumentChanges();
        if (this._changeAnnotations !== void 0) {
          if (this._changeAnnotations.size === 0) {
            this._workspaceEdit.changeAnnotations = void 0;
          } else {
            this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
          }
        }
        return this._workspaceEdit;
      }
      getTextEditChange(key) {
        if (OptionalVersionedTextDocumentIdentifier.is(key)) {
          this.initDocumentChanges();
          if (this._workspaceEdit.documentChanges === void 0) {
            throw new Error("Workspace edit is not configured for document changes.");
          }
          const textDocument = { uri: key.uri, version: key.version };
          let result = this._textEditChanges[textDocument.uri];
          if (!result) {
            const edits = [];
            const textDocumentEdit = {
              textDocument,
              edits
            };
            this._workspaceEdit.documentChanges.push(textDocumentEdit);
            result = new TextEditChangeImpl(edits, this._changeAnnotations);
            this._textEditChanges[textDocument.uri] = result;
          }
          return result;
        } else {
          this.initChanges();
          if (this._workspaceEdit.changes === void 0) {
            throw new Error("Workspace edit is not configured for normal text edit changes.");
          }
          let result = this._textEditChanges[key];
          if (!result) {
            const edits = [];
            this._workspaceEdit.changes[key] = edits;
            result = new TextEditChangeImpl(edits);
            this._textEditChanges[key] = result;
          }
          return result;
        }
      }
      initDocumentChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._changeAnnotations = new ChangeAnnotations();
          this._workspaceEdit.documentChanges = [];
          this._workspaceEdit.changeAnnotations = this._changeAnnotations.all();
        }
      }
      initChanges() {
        if (this._workspaceEdit.documentChanges === void 0 && this._workspaceEdit.changes === void 0) {
          this._workspaceEdit.changes = /* @__PURE__ */ Object.create(null);
        }
      }
      createFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = CreateFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = CreateFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      renameFile(oldUri, newUri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = RenameFile.create(oldUri, newUri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = RenameFile.create(oldUri, newUri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
      deleteFile(uri, optionsOrAnnotation, options) {
        this.initDocumentChanges();
        if (this._workspaceEdit.documentChanges === void 0) {
          throw new Error("Workspace edit is not configured for document changes.");
        }
        let annotation;
        if (ChangeAnnotation.is(optionsOrAnnotation) || ChangeAnnotationIdentifier.is(optionsOrAnnotation)) {
          annotation = optionsOrAnnotation;
        } else {
          options = optionsOrAnnotation;
        }
        let operation;
        let id;
        if (annotation === void 0) {
          operation = DeleteFile.create(uri, options);
        } else {
          id = ChangeAnnotationIdentifier.is(annotation) ? annotation : this._changeAnnotations.manage(annotation);
          operation = DeleteFile.create(uri, options, id);
        }
        this._workspaceEdit.documentChanges.push(operation);
        if (id !== void 0) {
          return id;
        }
      }
    };
    (function(TextDocumentIdentifier2) {
      function create(uri) {
        return { uri };
      }
      TextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri);
      }
      TextDocumentIdentifier2.is = is;
    })(TextDocumentIdentifier || (TextDocumentIdentifier = {}));
    (function(VersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      VersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.integer(candidate.version);
      }
      VersionedTextDocumentIdentifier2.is = is;
    })(VersionedTextDocumentIdentifier || (VersionedTextDocumentIdentifier = {}));
    (function(OptionalVersionedTextDocumentIdentifier2) {
      function create(uri, version) {
        return { uri, version };
      }
      OptionalVersionedTextDocumentIdentifier2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (candidate.version === null || Is.integer(candidate.version));
      }
      OptionalVersionedTextDocumentIdentifier2.is = is;
    })(OptionalVersionedTextDocumentIdentifier || (OptionalVersionedTextDocumentIdentifier = {}));
    (function(LanguageKind2) {
      LanguageKind2.ABAP = "abap";
      LanguageKind2.WindowsBat = "bat";
      LanguageKind2.BibTeX = "bibtex";
      LanguageKind2.Clojure = "clojure";
      LanguageKind2.Coffeescript = "coffeescript";
      LanguageKind2.C = "c";
      LanguageKind2.CPP = "cpp";
      LanguageKind2.CSharp = "csharp";
      LanguageKind2.CSS = "css";
      LanguageKind2.D = "d";
      LanguageKind2.Delphi = "pascal";
      LanguageKind2.Diff = "diff";
      LanguageKind2.Dart = "dart";
      LanguageKind2.Dockerfile = "dockerfile";
      LanguageKind2.Elixir = "elixir";
      LanguageKind2.Erlang = "erlang";
      LanguageKind2.FSharp = "fsharp";
      LanguageKind2.GitCommit = "git-commit";
      LanguageKind2.GitRebase = "git-rebase";
      LanguageKind2.Go = "go";
      LanguageKind2.Groovy = "groovy";
      LanguageKind2.Handlebars = "handlebars";
      LanguageKind2.Haskell = "haskell";
      LanguageKind2.HTML = "html";
      LanguageKind2.Ini = "ini";
      LanguageKind2.Java = "java";
      LanguageKind2.JavaScript = "javascript";
      LanguageKind2.JavaScriptReact = "javascriptreact";
      LanguageKind2.JSON = "json";
      LanguageKind2.LaTeX = "latex";
      LanguageKind2.Less = "less";
      LanguageKind2.Lua = "lua";
      LanguageKind2.Makefile = "makefile";
      LanguageKind2.Markdown = "markdown";
      LanguageKind2.ObjectiveC = "objective-c";
      LanguageKind2.ObjectiveCPP = "objective-cpp";
      LanguageKind2.Pascal = "pascal";
      LanguageKind2.Perl = "perl";
      LanguageKind2.Perl6 = "perl6";
      LanguageKind2.PHP = "php";
      LanguageKind2.Plaintext = "plaintext";
      LanguageKind2.Powershell = "powershell";
      LanguageKind2.Pug = "jade";
      LanguageKind2.Python = "python";
      LanguageKind2.R = "r";
      LanguageKind2.Razor = "razor";
      LanguageKind2.Ruby = "ruby";
      LanguageKind2.Rust = "rust";
      LanguageKind2.SCSS = "scss";
      LanguageKind2.SASS = "sass";
      LanguageKind2.Scala = "scala";
      LanguageKind2.ShaderLab = "shaderlab";
      LanguageKind2.ShellScript = "shellscript";
      LanguageKind2.SQL = "sql";
      LanguageKind2.Swift = "swift";
      LanguageKind2.TypeScript = "typescript";
      LanguageKind2.TypeScriptReact = "typescriptreact";
      LanguageKind2.TeX = "tex";
      LanguageKind2.VisualBasic = "vb";
      LanguageKind2.XML = "xml";
      LanguageKind2.XSL = "xsl";
      LanguageKind2.YAML = "yaml";
    })(LanguageKind || (LanguageKind = {}));
    (function(TextDocumentItem2) {
      function create(uri, languageId, version, text2) {
        return { uri, languageId, version, text: text2 };
      }
      TextDocumentItem2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && Is.string(candidate.languageId) && Is.integer(candidate.version) && Is.string(candidate.text);
      }
      TextDocumentItem2.is = is;
    })(TextDocumentItem || (TextDocumentItem = {}));
    (function(MarkupKind2) {
      MarkupKind2.PlainText = "plaintext";
      MarkupKind2.Markdown = "markdown";
      function is(value) {
        const candidate = value;
        return candidate === MarkupKind2.PlainText || candidate === MarkupKind2.Markdown;
      }
      MarkupKind2.is = is;
    })(MarkupKind || (MarkupKind = {}));
    (function(MarkupContent2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(value) && MarkupKind.is(candidate.kind) && Is.string(candidate.value);
      }
      MarkupContent2.is = is;
    })(MarkupContent || (MarkupContent = {}));
    (function(CompletionItemKind2) {
      CompletionItemKind2.Text = 1;
      CompletionItemKind2.Method = 2;
      CompletionItemKind2.Function = 3;
      CompletionItemKind2.Constructor = 4;
      CompletionItemKind2.Field = 5;
      CompletionItemKind2.Variable = 6;
      CompletionItemKind2.Class = 7;
      CompletionItemKind2.Interface = 8;
      CompletionItemKind2.Module = 9;
      CompletionItemKind2.Property = 10;
      CompletionItemKind2.Unit = 11;
      CompletionItemKind2.Value = 12;
      CompletionItemKind2.Enum = 13;
      CompletionItemKind2.Keyword = 14;
      CompletionItemKind2.Snippet = 15;
      CompletionItemKind2.Color = 16;
      CompletionItemKind2.File = 17;
      CompletionItemKind2.Reference = 18;
      CompletionItemKind2.Folder = 19;
      CompletionItemKind2.EnumMember = 20;
      CompletionItemKind2.Constant = 21;
      CompletionItemKind2.Struct = 22;
      CompletionItemKind2.Event = 23;
      CompletionItemKind2.Operator = 24;
      CompletionItemKind2.TypeParameter = 25;
    })(CompletionItemKind || (CompletionItemKind = {}));
    (function(InsertTextFormat2) {
      InsertTextFormat2.PlainText = 1;
      InsertTextFormat2.Snippet = 2;
    })(InsertTextFormat || (InsertTextFormat = {}));
    (function(CompletionItemTag2) {
      CompletionItemTag2.Deprecated = 1;
    })(CompletionItemTag || (CompletionItemTag = {}));
    (function(InsertReplaceEdit2) {
      function create(newText, insert, replace) {
        return { newText, insert, replace };
      }
      InsertReplaceEdit2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.newText) && Range.is(candidate.insert) && Range.is(candidate.replace);
      }
      InsertReplaceEdit2.is = is;
    })(InsertReplaceEdit || (InsertReplaceEdit = {}));
    (function(InsertTextMode2) {
      InsertTextMode2.asIs = 1;
      InsertTextMode2.adjustIndentation = 2;
    })(InsertTextMode || (InsertTextMode = {}));
    (function(ApplyKind2) {
      ApplyKind2.Replace = 1;
      ApplyKind2.Merge = 2;
    })(ApplyKind || (ApplyKind = {}));
    (function(CompletionItemLabelDetails2) {
      function is(value) {
        const candidate = value;
        return candidate && (Is.string(candidate.detail) || candidate.detail === void 0) && (Is.string(candidate.description) || candidate.description === void 0);
      }
      CompletionItemLabelDetails2.is = is;
    })(CompletionItemLabelDetails || (CompletionItemLabelDetails = {}));
    (function(CompletionItem2) {
      function create(label) {
        return { label };
      }
      CompletionItem2.create = create;
    })(CompletionItem || (CompletionItem = {}));
    (function(CompletionList2) {
      function create(items, isIncomplete) {
        return { items: items ? items : [], isIncomplete: !!isIncomplete };
      }
      CompletionList2.create = create;
    })(CompletionList || (CompletionList = {}));
    (function(MarkedString2) {
      function fromPlainText(plainText) {
        return plainText.replace(/[\\`*_{}[\]()#+\-.!]/g, "\\$&");
      }
      MarkedString2.fromPlainText = fromPlainText;
      function is(value) {
        const candidate = value;
        return Is.string(candidate) || Is.objectLiteral(candidate) && Is.string(candidate.language) && Is.string(candidate.value);
      }
      MarkedString2.is = is;
    })(MarkedString || (MarkedString = {}));
    (function(Hover2) {
      function is(value) {
        const candidate = value;
        return !!candidate && Is.objectLiteral(candidate) && (MarkupContent.is(candidate.contents) || MarkedString.is(candidate.contents) || Is.typedArray(candidate.contents, MarkedString.is)) && (value.range === void 0 || Range.is(value.range));
      }
      Hover2.is = is;
    })(Hover || (Hover = {}));
    (function(ParameterInformation2) {
      function create(label, documentation) {
        return documentation ? { label, documentation } : { label };
      }
      ParameterInformation2.create = create;
    })(ParameterInformation || (ParameterInformation = {}));
    (function(SignatureInformation2) {
      function create(label, documentation, ...parameters) {
        const result = { label };
        if (Is.defined(documentation)) {
          result.documentation = documentation;
        }
        if (Is.defined(parameters)) {
          result.parameters = parameters;
        } else {
          result.parameters = [];
        }
        return result;
      }
      SignatureInformation2.create = create;
    })(SignatureInformation || (SignatureInformation = {}));
    (function(DocumentHighlightKind2) {
      DocumentHighlightKind2.Text = 1;
      DocumentHighlightKind2.Read = 2;
      DocumentHighlightKind2.Write = 3;
    })(DocumentHighlightKind || (DocumentHighlightKind = {}));
    (function(DocumentHighlight2) {
      function create(range, kind) {
        const result = { range };
        if (Is.number(kind)) {
          result.kind = kind;
        }
        return result;
      }
      DocumentHighlight2.create = create;
    })(DocumentHighlight || (DocumentHighlight = {}));
    (function(SymbolKind2) {
      SymbolKind2.File = 1;
      SymbolKind2.Module = 2;
      SymbolKind2.Namespace = 3;
      SymbolKind2.Package = 4;
      SymbolKind2.Class = 5;
      SymbolKind2.Method = 6;
      SymbolKind2.Property = 7;
      SymbolKind2.Field = 8;
      SymbolKind2.Constructor = 9;
      SymbolKind2.Enum = 10;
      SymbolKind2.Interface = 11;
      SymbolKind2.Function = 12;
      SymbolKind2.Variable = 13;
      SymbolKind2.Constant = 14;
      SymbolKind2.String = 15;
      SymbolKind2.Number = 16;
      SymbolKind2.Boolean = 17;
      SymbolKind2.Array = 18;
      SymbolKind2.Object = 19;
      SymbolKind2.Key = 20;
      SymbolKind2.Null = 21;
      SymbolKind2.EnumMember = 22;
      SymbolKind2.Struct = 23;
      SymbolKind2.Event = 24;
      SymbolKind2.Operator = 25;
      SymbolKind2.TypeParameter = 26;
    })(SymbolKind || (SymbolKind = {}));
    (function(SymbolTag2) {
      SymbolTag2.Deprecated = 1;
    })(SymbolTag || (SymbolTag = {}));
    (function(SymbolInformation2) {
      function create(name, kind, range, uri, containerName) {
        const result = {
          name,
          kind,
          location: { uri, range }
        };
        if (containerName) {
          result.containerName = containerName;
        }
        return result;
      }
      SymbolInformation2.create = create;
    })(SymbolInformation || (SymbolInformation = {}));
    (function(WorkspaceSymbol2) {
      function create(name, kind, uri, range) {
        return range !== void 0 ? { name, kind, location: { uri, range } } : { name, kind, location: { uri } };
      }
      WorkspaceSymbol2.create = create;
    })(WorkspaceSymbol || (WorkspaceSymbol = {}));
    (function(DocumentSymbol2) {
      function create(name, detail, kind, range, selectionRange, children2) {
        const result = {
          name,
          detail,
          kind,
          range,
          selectionRange
        };
        if (children2 !== void 0) {
          result.children = children2;
        }
        return result;
      }
      DocumentSymbol2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.name) && Is.number(candidate.kind) && Range.is(candidate.range) && Range.is(candidate.selectionRange) && (candidate.detail === void 0 || Is.string(candidate.detail)) && (candidate.deprecated === void 0 || Is.boolean(candidate.deprecated)) && (candidate.children === void 0 || Array.isArray(candidate.children)) && (candidate.tags === void 0 || Array.isArray(candidate.tags));
      }
      DocumentSymbol2.is = is;
    })(DocumentSymbol || (DocumentSymbol = {}));
    (function(CodeActionKind2) {
      CodeActionKind2.Empty = "";
      CodeActionKind2.QuickFix = "quickfix";
      CodeActionKind2.Refactor = "refactor";
      CodeActionKind2.RefactorExtract = "refactor.extract";
      CodeActionKind2.RefactorInline = "refactor.inline";
      CodeActionKind2.RefactorMove = "refactor.move";
      CodeActionKind2.RefactorRewrite = "refactor.rewrite";
      CodeActionKind2.Source = "source";
      CodeActionKind2.SourceOrganizeImports = "source.organizeImports";
      CodeActionKind2.SourceFixAll = "source.fixAll";
      CodeActionKind2.Notebook = "notebook";
    })(CodeActionKind || (CodeActionKind = {}));
    (function(CodeActionTriggerKind2) {
      CodeActionTriggerKind2.Invoked = 1;
      CodeActionTriggerKind2.Automatic = 2;
    })(CodeActionTriggerKind || (CodeActionTriggerKind = {}));
    (function(CodeActionContext2) {
      function create(diagnostics, only, triggerKind) {
        const result = { diagnostics };
        if (only !== void 0 && only !== null) {
          result.only = only;
        }
        if (triggerKind !== void 0 && triggerKind !== null) {
          result.triggerKind = triggerKind;
        }
        return result;
      }
      CodeActionContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.typedArray(candidate.diagnostics, Diagnostic.is) && (candidate.only === void 0 || Is.typedArray(candidate.only, Is.string)) && (candidate.triggerKind === void 0 || candidate.triggerKind === CodeActionTriggerKind.Invoked || candidate.triggerKind === CodeActionTriggerKind.Automatic);
      }
      CodeActionContext2.is = is;
    })(CodeActionContext || (CodeActionContext = {}));
    (function(CodeActionTag2) {
      CodeActionTag2.LLMGenerated = 1;
      function is(value) {
        return Is.defined(value) && value === CodeActionTag2.LLMGenerated;
      }
      CodeActionTag2.is = is;
    })(CodeActionTag || (CodeActionTag = {}));
    (function(CodeAction2) {
      function create(title, kindOrCommandOrEdit, kind) {
        const result = { title };
        let checkKind = true;
        if (typeof kindOrCommandOrEdit === "string") {
          checkKind = false;
          result.kind = kindOrCommandOrEdit;
        } else if (Command.is(kindOrCommandOrEdit)) {
          result.command = kindOrCommandOrEdit;
        } else {
          result.edit = kindOrCommandOrEdit;
        }
        if (checkKind && kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      CodeAction2.create = create;
      function is(value) {
        const candidate = value;
        return candidate && Is.string(candidate.title) && (candidate.diagnostics === void 0 || Is.typedArray(candidate.diagnostics, Diagnostic.is)) && (candidate.kind === void 0 || Is.string(candidate.kind)) && (candidate.edit !== void 0 || candidate.command !== void 0) && (candidate.command === void 0 || Command.is(candidate.command)) && (candidate.isPreferred === void 0 || Is.boolean(candidate.isPreferred)) && (candidate.edit === void 0 || WorkspaceEdit.is(candidate.edit)) && (candidate.tags === void 0 || Is.typedArray(candidate.tags, CodeActionTag.is));
      }
      CodeAction2.is = is;
    })(CodeAction || (CodeAction = {}));
    (function(CodeLens2) {
      function create(range, data) {
        const result = { range };
        if (Is.defined(data)) {
          result.data = data;
        }
        return result;
      }
      CodeLens2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.command) || Command.is(candidate.command));
      }
      CodeLens2.is = is;
    })(CodeLens || (CodeLens = {}));
    (function(FormattingOptions2) {
      function create(tabSize, insertSpaces) {
        return { tabSize, insertSpaces };
      }
      FormattingOptions2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.uinteger(candidate.tabSize) && Is.boolean(candidate.insertSpaces);
      }
      FormattingOptions2.is = is;
    })(FormattingOptions || (FormattingOptions = {}));
    (function(DocumentLink2) {
      function create(range, target, data) {
        return { range, target, data };
      }
      DocumentLink2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(candidate.range) && (Is.undefined(candidate.target) || Is.string(candidate.target));
      }
      DocumentLink2.is = is;
    })(DocumentLink || (DocumentLink = {}));
    (function(SelectionRange2) {
      function create(range, parent) {
        return { range, parent };
      }
      SelectionRange2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Range.is(candidate.range) && (candidate.parent === void 0 || SelectionRange2.is(candidate.parent));
      }
      SelectionRange2.is = is;
    })(SelectionRange || (SelectionRange = {}));
    (function(SemanticTokenTypes2) {
      SemanticTokenTypes2["namespace"] = "namespace";
      SemanticTokenTypes2["type"] = "type";
      SemanticTokenTypes2["class"] = "class";
      SemanticTokenTypes2["enum"] = "enum";
      SemanticTokenTypes2["interface"] = "interface";
      SemanticTokenTypes2["struct"] = "struct";
      SemanticTokenTypes2["typeParameter"] = "typeParameter";
      SemanticTokenTypes2["parameter"] = "parameter";
      SemanticTokenTypes2["variable"] = "variable";
      SemanticTokenTypes2["property"] = "property";
      SemanticTokenTypes2["enumMember"] = "enumMember";
      SemanticTokenTypes2["event"] = "event";
      SemanticTokenTypes2["function"] = "function";
      SemanticTokenTypes2["method"] = "method";
      SemanticTokenTypes2["macro"] = "macro";
      SemanticTokenTypes2["keyword"] = "keyword";
      SemanticTokenTypes2["modifier"] = "modifier";
      SemanticTokenTypes2["comment"] = "comment";
      SemanticTokenTypes2["string"] = "string";
      SemanticTokenTypes2["number"] = "number";
      SemanticTokenTypes2["regexp"] = "regexp";
      SemanticTokenTypes2["operator"] = "operator";
      SemanticTokenTypes2["decorator"] = "decorator";
      SemanticTokenTypes2["label"] = "label";
    })(SemanticTokenTypes || (SemanticTokenTypes = {}));
    (function(SemanticTokenModifiers2) {
      SemanticTokenModifiers2["declaration"] = "declaration";
      SemanticTokenModifiers2["definition"] = "definition";
      SemanticTokenModifiers2["readonly"] = "readonly";
      SemanticTokenModifiers2["static"] = "static";
      SemanticTokenModifiers2["deprecated"] = "deprecated";
      SemanticTokenModifiers2["abstract"] = "abstract";
      SemanticTokenModifiers2["async"] = "async";
      SemanticTokenModifiers2["modification"] = "modification";
      SemanticTokenModifiers2["documentation"] = "documentation";
      SemanticTokenModifiers2["defaultLibrary"] = "defaultLibrary";
    })(SemanticTokenModifiers || (SemanticTokenModifiers = {}));
    (function(SemanticTokens2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.resultId === void 0 || typeof candidate.resultId === "string") && Array.isArray(candidate.data) && (candidate.data.length === 0 || typeof candidate.data[0] === "number");
      }
      SemanticTokens2.is = is;
    })(SemanticTokens || (SemanticTokens = {}));
    (function(InlineValueText2) {
      function create(range, text2) {
        return { range, text: text2 };
      }
      InlineValueText2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.string(candidate.text);
      }
      InlineValueText2.is = is;
    })(InlineValueText || (InlineValueText = {}));
    (function(InlineValueVariableLookup2) {
      function create(range, variableName, caseSensitiveLookup) {
        return { range, variableName, caseSensitiveLookup };
      }
      InlineValueVariableLookup2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && Is.boolean(candidate.caseSensitiveLookup) && (Is.string(candidate.variableName) || candidate.variableName === void 0);
      }
      InlineValueVariableLookup2.is = is;
    })(InlineValueVariableLookup || (InlineValueVariableLookup = {}));
    (function(InlineValueEvaluatableExpression2) {
      function create(range, expression) {
        return { range, expression };
      }
      InlineValueEvaluatableExpression2.create = create;
      function is(value) {
        const candidate = value;
        return candidate !== void 0 && candidate !== null && Range.is(candidate.range) && (Is.string(candidate.expression) || candidate.expression === void 0);
      }
      InlineValueEvaluatableExpression2.is = is;
    })(InlineValueEvaluatableExpression || (InlineValueEvaluatableExpression = {}));
    (function(InlineValueContext2) {
      function create(frameId, stoppedLocation) {
        return { frameId, stoppedLocation };
      }
      InlineValueContext2.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Range.is(value.stoppedLocation);
      }
      InlineValueContext2.is = is;
    })(InlineValueContext || (InlineValueContext = {}));
    (function(InlayHintKind2) {
      InlayHintKind2.Type = 1;
      InlayHintKind2.Parameter = 2;
      function is(value) {
        return value === 1 || value === 2;
      }
      InlayHintKind2.is = is;
    })(InlayHintKind || (InlayHintKind = {}));
    (function(InlayHintLabelPart2) {
      function create(value) {
        return { value };
      }
      InlayHintLabelPart2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.location === void 0 || Location.is(candidate.location)) && (candidate.command === void 0 || Command.is(candidate.command));
      }
      InlayHintLabelPart2.is = is;
    })(InlayHintLabelPart || (InlayHintLabelPart = {}));
    (function(InlayHint2) {
      function create(position, label, kind) {
        const result = { position, label };
        if (kind !== void 0) {
          result.kind = kind;
        }
        return result;
      }
      InlayHint2.create = create;
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && Position.is(candidate.position) && (Is.string(candidate.label) || Is.typedArray(candidate.label, InlayHintLabelPart.is)) && (candidate.kind === void 0 || InlayHintKind.is(candidate.kind)) && candidate.textEdits === void 0 || Is.typedArray(candidate.textEdits, TextEdit.is) && (candidate.tooltip === void 0 || Is.string(candidate.tooltip) || MarkupContent.is(candidate.tooltip)) && (candidate.paddingLeft === void 0 || Is.boolean(candidate.paddingLeft)) && (candidate.paddingRight === void 0 || Is.boolean(candidate.paddingRight));
      }
      InlayHint2.is = is;
    })(InlayHint || (InlayHint = {}));
    (function(StringValue2) {
      function createSnippet(value) {
        return { kind: "snippet", value };
      }
      StringValue2.createSnippet = createSnippet;
      function isSnippet(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && candidate.kind === "snippet" && Is.string(candidate.value);
      }
      StringValue2.isSnippet = isSnippet;
    })(StringValue || (StringValue = {}));
    (function(InlineCompletionItem2) {
      function create(insertText, filterText, range, command) {
        return { insertText, filterText, range, command };
      }
      InlineCompletionItem2.create = create;
    })(InlineCompletionItem || (InlineCompletionItem = {}));
    (function(InlineCompletionList2) {
      function create(items) {
        return { items };
      }
      InlineCompletionList2.create = create;
    })(InlineCompletionList || (InlineCompletionList = {}));
    (function(InlineCompletionTriggerKind2) {
      InlineCompletionTriggerKind2.Invoked = 1;
      InlineCompletionTriggerKind2.Automatic = 2;
    })(InlineCompletionTriggerKind || (InlineCompletionTriggerKind = {}));
    (function(SelectedCompletionInfo2) {
      function create(range, text2) {
        return { range, text: text2 };
      }
      SelectedCompletionInfo2.create = create;
    })(SelectedCompletionInfo || (SelectedCompletionInfo = {}));
    (function(InlineCompletionContext2) {
      function create(triggerKind, selectedCompletionInfo) {
        return { triggerKind, selectedCompletionInfo };
      }
      InlineCompletionContext2.create = create;
    })(InlineCompletionContext || (InlineCompletionContext = {}));
    (function(WorkspaceFolder2) {
      function is(value) {
        const candidate = value;
        return Is.objectLiteral(candidate) && URI.is(candidate.uri) && Is.string(candidate.name);
      }
      WorkspaceFolder2.is = is;
    })(WorkspaceFolder || (WorkspaceFolder = {}));
    EOL = ["\n", "\r\n", "\r"];
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function is(value) {
        const candidate = value;
        return Is.defined(candidate) && Is.string(candidate.uri) && (Is.undefined(candidate.languageId) || Is.string(candidate.languageId)) && Is.uinteger(candidate.lineCount) && Is.func(candidate.getText) && Is.func(candidate.positionAt) && Is.func(candidate.offsetAt) ? true : false;
      }
      TextDocument3.is = is;
      function applyEdits(document, edits) {
        let text2 = document.getText();
        const sortedEdits = mergeSort2(edits, (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = text2.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
          const e = sortedEdits[i];
          const startOffset = document.offsetAt(e.range.start);
          const endOffset = document.offsetAt(e.range.end);
          if (endOffset <= lastModifiedOffset) {
            text2 = text2.substring(0, startOffset) + e.newText + text2.substring(endOffset, text2.length);
          } else {
            throw new Error("Overlapping edit");
          }
          lastModifiedOffset = startOffset;
        }
        return text2;
      }
      TextDocument3.applyEdits = applyEdits;
      function mergeSort2(data, compare) {
        if (data.length <= 1) {
          return data;
        }
        const p = data.length / 2 | 0;
        const left = data.slice(0, p);
        const right = data.slice(p);
        mergeSort2(left, compare);
        mergeSort2(right, compare);
        let leftIdx = 0;
        let rightIdx = 0;
        let i = 0;
        while (leftIdx < left.length && rightIdx < right.length) {
          const ret = compare(left[leftIdx], right[rightIdx]);
          if (ret <= 0) {
            data[i++] = left[leftIdx++];
          } else {
            data[i++] = right[rightIdx++];
          }
        }
        while (leftIdx < left.length) {
          data[i++] = left[leftIdx++];
        }
        while (rightIdx < right.length) {
          data[i++] = right[rightIdx++];
        }
        return data;
      }
    })(TextDocument || (TextDocument = {}));
    FullTextDocument = class {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(event, version) {
        this._content = event.text;
        this._version = version;
        this._lineOffsets = void 0;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          const lineOffsets = [];
          const text2 = this._content;
          let isLineStart = true;
          for (let i = 0; i < text2.length; i++) {
            if (isLineStart) {
              lineOffsets.push(i);
              isLineStart = false;
            }
            const ch = text2.charAt(i);
            isLineStart = ch === "\r" || ch === "\n";
            if (ch === "\r" && i + 1 < text2.length && text2.charAt(i + 1) === "\n") {
              i++;
            }
          }
          if (isLineStart && text2.length > 0) {
            lineOffsets.push(text2.length);
          }
          this._lineOffsets = lineOffsets;
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return Position.create(0, offset);
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        return Position.create(line, offset - lineOffsets[line]);
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        return Math.max(Math.min(lineOffset + position.character, nextLineOffset), lineOffset);
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
    };
    (function(Is2) {
      const toString = Object.prototype.toString;
      function defined(value) {
        return typeof value !== "undefined";
      }
      Is2.defined = defined;
      function undefined2(value) {
        return typeof value === "undefined";
      }
      Is2.undefined = undefined2;
      function boolean(value) {
        return value === true || value === false;
      }
      Is2.boolean = boolean;
      function string(value) {
        return toString.call(value) === "[object String]";
      }
      Is2.string = string;
      function number(value) {
        return toString.call(value) === "[object Number]";
      }
      Is2.number = number;
      function numberRange(value, min, max) {
        return toString.call(value) === "[object Number]" && min <= value && value <= max;
      }
      Is2.numberRange = numberRange;
      function integer2(value) {
        return toString.call(value) === "[object Number]" && -2147483648 <= value && value <= 2147483647;
      }
      Is2.integer = integer2;
      function uinteger2(value) {
        return toString.call(value) === "[object Number]" && 0 <= value && value <= 2147483647;
      }
      Is2.uinteger = uinteger2;
      function func(value) {
        return toString.call(value) === "[object Function]";
      }
      Is2.func = func;
      function objectLiteral(value) {
        return value !== null && typeof value === "object";
      }
      Is2.objectLiteral = objectLiteral;
      function typedArray(value, check) {
        return Array.isArray(value) && value.every(check);
      }
      Is2.typedArray = typedArray;
    })(Is || (Is = {}));
  }
});

// node_modules/dockerfile-ast/lib/line.js
var require_line = __commonJS({
  "node_modules/dockerfile-ast/lib/line.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Line = void 0;
    var Line = class {
      constructor(document, range) {
        this.document = document;
        this.range = range;
      }
      getRange() {
        return this.range;
      }
      getTextContent() {
        return this.document.getText().substring(this.document.offsetAt(this.range.start), this.document.offsetAt(this.range.end));
      }
      isAfter(line) {
        return this.range.start.line > line.range.start.line;
      }
      isBefore(line) {
        return this.range.start.line < line;
      }
    };
    exports.Line = Line;
  }
});

// node_modules/dockerfile-ast/lib/util.js
var require_util = __commonJS({
  "node_modules/dockerfile-ast/lib/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Util = void 0;
    var Util = class _Util {
      static isUTF8BOM(char) {
        const uintArray = Uint8Array.from(Buffer.from(char, "UTF-8"));
        return uintArray[0] === 239 && uintArray[1] == 187 && uintArray[2] == 191;
      }
      static isWhitespace(char) {
        return char === " " || char === "	" || _Util.isNewline(char);
      }
      static isNewline(char) {
        return char === "\r" || char === "\n";
      }
      static findLeadingNonWhitespace(content, escapeChar) {
        whitespaceCheck: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case escapeChar:
              escapeCheck: for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    i = j + 1;
                    continue whitespaceCheck;
                  case "\n":
                    i = j;
                    continue whitespaceCheck;
                  default:
                    break escapeCheck;
                }
              }
              return -1;
            default:
              return i;
          }
        }
        return -1;
      }
      /**
       * Determines if the given position is contained within the given range.
       *
       * @param position the position to check
       * @param range the range to see if the position is inside of
       */
      static isInsideRange(position, range) {
        if (range.start.line === range.end.line) {
          return range.start.line === position.line && range.start.character <= position.character && position.character <= range.end.character;
        } else if (range.start.line === position.line) {
          return range.start.character <= position.character;
        } else if (range.end.line === position.line) {
          return position.character <= range.end.character;
        }
        return range.start.line < position.line && position.line < range.end.line;
      }
      static parseHeredocName(value) {
        value = value.substring(2);
        if (value.charAt(0) === "-") {
          value = value.substring(1);
        }
        if (value.charAt(0) === '"') {
          if (value.charAt(value.length - 1) !== '"') {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "'") {
          if (value.charAt(value.length - 1) !== "'") {
            return null;
          }
          value = value.substring(1, value.length - 1);
        }
        if (value.charAt(0) === "<") {
          return null;
        }
        return value;
      }
    };
    exports.Util = Util;
  }
});

// node_modules/dockerfile-ast/lib/comment.js
var require_comment = __commonJS({
  "node_modules/dockerfile-ast/lib/comment.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Comment = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var line_1 = require_line();
    var util_1 = require_util();
    var Comment = class extends line_1.Line {
      constructor(document, range) {
        super(document, range);
      }
      toString() {
        const content = this.getContent();
        if (content) {
          return "# " + content;
        }
        return "#";
      }
      /**
       * Returns the content of this comment. This excludes leading and
       * trailing whitespace as well as the # symbol. If the comment only
       * consists of whitespace, the empty string will be returned.
       */
      getContent() {
        let range = this.getContentRange();
        if (range === null) {
          return "";
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      /**
       * Returns a range that includes the content of the comment
       * excluding any leading and trailing whitespace as well as the #
       * symbol. May return null if the comment only consists of whitespace
       * characters.
       */
      getContentRange() {
        let range = this.getRange();
        const startOffset = this.document.offsetAt(range.start);
        let raw = this.document.getText().substring(startOffset, this.document.offsetAt(range.end));
        let start = -1;
        let end = -1;
        for (let i = 1; i < raw.length; i++) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            start = i;
            break;
          }
        }
        if (start === -1) {
          return null;
        }
        for (let i = raw.length - 1; i >= 1; i--) {
          if (!util_1.Util.isWhitespace(raw.charAt(i))) {
            end = i + 1;
            break;
          }
        }
        return vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + start), this.document.positionAt(startOffset + end));
      }
    };
    exports.Comment = Comment;
  }
});

// node_modules/vscode-languageserver-textdocument/lib/esm/main.js
var main_exports2 = {};
__export(main_exports2, {
  TextDocument: () => TextDocument2
});
function mergeSort(data, compare) {
  if (data.length <= 1) {
    return data;
  }
  const p = data.length / 2 | 0;
  const left = data.slice(0, p);
  const right = data.slice(p);
  mergeSort(left, compare);
  mergeSort(right, compare);
  let leftIdx = 0;
  let rightIdx = 0;
  let i = 0;
  while (leftIdx < left.length && rightIdx < right.length) {
    const ret = compare(left[leftIdx], right[rightIdx]);
    if (ret <= 0) {
      data[i++] = left[leftIdx++];
    } else {
      data[i++] = right[rightIdx++];
    }
  }
  while (leftIdx < left.length) {
    data[i++] = left[leftIdx++];
  }
  while (rightIdx < right.length) {
    data[i++] = right[rightIdx++];
  }
  return data;
}
function computeLineOffsets(text2, isAtLineStart, textOffset = 0) {
  const result = isAtLineStart ? [textOffset] : [];
  for (let i = 0; i < text2.length; i++) {
    const ch = text2.charCodeAt(i);
    if (isEOL(ch)) {
      if (ch === 13 && i + 1 < text2.length && text2.charCodeAt(i + 1) === 10) {
        i++;
      }
      result.push(textOffset + i + 1);
    }
  }
  return result;
}
function isEOL(char) {
  return char === 13 || char === 10;
}
function getWellformedRange(range) {
  const start = range.start;
  const end = range.end;
  if (start.line > end.line || start.line === end.line && start.character > end.character) {
    return { start: end, end: start };
  }
  return range;
}
function getWellformedEdit(textEdit) {
  const range = getWellformedRange(textEdit.range);
  if (range !== textEdit.range) {
    return { newText: textEdit.newText, range };
  }
  return textEdit;
}
var FullTextDocument2, TextDocument2;
var init_main2 = __esm({
  "node_modules/vscode-languageserver-textdocument/lib/esm/main.js"() {
    "use strict";
    FullTextDocument2 = class _FullTextDocument {
      constructor(uri, languageId, version, content) {
        this._uri = uri;
        this._languageId = languageId;
        this._version = version;
        this._content = content;
        this._lineOffsets = void 0;
      }
      get uri() {
        return this._uri;
      }
      get languageId() {
        return this._languageId;
      }
      get version() {
        return this._version;
      }
      getText(range) {
        if (range) {
          const start = this.offsetAt(range.start);
          const end = this.offsetAt(range.end);
          return this._content.substring(start, end);
        }
        return this._content;
      }
      update(changes, version) {
        for (const change of changes) {
          if (_FullTextDocument.isIncremental(change)) {
            const range = getWellformedRange(change.range);
            const startOffset = this.offsetAt(range.start);
            const endOffset = this.offsetAt(range.end);
            this._content = this._content.substring(0, startOffset) + change.text + this._content.substring(endOffset, this._content.length);
            const insertedEndOffset = startOffset + change.text.length;
            const crlfAtStart = this._content.charCodeAt(startOffset - 1) === 13 && this._content.charCodeAt(startOffset) === 10;
            const crlfAtEnd = this._content.charCodeAt(insertedEndOffset - 1) === 13 && this._content.charCodeAt(insertedEndOffset) === 10;
            if (crlfAtStart || crlfAtEnd) {
              this._lineOffsets = void 0;
              continue;
            }
            const startLine = Math.max(range.start.line, 0);
            const endLine = Math.max(range.end.line, 0);
            let lineOffsets = this._lineOffsets;
            const addedLineOffsets = computeLineOffsets(change.text, false, startOffset);
            if (endLine - startLine === addedLineOffsets.length) {
              for (let i = 0, len = addedLineOffsets.length; i < len; i++) {
                lineOffsets[i + startLine + 1] = addedLineOffsets[i];
              }
            } else {
              if (addedLineOffsets.length < 1e4) {
                lineOffsets.splice(startLine + 1, endLine - startLine, ...addedLineOffsets);
              } else {
                this._lineOffsets = lineOffsets = lineOffsets.slice(0, startLine + 1).concat(addedLineOffsets, lineOffsets.slice(endLine + 1));
              }
            }
            const diff = change.text.length - (endOffset - startOffset);
            if (diff !== 0) {
              for (let i = startLine + 1 + addedLineOffsets.length, len = lineOffsets.length; i < len; i++) {
                lineOffsets[i] = lineOffsets[i] + diff;
              }
            }
          } else if (_FullTextDocument.isFull(change)) {
            this._content = change.text;
            this._lineOffsets = void 0;
          } else {
            throw new Error("Unknown change event received");
          }
        }
        this._version = version;
      }
      getLineOffsets() {
        if (this._lineOffsets === void 0) {
          this._lineOffsets = computeLineOffsets(this._content, true);
        }
        return this._lineOffsets;
      }
      positionAt(offset) {
        offset = Math.max(Math.min(offset, this._content.length), 0);
        const lineOffsets = this.getLineOffsets();
        let low = 0, high = lineOffsets.length;
        if (high === 0) {
          return { line: 0, character: offset };
        }
        while (low < high) {
          const mid = Math.floor((low + high) / 2);
          if (lineOffsets[mid] > offset) {
            high = mid;
          } else {
            low = mid + 1;
          }
        }
        const line = low - 1;
        offset = this.ensureBeforeEOL(offset, lineOffsets[line]);
        return { line, character: offset - lineOffsets[line] };
      }
      offsetAt(position) {
        const lineOffsets = this.getLineOffsets();
        if (position.line >= lineOffsets.length) {
          return this._content.length;
        } else if (position.line < 0) {
          return 0;
        }
        const lineOffset = lineOffsets[position.line];
        if (position.character <= 0) {
          return lineOffset;
        }
        const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this._content.length;
        const offset = Math.min(lineOffset + position.character, nextLineOffset);
        return this.ensureBeforeEOL(offset, lineOffset);
      }
      getLineRange(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          const lastLine = lineOffsets.length - 1;
          return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this._content.length - lineOffsets[lastLine] } };
        } else if (line < 0) {
          return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        }
        const startOffset = lineOffsets[line];
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const endOffset = this.ensureBeforeEOL(nextLineOffset, startOffset);
        return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
      }
      getEOLCharacters(line) {
        const lineOffsets = this.getLineOffsets();
        if (line >= lineOffsets.length) {
          return "";
        } else if (line < 0) {
          return "";
        }
        const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this._content.length;
        const eolOffset = this.ensureBeforeEOL(nextLineOffset, lineOffsets[line]);
        return this._content.substring(eolOffset, nextLineOffset);
      }
      ensureBeforeEOL(offset, lineOffset) {
        while (offset > lineOffset && isEOL(this._content.charCodeAt(offset - 1))) {
          offset--;
        }
        return offset;
      }
      get lineCount() {
        return this.getLineOffsets().length;
      }
      static isIncremental(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range !== void 0 && (candidate.rangeLength === void 0 || typeof candidate.rangeLength === "number");
      }
      static isFull(event) {
        const candidate = event;
        return candidate !== void 0 && candidate !== null && typeof candidate.text === "string" && candidate.range === void 0 && candidate.rangeLength === void 0;
      }
    };
    (function(TextDocument3) {
      function create(uri, languageId, version, content) {
        return new FullTextDocument2(uri, languageId, version, content);
      }
      TextDocument3.create = create;
      function update(document, changes, version) {
        if (document instanceof FullTextDocument2) {
          document.update(changes, version);
          return document;
        } else {
          throw new Error("TextDocument.update: document must be created by TextDocument.create");
        }
      }
      TextDocument3.update = update;
      function applyEdits(document, edits) {
        const text2 = document.getText();
        const sortedEdits = mergeSort(edits.map(getWellformedEdit), (a, b) => {
          const diff = a.range.start.line - b.range.start.line;
          if (diff === 0) {
            return a.range.start.character - b.range.start.character;
          }
          return diff;
        });
        let lastModifiedOffset = 0;
        const spans = [];
        for (const e of sortedEdits) {
          const startOffset = document.offsetAt(e.range.start);
          if (startOffset < lastModifiedOffset) {
            throw new Error("Overlapping edit");
          } else if (startOffset > lastModifiedOffset) {
            spans.push(text2.substring(lastModifiedOffset, startOffset));
          }
          if (e.newText.length) {
            spans.push(e.newText);
          }
          lastModifiedOffset = document.offsetAt(e.range.end);
        }
        spans.push(text2.substr(lastModifiedOffset));
        return spans.join("");
      }
      TextDocument3.applyEdits = applyEdits;
    })(TextDocument2 || (TextDocument2 = {}));
  }
});

// node_modules/dockerfile-ast/lib/parserDirective.js
var require_parserDirective = __commonJS({
  "node_modules/dockerfile-ast/lib/parserDirective.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ParserDirective = void 0;
    var main_1 = require_main();
    var line_1 = require_line();
    var ParserDirective = class extends line_1.Line {
      constructor(document, range, nameRange, valueRange) {
        super(document, range);
        this.nameRange = nameRange;
        this.valueRange = valueRange;
      }
      toString() {
        return "# " + this.getName() + "=" + this.getValue();
      }
      getNameRange() {
        return this.nameRange;
      }
      getValueRange() {
        return this.valueRange;
      }
      getName() {
        return this.document.getText().substring(this.document.offsetAt(this.nameRange.start), this.document.offsetAt(this.nameRange.end));
      }
      getValue() {
        return this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
      }
      getDirective() {
        const directive = main_1.Directive[this.getName().toLowerCase()];
        return directive === void 0 ? null : directive;
      }
    };
    exports.ParserDirective = ParserDirective;
  }
});

// node_modules/dockerfile-ast/lib/heredoc.js
var require_heredoc = __commonJS({
  "node_modules/dockerfile-ast/lib/heredoc.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Heredoc = void 0;
    var Heredoc = class {
      constructor(startRange, name, nameRange, contentRange, endRange) {
        this.startRange = startRange;
        this.name = name;
        this.nameRange = nameRange;
        this.contentRange = contentRange;
        this.endRange = endRange;
      }
      /**
       * Returns the name of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range of the start operator and the name. If the
       * here-document is initialized with <<EOT then the start range would
       * encompass all five characters.
       *
       * This API is experimental and subject to change.
       */
      getStartRange() {
        return this.startRange;
      }
      /**
       * Returns the range of this here-document's name that is declared at
       * the beginning of the here-document with the operator. If the
       * here-document is initialized with <<EOT then the name range would
       * encompass the latter three "EOT" characters.
       *
       * This API is experimental and subject to change.
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the content of this here-document. This may
       * be null if the here-document has no content because:
       * - the start range is the only thing that was declared
       * - the end range was declared immediately and there is no content
       *
       * This API is experimental and subject to change.
       */
      getContentRange() {
        return this.contentRange;
      }
      /**
       * Returns the range of the here-document's name on a line that
       * represents the end of the here-document.
       *
       * This API is experimental and subject to change.
       */
      getDelimiterRange() {
        return this.endRange;
      }
    };
    exports.Heredoc = Heredoc;
  }
});

// node_modules/dockerfile-ast/lib/variable.js
var require_variable = __commonJS({
  "node_modules/dockerfile-ast/lib/variable.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Variable = void 0;
    var Variable = class {
      constructor(name, nameRange, range, modifier, modifierRange, substitutionParameter, substitutionRange, defined, buildVariable, stringValue) {
        this.name = name;
        this.nameRange = nameRange;
        this.range = range;
        this.modifier = modifier;
        this.modifierRange = modifierRange;
        this.substitutionParameter = substitutionParameter;
        this.substitutionRange = substitutionRange;
        this.defined = defined;
        this.buildVariable = buildVariable;
        this.stringValue = stringValue;
      }
      toString() {
        return this.stringValue;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the range of the entire variable. This includes the symbols for
       * the declaration of the variable such as the $, {, and } symbols.
       *
       * @return the range in the document that this variable encompasses in its
       *         entirety
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the modifier character that has been set for
       * specifying how this variable should be expanded and resolved.
       * If this variable is ${variable:+value} then the modifier
       * character is '+'. Will be the empty string if the variable is
       * declared as ${variable:}. Otherwise, will be null if this
       * variable will not use variable substitution at all (such as
       * ${variable} or $variable).
       *
       * @return this variable's modifier character, or the empty
       *         string if it does not have one, or null if this
       *         variable will not use variable substitution
       */
      getModifier() {
        return this.modifier;
      }
      getModifierRange() {
        return this.modifierRange;
      }
      /**
       * Returns the parameter that will be used for substitution if
       * this variable uses modifiers to define how its value should be
       * resolved. If this variable is ${variable:+value} then the
       * substitution value will be 'value'. Will be the empty string
       * if the variable is declared as ${variable:+} or some other
       * variant where the only thing that follows the modifier
       * character (excluding considerations of escape characters and
       * so on) is the variable's closing bracket. May be null if this
       * variable does not have a modifier character defined (such as
       * ${variable} or $variable).
       *
       * @return this variable's substitution parameter, or the empty
       *         string if it does not have one, or null if there is
       *         not one defined
       */
      getSubstitutionParameter() {
        return this.substitutionParameter;
      }
      getSubstitutionRange() {
        return this.substitutionRange;
      }
      /**
       * Returns whether this variable has been defined or not.
       *
       * @return true if this variable has been defined, false otherwise
       */
      isDefined() {
        return this.defined;
      }
      isBuildVariable() {
        return this.buildVariable === true;
      }
      isEnvironmentVariable() {
        return this.buildVariable === false;
      }
    };
    exports.Variable = Variable;
  }
});

// node_modules/dockerfile-ast/lib/instruction.js
var require_instruction = __commonJS({
  "node_modules/dockerfile-ast/lib/instruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Instruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var line_1 = require_line();
    var argument_1 = require_argument();
    var heredoc_1 = require_heredoc();
    var variable_1 = require_variable();
    var main_1 = require_main();
    var Instruction = class extends line_1.Line {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range);
        this.dockerfile = dockerfile;
        this.escapeChar = escapeChar;
        this.instruction = instruction;
        this.instructionRange = instructionRange;
      }
      toString() {
        let value = this.getKeyword();
        for (let arg of this.getRawArguments()) {
          value += " ";
          value += arg.getValue();
        }
        return value;
      }
      getRangeContent(range) {
        if (range === null) {
          return null;
        }
        return this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
      }
      getInstructionRange() {
        return this.instructionRange;
      }
      getInstruction() {
        return this.instruction;
      }
      getKeyword() {
        return this.getInstruction().toUpperCase();
      }
      getArgumentsRange() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end);
      }
      getArgumentsRanges() {
        let args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        if (args[0].getRange().start.line === args[args.length - 1].getRange().end.line) {
          return [vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end)];
        }
        let ranges = [];
        let end = -1;
        let startPosition = args[0].getRange().start;
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(startPosition) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra, this.document.offsetAt(args[args.length - 1].getRange().end) - this.document.offsetAt(range.start));
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                switch (fullArgs.charAt(j)) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    if (startPosition !== null) {
                      ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                    }
                    startPosition = null;
                    start = true;
                    comment = false;
                    i = j;
                    break whitespaceCheck;
                  default:
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
                startPosition = null;
              }
              start = true;
              comment = false;
              i += 2;
            } else if (next === "\n") {
              if (startPosition !== null) {
                ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
              }
              startPosition = null;
              start = true;
              comment = false;
              i++;
            } else {
              i++;
            }
          } else if (util_1.Util.isNewline(char)) {
            if (comment) {
              startPosition = null;
              start = true;
              comment = false;
            }
          } else {
            if (!comment) {
              if (startPosition === null) {
                if (char === "#") {
                  comment = true;
                  continue;
                }
                let position = this.document.positionAt(offset + i);
                if (position.character !== 0) {
                  startPosition = vscode_languageserver_types_1.Position.create(position.line, 0);
                }
              }
              end = i;
            }
          }
        }
        if (startPosition === null) {
          ranges.push(vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + end), this.document.positionAt(offset + end + 1)));
        } else {
          ranges.push(vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(offset + end + 1)));
        }
        return ranges;
      }
      getRawArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        return this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, args[args.length - 1].getRange().end));
      }
      getArgumentsContent() {
        let args = this.getArguments();
        if (args.length === 0) {
          return null;
        }
        let content = "";
        let ranges = this.getArgumentsRanges();
        let documentText = this.document.getText();
        for (let range of ranges) {
          content += documentText.substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
        }
        return content;
      }
      getArguments() {
        return this.getRawArguments();
      }
      getRawArguments() {
        let args = [];
        let range = this.getInstructionRange();
        let extra = this.document.offsetAt(range.end) - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let offset = this.document.offsetAt(range.start) + extra;
        let start = false;
        let comment = false;
        let found = -1;
        let escapedWhitespaceDetected = false;
        let escaping = false;
        let escapeMarker = -1;
        let escapedArg = "";
        for (let i = 0; i < fullArgs.length; i++) {
          let char = fullArgs.charAt(i);
          if (util_1.Util.isWhitespace(char)) {
            if (escaping) {
              escapedWhitespaceDetected = true;
              if (util_1.Util.isNewline(char)) {
                escapedWhitespaceDetected = false;
                if (comment) {
                  comment = false;
                  start = true;
                }
              }
              continue;
            } else if (found !== -1) {
              if (escapeMarker === -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + i))));
              } else {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
              }
              escapeMarker = -1;
              escapedArg = "";
              found = -1;
            }
          } else if (char === this.escapeChar) {
            let next = fullArgs.charAt(i + 1);
            if (next === " " || next === "	") {
              whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
                let newlineCheck = fullArgs.charAt(j);
                switch (newlineCheck) {
                  case " ":
                  case "	":
                    continue;
                  case "\r":
                    j++;
                  case "\n":
                    comment = false;
                    escaping = true;
                    start = true;
                    if (found !== -1) {
                      escapeMarker = i;
                    }
                    i = j;
                    break whitespaceCheck;
                  default:
                    escapeMarker = i;
                    if (found === -1) {
                      i = j - 1;
                    }
                    break whitespaceCheck;
                }
              }
            } else if (next === "\r") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i += 2;
            } else if (next === "\n") {
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1 && escapeMarker === -1) {
                escapeMarker = i;
              }
              i++;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapeMarker = -1;
              escapedWhitespaceDetected = false;
              escaping = false;
              if (next === "$") {
                escapedArg = escapedArg + char + next;
              } else if (next === "") {
                break;
              } else {
                escapedArg = escapedArg + next;
              }
              if (found === -1) {
                found = i;
              }
              i++;
            }
          } else if (!comment) {
            if (start && char === "#") {
              comment = true;
            } else {
              if (escapedWhitespaceDetected && escapeMarker !== -1) {
                args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
                escapedArg = "";
                found = -1;
              }
              escapedWhitespaceDetected = false;
              escaping = false;
              escapeMarker = -1;
              escapedArg = escapedArg + char;
              if (found === -1) {
                found = i;
              }
            }
            start = false;
          }
        }
        if (found !== -1) {
          if (escapeMarker === -1) {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + fullArgs.length))));
          } else {
            args.push(new argument_1.Argument(escapedArg, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + found), this.document.positionAt(offset + escapeMarker))));
          }
        }
        return args;
      }
      getExpandedArguments() {
        let args = this.getArguments();
        for (let i = 0; i < args.length; i++) {
          const argRange = args[i].getRange();
          let offset = this.document.offsetAt(argRange.start);
          const variables = this.parseVariables(offset, args[i].getValue());
          const swaps = [];
          let requiresExpansion = false;
          for (let variable of variables) {
            const value = this.dockerfile.resolveVariable(variable.getName(), variable.getNameRange().start.line);
            swaps.push(value);
            requiresExpansion = requiresExpansion || value !== void 0;
          }
          if (requiresExpansion) {
            let expanded = "";
            for (let j = 0; j < swaps.length; j++) {
              const variableRange = variables[j].getRange();
              const start = this.document.offsetAt(variableRange.start);
              const end = this.document.offsetAt(variableRange.end);
              if (swaps[j]) {
                expanded += this.document.getText().substring(offset, start);
                expanded += swaps[j];
                offset = end;
              } else {
                expanded += this.document.getText().substring(offset, end);
                offset = end;
              }
            }
            const argEnd = this.document.offsetAt(argRange.end);
            if (argEnd !== offset) {
              expanded += this.document.getText().substring(offset, argEnd);
            }
            args[i] = new argument_1.Argument(expanded, argRange);
          }
        }
        return args;
      }
      getVariables() {
        const variables = [];
        const args = this.getRawArguments();
        for (const arg of args) {
          let range = arg.getRange();
          let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
          const parsedVariables = this.parseVariables(this.document.offsetAt(arg.getRange().start), rawValue);
          for (const parsedVariable of parsedVariables) {
            variables.push(parsedVariable);
          }
        }
        return variables;
      }
      parseVariables(offset, arg) {
        let variables = [];
        variableLoop: for (let i = 0; i < arg.length; i++) {
          switch (arg.charAt(i)) {
            case this.escapeChar:
              if (arg.charAt(i + 1) === "$") {
                i++;
              }
              break;
            case "$":
              if (arg.charAt(i + 1) === "{") {
                let escapedString = "${";
                let escapedName = "";
                let nameEnd = -1;
                let escapedSubstitutionParameter = "";
                let substitutionStart = -1;
                let substitutionEnd = -1;
                let modifierRead = -1;
                nameLoop: for (let j = i + 2; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      break;
                    case "}":
                      escapedString += "}";
                      let modifier = null;
                      let modifierRange = null;
                      let substitutionParameter = modifierRead !== -1 ? escapedSubstitutionParameter : null;
                      let substitutionRange = null;
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (nameEnd + 1 === j) {
                        modifier = "";
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + nameEnd + 1), this.document.positionAt(offset + nameEnd + 1));
                      } else {
                        if (substitutionStart === -1) {
                          substitutionStart = modifierRead + 1;
                          substitutionEnd = modifierRead + 1;
                        } else {
                          substitutionEnd = substitutionEnd + 1;
                        }
                        modifier = arg.substring(modifierRead, modifierRead + 1);
                        modifierRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + modifierRead), this.document.positionAt(offset + modifierRead + 1));
                        substitutionRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + substitutionStart), this.document.positionAt(offset + substitutionEnd));
                      }
                      let start = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 2), this.document.positionAt(offset + nameEnd)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + j + 1)), modifier, modifierRange, substitutionParameter, substitutionRange, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), escapedString));
                      i = j;
                      continue variableLoop;
                    case ":":
                      if (nameEnd === -1) {
                        nameEnd = j;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += ":";
                      } else {
                        modifierRead = j;
                      }
                      escapedString += ":";
                      break;
                    case "\n":
                    case "\r":
                    case " ":
                    case "	":
                      break;
                    default:
                      if (nameEnd === -1) {
                        escapedName += char;
                      } else if (modifierRead !== -1) {
                        if (substitutionStart === -1) {
                          substitutionStart = j;
                          substitutionEnd = j;
                        } else {
                          substitutionEnd = j;
                        }
                        escapedSubstitutionParameter += char;
                      } else {
                        modifierRead = j;
                      }
                      escapedString += char;
                      break;
                  }
                }
                break variableLoop;
              } else if (util_1.Util.isWhitespace(arg.charAt(i + 1)) || i === arg.length - 1) {
                continue;
              } else {
                let escapedName = "";
                nameLoop: for (let j = i + 1; j < arg.length; j++) {
                  let char = arg.charAt(j);
                  switch (char) {
                    case "\r":
                    case "\n":
                    case " ":
                    case "	":
                      continue;
                    case "$":
                    case "'":
                    case '"':
                      let varStart = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                      i = j - 1;
                      continue variableLoop;
                    case this.escapeChar:
                      for (let k = j + 1; k < arg.length; k++) {
                        switch (arg.charAt(k)) {
                          case " ":
                          case "	":
                          case "\r":
                            continue;
                          case "\n":
                            j = k;
                            continue nameLoop;
                        }
                      }
                      let start2 = this.document.positionAt(offset + i);
                      variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(start2, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start2.line) !== void 0, this.isBuildVariable(escapedName, start2.line), "$" + escapedName));
                      break variableLoop;
                  }
                  if (char.match(/^[a-z0-9_]+$/i) === null) {
                    let varStart = this.document.positionAt(offset + i);
                    variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + j)), vscode_languageserver_types_1.Range.create(varStart, this.document.positionAt(offset + j)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, varStart.line) !== void 0, this.isBuildVariable(escapedName, varStart.line), "$" + escapedName));
                    i = j - 1;
                    continue variableLoop;
                  }
                  escapedName += char;
                }
                let start = this.document.positionAt(offset + i);
                variables.push(new variable_1.Variable(escapedName, vscode_languageserver_types_1.Range.create(this.document.positionAt(offset + i + 1), this.document.positionAt(offset + arg.length)), vscode_languageserver_types_1.Range.create(start, this.document.positionAt(offset + arg.length)), null, null, null, null, this.dockerfile.resolveVariable(escapedName, start.line) !== void 0, this.isBuildVariable(escapedName, start.line), "$" + escapedName));
              }
              break variableLoop;
          }
        }
        return variables;
      }
      isBuildVariable(variable, line) {
        if (this.getKeyword() === main_1.Keyword.FROM) {
          for (const initialArg of this.dockerfile.getInitialARGs()) {
            const arg = initialArg;
            const property = arg.getProperty();
            if (property && variable === property.getName()) {
              return true;
            }
          }
          return void 0;
        }
        let image = this.dockerfile.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        let envs = image.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return false;
              }
            }
          }
        }
        let args = image.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return true;
            }
          }
        }
        return void 0;
      }
      createSingleLineHeredocs(args) {
        const heredocs = [];
        for (const arg of args) {
          const value = arg.getValue();
          if (value.startsWith("<<") && util_1.Util.parseHeredocName(value) !== null) {
            const startRange = arg.getRange();
            const nameRange = this.getNameRange(startRange);
            const name = this.getName(nameRange);
            heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, null, null));
          }
        }
        return heredocs;
      }
      getName(nameRange) {
        const content = this.document.getText(nameRange);
        let escaping = false;
        let name = "";
        nameLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    i = j + 1;
                    continue nameLoop;
                  case "\n":
                    i = j;
                    continue nameLoop;
                  default:
                    name += content.charAt(j);
                    i = j;
                    continue nameLoop;
                }
              }
              break;
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue nameLoop;
                  }
                }
              }
            case " ":
            case "	":
            case "\r":
            case "\n":
              if (escaping) {
                break;
              }
            default:
              name += ch;
              break;
          }
        }
        return name;
      }
      getNameRange(startRange) {
        const content = this.document.getText(startRange);
        let endFound = false;
        let searchHyphen = false;
        let start = -1;
        let end = -1;
        let escaping = false;
        let quote = null;
        contentLoop: for (let i = 0; i < content.length; i++) {
          const ch = content.charAt(i);
          switch (ch) {
            case '"':
            case "'":
              if (quote === ch) {
                break contentLoop;
              }
              quote = ch;
              continue;
            case this.escapeChar:
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case "\n":
                    escaping = true;
                    j = i;
                    continue contentLoop;
                }
              }
              break;
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "<":
              if (endFound) {
                searchHyphen = true;
              } else {
                endFound = true;
              }
              break;
            case "-":
              if (searchHyphen) {
                searchHyphen = false;
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (start === -1) {
                start = i;
              }
              if (quote !== null) {
                end = i + 1;
                break;
              }
              break contentLoop;
          }
        }
        if (start === -1) {
          return vscode_languageserver_types_1.Range.create(startRange.end, startRange.end);
        }
        const nameStart = this.document.positionAt(this.document.offsetAt(startRange.start) + start);
        const nameEnd = quote !== null ? this.document.positionAt(this.document.offsetAt(startRange.start) + end) : startRange.end;
        return vscode_languageserver_types_1.Range.create(nameStart, nameEnd);
      }
      getHeredocs() {
        const args = this.getArguments();
        if (args.length === 0) {
          return [];
        }
        const heredocs = [];
        const range = this.getRange();
        if (range.start.line === range.end.line) {
          return this.createSingleLineHeredocs(args);
        }
        const heredocDefinitions = [];
        let heredocsProcessed = false;
        let escaping = false;
        let contentStart = -1;
        let contentEnd = -1;
        let lineStart = -1;
        let currentHeredoc = 0;
        const startOffset = this.document.offsetAt(args[0].getRange().start);
        const content = this.getRangeContent(vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end));
        contentLoop: for (let i = 0; i < content.length; i++) {
          switch (content.charAt(i)) {
            case this.escapeChar:
              escaping = true;
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                    break;
                  case "\r":
                    j++;
                  case "\n":
                    i = j;
                    continue contentLoop;
                  default:
                    i = j;
                    continue contentLoop;
                }
              }
              break;
            case "\r":
              break;
            case "\n":
              if (escaping) {
                break;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                contentEnd = i;
                const arg = heredocDefinitions[currentHeredoc];
                const startRange = arg.getRange();
                const nameRange = this.getNameRange(startRange);
                const name = this.getName(nameRange);
                const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), this.document.positionAt(startOffset + i)));
                if (delimiterRange !== null) {
                  const contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + lineStart - 1));
                  heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
                  contentStart = -1;
                  currentHeredoc++;
                }
                lineStart = -1;
              } else {
                const offsetLimit = startOffset + i;
                for (const arg of args) {
                  if (this.document.offsetAt(arg.getRange().start) < offsetLimit) {
                    if (arg.getValue().startsWith("<<")) {
                      heredocDefinitions.push(arg);
                    }
                  } else {
                    break;
                  }
                }
                heredocsProcessed = true;
                lineStart = -1;
                continue contentLoop;
              }
              break;
            case " ":
            case "	":
              if (escaping) {
                break;
              }
            case "#":
              if (escaping) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\n":
                      i = j;
                      continue contentLoop;
                  }
                }
              }
            default:
              if (escaping) {
                escaping = false;
              }
              if (heredocsProcessed) {
                if (contentStart === -1) {
                  contentStart = i;
                }
                if (lineStart === -1) {
                  lineStart = i;
                }
              }
              break;
          }
        }
        if (heredocsProcessed) {
          const arg = heredocDefinitions[currentHeredoc];
          const startRange = arg.getRange();
          const nameRange = this.getNameRange(startRange);
          const name = this.getName(nameRange);
          let contentRange = null;
          const delimiterRange = this.getDelimiterRange(arg, name, vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + lineStart), range.end));
          if (delimiterRange === null) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), range.end);
          } else if (contentEnd !== -1) {
            contentRange = vscode_languageserver_types_1.Range.create(this.document.positionAt(startOffset + contentStart), this.document.positionAt(startOffset + contentEnd));
          }
          heredocs.push(new heredoc_1.Heredoc(startRange, name, nameRange, contentRange, delimiterRange));
          currentHeredoc++;
          for (let i = currentHeredoc; i < heredocDefinitions.length; i++) {
            const arg2 = heredocDefinitions[currentHeredoc];
            const startRange2 = arg2.getRange();
            const nameRange2 = this.getNameRange(startRange2);
            const name2 = this.getName(nameRange2);
            heredocs.push(new heredoc_1.Heredoc(startRange2, name2, nameRange2, null, null));
            currentHeredoc++;
          }
        } else {
          return this.createSingleLineHeredocs(args);
        }
        return heredocs;
      }
      getDelimiterRange(startArg, name, candidateRange) {
        const text2 = this.document.getText(candidateRange);
        if (startArg.getValue().startsWith("<<-")) {
          let index = 0;
          while (text2.charAt(index) === "	") {
            index++;
          }
          if (text2.substring(index) === name) {
            return vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(candidateRange.start.line, index), candidateRange.end);
          }
          return null;
        }
        return text2 === name ? candidateRange : null;
      }
    };
    exports.Instruction = Instruction;
  }
});

// node_modules/dockerfile-ast/lib/flagOption.js
var require_flagOption = __commonJS({
  "node_modules/dockerfile-ast/lib/flagOption.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.FlagOption = void 0;
    var FlagOption = class {
      constructor(range, name, nameRange, value, valueRange) {
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
      }
      toString() {
        if (this.valueRange !== null) {
          return this.name + "=" + this.value;
        }
        return this.name;
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
    };
    exports.FlagOption = FlagOption;
  }
});

// node_modules/dockerfile-ast/lib/flag.js
var require_flag = __commonJS({
  "node_modules/dockerfile-ast/lib/flag.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Flag = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flagOption_1 = require_flagOption();
    var Flag = class {
      constructor(document, range, name, nameRange, value, valueRange) {
        this.options = [];
        this.range = range;
        this.name = name;
        this.nameRange = nameRange;
        this.value = value;
        this.valueRange = valueRange;
        if (this.value !== null) {
          let offset = document.offsetAt(valueRange.start);
          let nameStart = -1;
          let valueStart = -1;
          let hasOptions = false;
          for (let i = 0; i < value.length; i++) {
            switch (value.charAt(i)) {
              case "=":
                hasOptions = true;
                if (valueStart === -1) {
                  valueStart = i + 1;
                  break;
                }
                break;
              case ",":
                this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, i));
                nameStart = -1;
                valueStart = -1;
                break;
              default:
                if (nameStart === -1) {
                  nameStart = i;
                }
                break;
            }
          }
          if (hasOptions && nameStart !== -1) {
            this.options.push(this.createFlagOption(document, value, offset, nameStart, valueStart, value.length));
          }
        }
      }
      createFlagOption(document, content, documentOffset, nameStart, valueStart, valueEnd) {
        const optionRange = vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueEnd));
        if (valueStart === -1) {
          return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueEnd), optionRange, null, null);
        }
        return new flagOption_1.FlagOption(optionRange, content.substring(nameStart, valueStart - 1), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + nameStart), document.positionAt(documentOffset + valueStart - 1)), content.substring(valueStart, valueEnd), vscode_languageserver_types_1.Range.create(document.positionAt(documentOffset + valueStart), document.positionAt(documentOffset + valueEnd)));
      }
      toString() {
        if (this.valueRange) {
          return "--" + this.name + "=" + this.value;
        }
        return "--" + this.name;
      }
      /**
       * Returns the range that encompasses this entire flag. This includes the
       * -- prefix in the beginning to the last character of the flag's value (if
       * it has been defined).
       *
       * @return the entire range of this flag
       */
      getRange() {
        return this.range;
      }
      /**
       * Returns the name of this flag. The name does not include the -- prefix.
       * Thus, for HEALTHCHECK's --interval flag, interval is the flag's name and
       * not --interval.
       *
       * @return this flag's name
       */
      getName() {
        return this.name;
      }
      /**
       * Returns the range that encompasses the flag's name
       *
       * @return the range containing the flag's name
       */
      getNameRange() {
        return this.nameRange;
      }
      /**
       * Returns the value that has been set to this flag. May be null if the
       * flag is invalid and has no value set like a --start-period. If the flag
       * is instead a --start-period= with an equals sign then the flag's value
       * is the empty string.
       *
       * @return this flag's value if it has been defined, null otherwise
       */
      getValue() {
        return this.value;
      }
      /**
       * Returns the range that encompasses this flag's value. If no value has
       * been set then null will be returned.
       *
       * @return the range containing this flag's value, or null if the flag
       *         has no value defined
       */
      getValueRange() {
        return this.valueRange;
      }
      getOption(name) {
        for (const option of this.options) {
          if (option.getName() === name) {
            return option;
          }
        }
        return null;
      }
      getOptions() {
        return this.options;
      }
      hasOptions() {
        return this.options.length > 0;
      }
    };
    exports.Flag = Flag;
  }
});

// node_modules/dockerfile-ast/lib/modifiableInstruction.js
var require_modifiableInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/modifiableInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ModifiableInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var flag_1 = require_flag();
    var instruction_1 = require_instruction();
    var ModifiableInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getFlags() {
        if (!this.flags) {
          this.flags = [];
          for (let arg of this.getArguments()) {
            let value = arg.getValue();
            if (this.stopSearchingForFlags(value)) {
              return this.flags;
            } else if (value.indexOf("--") === 0) {
              let range = arg.getRange();
              let rawValue = this.document.getText().substring(this.document.offsetAt(range.start), this.document.offsetAt(range.end));
              let nameIndex = value.indexOf("=");
              let index = rawValue.indexOf("=");
              let firstMatch = false;
              let secondMatch = false;
              let startIndex = -1;
              nameSearchLoop: for (let i = 0; i < rawValue.length; i++) {
                switch (rawValue.charAt(i)) {
                  case "\\":
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                    break;
                  case "-":
                    if (secondMatch) {
                      startIndex = i;
                      break nameSearchLoop;
                    } else if (firstMatch) {
                      secondMatch = true;
                    } else {
                      firstMatch = true;
                    }
                    break;
                  default:
                    startIndex = i;
                    break nameSearchLoop;
                }
              }
              let nameStart = this.document.positionAt(this.document.offsetAt(range.start) + startIndex);
              if (index === -1) {
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2), vscode_languageserver_types_1.Range.create(nameStart, range.end), null, null));
              } else if (index === value.length - 1) {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, index), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), "", vscode_languageserver_types_1.Range.create(range.end, range.end)));
              } else {
                let nameEnd = this.document.positionAt(this.document.offsetAt(range.start) + index);
                this.flags.push(new flag_1.Flag(this.document, range, value.substring(2, nameIndex), vscode_languageserver_types_1.Range.create(nameStart, nameEnd), value.substring(nameIndex + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(this.document.offsetAt(range.start) + index + 1), range.end)));
              }
            }
          }
        }
        return this.flags;
      }
      getArguments() {
        const args = super.getArguments();
        const flags = this.getFlags();
        if (flags.length === 0) {
          return args;
        }
        for (let i = 0; i < flags.length; i++) {
          args.shift();
        }
        return args;
      }
    };
    exports.ModifiableInstruction = ModifiableInstruction;
  }
});

// node_modules/dockerfile-ast/lib/jsonInstruction.js
var require_jsonInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/jsonInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.JSONInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var argument_1 = require_argument();
    var jsonArgument_1 = require_jsonArgument();
    var modifiableInstruction_1 = require_modifiableInstruction();
    var JSONInstruction = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.openingBracket = null;
        this.closingBracket = null;
        this.jsonStrings = [];
        const argsContent = this.getRawArgumentsContent();
        if (argsContent === null) {
          return;
        }
        const args = this.getArguments();
        if (args.length === 1 && args[0].getValue() === "[]") {
          let argRange = args[0].getRange();
          this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character, argRange.start.line, argRange.start.character + 1));
          this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(argRange.start.line, argRange.start.character + 1, argRange.end.line, argRange.end.character));
          return;
        } else if (args.length === 2 && args[0].getValue() === "[" && args[1].getValue() === "]") {
          this.openingBracket = args[0];
          this.closingBracket = args[1];
          return;
        }
        const argsOffset = document.offsetAt(this.getArgumentsRange().start);
        let start = -1;
        let last = "";
        let quoted = false;
        let escapedArg = "";
        argsCheck: for (let i = 0; i < argsContent.length; i++) {
          let char = argsContent.charAt(i);
          switch (char) {
            case "[":
              if (last === "") {
                this.openingBracket = new argument_1.Argument("[", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                last = "[";
              } else if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                break argsCheck;
              }
              break;
            case '"':
              if (last === "[" || last === ",") {
                start = i;
                quoted = true;
                last = '"';
                escapedArg = escapedArg + char;
                continue;
              } else if (last === '"') {
                if (quoted) {
                  escapedArg = escapedArg + char;
                  quoted = false;
                  this.jsonStrings.push(new jsonArgument_1.JSONArgument(escapedArg, vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start), document.positionAt(argsOffset + i + 1)), vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + start + 1), document.positionAt(argsOffset + i))));
                  escapedArg = "";
                } else {
                  break argsCheck;
                }
              } else {
                break argsCheck;
              }
              break;
            case ",":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else {
                if (last === '"') {
                  last = ",";
                } else {
                  break argsCheck;
                }
              }
              break;
            case "]":
              if (quoted) {
                escapedArg = escapedArg + char;
              } else if (last !== "") {
                this.closingBracket = new argument_1.Argument("]", vscode_languageserver_types_1.Range.create(document.positionAt(argsOffset + i), document.positionAt(argsOffset + i + 1)));
                break argsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            case "\\":
              if (quoted) {
                switch (argsContent.charAt(i + 1)) {
                  case '"':
                  case "\\":
                    escapedArg = escapedArg + argsContent.charAt(i + 1);
                    i++;
                    continue;
                  case " ":
                  case "	":
                    escapeCheck: for (let j = i + 2; j < argsContent.length; j++) {
                      switch (argsContent.charAt(j)) {
                        case "\r":
                          j++;
                        case "\n":
                          i = j;
                          continue argsCheck;
                        case " ":
                        case "	":
                          break;
                        default:
                          break escapeCheck;
                      }
                    }
                    break;
                  case "\r":
                    i++;
                  default:
                    i++;
                    continue;
                }
              } else {
                escapeCheck: for (let j = i + 1; j < argsContent.length; j++) {
                  switch (argsContent.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue argsCheck;
                    case " ":
                    case "	":
                      break;
                    default:
                      break escapeCheck;
                  }
                }
              }
              break argsCheck;
            default:
              if (!quoted) {
                break argsCheck;
              }
              escapedArg = escapedArg + char;
              break;
          }
        }
      }
      stopSearchingForFlags(_value) {
        return true;
      }
      getOpeningBracket() {
        return this.openingBracket;
      }
      getJSONStrings() {
        return this.jsonStrings;
      }
      getClosingBracket() {
        return this.closingBracket;
      }
    };
    exports.JSONInstruction = JSONInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/add.js
var require_add = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/add.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Add = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Add = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
    };
    exports.Add = Add;
  }
});

// node_modules/dockerfile-ast/lib/property.js
var require_property = __commonJS({
  "node_modules/dockerfile-ast/lib/property.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Property = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var util_1 = require_util();
    var Property = class _Property {
      constructor(document, escapeChar, arg, arg2) {
        this.assignmentOperatorRange = null;
        this.assignmentOperator = null;
        this.valueRange = null;
        this.value = null;
        this.document = document;
        this.escapeChar = escapeChar;
        this.nameRange = _Property.getNameRange(document, arg);
        let value = document.getText().substring(document.offsetAt(this.nameRange.start), document.offsetAt(this.nameRange.end));
        this.name = _Property.getValue(value, escapeChar);
        if (arg2) {
          this.valueRange = arg2.getRange();
          value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
          this.value = _Property.getValue(value, escapeChar);
          this.range = vscode_languageserver_types_1.Range.create(this.nameRange.start, this.valueRange.end);
        } else {
          let argRange = arg.getRange();
          if (this.nameRange.start.line === argRange.start.line && this.nameRange.start.character === argRange.start.character && this.nameRange.end.line === argRange.end.line && this.nameRange.end.character === argRange.end.character) {
          } else {
            this.valueRange = _Property.getValueRange(document, arg);
            value = document.getText().substring(document.offsetAt(this.valueRange.start), document.offsetAt(this.valueRange.end));
            this.value = _Property.getValue(value, escapeChar);
            this.assignmentOperatorRange = vscode_languageserver_types_1.Range.create(this.nameRange.end, this.valueRange.start);
            this.assignmentOperator = "=";
          }
          this.range = argRange;
        }
      }
      getRange() {
        return this.range;
      }
      getName() {
        return this.name;
      }
      getNameRange() {
        return this.nameRange;
      }
      getValue() {
        return this.value;
      }
      getValueRange() {
        return this.valueRange;
      }
      /**
       * Retrieves the operator used for delimiting between the name and
       * value of this property. This will either be the "=" character
       * or null if a character was not used or if this property has no
       * value defined.
       */
      getAssignmentOperator() {
        return this.assignmentOperator;
      }
      getAssignmentOperatorRange() {
        return this.assignmentOperatorRange;
      }
      /**
       * Returns the value of this property including any enclosing
       * single or double quotes and relevant escape characters.
       * Escaped newlines and its associated contiguous whitespace
       * characters however will not be returned as they are deemed to
       * be uninteresting to clients trying to return a Dockerfile.
       *
       * @return the unescaped value of this property or null if this
       *         property has no associated value
       */
      getUnescapedValue() {
        if (this.valueRange === null) {
          return null;
        }
        let escaped = false;
        let rawValue = "";
        let value = this.document.getText().substring(this.document.offsetAt(this.valueRange.start), this.document.offsetAt(this.valueRange.end));
        rawLoop: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case this.escapeChar:
              for (let j = i + 1; j < value.length; j++) {
                switch (value.charAt(j)) {
                  case "\r":
                    j++;
                  case "\n":
                    escaped = true;
                    i = j;
                    continue rawLoop;
                  case " ":
                  case "	":
                    break;
                  default:
                    rawValue = rawValue + char;
                    continue rawLoop;
                }
              }
              rawValue = rawValue + char;
              break;
            case "\r":
            case "\n":
              break;
            case " ":
            case "	":
              if (!escaped) {
                rawValue = rawValue + char;
              }
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      continue rawLoop;
                  }
                }
              } else {
                rawValue = rawValue + char;
              }
              break;
            default:
              rawValue = rawValue + char;
              escaped = false;
              break;
          }
        }
        return rawValue;
      }
      static getNameRange(document, arg) {
        let value = arg.getValue();
        let index = value.indexOf("=");
        if (index !== -1) {
          let initial = value.charAt(0);
          let before = value.charAt(index - 1);
          if (initial === '"' && before === '"' || initial === "'" && before === "'" || initial !== '"' && initial !== "'") {
            return vscode_languageserver_types_1.Range.create(arg.getRange().start, document.positionAt(document.offsetAt(arg.getRange().start) + index));
          }
        }
        return arg.getRange();
      }
      static getValueRange(document, arg) {
        return vscode_languageserver_types_1.Range.create(document.positionAt(document.offsetAt(arg.getRange().start) + arg.getValue().indexOf("=") + 1), document.positionAt(document.offsetAt(arg.getRange().end)));
      }
      /**
       * Returns the actual value of this key-value pair. The value will
       * have its escape characters removed if applicable. If the value
       * spans multiple lines and there are comments nested within the
       * lines, they too will be removed.
       *
       * @return the value that this key-value pair will actually be, may
       *         be null if no value is defined, may be the empty string
       *         if the value only consists of whitespace
       */
      static getValue(value, escapeChar) {
        let escaped = false;
        const skip = util_1.Util.findLeadingNonWhitespace(value, escapeChar);
        if (skip !== 0 && value.charAt(skip) === "#") {
          escaped = true;
        }
        value = value.substring(skip);
        let first = value.charAt(0);
        let last = value.charAt(value.length - 1);
        let literal = first === "'" || first === '"';
        let inSingle = first === "'" && last === "'";
        let inDouble = false;
        if (first === '"') {
          for (let i = 1; i < value.length; i++) {
            if (value.charAt(i) === escapeChar) {
              i++;
            } else if (value.charAt(i) === '"' && i === value.length - 1) {
              inDouble = true;
            }
          }
        }
        if (inSingle || inDouble) {
          value = value.substring(1, value.length - 1);
        }
        let commentCheck = -1;
        let escapedValue = "";
        let start = 0;
        parseValue: for (let i = 0; i < value.length; i++) {
          let char = value.charAt(i);
          switch (char) {
            case escapeChar:
              if (i + 1 === value.length) {
                escapedValue = escapedValue + escapeChar;
                break parseValue;
              }
              char = value.charAt(i + 1);
              if (char === " " || char === "	") {
                whitespaceCheck: for (let j = i + 2; j < value.length; j++) {
                  let char2 = value.charAt(j);
                  switch (char2) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                      j++;
                    case "\n":
                      escaped = true;
                      i = j;
                      continue parseValue;
                    default:
                      if (!inDouble && !inSingle && !literal) {
                        if (char2 === escapeChar) {
                          escapedValue = escapedValue + char;
                          i = i + 1;
                        } else {
                          escapedValue = escapedValue + char + char2;
                          i = j;
                        }
                        continue parseValue;
                      }
                      break whitespaceCheck;
                  }
                }
              }
              if (inDouble) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else if (char !== '"') {
                  if (char === escapeChar) {
                    i++;
                  }
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (inSingle || literal) {
                if (char === "\r") {
                  escaped = true;
                  i = i + 2;
                } else if (char === "\n") {
                  escaped = true;
                  i++;
                } else {
                  escapedValue = escapedValue + escapeChar;
                }
                continue parseValue;
              } else if (char === escapeChar) {
                escapedValue = escapedValue + escapeChar;
                i++;
              } else if (char === "\r") {
                escaped = true;
                i = i + 2;
              } else if (char === "\n") {
                escaped = true;
                i++;
                start = i;
              } else {
                escapedValue = escapedValue + char;
                i++;
              }
              break;
            case " ":
            case "	":
              if (escaped && commentCheck === -1) {
                commentCheck = i;
              }
              escapedValue = escapedValue + char;
              break;
            case "\r":
              i++;
            case "\n":
              if (escaped && commentCheck !== -1) {
                escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck - 1));
                commentCheck = -1;
              }
              break;
            case "#":
              if (escaped) {
                if (commentCheck !== -1) {
                  escapedValue = escapedValue.substring(0, escapedValue.length - (i - commentCheck));
                  commentCheck = -1;
                }
                newlineCheck: for (let j = i + 1; j < value.length; j++) {
                  switch (value.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      break newlineCheck;
                  }
                }
                continue parseValue;
              }
            default:
              if (escaped) {
                escaped = false;
                commentCheck = -1;
              }
              escapedValue = escapedValue + char;
              break;
          }
        }
        return escapedValue;
      }
    };
    exports.Property = Property;
  }
});

// node_modules/dockerfile-ast/lib/propertyInstruction.js
var require_propertyInstruction = __commonJS({
  "node_modules/dockerfile-ast/lib/propertyInstruction.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.PropertyInstruction = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var instruction_1 = require_instruction();
    var property_1 = require_property();
    var argument_1 = require_argument();
    var util_1 = require_util();
    var PropertyInstruction = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.properties = void 0;
      }
      getProperties() {
        if (this.properties === void 0) {
          let args = this.getPropertyArguments();
          if (args.length === 0) {
            this.properties = [];
          } else if (args.length === 1) {
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0])];
          } else if (args.length === 2) {
            if (args[0].getValue().indexOf("=") === -1) {
              this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], args[1])];
            } else {
              this.properties = [
                new property_1.Property(this.document, this.escapeChar, args[0]),
                new property_1.Property(this.document, this.escapeChar, args[1])
              ];
            }
          } else if (args[0].getValue().indexOf("=") === -1) {
            let text2 = this.document.getText();
            let start = args[1].getRange().start;
            let end = args[args.length - 1].getRange().end;
            text2 = text2.substring(this.document.offsetAt(start), this.document.offsetAt(end));
            this.properties = [new property_1.Property(this.document, this.escapeChar, args[0], new argument_1.Argument(text2, vscode_languageserver_types_1.Range.create(args[1].getRange().start, args[args.length - 1].getRange().end)))];
          } else {
            this.properties = [];
            for (let i = 0; i < args.length; i++) {
              this.properties.push(new property_1.Property(this.document, this.escapeChar, args[i]));
            }
          }
        }
        return this.properties;
      }
      /**
       * Goes from the back of the string and returns the first
       * non-whitespace character that is found. If an escape character
       * is found with newline characters, the escape character will
       * not be considered a non-whitespace character and its index in
       * the string will not be returned.
       *
       * @param content the string to search through
       * @return the index in the string for the first non-whitespace
       *         character when searching from the end of the string
       */
      findTrailingNonWhitespace(content) {
        let index = content.length;
        whitespaceCheck: for (let i = content.length - 1; i >= 0; i--) {
          switch (content.charAt(i)) {
            case " ":
            case "	":
              continue;
            case "\n":
              if (content.charAt(i - 1) === "\r") {
                i = i - 1;
              }
            case "\r":
              newlineCheck: for (let j = i - 1; j >= 0; j--) {
                switch (content.charAt(j)) {
                  case " ":
                  case "	":
                  case "\r":
                  case "\n":
                  case this.escapeChar:
                    continue;
                  default:
                    index = j;
                    break newlineCheck;
                }
              }
              break whitespaceCheck;
            default:
              index = i;
              break whitespaceCheck;
          }
        }
        return index;
      }
      getPropertyArguments() {
        const args = [];
        let range = this.getInstructionRange();
        let instructionNameEndOffset = this.document.offsetAt(range.end);
        let extra = instructionNameEndOffset - this.document.offsetAt(range.start);
        let content = this.getTextContent();
        let fullArgs = content.substring(extra);
        let start = util_1.Util.findLeadingNonWhitespace(fullArgs, this.escapeChar);
        if (start === -1) {
          return [];
        }
        const startPosition = this.document.positionAt(instructionNameEndOffset + start);
        let escaped = range.start.line !== startPosition.line;
        let endingEscape = false;
        let mark = -1;
        let end = this.findTrailingNonWhitespace(fullArgs);
        content = fullArgs.substring(start, end + 1);
        let argStart = escaped ? -1 : 0;
        let spaced = false;
        argumentLoop: for (let i = 0; i < content.length; i++) {
          let char = content.charAt(i);
          switch (char) {
            case this.escapeChar:
              if (i + 1 === content.length) {
                endingEscape = true;
                break argumentLoop;
              }
              if (!escaped) {
                mark = i;
              }
              switch (content.charAt(i + 1)) {
                case " ":
                case "	":
                  if (!util_1.Util.isWhitespace(content.charAt(i + 2))) {
                    i = i + 1;
                    continue argumentLoop;
                  }
                  whitespaceCheck: for (let j = i + 2; j < content.length; j++) {
                    switch (content.charAt(j)) {
                      case "\r":
                        j++;
                      case "\n":
                        escaped = true;
                        i = j;
                        continue argumentLoop;
                      case " ":
                      case "	":
                        break;
                      default:
                        args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i + 2))));
                        argStart = j;
                        break whitespaceCheck;
                    }
                  }
                  i = argStart - 1;
                  continue argumentLoop;
                case "\r":
                  i++;
                case "\n":
                  escaped = true;
                  i = i + 1;
                  continue argumentLoop;
                case this.escapeChar:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  i = i + 1;
                  continue argumentLoop;
                default:
                  if (argStart === -1) {
                    argStart = i;
                  }
                  continue argumentLoop;
              }
            case "'":
            case '"':
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              if (argStart === -1) {
                argStart = i;
              }
              for (let j = i + 1; j < content.length; j++) {
                switch (content.charAt(j)) {
                  case char:
                    if (content.charAt(j + 1) !== " " && content.charAt(j + 1) !== "") {
                      i = j;
                      continue argumentLoop;
                    }
                    args.push(new argument_1.Argument(content.substring(argStart, j + 1), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + j + 1))));
                    i = j;
                    argStart = -1;
                    continue argumentLoop;
                  case this.escapeChar:
                    j++;
                    break;
                }
              }
              break argumentLoop;
            case " ":
            case "	":
              if (escaped) {
                if (argStart !== -1) {
                  spaced = true;
                }
              } else if (argStart !== -1) {
                args.push(new argument_1.Argument(content.substring(argStart, i), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + i))));
                argStart = -1;
              }
              break;
            case "\r":
              i++;
            case "\n":
              spaced = false;
              break;
            case "#":
              if (escaped) {
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case "\r":
                      j++;
                    case "\n":
                      i = j;
                      spaced = false;
                      continue argumentLoop;
                  }
                }
                if (argStart !== -1) {
                  let value = content.substring(argStart, mark);
                  args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
                  argStart = -1;
                }
                break argumentLoop;
              } else if (argStart === -1) {
                argStart = i;
              }
              break;
            default:
              if (spaced) {
                this.createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start);
                argStart = i;
                spaced = false;
              }
              escaped = false;
              if (argStart === -1) {
                argStart = i;
              }
              if (char === "$" && content.charAt(i + 1) === "{") {
                let singleQuotes = false;
                let doubleQuotes = false;
                let escaped2 = false;
                for (let j = i + 1; j < content.length; j++) {
                  switch (content.charAt(j)) {
                    case this.escapeChar:
                      escaped2 = true;
                      break;
                    case "\r":
                    case "\n":
                      break;
                    case "'":
                      singleQuotes = !singleQuotes;
                      escaped2 = false;
                      break;
                    case '"':
                      doubleQuotes = !doubleQuotes;
                      escaped2 = false;
                      break;
                    case " ":
                    case "	":
                      if (escaped2 || singleQuotes || doubleQuotes) {
                        break;
                      }
                      i = j - 1;
                      continue argumentLoop;
                    case "}":
                      i = j;
                      continue argumentLoop;
                    default:
                      escaped2 = false;
                      break;
                  }
                }
                break argumentLoop;
              }
              break;
          }
        }
        if (argStart !== -1 && argStart !== content.length) {
          let end2 = endingEscape ? content.length - 1 : content.length;
          let value = content.substring(argStart, end2);
          args.push(new argument_1.Argument(value, vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + end2))));
        }
        return args;
      }
      createSpacedArgument(argStart, args, content, mark, instructionNameEndOffset, start) {
        if (argStart !== -1) {
          args.push(new argument_1.Argument(content.substring(argStart, mark), vscode_languageserver_types_1.Range.create(this.document.positionAt(instructionNameEndOffset + start + argStart), this.document.positionAt(instructionNameEndOffset + start + mark))));
        }
      }
    };
    exports.PropertyInstruction = PropertyInstruction;
  }
});

// node_modules/dockerfile-ast/lib/instructions/arg.js
var require_arg = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/arg.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Arg = void 0;
    var property_1 = require_property();
    var propertyInstruction_1 = require_propertyInstruction();
    var Arg = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
        this.property = null;
        const args = this.getPropertyArguments();
        if (args.length === 1) {
          this.property = new property_1.Property(this.document, this.escapeChar, args[0]);
        } else {
          this.property = null;
        }
      }
      /**
       * Returns the variable defined by this ARG. This may be null if
       * this ARG instruction is malformed and has no variable
       * declaration.
       */
      getProperty() {
        return this.property;
      }
    };
    exports.Arg = Arg;
  }
});

// node_modules/dockerfile-ast/lib/instructions/cmd.js
var require_cmd = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/cmd.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Cmd = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Cmd = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Cmd = Cmd;
  }
});

// node_modules/dockerfile-ast/lib/instructions/copy.js
var require_copy = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/copy.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Copy = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Copy = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getFromFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "from" ? flags[0] : null;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Copy = Copy;
  }
});

// node_modules/dockerfile-ast/lib/instructions/env.js
var require_env = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/env.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Env = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var Env = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Env = Env;
  }
});

// node_modules/dockerfile-ast/lib/instructions/entrypoint.js
var require_entrypoint = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/entrypoint.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Entrypoint = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Entrypoint = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Entrypoint = Entrypoint;
  }
});

// node_modules/dockerfile-ast/lib/instructions/from.js
var require_from = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/from.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.From = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var modifiableInstruction_1 = require_modifiableInstruction();
    var From = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      getImage() {
        const args = this.getArguments();
        return args.length > 0 ? args[0].getValue() : null;
      }
      /**
       * Returns the name of the image that will be used as the base image.
       *
       * @return the base image's name, or null if unspecified
       */
      getImageName() {
        const imageName = this.getRangeContent(this.getImageNameRange());
        if (imageName === null) {
          return null;
        }
        let commented = false;
        let escaped = false;
        let name = "";
        for (let i = 0; i < imageName.length; i++) {
          const ch = imageName.charAt(i);
          switch (ch) {
            case this.escapeChar:
              escaped = true;
              break;
            case "\r":
              continue;
            case "\n":
              commented = false;
              break;
            case " ":
            case "	":
              break;
            case "#":
              if (escaped) {
                commented = true;
              } else {
                name = name + ch;
                escaped = false;
              }
              break;
            default:
              if (!commented) {
                name = name + ch;
                escaped = false;
              }
              break;
          }
        }
        return name;
      }
      /**
       * Returns the range that covers the name of the image used by
       * this instruction.
       *
       * @return the range of the name of this instruction's argument,
       *         or null if no image has been specified
       */
      getImageNameRange() {
        let range = this.getImageRange();
        if (range) {
          let registryRange = this.getRegistryRange();
          if (registryRange) {
            range.start = this.document.positionAt(this.document.offsetAt(registryRange.end) + 1);
          }
          let tagRange = this.getImageTagRange();
          let digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          return range;
        }
        return null;
      }
      /**
       * Returns the range that covers the image argument of this
       * instruction. This includes the tag or digest of the image if
       * it has been specified by the instruction.
       *
       * @return the range of the image argument, or null if no image
       *         has been specified
       */
      getImageRange() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0].getRange() : null;
      }
      getImageTag() {
        return this.getRangeContent(this.getImageTagRange());
      }
      /**
       * Returns the range in the document that the tag of the base
       * image encompasses.
       *
       * @return the base image's tag's range in the document, or null
       *         if no tag has been specified
       */
      getImageTagRange() {
        const range = this.getImageRange();
        if (range) {
          const rangeStartOffset = this.document.offsetAt(range.start);
          const content = this.getRangeContent(range);
          const atIndex = this.indexOf(rangeStartOffset, content, "@");
          const slashIndex = content.indexOf("/");
          if (atIndex === -1) {
            const colonIndex = this.lastIndexOf(rangeStartOffset, content, ":");
            if (colonIndex > slashIndex) {
              return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + colonIndex + 1), range.end);
            }
          }
          const subcontent = content.substring(0, atIndex);
          const subcolonIndex = subcontent.indexOf(":");
          if (subcolonIndex === -1) {
            return null;
          }
          if (slashIndex === -1) {
            return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + atIndex));
          }
          if (subcolonIndex < slashIndex) {
            return null;
          }
          return vscode_languageserver_types_1.Range.create(this.document.positionAt(rangeStartOffset + subcolonIndex + 1), this.document.positionAt(rangeStartOffset + subcontent.length));
        }
        return null;
      }
      getImageDigest() {
        return this.getRangeContent(this.getImageDigestRange());
      }
      /**
       * Returns the range in the document that the digest of the base
       * image encompasses.
       *
       * @return the base image's digest's range in the document, or null
       *         if no digest has been specified
       */
      getImageDigestRange() {
        let range = this.getImageRange();
        if (range) {
          let content = this.getRangeContent(range);
          let index = this.lastIndexOf(this.document.offsetAt(range.start), content, "@");
          if (index !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start.line, range.start.character + index + 1, range.end.line, range.end.character);
          }
        }
        return null;
      }
      indexOf(documentOffset, content, searchString) {
        let index = content.indexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            const offset = this.document.offsetAt(variableRange.end) - documentOffset;
            const substring = content.substring(offset);
            const subIndex = substring.indexOf(searchString);
            if (subIndex === -1) {
              return -1;
            }
            index = subIndex + offset;
            i = -1;
            continue;
          }
        }
        return index;
      }
      lastIndexOf(documentOffset, content, searchString) {
        let index = content.lastIndexOf(searchString);
        const variables = this.getVariables();
        for (let i = 0; i < variables.length; i++) {
          const position = documentOffset + index;
          const variableRange = variables[i].getRange();
          if (this.document.offsetAt(variableRange.start) < position && position < this.document.offsetAt(variableRange.end)) {
            index = content.substring(0, index).lastIndexOf(searchString);
            if (index === -1) {
              return -1;
            }
            i = -1;
            continue;
          }
        }
        return index;
      }
      getRegistry() {
        return this.getRangeContent(this.getRegistryRange());
      }
      getRegistryRange() {
        const range = this.getImageRange();
        if (range) {
          const tagRange = this.getImageTagRange();
          const digestRange = this.getImageDigestRange();
          if (tagRange === null) {
            if (digestRange !== null) {
              range.end = this.document.positionAt(this.document.offsetAt(digestRange.start) - 1);
            }
          } else {
            range.end = this.document.positionAt(this.document.offsetAt(tagRange.start) - 1);
          }
          const content = this.getRangeContent(range);
          const rangeStart = this.document.offsetAt(range.start);
          const startingSlashIndex = this.indexOf(rangeStart, content, "/");
          if (startingSlashIndex === -1) {
            return null;
          }
          const portIndex = this.indexOf(rangeStart, content, ":");
          const dotIndex = this.indexOf(rangeStart, content, ".");
          if (portIndex !== -1 || dotIndex !== -1) {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
          const registry = content.substring(0, startingSlashIndex);
          if (registry === "localhost") {
            return vscode_languageserver_types_1.Range.create(range.start, this.document.positionAt(rangeStart + startingSlashIndex));
          }
        }
        return null;
      }
      getBuildStage() {
        let range = this.getBuildStageRange();
        return range === null ? null : this.getRangeContent(range);
      }
      getBuildStageRange() {
        let args = this.getArguments();
        if (args.length > 2 && args[1].getValue().toUpperCase() === "AS") {
          return args[2].getRange();
        }
        return null;
      }
      getPlatformFlag() {
        let flags = super.getFlags();
        return flags.length === 1 && flags[0].getName() === "platform" ? flags[0] : null;
      }
    };
    exports.From = From;
  }
});

// node_modules/dockerfile-ast/lib/instructions/healthcheck.js
var require_healthcheck = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/healthcheck.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Healthcheck = void 0;
    var modifiableInstruction_1 = require_modifiableInstruction();
    var Healthcheck = class extends modifiableInstruction_1.ModifiableInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        argument = argument.toUpperCase();
        return argument === "CMD" || argument === "NONE";
      }
      getSubcommand() {
        let args = this.getArguments();
        return args.length !== 0 ? args[0] : null;
      }
    };
    exports.Healthcheck = Healthcheck;
  }
});

// node_modules/dockerfile-ast/lib/instructions/label.js
var require_label = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/label.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Label = void 0;
    var propertyInstruction_1 = require_propertyInstruction();
    var util_1 = require_util();
    var Label = class extends propertyInstruction_1.PropertyInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getVariables() {
        const variables = super.getVariables();
        const properties = this.getProperties();
        for (const property of properties) {
          const value = property.getUnescapedValue();
          if (value !== null && value.length > 2 && value.charAt(0) === "'" && value.charAt(value.length - 1) === "'") {
            const range = property.getValueRange();
            for (let i = 0; i < variables.length; i++) {
              if (util_1.Util.isInsideRange(variables[i].getRange().start, range)) {
                variables.splice(i, 1);
                i--;
              }
            }
          }
        }
        return variables;
      }
      getProperties() {
        return super.getProperties();
      }
    };
    exports.Label = Label;
  }
});

// node_modules/dockerfile-ast/lib/instructions/onbuild.js
var require_onbuild = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/onbuild.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Onbuild = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var parser_1 = require_parser();
    var instruction_1 = require_instruction();
    var Onbuild = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      getTrigger() {
        let trigger = this.getTriggerWord();
        return trigger === null ? null : trigger.toUpperCase();
      }
      getTriggerWord() {
        return this.getRangeContent(this.getTriggerRange());
      }
      getTriggerRange() {
        let args = this.getArguments();
        return args.length > 0 ? args[0].getRange() : null;
      }
      getTriggerInstruction() {
        let triggerRange = this.getTriggerRange();
        if (triggerRange === null) {
          return null;
        }
        let args = this.getArguments();
        return parser_1.Parser.createInstruction(this.document, this.dockerfile, this.escapeChar, vscode_languageserver_types_1.Range.create(args[0].getRange().start, this.getRange().end), this.getTriggerWord(), triggerRange);
      }
    };
    exports.Onbuild = Onbuild;
  }
});

// node_modules/dockerfile-ast/lib/instructions/run.js
var require_run = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/run.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Run = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Run = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      stopSearchingForFlags(argument) {
        return argument.indexOf("--") === -1;
      }
      /**
       * Returns there here-documents that are defined in this RUN
       * instruction.
       *
       * This API is experimental and subject to change.
       */
      getHeredocs() {
        return super.getHeredocs();
      }
    };
    exports.Run = Run;
  }
});

// node_modules/dockerfile-ast/lib/instructions/shell.js
var require_shell = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/shell.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Shell = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Shell = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Shell = Shell;
  }
});

// node_modules/dockerfile-ast/lib/instructions/stopsignal.js
var require_stopsignal = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/stopsignal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Stopsignal = void 0;
    var instruction_1 = require_instruction();
    var Stopsignal = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Stopsignal = Stopsignal;
  }
});

// node_modules/dockerfile-ast/lib/instructions/workdir.js
var require_workdir = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/workdir.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Workdir = void 0;
    var instruction_1 = require_instruction();
    var Workdir = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
      /**
       * Returns the path that has been defined. Note that this path may
       * be absolute or relative depending on what was written in the
       * instruction.
       *
       * @return the working directory's path, or null if this
       *         instruction has no arguments
       */
      getPath() {
        return this.getArgumentsContent();
      }
      /**
       * Returns the absolute path that this instruction resolves to. The
       * function will inspect prior WORKDIR instructions in the current
       * image or another build stage in the Dockerfile to try to
       * determine this.
       *
       * @return the absolute path of the working directory, or null if
       *         this instruction has no arguments, or undefined if it
       *         cannot be determined because only relative paths could be
       *         found
       */
      getAbsolutePath() {
        const path12 = this.getPath();
        if (path12 === null || path12.startsWith("/")) {
          return path12;
        }
        const startLine = this.getRange().start.line;
        const hierarchy = this.dockerfile.getStageHierarchy(startLine);
        for (let i = hierarchy.length - 1; i >= 0; i--) {
          const workdirs = hierarchy[i].getWORKDIRs();
          for (let j = workdirs.length - 1; j >= 0; j--) {
            if (workdirs[j].getRange().start.line < startLine) {
              const parent = workdirs[j].getAbsolutePath();
              if (parent === void 0 || parent === null) {
                return void 0;
              }
              return parent.endsWith("/") ? parent + path12 : parent + "/" + path12;
            }
          }
        }
        return void 0;
      }
    };
    exports.Workdir = Workdir;
  }
});

// node_modules/dockerfile-ast/lib/instructions/user.js
var require_user = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/user.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.User = void 0;
    var instruction_1 = require_instruction();
    var User = class extends instruction_1.Instruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.User = User;
  }
});

// node_modules/dockerfile-ast/lib/instructions/volume.js
var require_volume = __commonJS({
  "node_modules/dockerfile-ast/lib/instructions/volume.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Volume = void 0;
    var jsonInstruction_1 = require_jsonInstruction();
    var Volume = class extends jsonInstruction_1.JSONInstruction {
      constructor(document, range, dockerfile, escapeChar, instruction, instructionRange) {
        super(document, range, dockerfile, escapeChar, instruction, instructionRange);
      }
    };
    exports.Volume = Volume;
  }
});

// node_modules/dockerfile-ast/lib/imageTemplate.js
var require_imageTemplate = __commonJS({
  "node_modules/dockerfile-ast/lib/imageTemplate.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ImageTemplate = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var onbuild_1 = require_onbuild();
    var util_1 = require_util();
    var workdir_1 = require_workdir();
    var ImageTemplate = class {
      constructor() {
        this.comments = [];
        this.instructions = [];
      }
      addComment(comment) {
        this.comments.push(comment);
      }
      getComments() {
        return this.comments;
      }
      addInstruction(instruction) {
        this.instructions.push(instruction);
      }
      getInstructions() {
        return this.instructions;
      }
      getInstructionAt(line) {
        for (let instruction of this.instructions) {
          if (util_1.Util.isInsideRange(vscode_languageserver_types_1.Position.create(line, 0), instruction.getRange())) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the ARG instructions that are defined in this image.
       */
      getARGs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof arg_1.Arg) {
            args.push(instruction);
          }
        }
        return args;
      }
      /**
       * Gets all the CMD instructions that are defined in this image.
       */
      getCMDs() {
        let cmds = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof cmd_1.Cmd) {
            cmds.push(instruction);
          }
        }
        return cmds;
      }
      /**
       * Gets all the COPY instructions that are defined in this image.
       */
      getCOPYs() {
        let copies = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof copy_1.Copy) {
            copies.push(instruction);
          }
        }
        return copies;
      }
      /**
       * Gets all the ENTRYPOINT instructions that are defined in this image.
       */
      getENTRYPOINTs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof entrypoint_1.Entrypoint) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the ENV instructions that are defined in this image.
       */
      getENVs() {
        let args = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof env_1.Env) {
            args.push(instruction);
          }
        }
        return args;
      }
      getFROM() {
        for (const instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            return instruction;
          }
        }
        return null;
      }
      /**
       * Gets all the FROM instructions that are defined in this image.
       */
      getFROMs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof from_1.From) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      /**
       * Gets all the HEALTHCHECK instructions that are defined in this image.
       */
      getHEALTHCHECKs() {
        let froms = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof healthcheck_1.Healthcheck) {
            froms.push(instruction);
          }
        }
        return froms;
      }
      getWORKDIRs() {
        const workdirs = [];
        for (const instruction of this.instructions) {
          if (instruction instanceof workdir_1.Workdir) {
            workdirs.push(instruction);
          }
        }
        return workdirs;
      }
      getOnbuildTriggers() {
        let triggers = [];
        for (let instruction of this.instructions) {
          if (instruction instanceof onbuild_1.Onbuild) {
            let trigger = instruction.getTriggerInstruction();
            if (trigger) {
              triggers.push(trigger);
            }
          }
        }
        return triggers;
      }
      getAvailableVariables(currentLine) {
        const variables = [];
        for (const arg of this.getARGs()) {
          if (arg.isBefore(currentLine)) {
            const property = arg.getProperty();
            if (property) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        for (const env of this.getENVs()) {
          if (env.isBefore(currentLine)) {
            for (const property of env.getProperties()) {
              const variable = property.getName();
              if (variables.indexOf(variable) === -1) {
                variables.push(variable);
              }
            }
          }
        }
        return variables;
      }
      /**
       * Resolves a variable with the given name at the specified line
       * to its value. If null is returned, then the variable has been
       * defined but no value was given. If undefined is returned, then
       * a variable with the given name has not been defined yet as of
       * the given line.
       *
       * @param variable the name of the variable to resolve
       * @param line the line number that the variable is on, zero-based
       * @return the value of the variable as defined by an ARG or ENV
       *         instruction, or null if no value has been specified, or
       *         undefined if a variable with the given name has not
       *         been defined
       */
      resolveVariable(variable, line) {
        let envs = this.getENVs();
        for (let i = envs.length - 1; i >= 0; i--) {
          if (envs[i].isBefore(line)) {
            for (let property of envs[i].getProperties()) {
              if (property.getName() === variable) {
                return property.getValue();
              }
            }
          }
        }
        let args = this.getARGs();
        for (let i = args.length - 1; i >= 0; i--) {
          if (args[i].isBefore(line)) {
            let property = args[i].getProperty();
            if (property && property.getName() === variable) {
              return property.getValue();
            }
          }
        }
        return void 0;
      }
      getRange() {
        const instructions = this.getInstructions();
        if (instructions.length === 0) {
          return vscode_languageserver_types_1.Range.create(0, 0, 0, 0);
        }
        const instructionStart = instructions[0].getRange().start;
        const instructionEnd = instructions[instructions.length - 1].getRange().end;
        return vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
      }
      contains(position) {
        const range = this.getRange();
        if (range === null) {
          return false;
        }
        return util_1.Util.isInsideRange(position, range);
      }
    };
    exports.ImageTemplate = ImageTemplate;
  }
});

// node_modules/dockerfile-ast/lib/dockerfile.js
var require_dockerfile = __commonJS({
  "node_modules/dockerfile-ast/lib/dockerfile.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Dockerfile = void 0;
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var ast = require_main();
    var imageTemplate_1 = require_imageTemplate();
    var from_1 = require_from();
    var util_1 = require_util();
    var main_1 = require_main();
    var Dockerfile = class extends imageTemplate_1.ImageTemplate {
      constructor(document) {
        super();
        this.initialInstructions = new imageTemplate_1.ImageTemplate();
        this.buildStages = [];
        this.directives = [];
        this.foundFrom = false;
        this.document = document;
      }
      getEscapeCharacter() {
        for (const directive of this.directives) {
          if (directive.getDirective() === ast.Directive.escape) {
            const value = directive.getValue();
            if (value === "\\" || value === "`") {
              return value;
            }
          }
        }
        return "\\";
      }
      getInitialARGs() {
        return this.initialInstructions.getARGs();
      }
      getContainingImage(position) {
        let range = vscode_languageserver_types_1.Range.create(vscode_languageserver_types_1.Position.create(0, 0), this.document.positionAt(this.document.getText().length));
        if (!util_1.Util.isInsideRange(position, range)) {
          return null;
        }
        if (this.initialInstructions.getComments().length > 0 || this.initialInstructions.getInstructions().length > 0) {
          if (util_1.Util.isInsideRange(position, this.initialInstructions.getRange())) {
            return this.initialInstructions;
          }
        }
        for (const buildStage of this.buildStages) {
          if (util_1.Util.isInsideRange(position, buildStage.getRange())) {
            return buildStage;
          }
        }
        return this;
      }
      addInstruction(instruction) {
        if (instruction.getKeyword() === main_1.Keyword.FROM) {
          this.currentBuildStage = new imageTemplate_1.ImageTemplate();
          this.buildStages.push(this.currentBuildStage);
          this.foundFrom = true;
        } else if (!this.foundFrom) {
          this.initialInstructions.addInstruction(instruction);
        }
        if (this.foundFrom) {
          this.currentBuildStage.addInstruction(instruction);
        }
        super.addInstruction(instruction);
      }
      setDirectives(directives) {
        this.directives = directives;
      }
      getDirective() {
        return this.directives.length === 0 ? null : this.directives[0];
      }
      getDirectives() {
        return this.directives;
      }
      resolveVariable(variable, line) {
        for (let from of this.getFROMs()) {
          let range = from.getRange();
          if (range.start.line <= line && line <= range.end.line) {
            let initialARGs = new imageTemplate_1.ImageTemplate();
            for (let instruction of this.initialInstructions.getARGs()) {
              initialARGs.addInstruction(instruction);
            }
            return initialARGs.resolveVariable(variable, line);
          }
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return void 0;
        }
        let resolvedVariable = image.resolveVariable(variable, line);
        if (resolvedVariable === null) {
          let initialARGs = new imageTemplate_1.ImageTemplate();
          for (let instruction of this.initialInstructions.getARGs()) {
            initialARGs.addInstruction(instruction);
          }
          return initialARGs.resolveVariable(variable, line);
        }
        return resolvedVariable;
      }
      getAvailableVariables(currentLine) {
        if (this.getInstructionAt(currentLine) instanceof from_1.From) {
          let variables = [];
          for (let arg of this.getInitialARGs()) {
            let property = arg.getProperty();
            if (property) {
              variables.push(property.getName());
            }
          }
          return variables;
        }
        let image = this.getContainingImage(vscode_languageserver_types_1.Position.create(currentLine, 0));
        return image ? image.getAvailableVariables(currentLine) : [];
      }
      getParentStage(image) {
        const templateFrom = image.getFROM();
        const imageName = templateFrom === null ? null : templateFrom.getImageName();
        if (imageName === null) {
          return null;
        }
        for (const from of this.getFROMs()) {
          if (from.getBuildStage() === imageName) {
            const range = from.getRange();
            if (range.start.line === templateFrom.getRange().start.line) {
              return null;
            }
            return this.getContainingImage(range.start);
          }
        }
        return null;
      }
      getStageHierarchy(line) {
        const image = this.getContainingImage(vscode_languageserver_types_1.Position.create(line, 0));
        if (image === null) {
          return [];
        }
        const stages = [image];
        let stage = this.getParentStage(image);
        while (stage !== null) {
          stages.splice(0, 0, stage);
          stage = this.getParentStage(stage);
        }
        return stages;
      }
      getAvailableWorkingDirectories(line) {
        const availableDirectories = /* @__PURE__ */ new Set();
        for (const image of this.getStageHierarchy(line)) {
          for (const workdir of image.getWORKDIRs()) {
            if (workdir.getRange().end.line < line) {
              let directory = workdir.getAbsolutePath();
              if (directory !== void 0 && directory !== null) {
                if (!directory.endsWith("/")) {
                  directory += "/";
                }
                availableDirectories.add(directory);
              }
            }
          }
        }
        return Array.from(availableDirectories);
      }
      /**
       * Internally reorganize the comments in the Dockerfile and allocate
       * them to the relevant build stages that they belong to.
       */
      organizeComments() {
        const comments = this.getComments();
        for (let i = 0; i < comments.length; i++) {
          if (util_1.Util.isInsideRange(comments[i].getRange().end, this.initialInstructions.getRange())) {
            this.initialInstructions.addComment(comments[i]);
          } else {
            for (const buildStage of this.buildStages) {
              if (util_1.Util.isInsideRange(comments[i].getRange().start, buildStage.getRange())) {
                buildStage.addComment(comments[i]);
              }
            }
          }
        }
      }
      getRange() {
        const comments = this.getComments();
        const instructions = this.getInstructions();
        let range = null;
        if (comments.length === 0) {
          if (instructions.length > 0) {
            range = vscode_languageserver_types_1.Range.create(instructions[0].getRange().start, instructions[instructions.length - 1].getRange().end);
          }
        } else if (instructions.length === 0) {
          range = vscode_languageserver_types_1.Range.create(comments[0].getRange().start, comments[comments.length - 1].getRange().end);
        } else {
          const commentStart = comments[0].getRange().start;
          const commentEnd = comments[comments.length - 1].getRange().end;
          const instructionStart = instructions[0].getRange().start;
          const instructionEnd = instructions[instructions.length - 1].getRange().end;
          if (commentStart.line < instructionStart.line) {
            if (commentEnd.line < instructionEnd.line) {
              range = vscode_languageserver_types_1.Range.create(commentStart, instructionEnd);
            }
            range = vscode_languageserver_types_1.Range.create(commentStart, commentEnd);
          } else if (commentEnd.line < instructionEnd.line) {
            range = vscode_languageserver_types_1.Range.create(instructionStart, instructionEnd);
          } else {
            range = vscode_languageserver_types_1.Range.create(instructionStart, commentEnd);
          }
        }
        if (range === null) {
          if (this.directives.length === 0) {
            return null;
          }
          return this.directives[0].getRange();
        } else if (this.directives.length === 0) {
          return range;
        }
        return vscode_languageserver_types_1.Range.create(this.directives[0].getRange().start, range.end);
      }
    };
    exports.Dockerfile = Dockerfile;
  }
});

// node_modules/dockerfile-ast/lib/parser.js
var require_parser = __commonJS({
  "node_modules/dockerfile-ast/lib/parser.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Parser = void 0;
    var vscode_languageserver_textdocument_1 = (init_main2(), __toCommonJS(main_exports2));
    var vscode_languageserver_types_1 = (init_main(), __toCommonJS(main_exports));
    var comment_1 = require_comment();
    var parserDirective_1 = require_parserDirective();
    var instruction_1 = require_instruction();
    var add_1 = require_add();
    var arg_1 = require_arg();
    var cmd_1 = require_cmd();
    var copy_1 = require_copy();
    var env_1 = require_env();
    var entrypoint_1 = require_entrypoint();
    var from_1 = require_from();
    var healthcheck_1 = require_healthcheck();
    var label_1 = require_label();
    var onbuild_1 = require_onbuild();
    var run_1 = require_run();
    var shell_1 = require_shell();
    var stopsignal_1 = require_stopsignal();
    var workdir_1 = require_workdir();
    var user_1 = require_user();
    var volume_1 = require_volume();
    var dockerfile_1 = require_dockerfile();
    var util_1 = require_util();
    var main_1 = require_main();
    var Parser2 = class _Parser {
      constructor() {
        this.escapeChar = null;
      }
      static createInstruction(document, dockerfile, escapeChar, lineRange, instruction, instructionRange) {
        switch (instruction.toUpperCase()) {
          case "ADD":
            return new add_1.Add(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ARG":
            return new arg_1.Arg(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "CMD":
            return new cmd_1.Cmd(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "COPY":
            return new copy_1.Copy(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENTRYPOINT":
            return new entrypoint_1.Entrypoint(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ENV":
            return new env_1.Env(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "FROM":
            return new from_1.From(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "HEALTHCHECK":
            return new healthcheck_1.Healthcheck(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "LABEL":
            return new label_1.Label(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "ONBUILD":
            return new onbuild_1.Onbuild(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "RUN":
            return new run_1.Run(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "SHELL":
            return new shell_1.Shell(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "STOPSIGNAL":
            return new stopsignal_1.Stopsignal(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "WORKDIR":
            return new workdir_1.Workdir(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "USER":
            return new user_1.User(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
          case "VOLUME":
            return new volume_1.Volume(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
        }
        return new instruction_1.Instruction(document, lineRange, dockerfile, escapeChar, instruction, instructionRange);
      }
      getParserDirectives(document, buffer) {
        const directives = [];
        this.escapeChar = "";
        const offset = util_1.Util.isUTF8BOM(buffer.substring(0, 1)) ? 1 : 0;
        directiveCheck: for (let i = offset; i < buffer.length; i++) {
          switch (buffer.charAt(i)) {
            case " ":
            case "	":
              break;
            case "\r":
            case "\n":
              break directiveCheck;
            case "#":
              let directiveStart = -1;
              let directiveEnd = -1;
              for (let j = i + 1; j < buffer.length; j++) {
                let char = buffer.charAt(j);
                switch (char) {
                  case " ":
                  case "	":
                    if (directiveStart !== -1 && directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    break;
                  case "\r":
                  case "\n":
                    break directiveCheck;
                  case "=":
                    let valueStart = -1;
                    let valueEnd = -1;
                    if (directiveEnd === -1) {
                      directiveEnd = j;
                    }
                    let lineEnd = buffer.length;
                    directiveValue: for (let k = j + 1; k < buffer.length; k++) {
                      char = buffer.charAt(k);
                      switch (char) {
                        case "\r":
                        case "\n":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          lineEnd = k;
                          break directiveValue;
                        case "	":
                        case " ":
                          if (valueStart !== -1 && valueEnd === -1) {
                            valueEnd = k;
                          }
                          continue;
                        default:
                          if (valueStart === -1) {
                            valueStart = k;
                          }
                          break;
                      }
                    }
                    if (directiveStart === -1) {
                      break directiveCheck;
                    }
                    if (valueStart === -1) {
                      valueStart = j + 1;
                      valueEnd = lineEnd;
                    } else if (valueEnd === -1) {
                      valueEnd = buffer.length;
                    }
                    const lineRange = vscode_languageserver_types_1.Range.create(document.positionAt(i), document.positionAt(lineEnd));
                    const nameRange = vscode_languageserver_types_1.Range.create(document.positionAt(directiveStart), document.positionAt(directiveEnd));
                    const valueRange = vscode_languageserver_types_1.Range.create(document.positionAt(valueStart), document.positionAt(valueEnd));
                    directives.push(new parserDirective_1.ParserDirective(document, lineRange, nameRange, valueRange));
                    directiveStart = -1;
                    if (buffer.charAt(valueEnd) === "\r") {
                      i = valueEnd + 1;
                    } else {
                      i = valueEnd;
                    }
                    continue directiveCheck;
                  default:
                    if (directiveStart === -1) {
                      directiveStart = j;
                    }
                    break;
                }
              }
              break;
            default:
              break directiveCheck;
          }
        }
        return directives;
      }
      parse(buffer) {
        this.document = vscode_languageserver_textdocument_1.TextDocument.create("", "", 0, buffer);
        this.buffer = buffer;
        let dockerfile = new dockerfile_1.Dockerfile(this.document);
        let directives = this.getParserDirectives(this.document, this.buffer);
        let offset = 0;
        this.escapeChar = "\\";
        if (directives.length > 0) {
          dockerfile.setDirectives(directives);
          this.escapeChar = dockerfile.getEscapeCharacter();
          offset = this.document.offsetAt(vscode_languageserver_types_1.Position.create(directives.length, 0));
        } else if (util_1.Util.isUTF8BOM(buffer.substring(0, 1))) {
          offset = 1;
        }
        for (let i = offset; i < this.buffer.length; i++) {
          const char = this.buffer.charAt(i);
          switch (char) {
            case " ":
            case "	":
            case "\r":
            case "\n":
              break;
            case "#":
              i = this.processComment(dockerfile, i);
              break;
            default:
              i = this.processInstruction(dockerfile, char, i);
              break;
          }
        }
        dockerfile.organizeComments();
        return dockerfile;
      }
      processInstruction(dockerfile, char, start) {
        let instruction = char;
        let instructionEnd = -1;
        let escapedInstruction = false;
        instructionCheck: for (let i = start + 1; i < this.buffer.length; i++) {
          char = this.buffer.charAt(i);
          switch (char) {
            case this.escapeChar:
              escapedInstruction = true;
              char = this.buffer.charAt(i + 1);
              if (char === "\r" || char === "\n") {
                if (instructionEnd === -1) {
                  instructionEnd = i;
                }
                i++;
              } else if (char === " " || char === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      instructionEnd = i + 1;
                      instruction = instruction + this.escapeChar;
                      i = j - 2;
                      continue instructionCheck;
                  }
                }
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                break instructionCheck;
              } else {
                instructionEnd = i + 1;
                instruction = instruction + this.escapeChar;
                escapedInstruction = false;
              }
              break;
            case " ":
            case "	":
              if (escapedInstruction) {
                escapeCheck: for (let j = i + 1; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      i = j;
                      continue instructionCheck;
                    default:
                      break escapeCheck;
                  }
                }
                escapedInstruction = false;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              i = this.processArguments(dockerfile, instruction, instructionEnd, start, i);
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, i));
              return i;
            case "\r":
            case "\n":
              if (escapedInstruction) {
                continue;
              }
              if (instructionEnd === -1) {
                instructionEnd = i;
              }
              dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, i, i));
              return i;
            case "#":
              if (escapedInstruction) {
                continue;
              }
            default:
              instructionEnd = i + 1;
              instruction = instruction + char;
              escapedInstruction = false;
              break;
          }
        }
        if (instructionEnd === -1) {
          instructionEnd = this.buffer.length;
        }
        dockerfile.addInstruction(this.createInstruction(dockerfile, instruction, start, instructionEnd, this.buffer.length));
        return this.buffer.length;
      }
      processHeredocs(instruction, offset) {
        let keyword = instruction.getKeyword();
        if (keyword === main_1.Keyword.ONBUILD) {
          instruction = instruction.getTriggerInstruction();
          if (instruction === null) {
            return offset;
          }
          keyword = instruction.getKeyword();
        }
        if (keyword !== main_1.Keyword.ADD && keyword !== main_1.Keyword.COPY && keyword !== main_1.Keyword.RUN) {
          return offset;
        }
        const heredocs = [];
        let tabbed = false;
        for (const arg of instruction.getArguments()) {
          const value = arg.getValue();
          if (value.startsWith("<<") && value.length > 2) {
            if (value.startsWith("<<-")) {
              tabbed = true;
            }
            const name = util_1.Util.parseHeredocName(value);
            if (name !== null) {
              heredocs.push(name);
            }
          }
        }
        if (heredocs.length > 0) {
          for (const heredoc of heredocs) {
            offset = this.parseHeredoc(heredoc, offset, tabbed);
          }
        }
        return offset;
      }
      processArguments(dockerfile, instruction, instructionEnd, start, offset) {
        let escaped = false;
        argumentsCheck: for (let i = offset + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              if (escaped) {
                continue;
              }
              return this.processHeredocs(this.createInstruction(dockerfile, instruction, start, instructionEnd, i), i);
            case this.escapeChar:
              const next = this.buffer.charAt(i + 1);
              if (next === "\n" || next === "\r") {
                escaped = true;
                i++;
              } else if (next === " " || next === "	") {
                for (let j = i + 2; j < this.buffer.length; j++) {
                  switch (this.buffer.charAt(j)) {
                    case " ":
                    case "	":
                      break;
                    case "\r":
                    case "\n":
                      escaped = true;
                    default:
                      i = j;
                      continue argumentsCheck;
                  }
                }
                return this.buffer.length;
              }
              continue;
            case "#":
              if (escaped) {
                i = this.processComment(dockerfile, i);
                continue argumentsCheck;
              }
              break;
            case " ":
            case "	":
              break;
            default:
              if (escaped) {
                escaped = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      processComment(dockerfile, start) {
        let end = this.buffer.length;
        commentLoop: for (let i = start + 1; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case "\r":
            case "\n":
              end = i;
              break commentLoop;
          }
        }
        const range = vscode_languageserver_types_1.Range.create(this.document.positionAt(start), this.document.positionAt(end));
        dockerfile.addComment(new comment_1.Comment(this.document, range));
        return end;
      }
      parseHeredoc(heredocName, offset, tabbed) {
        let startWord = -1;
        let lineStart = true;
        for (let i = offset; i < this.buffer.length; i++) {
          switch (this.buffer.charAt(i)) {
            case " ":
              lineStart = false;
              break;
            case "	":
              if (!tabbed) {
                lineStart = false;
              }
              break;
            case "\r":
            case "\n":
              if (startWord !== -1 && heredocName === this.buffer.substring(startWord, i)) {
                return i;
              }
              startWord = -1;
              lineStart = true;
              break;
            default:
              if (lineStart) {
                startWord = i;
                lineStart = false;
              }
              break;
          }
        }
        return this.buffer.length;
      }
      createInstruction(dockerfile, instruction, start, instructionEnd, end) {
        const startPosition = this.document.positionAt(start);
        const instructionRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(instructionEnd));
        const lineRange = vscode_languageserver_types_1.Range.create(startPosition, this.document.positionAt(end));
        return _Parser.createInstruction(this.document, dockerfile, this.escapeChar, lineRange, instruction, instructionRange);
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/dockerfile-ast/lib/main.js
var require_main = __commonJS({
  "node_modules/dockerfile-ast/lib/main.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DockerfileParser = exports.DefaultVariables = exports.Directive = exports.Keyword = exports.Workdir = exports.Volume = exports.User = exports.Stopsignal = exports.Shell = exports.Run = exports.PropertyInstruction = exports.Onbuild = exports.ModifiableInstruction = exports.Label = exports.JSONInstruction = exports.Heredoc = exports.Healthcheck = exports.From = exports.Env = exports.Entrypoint = exports.Copy = exports.Cmd = exports.Arg = exports.Add = exports.Variable = exports.Property = exports.ParserDirective = exports.Line = exports.Instruction = exports.Flag = exports.Comment = exports.JSONArgument = exports.Argument = void 0;
    var argument_1 = require_argument();
    Object.defineProperty(exports, "Argument", { enumerable: true, get: function() {
      return argument_1.Argument;
    } });
    var jsonArgument_1 = require_jsonArgument();
    Object.defineProperty(exports, "JSONArgument", { enumerable: true, get: function() {
      return jsonArgument_1.JSONArgument;
    } });
    var comment_1 = require_comment();
    Object.defineProperty(exports, "Comment", { enumerable: true, get: function() {
      return comment_1.Comment;
    } });
    var parser_1 = require_parser();
    var flag_1 = require_flag();
    Object.defineProperty(exports, "Flag", { enumerable: true, get: function() {
      return flag_1.Flag;
    } });
    var instruction_1 = require_instruction();
    Object.defineProperty(exports, "Instruction", { enumerable: true, get: function() {
      return instruction_1.Instruction;
    } });
    var line_1 = require_line();
    Object.defineProperty(exports, "Line", { enumerable: true, get: function() {
      return line_1.Line;
    } });
    var parserDirective_1 = require_parserDirective();
    Object.defineProperty(exports, "ParserDirective", { enumerable: true, get: function() {
      return parserDirective_1.ParserDirective;
    } });
    var property_1 = require_property();
    Object.defineProperty(exports, "Property", { enumerable: true, get: function() {
      return property_1.Property;
    } });
    var variable_1 = require_variable();
    Object.defineProperty(exports, "Variable", { enumerable: true, get: function() {
      return variable_1.Variable;
    } });
    var add_1 = require_add();
    Object.defineProperty(exports, "Add", { enumerable: true, get: function() {
      return add_1.Add;
    } });
    var arg_1 = require_arg();
    Object.defineProperty(exports, "Arg", { enumerable: true, get: function() {
      return arg_1.Arg;
    } });
    var cmd_1 = require_cmd();
    Object.defineProperty(exports, "Cmd", { enumerable: true, get: function() {
      return cmd_1.Cmd;
    } });
    var copy_1 = require_copy();
    Object.defineProperty(exports, "Copy", { enumerable: true, get: function() {
      return copy_1.Copy;
    } });
    var entrypoint_1 = require_entrypoint();
    Object.defineProperty(exports, "Entrypoint", { enumerable: true, get: function() {
      return entrypoint_1.Entrypoint;
    } });
    var env_1 = require_env();
    Object.defineProperty(exports, "Env", { enumerable: true, get: function() {
      return env_1.Env;
    } });
    var from_1 = require_from();
    Object.defineProperty(exports, "From", { enumerable: true, get: function() {
      return from_1.From;
    } });
    var healthcheck_1 = require_healthcheck();
    Object.defineProperty(exports, "Healthcheck", { enumerable: true, get: function() {
      return healthcheck_1.Healthcheck;
    } });
    var heredoc_1 = require_heredoc();
    Object.defineProperty(exports, "Heredoc", { enumerable: true, get: function() {
      return heredoc_1.Heredoc;
    } });
    var jsonInstruction_1 = require_jsonInstruction();
    Object.defineProperty(exports, "JSONInstruction", { enumerable: true, get: function() {
      return jsonInstruction_1.JSONInstruction;
    } });
    var label_1 = require_label();
    Object.defineProperty(exports, "Label", { enumerable: true, get: function() {
      return label_1.Label;
    } });
    var modifiableInstruction_1 = require_modifiableInstruction();
    Object.defineProperty(exports, "ModifiableInstruction", { enumerable: true, get: function() {
      return modifiableInstruction_1.ModifiableInstruction;
    } });
    var onbuild_1 = require_onbuild();
    Object.defineProperty(exports, "Onbuild", { enumerable: true, get: function() {
      return onbuild_1.Onbuild;
    } });
    var propertyInstruction_1 = require_propertyInstruction();
    Object.defineProperty(exports, "PropertyInstruction", { enumerable: true, get: function() {
      return propertyInstruction_1.PropertyInstruction;
    } });
    var run_1 = require_run();
    Object.defineProperty(exports, "Run", { enumerable: true, get: function() {
      return run_1.Run;
    } });
    var shell_1 = require_shell();
    Object.defineProperty(exports, "Shell", { enumerable: true, get: function() {
      return shell_1.Shell;
    } });
    var stopsignal_1 = require_stopsignal();
    Object.defineProperty(exports, "Stopsignal", { enumerable: true, get: function() {
      return stopsignal_1.Stopsignal;
    } });
    var user_1 = require_user();
    Object.defineProperty(exports, "User", { enumerable: true, get: function() {
      return user_1.User;
    } });
    var volume_1 = require_volume();
    Object.defineProperty(exports, "Volume", { enumerable: true, get: function() {
      return volume_1.Volume;
    } });
    var workdir_1 = require_workdir();
    Object.defineProperty(exports, "Workdir", { enumerable: true, get: function() {
      return workdir_1.Workdir;
    } });
    var Keyword;
    (function(Keyword2) {
      Keyword2["ADD"] = "ADD";
      Keyword2["ARG"] = "ARG";
      Keyword2["CMD"] = "CMD";
      Keyword2["COPY"] = "COPY";
      Keyword2["ENTRYPOINT"] = "ENTRYPOINT";
      Keyword2["ENV"] = "ENV";
      Keyword2["EXPOSE"] = "EXPOSE";
      Keyword2["FROM"] = "FROM";
      Keyword2["HEALTHCHECK"] = "HEALTHCHECK";
      Keyword2["LABEL"] = "LABEL";
      Keyword2["MAINTAINER"] = "MAINTAINER";
      Keyword2["ONBUILD"] = "ONBUILD";
      Keyword2["RUN"] = "RUN";
      Keyword2["SHELL"] = "SHELL";
      Keyword2["STOPSIGNAL"] = "STOPSIGNAL";
      Keyword2["USER"] = "USER";
      Keyword2["VOLUME"] = "VOLUME";
      Keyword2["WORKDIR"] = "WORKDIR";
    })(Keyword || (exports.Keyword = Keyword = {}));
    var Directive;
    (function(Directive2) {
      Directive2["escape"] = "escape";
      Directive2["syntax"] = "syntax";
    })(Directive || (exports.Directive = Directive = {}));
    exports.DefaultVariables = [
      "ALL_PROXY",
      "all_proxy",
      "FTP_PROXY",
      "ftp_proxy",
      "HTTP_PROXY",
      "http_proxy",
      "HTTPS_PROXY",
      "https_proxy",
      "NO_PROXY",
      "no_proxy"
    ];
    var DockerfileParser3;
    (function(DockerfileParser4) {
      function parse(content) {
        let parser = new parser_1.Parser();
        return parser.parse(content);
      }
      DockerfileParser4.parse = parse;
    })(DockerfileParser3 || (exports.DockerfileParser = DockerfileParser3 = {}));
  }
});

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY2 = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY2;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY2;
      let prev = EMPTY2;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY2;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY2;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER2 = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER2}(\\d+)${PLACEHOLDER2}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER2 || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER2}${sources.push(source) - 1}${PLACEHOLDER2}`;
      const { length } = pattern;
      let out = EMPTY2;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD3 = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD3,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY2 ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY2;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD3) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD3, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD3.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY2;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD3 : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path12) => {
      const end = path12.length - 1;
      const index = path12.lastIndexOf(
        SLASH,
        path12[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path12 : path12.slice(index + 1);
    };
    var parentOf2 = (path12) => {
      if (path12.charCodeAt(0) === SLASH_CODE || path12.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path12.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY2;
      }
      const end = path12.length - 1;
      const cut = path12.lastIndexOf(
        SLASH,
        path12.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY2 : path12.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count2 = 0;
      while (str[str.length - count2 - 1] === ESCAPE) {
        count2++;
      }
      return count2 % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path12) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path12)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path12, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename4 = shortcut ? basenameOf(path12) : path12;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename4 : path12
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path12, originalPath, doThrow) => {
      if (!isString(path12)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path12) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path12)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path12) => {
      const first = path12.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path12.length === 1) {
        return true;
      }
      const second = path12.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path12.length === 2 || path12.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache3, path12) {
        checkPath(
          path12,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path12 ? this._t(path12, cache3) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path12 = convertPath(target);
        if (!path12 || path12.charCodeAt(path12.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path12);
        }
        const dir = this._t(path12, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path12);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path12, cache3) {
        const cached = cache3[path12];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf2(path12);
        const parent = parentPath ? this._t(parentPath, cache3) : UNDEFINED;
        return cache3[path12] = parent && parent.ignored ? parent : this._rules.test(path12, MODE_IGNORE);
      }
      ignores(path12) {
        return this._test(path12, this._ignoreCache, convertPath(path12)).ignored;
      }
      createFilter() {
        return (path12) => !this.ignores(path12);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path12) {
        return this._test(path12, this._testCache, convertPath(path12));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path12) => checkPath(convertPath(path12), path12, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path12) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path12) || isNotRelative(path12);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// node_modules/cli-table3/src/debug.js
var require_debug = __commonJS({
  "node_modules/cli-table3/src/debug.js"(exports, module) {
    var messages = [];
    var level = 0;
    var debug = (msg, min) => {
      if (level >= min) {
        messages.push(msg);
      }
    };
    debug.WARN = 1;
    debug.INFO = 2;
    debug.DEBUG = 3;
    debug.reset = () => {
      messages = [];
    };
    debug.setDebugLevel = (v) => {
      level = v;
    };
    debug.warn = (msg) => debug(msg, debug.WARN);
    debug.info = (msg) => debug(msg, debug.INFO);
    debug.debug = (msg) => debug(msg, debug.DEBUG);
    debug.debugMessages = () => messages;
    module.exports = debug;
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports, module) {
    "use strict";
    module.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports, module) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports, module) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module.exports = isFullwidthCodePoint;
    module.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    "use strict";
    module.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports, module) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth2 = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module.exports = stringWidth2;
    module.exports.default = stringWidth2;
  }
});

// src/reporters/string-width.ts
var string_width_exports = {};
__export(string_width_exports, {
  default: () => stringWidth
});
function stringWidth(s) {
  if (typeof s !== "string") return (0, import_string_width.default)(s);
  const plain = s.includes("\x1B") ? s.replace(SGR, "") : s;
  return PRINTABLE_ASCII.test(plain) ? plain.length : (0, import_string_width.default)(s);
}
var import_string_width, PRINTABLE_ASCII, SGR;
var init_string_width = __esm({
  "src/reporters/string-width.ts"() {
    "use strict";
    import_string_width = __toESM(require_string_width(), 1);
    PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
    SGR = /\x1b\[\d{1,4}(?:;\d{0,4})*m/g;
  }
});

// ctx-audit:string-width-for-cli-table3
var require_string_width_for_cli_table3 = __commonJS({
  "ctx-audit:string-width-for-cli-table3"(exports, module) {
    module.exports = (init_string_width(), __toCommonJS(string_width_exports)).default;
  }
});

// node_modules/cli-table3/src/utils.js
var require_utils = __commonJS({
  "node_modules/cli-table3/src/utils.js"(exports, module) {
    var stringWidth2 = require_string_width_for_cli_table3();
    function codeRegex(capture) {
      return capture ? /\u001b\[((?:\d*;){0,5}\d*)m/g : /\u001b\[(?:\d*;){0,5}\d*m/g;
    }
    function strlen(str) {
      let code = codeRegex();
      let stripped = ("" + str).replace(code, "");
      let split = stripped.split("\n");
      return split.reduce(function(memo, s) {
        return stringWidth2(s) > memo ? stringWidth2(s) : memo;
      }, 0);
    }
    function repeat(str, times) {
      return Array(times + 1).join(str);
    }
    function pad(str, len, pad2, dir) {
      let length = strlen(str);
      if (len + 1 >= length) {
        let padlen = len - length;
        switch (dir) {
          case "right": {
            str = repeat(pad2, padlen) + str;
            break;
          }
          case "center": {
            let right = Math.ceil(padlen / 2);
            let left = padlen - right;
            str = repeat(pad2, left) + str + repeat(pad2, right);
            break;
          }
          default: {
            str = str + repeat(pad2, padlen);
            break;
          }
        }
      }
      return str;
    }
    var codeCache = {};
    function addToCodeCache(name, on, off) {
      on = "\x1B[" + on + "m";
      off = "\x1B[" + off + "m";
      codeCache[on] = { set: name, to: true };
      codeCache[off] = { set: name, to: false };
      codeCache[name] = { on, off };
    }
    addToCodeCache("bold", 1, 22);
    addToCodeCache("italics", 3, 23);
    addToCodeCache("underline", 4, 24);
    addToCodeCache("inverse", 7, 27);
    addToCodeCache("strikethrough", 9, 29);
    function updateState(state, controlChars) {
      let controlCode = controlChars[1] ? parseInt(controlChars[1].split(";")[0]) : 0;
      if (controlCode >= 30 && controlCode <= 39 || controlCode >= 90 && controlCode <= 97) {
        state.lastForegroundAdded = controlChars[0];
        return;
      }
      if (controlCode >= 40 && controlCode <= 49 || controlCode >= 100 && controlCode <= 107) {
        state.lastBackgroundAdded = controlChars[0];
        return;
      }
      if (controlCode === 0) {
        for (let i in state) {
          if (Object.prototype.hasOwnProperty.call(state, i)) {
            delete state[i];
          }
        }
        return;
      }
      let info = codeCache[controlChars[0]];
      if (info) {
        state[info.set] = info.to;
      }
    }
    function readState(line) {
      let code = codeRegex(true);
      let controlChars = code.exec(line);
      let state = {};
      while (controlChars !== null) {
        updateState(state, controlChars);
        controlChars = code.exec(line);
      }
      return state;
    }
    function unwindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret += codeCache[key].off;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret += "\x1B[49m";
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret += "\x1B[39m";
      }
      return ret;
    }
    function rewindState(state, ret) {
      let lastBackgroundAdded = state.lastBackgroundAdded;
      let lastForegroundAdded = state.lastForegroundAdded;
      delete state.lastBackgroundAdded;
      delete state.lastForegroundAdded;
      Object.keys(state).forEach(function(key) {
        if (state[key]) {
          ret = codeCache[key].on + ret;
        }
      });
      if (lastBackgroundAdded && lastBackgroundAdded != "\x1B[49m") {
        ret = lastBackgroundAdded + ret;
      }
      if (lastForegroundAdded && lastForegroundAdded != "\x1B[39m") {
        ret = lastForegroundAdded + ret;
      }
      return ret;
    }
    function truncateWidth(str, desiredLength) {
      if (str.length === strlen(str)) {
        return str.substr(0, desiredLength);
      }
      while (strlen(str) > desiredLength) {
        str = str.slice(0, -1);
      }
      return str;
    }
    function truncateWidthWithAnsi(str, desiredLength) {
      let code = codeRegex(true);
      let split = str.split(codeRegex());
      let splitIndex = 0;
      let retLen = 0;
      let ret = "";
      let myArray;
      let state = {};
      while (retLen < desiredLength) {
        myArray = code.exec(str);
        let toAdd = split[splitIndex];
        splitIndex++;
        if (retLen + strlen(toAdd) > desiredLength) {
          toAdd = truncateWidth(toAdd, desiredLength - retLen);
        }
        ret += toAdd;
        retLen += strlen(toAdd);
        if (retLen < desiredLength) {
          if (!myArray) {
            break;
          }
          ret += myArray[0];
          updateState(state, myArray);
        }
      }
      return unwindState(state, ret);
    }
    function truncate(str, desiredLength, truncateChar) {
      truncateChar = truncateChar || "\u2026";
      let lengthOfStr = strlen(str);
      if (lengthOfStr <= desiredLength) {
        return str;
      }
      desiredLength -= strlen(truncateChar);
      let ret = truncateWidthWithAnsi(str, desiredLength);
      ret += truncateChar;
      const hrefTag = "\x1B]8;;\x07";
      if (str.includes(hrefTag) && !ret.includes(hrefTag)) {
        ret += hrefTag;
      }
      return ret;
    }
    function defaultOptions() {
      return {
        chars: {
          top: "\u2500",
          "top-mid": "\u252C",
          "top-left": "\u250C",
          "top-right": "\u2510",
          bottom: "\u2500",
          "bottom-mid": "\u2534",
          "bottom-left": "\u2514",
          "bottom-right": "\u2518",
          left: "\u2502",
          "left-mid": "\u251C",
          mid: "\u2500",
          "mid-mid": "\u253C",
          right: "\u2502",
          "right-mid": "\u2524",
          middle: "\u2502"
        },
        truncate: "\u2026",
        colWidths: [],
        rowHeights: [],
        colAligns: [],
        rowAligns: [],
        style: {
          "padding-left": 1,
          "padding-right": 1,
          head: ["red"],
          border: ["grey"],
          compact: false
        },
        head: []
      };
    }
    function mergeOptions(options, defaults) {
      options = options || {};
      defaults = defaults || defaultOptions();
      let ret = Object.assign({}, defaults, options);
      ret.chars = Object.assign({}, defaults.chars, options.chars);
      ret.style = Object.assign({}, defaults.style, options.style);
      return ret;
    }
    function wordWrap(maxLength, input) {
      let lines = [];
      let split = input.split(/(\s+)/g);
      let line = [];
      let lineLength = 0;
      let whitespace;
      for (let i = 0; i < split.length; i += 2) {
        let word = split[i];
        let newLength = lineLength + strlen(word);
        if (lineLength > 0 && whitespace) {
          newLength += whitespace.length;
        }
        if (newLength > maxLength) {
          if (lineLength !== 0) {
            lines.push(line.join(""));
          }
          line = [word];
          lineLength = strlen(word);
        } else {
          line.push(whitespace || "", word);
          lineLength = newLength;
        }
        whitespace = split[i + 1];
      }
      if (lineLength) {
        lines.push(line.join(""));
      }
      return lines;
    }
    function textWrap(maxLength, input) {
      let lines = [];
      let line = "";
      function pushLine(str, ws) {
        if (line.length && ws) line += ws;
        line += str;
        while (line.length > maxLength) {
          lines.push(line.slice(0, maxLength));
          line = line.slice(maxLength);
        }
      }
      let split = input.split(/(\s+)/g);
      for (let i = 0; i < split.length; i += 2) {
        pushLine(split[i], i && split[i - 1]);
      }
      if (line.length) lines.push(line);
      return lines;
    }
    function multiLineWordWrap(maxLength, input, wrapOnWordBoundary = true) {
      let output = [];
      input = input.split("\n");
      const handler = wrapOnWordBoundary ? wordWrap : textWrap;
      for (let i = 0; i < input.length; i++) {
        output.push.apply(output, handler(maxLength, input[i]));
      }
      return output;
    }
    function colorizeLines(input) {
      let state = {};
      let output = [];
      for (let i = 0; i < input.length; i++) {
        let line = rewindState(state, input[i]);
        state = readState(line);
        let temp = Object.assign({}, state);
        output.push(unwindState(temp, line));
      }
      return output;
    }
    function hyperlink(url, text2) {
      const OSC = "\x1B]";
      const BEL = "\x07";
      const SEP = ";";
      return [OSC, "8", SEP, SEP, url || text2, BEL, text2, OSC, "8", SEP, SEP, BEL].join("");
    }
    module.exports = {
      strlen,
      repeat,
      pad,
      truncate,
      mergeOptions,
      wordWrap: multiLineWordWrap,
      colorizeLines,
      hyperlink
    };
  }
});

// node_modules/@colors/colors/lib/styles.js
var require_styles = __commonJS({
  "node_modules/@colors/colors/lib/styles.js"(exports, module) {
    var styles = {};
    module["exports"] = styles;
    var codes = {
      reset: [0, 0],
      bold: [1, 22],
      dim: [2, 22],
      italic: [3, 23],
      underline: [4, 24],
      inverse: [7, 27],
      hidden: [8, 28],
      strikethrough: [9, 29],
      black: [30, 39],
      red: [31, 39],
      green: [32, 39],
      yellow: [33, 39],
      blue: [34, 39],
      magenta: [35, 39],
      cyan: [36, 39],
      white: [37, 39],
      gray: [90, 39],
      grey: [90, 39],
      brightRed: [91, 39],
      brightGreen: [92, 39],
      brightYellow: [93, 39],
      brightBlue: [94, 39],
      brightMagenta: [95, 39],
      brightCyan: [96, 39],
      brightWhite: [97, 39],
      bgBlack: [40, 49],
      bgRed: [41, 49],
      bgGreen: [42, 49],
      bgYellow: [43, 49],
      bgBlue: [44, 49],
      bgMagenta: [45, 49],
      bgCyan: [46, 49],
      bgWhite: [47, 49],
      bgGray: [100, 49],
      bgGrey: [100, 49],
      bgBrightRed: [101, 49],
      bgBrightGreen: [102, 49],
      bgBrightYellow: [103, 49],
      bgBrightBlue: [104, 49],
      bgBrightMagenta: [105, 49],
      bgBrightCyan: [106, 49],
      bgBrightWhite: [107, 49],
      // legacy styles for colors pre v1.0.0
      blackBG: [40, 49],
      redBG: [41, 49],
      greenBG: [42, 49],
      yellowBG: [43, 49],
      blueBG: [44, 49],
      magentaBG: [45, 49],
      cyanBG: [46, 49],
      whiteBG: [47, 49]
    };
    Object.keys(codes).forEach(function(key) {
      var val = codes[key];
      var style = styles[key] = [];
      style.open = "\x1B[" + val[0] + "m";
      style.close = "\x1B[" + val[1] + "m";
    });
  }
});

// node_modules/@colors/colors/lib/system/has-flag.js
var require_has_flag = __commonJS({
  "node_modules/@colors/colors/lib/system/has-flag.js"(exports, module) {
    "use strict";
    module.exports = function(flag, argv) {
      argv = argv || process.argv;
      var terminatorPos = argv.indexOf("--");
      var prefix = /^-{1,2}/.test(flag) ? "" : "--";
      var pos = argv.indexOf(prefix + flag);
      return pos !== -1 && (terminatorPos === -1 ? true : pos < terminatorPos);
    };
  }
});

// node_modules/@colors/colors/lib/system/supports-colors.js
var require_supports_colors = __commonJS({
  "node_modules/@colors/colors/lib/system/supports-colors.js"(exports, module) {
    "use strict";
    var os2 = __require("os");
    var hasFlag = require_has_flag();
    var env = process.env;
    var forceColor = void 0;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false")) {
      forceColor = false;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = true;
    }
    if ("FORCE_COLOR" in env) {
      forceColor = env.FORCE_COLOR.length === 0 || parseInt(env.FORCE_COLOR, 10) !== 0;
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(stream) {
      if (forceColor === false) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (stream && !stream.isTTY && forceColor !== true) {
        return 0;
      }
      var min = forceColor ? 1 : 0;
      if (process.platform === "win32") {
        var osRelease = os2.release().split(".");
        if (Number(process.versions.node.split(".")[0]) >= 8 && Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI"].some(function(sign) {
          return sign in env;
        }) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if ("TERM_PROGRAM" in env) {
        var version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Hyper":
            return 3;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      if (env.TERM === "dumb") {
        return min;
      }
      return min;
    }
    function getSupportLevel(stream) {
      var level = supportsColor(stream);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: getSupportLevel(process.stdout),
      stderr: getSupportLevel(process.stderr)
    };
  }
});

// node_modules/@colors/colors/lib/custom/trap.js
var require_trap = __commonJS({
  "node_modules/@colors/colors/lib/custom/trap.js"(exports, module) {
    module["exports"] = function runTheTrap(text2, options) {
      var result = "";
      text2 = text2 || "Run the trap, drop the bass";
      text2 = text2.split("");
      var trap = {
        a: ["@", "\u0104", "\u023A", "\u0245", "\u0394", "\u039B", "\u0414"],
        b: ["\xDF", "\u0181", "\u0243", "\u026E", "\u03B2", "\u0E3F"],
        c: ["\xA9", "\u023B", "\u03FE"],
        d: ["\xD0", "\u018A", "\u0500", "\u0501", "\u0502", "\u0503"],
        e: [
          "\xCB",
          "\u0115",
          "\u018E",
          "\u0258",
          "\u03A3",
          "\u03BE",
          "\u04BC",
          "\u0A6C"
        ],
        f: ["\u04FA"],
        g: ["\u0262"],
        h: ["\u0126", "\u0195", "\u04A2", "\u04BA", "\u04C7", "\u050A"],
        i: ["\u0F0F"],
        j: ["\u0134"],
        k: ["\u0138", "\u04A0", "\u04C3", "\u051E"],
        l: ["\u0139"],
        m: ["\u028D", "\u04CD", "\u04CE", "\u0520", "\u0521", "\u0D69"],
        n: ["\xD1", "\u014B", "\u019D", "\u0376", "\u03A0", "\u048A"],
        o: [
          "\xD8",
          "\xF5",
          "\xF8",
          "\u01FE",
          "\u0298",
          "\u047A",
          "\u05DD",
          "\u06DD",
          "\u0E4F"
        ],
        p: ["\u01F7", "\u048E"],
        q: ["\u09CD"],
        r: ["\xAE", "\u01A6", "\u0210", "\u024C", "\u0280", "\u042F"],
        s: ["\xA7", "\u03DE", "\u03DF", "\u03E8"],
        t: ["\u0141", "\u0166", "\u0373"],
        u: ["\u01B1", "\u054D"],
        v: ["\u05D8"],
        w: ["\u0428", "\u0460", "\u047C", "\u0D70"],
        x: ["\u04B2", "\u04FE", "\u04FC", "\u04FD"],
        y: ["\xA5", "\u04B0", "\u04CB"],
        z: ["\u01B5", "\u0240"]
      };
      text2.forEach(function(c) {
        c = c.toLowerCase();
        var chars = trap[c] || [" "];
        var rand = Math.floor(Math.random() * chars.length);
        if (typeof trap[c] !== "undefined") {
          result += trap[c][rand];
        } else {
          result += c;
        }
      });
      return result;
    };
  }
});

// node_modules/@colors/colors/lib/custom/zalgo.js
var require_zalgo = __commonJS({
  "node_modules/@colors/colors/lib/custom/zalgo.js"(exports, module) {
    module["exports"] = function zalgo(text2, options) {
      text2 = text2 || "   he is here   ";
      var soul = {
        "up": [
          "\u030D",
          "\u030E",
          "\u0304",
          "\u0305",
          "\u033F",
          "\u0311",
          "\u0306",
          "\u0310",
          "\u0352",
          "\u0357",
          "\u0351",
          "\u0307",
          "\u0308",
          "\u030A",
          "\u0342",
          "\u0313",
          "\u0308",
          "\u034A",
          "\u034B",
          "\u034C",
          "\u0303",
          "\u0302",
          "\u030C",
          "\u0350",
          "\u0300",
          "\u0301",
          "\u030B",
          "\u030F",
          "\u0312",
          "\u0313",
          "\u0314",
          "\u033D",
          "\u0309",
          "\u0363",
          "\u0364",
          "\u0365",
          "\u0366",
          "\u0367",
          "\u0368",
          "\u0369",
          "\u036A",
          "\u036B",
          "\u036C",
          "\u036D",
          "\u036E",
          "\u036F",
          "\u033E",
          "\u035B",
          "\u0346",
          "\u031A"
        ],
        "down": [
          "\u0316",
          "\u0317",
          "\u0318",
          "\u0319",
          "\u031C",
          "\u031D",
          "\u031E",
          "\u031F",
          "\u0320",
          "\u0324",
          "\u0325",
          "\u0326",
          "\u0329",
          "\u032A",
          "\u032B",
          "\u032C",
          "\u032D",
          "\u032E",
          "\u032F",
          "\u0330",
          "\u0331",
          "\u0332",
          "\u0333",
          "\u0339",
          "\u033A",
          "\u033B",
          "\u033C",
          "\u0345",
          "\u0347",
          "\u0348",
          "\u0349",
          "\u034D",
          "\u034E",
          "\u0353",
          "\u0354",
          "\u0355",
          "\u0356",
          "\u0359",
          "\u035A",
          "\u0323"
        ],
        "mid": [
          "\u0315",
          "\u031B",
          "\u0300",
          "\u0301",
          "\u0358",
          "\u0321",
          "\u0322",
          "\u0327",
          "\u0328",
          "\u0334",
          "\u0335",
          "\u0336",
          "\u035C",
          "\u035D",
          "\u035E",
          "\u035F",
          "\u0360",
          "\u0362",
          "\u0338",
          "\u0337",
          "\u0361",
          " \u0489"
        ]
      };
      var all = [].concat(soul.up, soul.down, soul.mid);
      function randomNumber(range) {
        var r = Math.floor(Math.random() * range);
        return r;
      }
      function isChar(character) {
        var bool = false;
        all.filter(function(i) {
          bool = i === character;
        });
        return bool;
      }
      function heComes(text3, options2) {
        var result = "";
        var counts2;
        var l;
        options2 = options2 || {};
        options2["up"] = typeof options2["up"] !== "undefined" ? options2["up"] : true;
        options2["mid"] = typeof options2["mid"] !== "undefined" ? options2["mid"] : true;
        options2["down"] = typeof options2["down"] !== "undefined" ? options2["down"] : true;
        options2["size"] = typeof options2["size"] !== "undefined" ? options2["size"] : "maxi";
        text3 = text3.split("");
        for (l in text3) {
          if (isChar(l)) {
            continue;
          }
          result = result + text3[l];
          counts2 = { "up": 0, "down": 0, "mid": 0 };
          switch (options2.size) {
            case "mini":
              counts2.up = randomNumber(8);
              counts2.mid = randomNumber(2);
              counts2.down = randomNumber(8);
              break;
            case "maxi":
              counts2.up = randomNumber(16) + 3;
              counts2.mid = randomNumber(4) + 1;
              counts2.down = randomNumber(64) + 3;
              break;
            default:
              counts2.up = randomNumber(8) + 1;
              counts2.mid = randomNumber(6) / 2;
              counts2.down = randomNumber(8) + 1;
              break;
          }
          var arr = ["up", "mid", "down"];
          for (var d in arr) {
            var index = arr[d];
            for (var i = 0; i <= counts2[index]; i++) {
              if (options2[index]) {
                result = result + soul[index][randomNumber(soul[index].length)];
              }
            }
          }
        }
        return result;
      }
      return heComes(text2, options);
    };
  }
});

// node_modules/@colors/colors/lib/maps/america.js
var require_america = __commonJS({
  "node_modules/@colors/colors/lib/maps/america.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        if (letter === " ") return letter;
        switch (i % 3) {
          case 0:
            return colors.red(letter);
          case 1:
            return colors.white(letter);
          case 2:
            return colors.blue(letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/zebra.js
var require_zebra = __commonJS({
  "node_modules/@colors/colors/lib/maps/zebra.js"(exports, module) {
    module["exports"] = function(colors) {
      return function(letter, i, exploded) {
        return i % 2 === 0 ? letter : colors.inverse(letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/rainbow.js
var require_rainbow = __commonJS({
  "node_modules/@colors/colors/lib/maps/rainbow.js"(exports, module) {
    module["exports"] = function(colors) {
      var rainbowColors = ["red", "yellow", "green", "blue", "magenta"];
      return function(letter, i, exploded) {
        if (letter === " ") {
          return letter;
        } else {
          return colors[rainbowColors[i++ % rainbowColors.length]](letter);
        }
      };
    };
  }
});

// node_modules/@colors/colors/lib/maps/random.js
var require_random = __commonJS({
  "node_modules/@colors/colors/lib/maps/random.js"(exports, module) {
    module["exports"] = function(colors) {
      var available = [
        "underline",
        "inverse",
        "grey",
        "yellow",
        "red",
        "green",
        "blue",
        "white",
        "cyan",
        "magenta",
        "brightYellow",
        "brightRed",
        "brightGreen",
        "brightBlue",
        "brightWhite",
        "brightCyan",
        "brightMagenta"
      ];
      return function(letter, i, exploded) {
        return letter === " " ? letter : colors[available[Math.round(Math.random() * (available.length - 2))]](letter);
      };
    };
  }
});

// node_modules/@colors/colors/lib/colors.js
var require_colors = __commonJS({
  "node_modules/@colors/colors/lib/colors.js"(exports, module) {
    var colors = {};
    module["exports"] = colors;
    colors.themes = {};
    var util = __require("util");
    var ansiStyles = colors.styles = require_styles();
    var defineProps = Object.defineProperties;
    var newLineRegex = new RegExp(/[\r\n]+/g);
    colors.supportsColor = require_supports_colors().supportsColor;
    if (typeof colors.enabled === "undefined") {
      colors.enabled = colors.supportsColor() !== false;
    }
    colors.enable = function() {
      colors.enabled = true;
    };
    colors.disable = function() {
      colors.enabled = false;
    };
    colors.stripColors = colors.strip = function(str) {
      return ("" + str).replace(/\x1B\[\d+m/g, "");
    };
    var stylize = colors.stylize = function stylize2(str, style) {
      if (!colors.enabled) {
        return str + "";
      }
      var styleMap = ansiStyles[style];
      if (!styleMap && style in colors) {
        return colors[style](str);
      }
      return styleMap.open + str + styleMap.close;
    };
    var matchOperatorsRe = /[|\\{}()[\]^$+*?.]/g;
    var escapeStringRegexp = function(str) {
      if (typeof str !== "string") {
        throw new TypeError("Expected a string");
      }
      return str.replace(matchOperatorsRe, "\\$&");
    };
    function build(_styles) {
      var builder = function builder2() {
        return applyStyle.apply(builder2, arguments);
      };
      builder._styles = _styles;
      builder.__proto__ = proto;
      return builder;
    }
    var styles = (function() {
      var ret = {};
      ansiStyles.grey = ansiStyles.gray;
      Object.keys(ansiStyles).forEach(function(key) {
        ansiStyles[key].closeRe = new RegExp(escapeStringRegexp(ansiStyles[key].close), "g");
        ret[key] = {
          get: function() {
            return build(this._styles.concat(key));
          }
        };
      });
      return ret;
    })();
    var proto = defineProps(function colors2() {
    }, styles);
    function applyStyle() {
      var args = Array.prototype.slice.call(arguments);
      var str = args.map(function(arg) {
        if (arg != null && arg.constructor === String) {
          return arg;
        } else {
          return util.inspect(arg);
        }
      }).join(" ");
      if (!colors.enabled || !str) {
        return str;
      }
      var newLinesPresent = str.indexOf("\n") != -1;
      var nestedStyles = this._styles;
      var i = nestedStyles.length;
      while (i--) {
        var code = ansiStyles[nestedStyles[i]];
        str = code.open + str.replace(code.closeRe, code.open) + code.close;
        if (newLinesPresent) {
          str = str.replace(newLineRegex, function(match) {
            return code.close + match + code.open;
          });
        }
      }
      return str;
    }
    colors.setTheme = function(theme) {
      if (typeof theme === "string") {
        console.log("colors.setTheme now only accepts an object, not a string.  If you are trying to set a theme from a file, it is now your (the caller's) responsibility to require the file.  The old syntax looked like colors.setTheme(__dirname + '/../themes/generic-logging.js'); The new syntax looks like colors.setTheme(require(__dirname + '/../themes/generic-logging.js'));");
        return;
      }
      for (var style in theme) {
        (function(style2) {
          colors[style2] = function(str) {
            if (typeof theme[style2] === "object") {
              var out = str;
              for (var i in theme[style2]) {
                out = colors[theme[style2][i]](out);
              }
              return out;
            }
            return colors[theme[style2]](str);
          };
        })(style);
      }
    };
    function init() {
      var ret = {};
      Object.keys(styles).forEach(function(name) {
        ret[name] = {
          get: function() {
            return build([name]);
          }
        };
      });
      return ret;
    }
    var sequencer = function sequencer2(map2, str) {
      var exploded = str.split("");
      exploded = exploded.map(map2);
      return exploded.join("");
    };
    colors.trap = require_trap();
    colors.zalgo = require_zalgo();
    colors.maps = {};
    colors.maps.america = require_america()(colors);
    colors.maps.zebra = require_zebra()(colors);
    colors.maps.rainbow = require_rainbow()(colors);
    colors.maps.random = require_random()(colors);
    for (map in colors.maps) {
      (function(map2) {
        colors[map2] = function(str) {
          return sequencer(colors.maps[map2], str);
        };
      })(map);
    }
    var map;
    defineProps(colors, init());
  }
});

// node_modules/@colors/colors/safe.js
var require_safe = __commonJS({
  "node_modules/@colors/colors/safe.js"(exports, module) {
    var colors = require_colors();
    module["exports"] = colors;
  }
});

// node_modules/cli-table3/src/cell.js
var require_cell = __commonJS({
  "node_modules/cli-table3/src/cell.js"(exports, module) {
    var { info, debug } = require_debug();
    var utils = require_utils();
    var Cell = class _Cell {
      /**
       * A representation of a cell within the table.
       * Implementations must have `init` and `draw` methods,
       * as well as `colSpan`, `rowSpan`, `desiredHeight` and `desiredWidth` properties.
       * @param options
       * @constructor
       */
      constructor(options) {
        this.setOptions(options);
        this.x = null;
        this.y = null;
      }
      setOptions(options) {
        if (["boolean", "number", "bigint", "string"].indexOf(typeof options) !== -1) {
          options = { content: "" + options };
        }
        options = options || {};
        this.options = options;
        let content = options.content;
        if (["boolean", "number", "bigint", "string"].indexOf(typeof content) !== -1) {
          this.content = String(content);
        } else if (!content) {
          this.content = this.options.href || "";
        } else {
          throw new Error("Content needs to be a primitive, got: " + typeof content);
        }
        this.colSpan = options.colSpan || 1;
        this.rowSpan = options.rowSpan || 1;
        if (this.options.href) {
          Object.defineProperty(this, "href", {
            get() {
              return this.options.href;
            }
          });
        }
      }
      mergeTableOptions(tableOptions, cells) {
        this.cells = cells;
        let optionsChars = this.options.chars || {};
        let tableChars = tableOptions.chars;
        let chars = this.chars = {};
        CHAR_NAMES.forEach(function(name) {
          setOption(optionsChars, tableChars, name, chars);
        });
        this.truncate = this.options.truncate || tableOptions.truncate;
        let style = this.options.style = this.options.style || {};
        let tableStyle = tableOptions.style;
        setOption(style, tableStyle, "padding-left", this);
        setOption(style, tableStyle, "padding-right", this);
        this.head = style.head || tableStyle.head;
        this.border = style.border || tableStyle.border;
        this.fixedWidth = tableOptions.colWidths[this.x];
        this.lines = this.computeLines(tableOptions);
        this.desiredWidth = utils.strlen(this.content) + this.paddingLeft + this.paddingRight;
        this.desiredHeight = this.lines.length;
      }
      computeLines(tableOptions) {
        const tableWordWrap = tableOptions.wordWrap || tableOptions.textWrap;
        const { wordWrap = tableWordWrap } = this.options;
        if (this.fixedWidth && wordWrap) {
          this.fixedWidth -= this.paddingLeft + this.paddingRight;
          if (this.colSpan) {
            let i = 1;
            while (i < this.colSpan) {
              this.fixedWidth += tableOptions.colWidths[this.x + i];
              i++;
            }
          }
          const { wrapOnWordBoundary: tableWrapOnWordBoundary = true } = tableOptions;
          const { wrapOnWordBoundary = tableWrapOnWordBoundary } = this.options;
          return this.wrapLines(utils.wordWrap(this.fixedWidth, this.content, wrapOnWordBoundary));
        }
        return this.wrapLines(this.content.split("\n"));
      }
      wrapLines(computedLines) {
        const lines = utils.colorizeLines(computedLines);
        if (this.href) {
          return lines.map((line) => utils.hyperlink(this.href, line));
        }
        return lines;
      }
      /**
       * Initializes the Cells data structure.
       *
       * @param tableOptions - A fully populated set of tableOptions.
       * In addition to the standard default values, tableOptions must have fully populated the
       * `colWidths` and `rowWidths` arrays. Those arrays must have lengths equal to the number
       * of columns or rows (respectively) in this table, and each array item must be a Number.
       *
       */
      init(tableOptions) {
        let x = this.x;
        let y = this.y;
        this.widths = tableOptions.colWidths.slice(x, x + this.colSpan);
        this.heights = tableOptions.rowHeights.slice(y, y + this.rowSpan);
        this.width = this.widths.reduce(sumPlusOne, -1);
        this.height = this.heights.reduce(sumPlusOne, -1);
        this.hAlign = this.options.hAlign || tableOptions.colAligns[x];
        this.vAlign = this.options.vAlign || tableOptions.rowAligns[y];
        this.drawRight = x + this.colSpan == tableOptions.colWidths.length;
      }
      /**
       * Draws the given line of the cell.
       * This default implementation defers to methods `drawTop`, `drawBottom`, `drawLine` and `drawEmpty`.
       * @param lineNum - can be `top`, `bottom` or a numerical line number.
       * @param spanningCell - will be a number if being called from a RowSpanCell, and will represent how
       * many rows below it's being called from. Otherwise it's undefined.
       * @returns {String} The representation of this line.
       */
      draw(lineNum, spanningCell) {
        if (lineNum == "top") return this.drawTop(this.drawRight);
        if (lineNum == "bottom") return this.drawBottom(this.drawRight);
        let content = utils.truncate(this.content, 10, this.truncate);
        if (!lineNum) {
          info(`${this.y}-${this.x}: ${this.rowSpan - lineNum}x${this.colSpan} Cell ${content}`);
        } else {
        }
        let padLen = Math.max(this.height - this.lines.length, 0);
        let padTop;
        switch (this.vAlign) {
          case "center":
            padTop = Math.ceil(padLen / 2);
            break;
          case "bottom":
            padTop = padLen;
            break;
          default:
            padTop = 0;
        }
        if (lineNum < padTop || lineNum >= padTop + this.lines.length) {
          return this.drawEmpty(this.drawRight, spanningCell);
        }
        let forceTruncation = this.lines.length > this.height && lineNum + 1 >= this.height;
        return this.drawLine(lineNum - padTop, this.drawRight, forceTruncation, spanningCell);
      }
      /**
       * Renders the top line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawTop(drawRight) {
        let content = [];
        if (this.cells) {
          this.widths.forEach(function(width, index) {
            content.push(this._topLeftChar(index));
            content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], width));
          }, this);
        } else {
          content.push(this._topLeftChar(0));
          content.push(utils.repeat(this.chars[this.y == 0 ? "top" : "mid"], this.width));
        }
        if (drawRight) {
          content.push(this.chars[this.y == 0 ? "topRight" : "rightMid"]);
        }
        return this.wrapWithStyleColors("border", content.join(""));
      }
      _topLeftChar(offset) {
        let x = this.x + offset;
        let leftChar;
        if (this.y == 0) {
          leftChar = x == 0 ? "topLeft" : offset == 0 ? "topMid" : "top";
        } else {
          if (x == 0) {
            leftChar = "leftMid";
          } else {
            leftChar = offset == 0 ? "midMid" : "bottomMid";
            if (this.cells) {
              let spanAbove = this.cells[this.y - 1][x] instanceof _Cell.ColSpanCell;
              if (spanAbove) {
                leftChar = offset == 0 ? "topMid" : "mid";
              }
              if (offset == 0) {
                let i = 1;
                while (this.cells[this.y][x - i] instanceof _Cell.ColSpanCell) {
                  i++;
                }
                if (this.cells[this.y][x - i] instanceof _Cell.RowSpanCell) {
                  leftChar = "leftMid";
                }
              }
            }
          }
        }
        return this.chars[leftChar];
      }
      wrapWithStyleColors(styleProperty, content) {
        if (this[styleProperty] && this[styleProperty].length) {
          try {
            let colors = require_safe();
            for (let i = this[styleProperty].length - 1; i >= 0; i--) {
              colors = colors[this[styleProperty][i]];
            }
            return colors(content);
          } catch (e) {
            return content;
          }
        } else {
          return content;
        }
      }
      /**
       * Renders a line of text.
       * @param lineNum - Which line of text to render. This is not necessarily the line within the cell.
       * There may be top-padding above the first line of text.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param forceTruncationSymbol - `true` if the rendered text should end with the truncation symbol even
       * if the text fits. This is used when the cell is vertically truncated. If `false` the text should
       * only include the truncation symbol if the text will not fit horizontally within the cell width.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawLine(lineNum, drawRight, forceTruncationSymbol, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let leftPadding = utils.repeat(" ", this.paddingLeft);
        let right = drawRight ? this.chars["right"] : "";
        let rightPadding = utils.repeat(" ", this.paddingRight);
        let line = this.lines[lineNum];
        let len = this.width - (this.paddingLeft + this.paddingRight);
        if (forceTruncationSymbol) line += this.truncate || "\u2026";
        let content = utils.truncate(line, len, this.truncate);
        content = utils.pad(content, len, " ", this.hAlign);
        content = leftPadding + content + rightPadding;
        return this.stylizeLine(left, content, right);
      }
      stylizeLine(left, content, right) {
        left = this.wrapWithStyleColors("border", left);
        right = this.wrapWithStyleColors("border", right);
        if (this.y === 0) {
          content = this.wrapWithStyleColors("head", content);
        }
        return left + content + right;
      }
      /**
       * Renders the bottom line of the cell.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @returns {String}
       */
      drawBottom(drawRight) {
        let left = this.chars[this.x == 0 ? "bottomLeft" : "bottomMid"];
        let content = utils.repeat(this.chars.bottom, this.width);
        let right = drawRight ? this.chars["bottomRight"] : "";
        return this.wrapWithStyleColors("border", left + content + right);
      }
      /**
       * Renders a blank line of text within the cell. Used for top and/or bottom padding.
       * @param drawRight - true if this method should render the right edge of the cell.
       * @param spanningCell - a number of if being called from a RowSpanCell. (how many rows below). otherwise undefined.
       * @returns {String}
       */
      drawEmpty(drawRight, spanningCell) {
        let left = this.chars[this.x == 0 ? "left" : "middle"];
        if (this.x && spanningCell && this.cells) {
          let cellLeft = this.cells[this.y + spanningCell][this.x - 1];
          while (cellLeft instanceof ColSpanCell) {
            cellLeft = this.cells[cellLeft.y][cellLeft.x - 1];
          }
          if (!(cellLeft instanceof RowSpanCell)) {
            left = this.chars["rightMid"];
          }
        }
        let right = drawRight ? this.chars["right"] : "";
        let content = utils.repeat(" ", this.width);
        return this.stylizeLine(left, content, right);
      }
    };
    var ColSpanCell = class {
      /**
       * A Cell that doesn't do anything. It just draws empty lines.
       * Used as a placeholder in column spanning.
       * @constructor
       */
      constructor() {
      }
      draw(lineNum) {
        if (typeof lineNum === "number") {
          debug(`${this.y}-${this.x}: 1x1 ColSpanCell`);
        }
        return "";
      }
      init() {
      }
      mergeTableOptions() {
      }
    };
    var RowSpanCell = class {
      /**
       * A placeholder Cell for a Cell that spans multiple rows.
       * It delegates rendering to the original cell, but adds the appropriate offset.
       * @param originalCell
       * @constructor
       */
      constructor(originalCell) {
        this.originalCell = originalCell;
      }
      init(tableOptions) {
        let y = this.y;
        let originalY = this.originalCell.y;
        this.cellOffset = y - originalY;
        this.offset = findDimension(tableOptions.rowHeights, originalY, this.cellOffset);
      }
      draw(lineNum) {
        if (lineNum == "top") {
          return this.originalCell.draw(this.offset, this.cellOffset);
        }
        if (lineNum == "bottom") {
          return this.originalCell.draw("bottom");
        }
        debug(`${this.y}-${this.x}: 1x${this.colSpan} RowSpanCell for ${this.originalCell.content}`);
        return this.originalCell.draw(this.offset + 1 + lineNum);
      }
      mergeTableOptions() {
      }
    };
    function firstDefined(...args) {
      return args.filter((v) => v !== void 0 && v !== null).shift();
    }
    function setOption(objA, objB, nameB, targetObj) {
      let nameA = nameB.split("-");
      if (nameA.length > 1) {
        nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
        nameA = nameA.join("");
        targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
      } else {
        targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
      }
    }
    function findDimension(dimensionTable, startingIndex, span) {
      let ret = dimensionTable[startingIndex];
      for (let i = 1; i < span; i++) {
        ret += 1 + dimensionTable[startingIndex + i];
      }
      return ret;
    }
    function sumPlusOne(a, b) {
      return a + b + 1;
    }
    var CHAR_NAMES = [
      "top",
      "top-mid",
      "top-left",
      "top-right",
      "bottom",
      "bottom-mid",
      "bottom-left",
      "bottom-right",
      "left",
      "left-mid",
      "mid",
      "mid-mid",
      "right",
      "right-mid",
      "middle"
    ];
    module.exports = Cell;
    module.exports.ColSpanCell = ColSpanCell;
    module.exports.RowSpanCell = RowSpanCell;
  }
});

// node_modules/cli-table3/src/layout-manager.js
var require_layout_manager = __commonJS({
  "node_modules/cli-table3/src/layout-manager.js"(exports, module) {
    var { warn, debug } = require_debug();
    var Cell = require_cell();
    var { ColSpanCell, RowSpanCell } = Cell;
    (function() {
      function next(alloc, col) {
        if (alloc[col] > 0) {
          return next(alloc, col + 1);
        }
        return col;
      }
      function layoutTable(table) {
        let alloc = {};
        table.forEach(function(row, rowIndex) {
          let col = 0;
          row.forEach(function(cell) {
            cell.y = rowIndex;
            cell.x = rowIndex ? next(alloc, col) : col;
            const rowSpan = cell.rowSpan || 1;
            const colSpan = cell.colSpan || 1;
            if (rowSpan > 1) {
              for (let cs = 0; cs < colSpan; cs++) {
                alloc[cell.x + cs] = rowSpan;
              }
            }
            col = cell.x + colSpan;
          });
          Object.keys(alloc).forEach((idx) => {
            alloc[idx]--;
            if (alloc[idx] < 1) delete alloc[idx];
          });
        });
      }
      function maxWidth(table) {
        let mw = 0;
        table.forEach(function(row) {
          row.forEach(function(cell) {
            mw = Math.max(mw, cell.x + (cell.colSpan || 1));
          });
        });
        return mw;
      }
      function maxHeight(table) {
        return table.length;
      }
      function cellsConflict(cell1, cell2) {
        let yMin1 = cell1.y;
        let yMax1 = cell1.y - 1 + (cell1.rowSpan || 1);
        let yMin2 = cell2.y;
        let yMax2 = cell2.y - 1 + (cell2.rowSpan || 1);
        let yConflict = !(yMin1 > yMax2 || yMin2 > yMax1);
        let xMin1 = cell1.x;
        let xMax1 = cell1.x - 1 + (cell1.colSpan || 1);
        let xMin2 = cell2.x;
        let xMax2 = cell2.x - 1 + (cell2.colSpan || 1);
        let xConflict = !(xMin1 > xMax2 || xMin2 > xMax1);
        return yConflict && xConflict;
      }
      function conflictExists(rows, x, y) {
        let i_max = Math.min(rows.length - 1, y);
        let cell = { x, y };
        for (let i = 0; i <= i_max; i++) {
          let row = rows[i];
          for (let j = 0; j < row.length; j++) {
            if (cellsConflict(cell, row[j])) {
              return true;
            }
          }
        }
        return false;
      }
      function allBlank(rows, y, xMin, xMax) {
        for (let x = xMin; x < xMax; x++) {
          if (conflictExists(rows, x, y)) {
            return false;
          }
        }
        return true;
      }
      function addRowSpanCells(table) {
        table.forEach(function(row, rowIndex) {
          row.forEach(function(cell) {
            for (let i = 1; i < cell.rowSpan; i++) {
              let rowSpanCell = new RowSpanCell(cell);
              rowSpanCell.x = cell.x;
              rowSpanCell.y = cell.y + i;
              rowSpanCell.colSpan = cell.colSpan;
              insertCell(rowSpanCell, table[rowIndex + i]);
            }
          });
        });
      }
      function addColSpanCells(cellRows) {
        for (let rowIndex = cellRows.length - 1; rowIndex >= 0; rowIndex--) {
          let cellColumns = cellRows[rowIndex];
          for (let columnIndex = 0; columnIndex < cellColumns.length; columnIndex++) {
            let cell = cellColumns[columnIndex];
            for (let k = 1; k < cell.colSpan; k++) {
              let colSpanCell = new ColSpanCell();
              colSpanCell.x = cell.x + k;
              colSpanCell.y = cell.y;
              cellColumns.splice(columnIndex + 1, 0, colSpanCell);
            }
          }
        }
      }
      function insertCell(cell, row) {
        let x = 0;
        while (x < row.length && row[x].x < cell.x) {
          x++;
        }
        row.splice(x, 0, cell);
      }
      function fillInTable(table) {
        let h_max = maxHeight(table);
        let w_max = maxWidth(table);
        debug(`Max rows: ${h_max}; Max cols: ${w_max}`);
        for (let y = 0; y < h_max; y++) {
          for (let x = 0; x < w_max; x++) {
            if (!conflictExists(table, x, y)) {
              let opts = { x, y, colSpan: 1, rowSpan: 1 };
              x++;
              while (x < w_max && !conflictExists(table, x, y)) {
                opts.colSpan++;
                x++;
              }
              let y2 = y + 1;
              while (y2 < h_max && allBlank(table, y2, opts.x, opts.x + opts.colSpan)) {
                opts.rowSpan++;
                y2++;
              }
              let cell = new Cell(opts);
              cell.x = opts.x;
              cell.y = opts.y;
              warn(`Missing cell at ${cell.y}-${cell.x}.`);
              insertCell(cell, table[y]);
            }
          }
        }
      }
      function generateCells(rows) {
        return rows.map(function(row) {
          if (!Array.isArray(row)) {
            let key = Object.keys(row)[0];
            row = row[key];
            if (Array.isArray(row)) {
              row = row.slice();
              row.unshift(key);
            } else {
              row = [key, row];
            }
          }
          return row.map(function(cell) {
            return new Cell(cell);
          });
        });
      }
      function makeTableLayout(rows) {
        let cellRows = generateCells(rows);
        layoutTable(cellRows);
        fillInTable(cellRows);
        addRowSpanCells(cellRows);
        addColSpanCells(cellRows);
        return cellRows;
      }
      module.exports = {
        makeTableLayout,
        layoutTable,
        addRowSpanCells,
        maxWidth,
        fillInTable,
        computeWidths: makeComputeWidths("colSpan", "desiredWidth", "x", 1),
        computeHeights: makeComputeWidths("rowSpan", "desiredHeight", "y", 1)
      };
    })();
    function makeComputeWidths(colSpan, desiredWidth, x, forcedMin) {
      return function(vals, table) {
        let result = [];
        let spanners = [];
        let auto = {};
        table.forEach(function(row) {
          row.forEach(function(cell) {
            if ((cell[colSpan] || 1) > 1) {
              spanners.push(cell);
            } else {
              result[cell[x]] = Math.max(result[cell[x]] || 0, cell[desiredWidth] || 0, forcedMin);
            }
          });
        });
        vals.forEach(function(val, index) {
          if (typeof val === "number") {
            result[index] = val;
          }
        });
        for (let k = spanners.length - 1; k >= 0; k--) {
          let cell = spanners[k];
          let span = cell[colSpan];
          let col = cell[x];
          let existingWidth = result[col];
          let editableCols = typeof vals[col] === "number" ? 0 : 1;
          if (typeof existingWidth === "number") {
            for (let i = 1; i < span; i++) {
              existingWidth += 1 + result[col + i];
              if (typeof vals[col + i] !== "number") {
                editableCols++;
              }
            }
          } else {
            existingWidth = desiredWidth === "desiredWidth" ? cell.desiredWidth - 1 : 1;
            if (!auto[col] || auto[col] < existingWidth) {
              auto[col] = existingWidth;
            }
          }
          if (cell[desiredWidth] > existingWidth) {
            let i = 0;
            while (editableCols > 0 && cell[desiredWidth] > existingWidth) {
              if (typeof vals[col + i] !== "number") {
                let dif = Math.round((cell[desiredWidth] - existingWidth) / editableCols);
                existingWidth += dif;
                result[col + i] += dif;
                editableCols--;
              }
              i++;
            }
          }
        }
        Object.assign(vals, result, auto);
        for (let j = 0; j < vals.length; j++) {
          vals[j] = Math.max(forcedMin, vals[j] || 0);
        }
      };
    }
  }
});

// node_modules/cli-table3/src/table.js
var require_table = __commonJS({
  "node_modules/cli-table3/src/table.js"(exports, module) {
    var debug = require_debug();
    var utils = require_utils();
    var tableLayout = require_layout_manager();
    var Table2 = class extends Array {
      constructor(opts) {
        super();
        const options = utils.mergeOptions(opts);
        Object.defineProperty(this, "options", {
          value: options,
          enumerable: options.debug
        });
        if (options.debug) {
          switch (typeof options.debug) {
            case "boolean":
              debug.setDebugLevel(debug.WARN);
              break;
            case "number":
              debug.setDebugLevel(options.debug);
              break;
            case "string":
              debug.setDebugLevel(parseInt(options.debug, 10));
              break;
            default:
              debug.setDebugLevel(debug.WARN);
              debug.warn(`Debug option is expected to be boolean, number, or string. Received a ${typeof options.debug}`);
          }
          Object.defineProperty(this, "messages", {
            get() {
              return debug.debugMessages();
            }
          });
        }
      }
      toString() {
        let array = this;
        let headersPresent = this.options.head && this.options.head.length;
        if (headersPresent) {
          array = [this.options.head];
          if (this.length) {
            array.push.apply(array, this);
          }
        } else {
          this.options.style.head = [];
        }
        let cells = tableLayout.makeTableLayout(array);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.mergeTableOptions(this.options, cells);
          }, this);
        }, this);
        tableLayout.computeWidths(this.options.colWidths, cells);
        tableLayout.computeHeights(this.options.rowHeights, cells);
        cells.forEach(function(row) {
          row.forEach(function(cell) {
            cell.init(this.options);
          }, this);
        }, this);
        let result = [];
        for (let rowIndex = 0; rowIndex < cells.length; rowIndex++) {
          let row = cells[rowIndex];
          let heightOfRow = this.options.rowHeights[rowIndex];
          if (rowIndex === 0 || !this.options.style.compact || rowIndex == 1 && headersPresent) {
            doDraw(row, "top", result);
          }
          for (let lineNum = 0; lineNum < heightOfRow; lineNum++) {
            doDraw(row, lineNum, result);
          }
          if (rowIndex + 1 == cells.length) {
            doDraw(row, "bottom", result);
          }
        }
        return result.join("\n");
      }
      get width() {
        let str = this.toString().split("\n");
        return str[0].length;
      }
    };
    Table2.reset = () => debug.reset();
    function doDraw(row, lineNum, result) {
      let line = [];
      row.forEach(function(cell) {
        line.push(cell.draw(lineNum));
      });
      let str = line.join("");
      if (str.length) result.push(str);
    }
    module.exports = Table2;
  }
});

// node_modules/cli-table3/index.js
var require_cli_table3 = __commonJS({
  "node_modules/cli-table3/index.js"(exports, module) {
    module.exports = require_table();
  }
});

// src/cli/io.ts
function writeText(stream, text2, encoding = "utf8") {
  return new Promise((resolve9, reject) => stream.write(text2, encoding, (err) => err ? reject(err) : resolve9()));
}

// src/multi/summary.ts
const path = require("node:path");
function relativeToBase(base2, abs) {
  const rel = path.relative(base2, abs);
  if (rel === "") return ".";
  return rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}
function summarizeTarget(multi, t) {
  const ctx = t.result?.context;
  const bk = ctx?.buildkit;
  return {
    target: t.name,
    // A skipped target's context may be a URL (a Git or remote context): only a local path is made relative.
    context: t.skipped && !path.isAbsolute(t.context) ? t.context : relativeToBase(multi.baseDir, ctx?.root ?? t.context),
    dockerfile: t.dockerfile,
    stage: t.stage,
    legacyTarBytes: ctx && ctx.gitContext === void 0 ? ctx.tarBytes : null,
    buildkitRequestedBytes: bk && !bk.error ? bk.usesContext ? bk.requested.bytes : 0 : null,
    buildkitFigure: bk && !bk.error ? bk.transfer?.figure ?? "none" : null,
    gitContext: ctx?.gitContext !== void 0,
    findings: { ...t.counts },
    status: t.error ? `error: ${t.error}` : t.skipped ? `skipped: ${t.skipped}` : "ok"
  };
}
function summarizeTargets(multi) {
  return multi.targets.map((t) => summarizeTarget(multi, t));
}
function findingLocation(multi, t, rel) {
  const root = t.result?.context.root ?? t.context;
  const loc = relativeToBase(multi.baseDir, path.resolve(root, rel));
  return rel.endsWith("/") && !loc.endsWith("/") ? loc + "/" : loc;
}
function groupFindings(multi) {
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  const groups = /* @__PURE__ */ new Map();
  for (const f of multi.findings) {
    const t = byName.get(f.target);
    const rel = f.file ?? f.path;
    const at = t && rel !== void 0 ? findingLocation(multi, t, rel) : "";
    const key = JSON.stringify([f.severity, f.ruleId, f.file !== void 0, at, f.line ?? 0, f.column ?? 0, f.message, f.baselineState ?? "", f.data]);
    const g = groups.get(key);
    if (g) {
      if (!g.targets.includes(f.target)) g.targets.push(f.target);
    } else groups.set(key, { finding: f, targets: [f.target] });
  }
  return [...groups.values()];
}
function targetShare(groups, name) {
  const shown = [];
  const shownUnder = /* @__PURE__ */ new Map();
  for (const g of groups) {
    if (g.finding.target === name) shown.push(g);
    else if (g.targets.includes(name)) shownUnder.set(g.finding.target, (shownUnder.get(g.finding.target) ?? 0) + 1);
  }
  return { shown, shownUnder };
}

// src/reporters/counts.ts
function severityCounts(c) {
  return `${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${formatCount(c.info)} info`;
}
function excludedText(x) {
  if (x.entries !== null && x.bytes !== null) return `${plural(x.entries, "entry", "entries")}, ${formatSize(x.bytes)}`;
  return `${plural(x.items, "path", "paths")} (${plural(x.unmeasuredDirectories, "dir", "dirs")} not measured)`;
}
function targetsText(targets) {
  const broken = targets.filter((t) => t.error).length;
  const skipped = targets.filter((t) => !t.error && t.skipped).length;
  const all = targets.length > 0 && skipped === targets.length;
  return `${plural(targets.length, "target", "targets")}${all ? `, ${targets.length === 1 ? "skipped" : "all skipped"}: nothing audited` : skipped > 0 ? `, ${formatCount(skipped)} skipped` : ""}${broken > 0 ? `, ${broken} could not be audited` : ""}`;
}
function alsoForText(others, name, shown = 3) {
  const listed = others.slice(0, shown).map(name).join(", ");
  const rest = others.length - shown;
  return `also for ${listed}${rest > 0 ? ` and ${plural(rest, "more target", "more targets")}` : ""}`;
}
function byTarget(multi) {
  const out = { error: 0, warning: 0, info: 0 };
  for (const t of multi.targets) {
    out.error += t.counts.error;
    out.warning += t.counts.warning;
    out.info += t.counts.info;
  }
  return out;
}

// src/reporters/locations.ts
const path2 = require("node:path");
function locate(base2, root, rel) {
  if (base2 === void 0) return rel;
  const loc = relativeToBase(base2, path2.resolve(root, rel));
  return rel.endsWith("/") && !loc.endsWith("/") ? loc + "/" : loc;
}

// src/reporters/github.ts
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function fileProperty(path12) {
  const rest = path12.replace(/[\r\n]/g, "");
  return escapeProperty(safeText(rest) === rest ? path12 : safeText(path12));
}
function renderGithub(result, opts = {}) {
  const at = (rel) => locate(opts.base, result.context.root, rel);
  const lines = result.findings.map((f) => {
    const file = f.file !== void 0 ? at(f.file) : f.path !== void 0 ? at(f.path) : void 0;
    const props = [
      ...file !== void 0 ? [`file=${fileProperty(file)}`] : [],
      ...f.line ? [`line=${f.line}`] : [],
      `title=${escapeProperty(`${f.ruleId} ${f.name}`)}`
    ];
    const where2 = f.path !== void 0 && f.file === void 0 ? `${safeText(at(f.path))}: ` : "";
    return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(where2 + safeText(f.message))}`;
  });
  if (result.context.compressed) lines.push(`::notice title=${escapeProperty("ctx-audit --compress")}::${escapeData(compressedSentence(result.context.compressed, result.context.tarBytes))}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}
function renderGithubMulti(multi) {
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  const lines = groupFindings(multi).map(({ finding: f, targets }) => {
    const t = byName.get(f.target);
    const who = safeText(f.target) + (targets.length > 1 ? ` (${alsoForText(targets.slice(1), safeText, 1)})` : "");
    const rel = f.file ?? f.path;
    const props = [
      ...rel !== void 0 ? [`file=${fileProperty(findingLocation(multi, t, rel))}`] : [],
      ...f.line ? [`line=${f.line}`] : [],
      `title=${escapeProperty(`${who}: ${f.ruleId} ${f.name}`)}`
    ];
    const where2 = f.path !== void 0 && f.file === void 0 ? `${safeText(f.path)}: ` : "";
    return `::${COMMAND[f.severity]} ${props.join(",")}::${escapeData(where2 + safeText(f.message))}`;
  });
  for (const t of multi.targets) if (t.error) lines.push(`::error title=${escapeProperty(`${safeText(t.name)}: cannot audit`)}::${escapeData(safeText(t.error))}`);
  return lines.length ? lines.join("\n") + "\n" : "";
}

// src/context/build-scripts.ts
const fs2 = require("node:fs");
const path3 = require("node:path");

// src/dockerfile/sources.ts
const fs = require("node:fs");

// src/context/ignore-file.ts
var IgnoreFileError = class extends Error {
  constructor(message = "bufio.Scanner: token too long") {
    super(message);
    this.name = "IgnoreFileError";
  }
};
var MAX_LINE_BYTES = 64 * 1024 - 1;
var isAsciiSpace = (b) => b === 32 || b >= 9 && b <= 13;
var MULTIBYTE_SPACES = [
  "\xC2\x85",
  "\xC2\xA0",
  "\xE1\x9A\x80",
  ...Array.from({ length: 11 }, (_, k) => "\xE2\x80" + String.fromCharCode(128 + k)),
  "\xE2\x80\xA8",
  "\xE2\x80\xA9",
  "\xE2\x80\xAF",
  "\xE2\x81\x9F",
  "\xE3\x80\x80"
];
function goTrimSpace(s) {
  let start = 0;
  let end = s.length;
  outer: while (start < end) {
    const b = s.charCodeAt(start);
    if (isAsciiSpace(b)) {
      start++;
      continue;
    }
    if (b < 128) break;
    for (const sp of MULTIBYTE_SPACES) {
      if (end - start >= sp.length && s.startsWith(sp, start)) {
        start += sp.length;
        continue outer;
      }
    }
    break;
  }
  outer2: while (end > start) {
    const b = s.charCodeAt(end - 1);
    if (isAsciiSpace(b)) {
      end--;
      continue;
    }
    if (b < 128) break;
    for (const sp of MULTIBYTE_SPACES) {
      if (end - start >= sp.length && s.endsWith(sp, end)) {
        end -= sp.length;
        continue outer2;
      }
    }
    break;
  }
  return start === 0 && end === s.length ? s : s.slice(start, end);
}
function cleanPath(path12) {
  if (path12 === "") return ".";
  const rooted = path12.charCodeAt(0) === 47;
  const n = path12.length;
  const out = [];
  let r = 0;
  let dotdot = 0;
  if (rooted) {
    out.push("/");
    r = 1;
    dotdot = 1;
  }
  while (r < n) {
    const c = path12[r];
    if (c === "/") r++;
    else if (c === "." && (r + 1 === n || path12[r + 1] === "/")) r++;
    else if (c === "." && path12[r + 1] === "." && (r + 2 === n || path12[r + 2] === "/")) {
      r += 2;
      if (out.length > dotdot) {
        out.pop();
        while (out.length > dotdot && out[out.length - 1] !== "/") out.pop();
        if (out.length > dotdot && out[out.length - 1] === "/") out.pop();
      } else if (!rooted) {
        if (out.length > 0) out.push("/");
        out.push(".", ".");
        dotdot = out.length;
      }
    } else {
      if (rooted && out.length !== 1 || !rooted && out.length !== 0) out.push("/");
      const st = r;
      while (r < n && path12[r] !== "/") r++;
      out.push(path12.slice(st, r));
    }
  }
  if (out.length === 0) return ".";
  return out.join("");
}
function readIgnoreRules(content) {
  const text2 = content.toString("latin1");
  const rules = [];
  let pos = 0;
  let line = 0;
  while (pos < text2.length) {
    let nl = text2.indexOf("\n", pos);
    const hasNewline = nl >= 0;
    if (!hasNewline) nl = text2.length;
    if (nl - pos > MAX_LINE_BYTES) throw new IgnoreFileError();
    let raw = text2.slice(pos, nl);
    pos = hasNewline ? nl + 1 : nl;
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    if (line === 0 && raw.startsWith("\xEF\xBB\xBF")) raw = raw.slice(3);
    line++;
    if (raw.startsWith("#")) continue;
    let pattern = goTrimSpace(raw);
    if (pattern === "") continue;
    const invert = pattern[0] === "!";
    if (invert) pattern = goTrimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern[0] === "/") pattern = pattern.slice(1);
    }
    if (invert) pattern = "!" + pattern;
    rules.push({ pattern, line });
  }
  return rules;
}

// src/context/go-regexp.ts
var GoRegexpSyntaxError = class extends Error {
};
var goRegexpStats = { steps: 0 };
var MAX_RUNE = 1114111;
var RUNE_ERROR = 65533;
var decodedWidth = 1;
function decodeRune(s, i) {
  const b0 = s.charCodeAt(i);
  decodedWidth = 1;
  if (b0 < 128) return b0;
  const n = s.length;
  const cont = (k, lo = 128, hi = 191) => {
    if (i + k >= n) return -1;
    const b = s.charCodeAt(i + k);
    return b >= lo && b <= hi ? b & 63 : -1;
  };
  if (b0 >= 194 && b0 <= 223) {
    const c1 = cont(1);
    if (c1 < 0) return RUNE_ERROR;
    decodedWidth = 2;
    return (b0 & 31) << 6 | c1;
  }
  if (b0 >= 224 && b0 <= 239) {
    const c1 = cont(1, b0 === 224 ? 160 : 128, b0 === 237 ? 159 : 191);
    if (c1 < 0) return RUNE_ERROR;
    const c2 = cont(2);
    if (c2 < 0) return RUNE_ERROR;
    decodedWidth = 3;
    return (b0 & 15) << 12 | c1 << 6 | c2;
  }
  if (b0 >= 240 && b0 <= 244) {
    const c1 = cont(1, b0 === 240 ? 144 : 128, b0 === 244 ? 143 : 191);
    if (c1 < 0) return RUNE_ERROR;
    const c2 = cont(2);
    if (c2 < 0) return RUNE_ERROR;
    const c3 = cont(3);
    if (c3 < 0) return RUNE_ERROR;
    decodedWidth = 4;
    return (b0 & 7) << 18 | c1 << 12 | c2 << 6 | c3;
  }
  return RUNE_ERROR;
}
function lastDecodedWidth() {
  return decodedWidth;
}
function isWordRune(r) {
  return r >= 48 && r <= 57 || r >= 65 && r <= 90 || r >= 97 && r <= 122 || r === 95;
}
var CharClass = class {
  ranges = [];
  // lo, hi pairs
  tables = [];
  negated = false;
  has(r) {
    let inUnion = false;
    const rg = this.ranges;
    for (let i = 0; i < rg.length; i += 2) {
      if (r >= rg[i] && r <= rg[i + 1]) {
        inUnion = true;
        break;
      }
    }
    if (!inUnion) {
      for (const t of this.tables) {
        if (t.re.test(String.fromCodePoint(r)) !== t.negate) {
          inUnion = true;
          break;
        }
      }
    }
    return inUnion !== this.negated;
  }
};
function complementRanges(rg) {
  const pairs = [];
  for (let i = 0; i < rg.length; i += 2) pairs.push([rg[i], rg[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out = [];
  let next = 0;
  for (const [lo, hi] of pairs) {
    if (lo > next) out.push(next, lo - 1);
    next = Math.max(next, hi + 1);
  }
  if (next <= MAX_RUNE) out.push(next, MAX_RUNE);
  return out;
}
var PERL_GROUPS = {
  d: [48, 57],
  s: [9, 10, 12, 13, 32, 32],
  w: [48, 57, 65, 90, 95, 95, 97, 122]
};
var POSIX_GROUPS = {
  alnum: [48, 57, 65, 90, 97, 122],
  alpha: [65, 90, 97, 122],
  ascii: [0, 127],
  blank: [9, 9, 32, 32],
  cntrl: [0, 31, 127, 127],
  digit: [48, 57],
  graph: [33, 126],
  lower: [97, 122],
  print: [32, 126],
  punct: [33, 47, 58, 64, 91, 96, 123, 126],
  space: [9, 13, 32, 32],
  upper: [65, 90],
  word: [48, 57, 65, 90, 95, 95, 97, 122],
  xdigit: [48, 57, 65, 70, 97, 102]
};
var GO_CATEGORIES = new Set(
  "C Cc Cf Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs".split(" ")
);
var GO_SCRIPTS = new Set(
  "Adlam Ahom Anatolian_Hieroglyphs Arabic Armenian Avestan Balinese Bamum Bassa_Vah Batak Bengali Bhaiksuki Bopomofo Brahmi Braille Buginese Buhid Canadian_Aboriginal Carian Caucasian_Albanian Chakma Cham Cherokee Chorasmian Common Coptic Cuneiform Cypriot Cypro_Minoan Cyrillic Deseret Devanagari Dives_Akuru Dogra Duployan Egyptian_Hieroglyphs Elbasan Elymaic Ethiopic Georgian Glagolitic Gothic Grantha Greek Gujarati Gunjala_Gondi Gurmukhi Han Hangul Hanifi_Rohingya Hanunoo Hatran Hebrew Hiragana Imperial_Aramaic Inherited Inscriptional_Pahlavi Inscriptional_Parthian Javanese Kaithi Kannada Katakana Kawi Kayah_Li Kharoshthi Khitan_Small_Script Khmer Khojki Khudawadi Lao Latin Lepcha Limbu Linear_A Linear_B Lisu Lycian Lydian Mahajani Makasar Malayalam Mandaic Manichaean Marchen Masaram_Gondi Medefaidrin Meetei_Mayek Mende_Kikakui Meroitic_Cursive Meroitic_Hieroglyphs Miao Modi Mongolian Mro Multani Myanmar Nabataean Nag_Mundari Nandinagari New_Tai_Lue Newa Nko Nushu Nyiakeng_Puachue_Hmong Ogham Ol_Chiki Old_Hungarian Old_Italic Old_North_Arabian Old_Permic Old_Persian Old_Sogdian Old_South_Arabian Old_Turkic Old_Uyghur Oriya Osage Osmanya Pahawh_Hmong Palmyrene Pau_Cin_Hau Phags_Pa Phoenician Psalter_Pahlavi Rejang Runic Samaritan Saurashtra Sharada Shavian Siddham SignWriting Sinhala Sogdian Sora_Sompeng Soyombo Sundanese Syloti_Nagri Syriac Tagalog Tagbanwa Tai_Le Tai_Tham Tai_Viet Takri Tamil Tangsa Tangut Telugu Thaana Thai Tibetan Tifinagh Tirhuta Toto Ugaritic Vai Vithkuqi Wancho Warang_Citi Yezidi Yi Zanabazar_Square".split(" ")
);
var tableCache = /* @__PURE__ */ new Map();
function unicodeTableRegExp(name) {
  const cached = tableCache.get(name);
  if (cached) return cached;
  let src;
  if (name === "Any") src = "[\\u{0}-\\u{10FFFF}]";
  else if (name === "C") src = "[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]";
  else if (GO_CATEGORIES.has(name)) src = `\\p{gc=${name}}`;
  else if (GO_SCRIPTS.has(name)) src = `\\p{sc=${name}}`;
  else return null;
  const re = new RegExp(`^${src}$`, "u");
  tableCache.set(name, re);
  return re;
}
var MAX_REPEAT = 1e3;
var MAX_SIZE = Math.floor((128 << 20) / 40);
function calcSize(n) {
  let size;
  switch (n.op) {
    case "star":
      size = 2 + calcSize(n.sub);
      break;
    case "plus":
    case "quest":
      size = 1 + calcSize(n.sub);
      break;
    case "concat":
      size = 0;
      for (const sub of n.subs) size += calcSize(sub);
      break;
    case "alt":
      size = n.subs.length - 1;
      for (const sub of n.subs) size += calcSize(sub);
      break;
    case "repeat": {
      const sub = calcSize(n.sub);
      if (n.max === -1) size = n.min === 0 ? 2 + sub : 1 + n.min * sub;
      else size = n.max * sub + (n.max - n.min);
      break;
    }
    default:
      size = 1;
  }
  return Math.max(1, size);
}
function repeatIsValid(n, limit) {
  if (n.op === "repeat") {
    let m = n.max;
    if (m === 0) return true;
    if (m < 0) m = n.min;
    if (m > limit) return false;
    if (m > 0) limit = Math.floor(limit / m);
  }
  if (n.op === "concat" || n.op === "alt") return n.subs.every((sub) => repeatIsValid(sub, limit));
  if ("sub" in n) return repeatIsValid(n.sub, limit);
  return true;
}
var fail = (why) => {
  throw new GoRegexpSyntaxError(why);
};
var isAlnum = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122;
var unhex = (c) => c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 97 + 10 : c >= 65 && c <= 70 ? c - 65 + 10 : -1;
var Parser = class {
  constructor(s) {
    this.s = s;
  }
  s;
  i = 0;
  depth = 0;
  at(k = 0) {
    const j = this.i + k;
    return j < this.s.length ? this.s[j] : -1;
  }
  parseAll() {
    const node = this.parseAlt();
    if (this.i < this.s.length) fail("unexpected )");
    if (calcSize(node) > MAX_SIZE) fail("expression too large");
    return node;
  }
  parseAlt() {
    const subs = [this.parseConcat()];
    while (this.at() === 124) {
      this.i++;
      subs.push(this.parseConcat());
    }
    return subs.length === 1 ? subs[0] : { op: "alt", subs };
  }
  parseConcat() {
    const items = [];
    let lastWasRepeat = false;
    for (; ; ) {
      const c = this.at();
      if (c === -1 || c === 124 || c === 41) break;
      if (c === 42 || c === 43 || c === 63) {
        if (lastWasRepeat) fail("invalid nested repetition operator");
        if (items.length === 0) fail("missing argument to repetition operator");
        this.i++;
        if (this.at() === 63) this.i++;
        const op = c === 42 ? "star" : c === 43 ? "plus" : "quest";
        items[items.length - 1] = { op, sub: items[items.length - 1] };
        lastWasRepeat = true;
        continue;
      }
      const rep = c === 123 ? this.parseRepeat() : null;
      if (rep !== null) {
        if (rep.min < 0 || rep.min > MAX_REPEAT || rep.max > MAX_REPEAT || rep.max >= 0 && rep.min > rep.max) fail("invalid repeat count");
        if (lastWasRepeat) fail("invalid nested repetition operator");
        if (items.length === 0) fail("missing argument to repetition operator");
        this.i = rep.end;
        if (this.at() === 63) this.i++;
        const node = { op: "repeat", sub: items[items.length - 1], min: rep.min, max: rep.max };
        if ((rep.min >= 2 || rep.max >= 2) && !repeatIsValid(node, MAX_REPEAT)) fail("invalid repeat count");
        items[items.length - 1] = node;
        lastWasRepeat = true;
        continue;
      }
      lastWasRepeat = false;
      this.parseAtom(items);
    }
    return items.length === 1 ? items[0] : items.length === 0 ? { op: "empty" } : { op: "concat", subs: items };
  }
  /** Go's parseInt: digits without a leading zero; -1 when the value reaches 1e8. */
  parseInt(j) {
    const s = this.s;
    const isDigit = (k2) => k2 < s.length && s[k2] >= 48 && s[k2] <= 57;
    if (!isDigit(j) || s[j] === 48 && isDigit(j + 1)) return null;
    let n = 0;
    let k = j;
    for (; isDigit(k); k++) if (n !== -1) n = n >= 1e8 ? -1 : n * 10 + (s[k] - 48);
    return { n, end: k };
  }
  /** Go's parseRepeat at `{`: {n}, {n,}, {n,m}, or null when `{` is a literal. */
  parseRepeat() {
    const lo = this.parseInt(this.i + 1);
    if (lo === null) return null;
    let j = lo.end;
    let min = lo.n;
    let max = min;
    if (this.s[j] === 44) {
      j++;
      if (this.s[j] === 125) max = -1;
      else {
        const hi = this.parseInt(j);
        if (hi === null) return null;
        max = hi.n;
        j = hi.end;
        if (max < 0) min = -1;
      }
    }
    if (this.s[j] !== 125) return null;
    return { min, max, end: j + 1 };
  }
  parseAtom(items) {
    const c = this.at();
    switch (c) {
      case 40: {
        if (this.at(1) === 63) throw new Error("go-regexp: (? groups are not supported");
        this.i++;
        if (++this.depth > 1e3) fail("expression nests too deeply");
        const sub = this.parseAlt();
        this.depth--;
        if (this.at() !== 41) fail("missing closing )");
        this.i++;
        items.push(sub);
        return;
      }
      case 94:
        this.i++;
        items.push({ op: "assert", kind: 1 /* BeginText */ });
        return;
      case 36:
        this.i++;
        items.push({ op: "assert", kind: 2 /* EndText */ });
        return;
      case 46:
        this.i++;
        items.push({ op: "anyNotNL" });
        return;
      case 91:
        items.push({ op: "class", cls: this.parseClass() });
        return;
      case 92:
        this.parseBackslash(items);
        return;
      default:
        this.i++;
        items.push({ op: "lit", r: c });
    }
  }
  parseBackslash(items) {
    const c1 = this.at(1);
    switch (c1) {
      case 65:
        this.i += 2;
        items.push({ op: "assert", kind: 1 /* BeginText */ });
        return;
      case 122:
        this.i += 2;
        items.push({ op: "assert", kind: 2 /* EndText */ });
        return;
      case 98:
        this.i += 2;
        items.push({ op: "assert", kind: 4 /* WordBoundary */ });
        return;
      case 66:
        this.i += 2;
        items.push({ op: "assert", kind: 8 /* NoWordBoundary */ });
        return;
      case 67:
        fail("invalid escape sequence");
        break;
      case 81: {
        this.i += 2;
        const s = this.s;
        while (this.i < s.length && !(s[this.i] === 92 && s[this.i + 1] === 69)) items.push({ op: "lit", r: s[this.i++] });
        if (this.i < s.length) this.i += 2;
        return;
      }
    }
    const cls = new CharClass();
    if (c1 === 112 || c1 === 80) {
      this.parseUnicodeClass(cls);
      items.push({ op: "class", cls });
      return;
    }
    if (this.parsePerlClass(cls)) {
      items.push({ op: "class", cls });
      return;
    }
    items.push({ op: "lit", r: this.parseEscape() });
  }
  /** `\d \s \w \D \S \W` at the cursor, appended to `cls`; false when not one. */
  parsePerlClass(cls) {
    if (this.at() !== 92) return false;
    const c = this.at(1);
    const lower = c | 32;
    const name = lower === 100 ? "d" : lower === 115 ? "s" : lower === 119 ? "w" : "";
    if (!name) return false;
    const rg = PERL_GROUPS[name];
    cls.ranges.push(...c === lower ? rg : complementRanges(rg));
    this.i += 2;
    return true;
  }
  /** `\pX`, `\p{Name}`, `\PX`, `\p{^Name}`; the cursor is on the backslash. */
  parseUnicodeClass(cls) {
    const s = this.s;
    let negate = this.at(1) === 80;
    let j = this.i + 2;
    if (j >= s.length) fail("invalid character class range");
    let name;
    if (s[j] !== 123) {
      name = String.fromCodePoint(s[j]);
      j++;
    } else {
      const end = s.indexOf(125, j);
      if (end < 0) fail("invalid character class range");
      name = runesToString(s.slice(j + 1, end));
      j = end + 1;
    }
    if (name.startsWith("^")) {
      negate = !negate;
      name = name.slice(1);
    }
    const re = unicodeTableRegExp(name);
    if (!re) fail("invalid character class range");
    cls.tables.push({ re, negate });
    this.i = j;
  }
  /** Go's parseEscape: one escaped rune, or an error for \q, \1, \é and friends. */
  parseEscape() {
    const s = this.s;
    this.i++;
    if (this.i >= s.length) fail("trailing backslash at end of expression");
    const c = s[this.i++];
    if (c < 128 && !isAlnum(c)) return c;
    if (c >= 49 && c <= 55 && !(this.at() >= 48 && this.at() <= 55)) fail("invalid escape sequence");
    if (c >= 48 && c <= 55) {
      let r = c - 48;
      for (let k = 1; k < 3 && this.at() >= 48 && this.at() <= 55; k++) r = r * 8 + (s[this.i++] - 48);
      return r;
    }
    switch (c) {
      case 120: {
        if (this.i >= s.length) fail("invalid escape sequence");
        const d = s[this.i++];
        if (d === 123) {
          let r = 0;
          let n = 0;
          for (; ; ) {
            if (this.i >= s.length) fail("invalid escape sequence");
            const h = s[this.i++];
            if (h === 125) break;
            const v = unhex(h);
            if (v < 0) fail("invalid escape sequence");
            r = r * 16 + v;
            if (r > MAX_RUNE) fail("invalid escape sequence");
            n++;
          }
          if (n === 0) fail("invalid escape sequence");
          return r;
        }
        const x = unhex(d);
        if (this.i >= s.length) fail("invalid escape sequence");
        const y = unhex(s[this.i++]);
        if (x < 0 || y < 0) fail("invalid escape sequence");
        return x * 16 + y;
      }
      case 97:
        return 7;
      // \a
      case 102:
        return 12;
      // \f
      case 110:
        return 10;
      // \n
      case 114:
        return 13;
      // \r
      case 116:
        return 9;
      // \t
      case 118:
        return 11;
    }
    return fail("invalid escape sequence");
  }
  /** Go's parseClass, cursor on `[`. */
  parseClass() {
    const s = this.s;
    const cls = new CharClass();
    this.i++;
    if (this.at() === 94) {
      cls.negated = true;
      this.i++;
    }
    let first = true;
    while (this.i >= s.length || s[this.i] !== 93 || first) {
      first = false;
      if (this.i >= s.length) fail("missing closing ]");
      if (s[this.i] === 91 && this.at(1) === 58 && this.i + 2 < s.length) {
        let k = -1;
        for (let j = this.i + 2; j + 1 < s.length; j++) {
          if (s[j] === 58 && s[j + 1] === 93) {
            k = j;
            break;
          }
        }
        if (k >= 0) {
          let name = runesToString(s.slice(this.i + 2, k));
          let neg = false;
          if (name.startsWith("^")) {
            neg = true;
            name = name.slice(1);
          }
          const rg = Object.prototype.hasOwnProperty.call(POSIX_GROUPS, name) ? POSIX_GROUPS[name] : void 0;
          if (!rg) fail("invalid character class range");
          cls.ranges.push(...neg ? complementRanges(rg) : rg);
          this.i = k + 2;
          continue;
        }
      }
      if (s[this.i] === 92 && (this.at(1) === 112 || this.at(1) === 80)) {
        this.parseUnicodeClass(cls);
        continue;
      }
      if (this.parsePerlClass(cls)) continue;
      const lo = this.parseClassChar();
      let hi = lo;
      if (this.i + 1 < s.length && s[this.i] === 45 && s[this.i + 1] !== 93) {
        this.i++;
        hi = this.parseClassChar();
        if (hi < lo) fail("invalid character class range");
      }
      cls.ranges.push(lo, hi);
    }
    this.i++;
    return cls;
  }
  parseClassChar() {
    if (this.i >= this.s.length) fail("missing closing ]");
    if (this.s[this.i] === 92) return this.parseEscape();
    return this.s[this.i++];
  }
};
function compileProgram(root) {
  const p = { kind: [], out: [], out1: [], test: [], cond: [], start: 0 };
  const add = (kind, out = -1, out1 = -1, test = null, cond = 0) => {
    p.kind.push(kind);
    p.out.push(out);
    p.out1.push(out1);
    p.test.push(test);
    p.cond.push(cond);
    return p.kind.length - 1;
  };
  const compile2 = (n, next) => {
    switch (n.op) {
      case "lit": {
        const r = n.r;
        return add(0 /* Rune */, next, -1, (x) => x === r);
      }
      case "class": {
        const cls = n.cls;
        return add(0 /* Rune */, next, -1, (x) => cls.has(x));
      }
      case "anyNotNL":
        return add(0 /* Rune */, next, -1, (x) => x !== 10);
      case "assert":
        return add(2 /* Empty */, next, -1, null, n.kind);
      case "empty":
        return next;
      case "concat": {
        let pc = next;
        for (let k = n.subs.length - 1; k >= 0; k--) pc = compile2(n.subs[k], pc);
        return pc;
      }
      case "alt": {
        let pc = compile2(n.subs[n.subs.length - 1], next);
        for (let k = n.subs.length - 2; k >= 0; k--) pc = add(1 /* Split */, compile2(n.subs[k], next), pc);
        return pc;
      }
      case "quest":
        return add(1 /* Split */, compile2(n.sub, next), next);
      case "star": {
        const split = add(1 /* Split */, -1, next);
        p.out[split] = compile2(n.sub, split);
        return split;
      }
      case "repeat": {
        const { sub, min, max } = n;
        let pc = next;
        if (max === -1) {
          if (min === 0) {
            const split2 = add(1 /* Split */, -1, next);
            p.out[split2] = compile2(sub, split2);
            return split2;
          }
          const split = add(1 /* Split */, -1, next);
          pc = compile2(sub, split);
          p.out[split] = pc;
          for (let k = 1; k < min; k++) pc = compile2(sub, pc);
          return pc;
        }
        for (let k = min; k < max; k++) pc = add(1 /* Split */, compile2(sub, pc), next);
        for (let k = 0; k < min; k++) pc = compile2(sub, pc);
        return pc;
      }
      case "plus": {
        const split = add(1 /* Split */, -1, next);
        const body = compile2(n.sub, split);
        p.out[split] = body;
        return body;
      }
    }
  };
  const match = add(3 /* Match */);
  p.start = compile2(root, match);
  return p;
}
var ATSTART = 1;
var PREVWORD = 2;
var MAX_DFA_STATES = 4096;
var DState = class {
  constructor(pcs, flags, isMatch, isDead) {
    this.pcs = pcs;
    this.flags = flags;
    this.isMatch = isMatch;
    this.isDead = isDead;
  }
  pcs;
  flags;
  isMatch;
  isDead;
  /** Transitions for runes < 128; `undefined` = not computed yet. */
  ascii = new Array(128);
  other = null;
  /** 1/0 once computed: does the text ending here match? */
  endAccept = -1;
};
var GoRegexp = class {
  constructor(source, runes) {
    this.source = source;
    this.prog = compileProgram(new Parser(runes).parseAll());
    this.mark = new Int32Array(this.prog.kind.length);
    this.mark2 = new Int32Array(this.prog.kind.length);
    this.matched = new DState(new Int32Array(0), 0, true, false);
    this.startNeedsBegin = !this.startLiveWithoutBegin();
    this.initial = this.intern([], ATSTART);
  }
  source;
  prog;
  mark;
  mark2;
  gen = 0;
  states = /* @__PURE__ */ new Map();
  matched;
  initial;
  startNeedsBegin;
  stack = [];
  /** Whether the start can reach a rune or match without passing a \A / ^ (then no state is dead). */
  startLiveWithoutBegin() {
    const { kind, out, out1, cond } = this.prog;
    const seen = /* @__PURE__ */ new Set();
    const todo = [this.prog.start];
    while (todo.length) {
      const pc = todo.pop();
      if (seen.has(pc)) continue;
      seen.add(pc);
      if (kind[pc] === 0 /* Rune */ || kind[pc] === 3 /* Match */) return true;
      if (kind[pc] === 1 /* Split */) todo.push(out[pc], out1[pc]);
      else if (kind[pc] === 2 /* Empty */ && cond[pc] !== 1 /* BeginText */) todo.push(out[pc]);
    }
    return false;
  }
  intern(pcs, flags) {
    pcs.sort((a, b) => a - b);
    const key = `${flags}:${pcs.join(",")}`;
    let st = this.states.get(key);
    if (!st) {
      if (this.states.size >= MAX_DFA_STATES) this.resetCache();
      const dead = pcs.length === 0 && (flags & ATSTART) === 0 && this.startNeedsBegin;
      st = new DState(Int32Array.from(pcs), flags, false, dead);
      this.states.set(key, st);
    }
    return st;
  }
  /** Bound memory like RE2's DFA cache: drop every memoized state (results stay correct). */
  resetCache() {
    for (const st of this.states.values()) {
      st.ascii.fill(void 0);
      st.other = null;
    }
    this.states = /* @__PURE__ */ new Map();
  }
  /**
   * Epsilon closure of the state's pcs plus the start (unanchored search restarts at every
   * position), under the given assertion context. Returns true when Match is reached; fills
   * `this.stack` with the Rune pcs reached.
   */
  closure(st, begin, end, boundary, runePcs) {
    const { kind, out, out1, cond } = this.prog;
    const g = ++this.gen;
    const mark = this.mark;
    const stack = this.stack;
    stack.length = 0;
    for (let k = 0; k < st.pcs.length; k++) stack.push(st.pcs[k]);
    stack.push(this.prog.start);
    let matched = false;
    while (stack.length) {
      const pc = stack.pop();
      if (mark[pc] === g) continue;
      mark[pc] = g;
      goRegexpStats.steps++;
      switch (kind[pc]) {
        case 0 /* Rune */:
          runePcs.push(pc);
          break;
        case 3 /* Match */:
          matched = true;
          break;
        case 1 /* Split */:
          stack.push(out1[pc], out[pc]);
          break;
        case 2 /* Empty */: {
          const c = cond[pc];
          const ok = c === 1 /* BeginText */ ? begin : c === 2 /* EndText */ ? end : c === 4 /* WordBoundary */ ? boundary : !boundary;
          if (ok) stack.push(out[pc]);
          break;
        }
      }
    }
    return matched;
  }
  step(st, r) {
    const word = isWordRune(r);
    const runePcs = [];
    const begin = (st.flags & ATSTART) !== 0;
    const prevWord = (st.flags & PREVWORD) !== 0;
    let next;
    if (this.closure(st, begin, false, prevWord !== word, runePcs)) next = this.matched;
    else {
      const { test, out } = this.prog;
      const targets = [];
      const g = ++this.gen;
      for (const pc of runePcs) {
        const to = out[pc];
        if (this.mark2[to] !== g && test[pc](r)) {
          this.mark2[to] = g;
          targets.push(to);
        }
      }
      next = this.intern(targets, word ? PREVWORD : 0);
    }
    if (r < 128) st.ascii[r] = next;
    else (st.other ??= /* @__PURE__ */ new Map()).set(r, next);
    return next;
  }
  acceptsAtEnd(st) {
    if (st.endAccept < 0) {
      const prevWord = (st.flags & PREVWORD) !== 0;
      st.endAccept = this.closure(st, (st.flags & ATSTART) !== 0, true, prevWord, []) ? 1 : 0;
    }
    return st.endAccept === 1;
  }
  /** Go's `(*Regexp).MatchString` on a byte string. */
  test(s) {
    return this.testFrom(this.initial, s, 0);
  }
  /** The state before any input, for `advance`. */
  get start() {
    return this.initial;
  }
  /**
   * The state after reading s[from, to) from `st`, stopping early where `test` would stop (a dead
   * state, or a match). The context walk reads each directory's path once and then only each
   * child's name (`testFrom`), instead of every full path from the start.
   */
  advance(st, s, from, to) {
    let cur = st;
    for (let i = from; i < to; ) {
      if (cur.isDead) return cur;
      let r = s.charCodeAt(i);
      if (r < 128) i++;
      else {
        r = decodeRune(s, i);
        i += decodedWidth;
      }
      goRegexpStats.steps++;
      const next = r < 128 ? cur.ascii[r] : cur.other?.get(r);
      cur = next ?? this.step(cur, r);
      if (cur.isMatch) return cur;
    }
    return cur;
  }
  /** `test` on s[from, ...) from a state `advance` returned for s[0, from). */
  testFrom(st, s, from) {
    if (from > 0 && st.isMatch) return true;
    if (from >= s.length) return this.acceptsAtEnd(st);
    const end = this.advance(st, s, from, s.length);
    if (end.isMatch) return true;
    return !end.isDead && this.acceptsAtEnd(end);
  }
};
function literalSuffix(runes) {
  let run = "";
  let depth = 0;
  let endsAtDollar = false;
  for (let i = 0; i < runes.length; i++) {
    const c = runes[i];
    endsAtDollar = false;
    if (c === 124) return null;
    if (c === 40) {
      if (runes[i + 1] === 63) return null;
      depth++;
      run = "";
    } else if (c === 41) {
      depth--;
      run = "";
    } else if (c === 91) {
      let j = i + 1;
      if (runes[j] === 94) j++;
      if (runes[j] === 93) j++;
      for (; j < runes.length && runes[j] !== 93; j++) {
        if (runes[j] === 92) j++;
        else if (runes[j] === 91 && runes[j + 1] === 58) {
          let close = -1;
          for (let k = j + 2; k + 1 < runes.length; k++) {
            if (runes[k] === 58 && runes[k + 1] === 93) {
              close = k + 1;
              break;
            }
          }
          if (close >= 0) j = close;
        }
      }
      if (j >= runes.length) return null;
      i = j;
      run = "";
    } else if (c === 92) {
      const n = runes[i + 1];
      if (n === void 0 || !isAsciiPunctuation(n)) return null;
      if (depth === 0) run += String.fromCharCode(n);
      i++;
    } else if (c === 42 || c === 43 || c === 63) {
      run = "";
    } else if (c === 123) {
      let j = i + 1;
      while (j < runes.length && (runes[j] >= 48 && runes[j] <= 57 || runes[j] === 44)) j++;
      if (runes[j] === 125 && j > i + 1) {
        run = "";
        i = j;
      } else if (depth === 0) run += "{";
    } else if (c === 36) {
      endsAtDollar = depth === 0 && i === runes.length - 1;
      if (!endsAtDollar) run = "";
    } else if (c === 46 || c === 94 || c >= 128) {
      run = "";
    } else if (depth === 0) run += String.fromCharCode(c);
  }
  return endsAtDollar && run.length > 0 ? run : null;
}
function isAsciiPunctuation(c) {
  return c < 128 && !(c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122) && c > 32 && c !== 127;
}
function compileGoRegexp(runes) {
  return new GoRegexp(runesToString(runes), runes);
}
function runesToString(runes) {
  let out = "";
  for (const r of runes) out += String.fromCodePoint(r);
  return out;
}

// src/context/patterns.ts
var PatternError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "PatternError";
  }
};
var BAD_PATTERN = "syntax error in pattern";
function scanChunk(p, from) {
  let i = from;
  let star = false;
  while (i < p.length && p[i] === "*") {
    i++;
    star = true;
  }
  const chunkStart = i;
  let inrange = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") {
      if (i + 1 < p.length) i++;
    } else if (c === "[") inrange = true;
    else if (c === "]") inrange = false;
    else if (c === "*" && !inrange) break;
  }
  return { star, chunkStart, chunkEnd: i };
}
function getEsc(p, i, end) {
  if (i >= end || p[i] === "-" || p[i] === "]") return -1;
  if (p[i] === "\\") {
    i++;
    if (i >= end) return -1;
  }
  const r = decodeRune(p, i);
  const w = lastDecodedWidth();
  if (r === 65533 && w === 1) return -1;
  i += w;
  if (i >= end) return -1;
  return i;
}
function runeAt(p, i) {
  const r = decodeRune(p, i);
  return [r, lastDecodedWidth()];
}
var CHUNK_BAD = -2;
function matchChunk(p, i, end, s) {
  let failed = false;
  let si = 0;
  while (i < end) {
    if (!failed && si >= s.length) failed = true;
    const c = p[i];
    if (c === "[") {
      let r = 0;
      if (!failed) {
        const [rr, w] = runeAt(s, si);
        r = rr;
        si += w;
      }
      i++;
      let negated = false;
      if (i < end && p[i] === "^") {
        negated = true;
        i++;
      }
      let match = false;
      let nrange = 0;
      for (; ; ) {
        if (i < end && p[i] === "]" && nrange > 0) {
          i++;
          break;
        }
        const loAt = p[i] === "\\" ? i + 1 : i;
        const ni = getEsc(p, i, end);
        if (ni < 0) return CHUNK_BAD;
        const lo = runeAt(p, loAt)[0];
        let hi = lo;
        i = ni;
        if (p[i] === "-") {
          const hiAt = p[i + 1] === "\\" ? i + 2 : i + 1;
          const nj = getEsc(p, i + 1, end);
          if (nj < 0) return CHUNK_BAD;
          hi = runeAt(p, hiAt)[0];
          i = nj;
        }
        if (lo <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) failed = true;
    } else if (c === "?") {
      if (!failed) {
        if (s[si] === "/") failed = true;
        si += runeAt(s, si)[1];
      }
      i++;
    } else if (c === "\\") {
      i++;
      if (i >= end) return CHUNK_BAD;
      if (!failed) {
        if (p[i] !== s[si]) failed = true;
        si++;
      }
      i++;
    } else {
      if (!failed) {
        if (c !== s[si]) failed = true;
        si++;
      }
      i++;
    }
  }
  return failed ? -1 : si;
}
function isValidGlob(p) {
  let name = ".";
  let pos = 0;
  outer: while (pos < p.length) {
    const { star, chunkStart, chunkEnd } = scanChunk(p, pos);
    pos = chunkEnd;
    if (star && chunkStart === chunkEnd) return true;
    const t = matchChunk(p, chunkStart, chunkEnd, name);
    if (t === CHUNK_BAD) return false;
    if (t >= 0 && (t === name.length || pos < p.length)) {
      name = name.slice(t);
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== "/"; i++) {
        const rest = name.slice(i + 1);
        const u = matchChunk(p, chunkStart, chunkEnd, rest);
        if (u === CHUNK_BAD) return false;
        if (u >= 0) {
          if (pos >= p.length && u < rest.length) continue;
          name = rest.slice(u);
          continue outer;
        }
      }
    }
    return true;
  }
  return true;
}
var ESCAPED = /* @__PURE__ */ new Set([46, 43, 40, 41, 36]);
function scanRunes(p) {
  const out = [];
  for (let i = 0; i < p.length; ) {
    const r = decodeRune(p, i);
    i += lastDecodedWidth();
    if (r === 65279 && out.length === 0 && i === 3) continue;
    out.push(r);
  }
  return out;
}
function translatePattern(cleaned) {
  const runes = scanRunes(cleaned);
  const re = [94];
  const push = (s) => {
    for (let k = 0; k < s.length; k++) re.push(s.charCodeAt(k));
  };
  let type = 1 /* Exact */;
  let j = 0;
  const peek = () => j < runes.length ? runes[j] : -1;
  for (let i = 0; j < runes.length; i++) {
    const ch = runes[j++];
    if (ch === 42) {
      if (peek() === 42) {
        j++;
        if (peek() === 47) j++;
        if (peek() === -1) {
          if (type === 1 /* Exact */) type = 2 /* Prefix */;
          else {
            push(".*");
            type = 4 /* Regexp */;
          }
        } else {
          push("(.*/)?");
          type = 4 /* Regexp */;
        }
        if (i === 0) type = 3 /* Suffix */;
      } else {
        push("[^/]*");
        type = 4 /* Regexp */;
      }
    } else if (ch === 63) {
      push("[^/]");
      type = 4 /* Regexp */;
    } else if (ESCAPED.has(ch)) {
      re.push(92, ch);
    } else if (ch === 92) {
      if (peek() !== -1) {
        re.push(92, runes[j++]);
        type = 4 /* Regexp */;
      } else re.push(92);
    } else if (ch === 91 || ch === 93) {
      re.push(ch);
      type = 4 /* Regexp */;
    } else re.push(ch);
  }
  if (type !== 4 /* Regexp */) {
    return { type: type === 1 /* Exact */ ? "exact" : type === 2 /* Prefix */ ? "prefix" : "suffix", regexp: null };
  }
  re.push(36);
  return { type: "regexp", regexp: re };
}
var Pattern = class {
  constructor(text2, exclusion, sourceIndex) {
    this.text = text2;
    this.exclusion = exclusion;
    this.sourceIndex = sourceIndex;
    this.dirCount = text2.split("/").length;
  }
  text;
  exclusion;
  sourceIndex;
  matchType = 0 /* Unknown */;
  regexp = null;
  /** Set when RE2 rejected the translation: every evaluation fails (v0.6.1 behaviour; in the
   *  CLI the first failure aborts, so v0.6.0's panic on a second call is never observable). */
  broken = false;
  affix = "";
  /** A regexp's literalSuffix: a path that does not end with it cannot match (tested before the DFA). */
  suffix = null;
  dirCount;
  compile() {
    const t = translatePattern(this.text);
    if (t.type === "regexp") {
      try {
        this.regexp = compileGoRegexp(t.regexp);
        this.suffix = literalSuffix(t.regexp);
      } catch (e) {
        if (!(e instanceof GoRegexpSyntaxError)) throw e;
        this.broken = true;
        return;
      }
      this.matchType = 4 /* Regexp */;
    } else if (t.type === "prefix") {
      this.matchType = 2 /* Prefix */;
      this.affix = this.text.slice(0, -2);
    } else if (t.type === "suffix") {
      this.matchType = 3 /* Suffix */;
      this.affix = this.text.slice(2);
    } else this.matchType = 1 /* Exact */;
  }
  /** Compiles now (as the first evaluation would); false when RE2 rejected the translation. */
  compiles() {
    if (this.matchType === 0 /* Unknown */ && !this.broken) this.compile();
    return !this.broken;
  }
  mayMatchUnder(dir) {
    if (this.matchType === 0 /* Unknown */) {
      if (this.broken) return true;
      this.compile();
      if (this.broken) return true;
    }
    const p = dir + "/";
    switch (this.matchType) {
      case 1 /* Exact */:
        return this.text.startsWith(p);
      case 2 /* Prefix */:
        return this.affix.startsWith(p) || p.startsWith(this.affix);
      case 3 /* Suffix */:
        return true;
      default: {
        const re = this.regexp;
        return !re.advance(re.start, p, 0, p.length).isDead;
      }
    }
  }
  /** Pattern.match: compiles lazily, so a bad regexp only fails when first evaluated (R16). */
  match(path12, prefix = null, slot = 0) {
    if (this.matchType === 0 /* Unknown */) {
      if (this.broken) throw new PatternError(BAD_PATTERN);
      this.compile();
      if (this.broken) throw new PatternError(BAD_PATTERN);
    }
    switch (this.matchType) {
      case 1 /* Exact */:
        return path12 === this.text;
      case 2 /* Prefix */:
        return path12.startsWith(this.affix);
      case 3 /* Suffix */:
        return path12.endsWith(this.affix) || this.affix[0] === "/" && path12 === this.affix.slice(1);
      default: {
        if (this.suffix !== null && !path12.endsWith(this.suffix)) return false;
        const re = this.regexp;
        if (prefix === null) return re.test(path12);
        let st = prefix.states[slot];
        if (st === void 0) st = prefix.states[slot] = re.advance(re.start, path12, 0, prefix.len);
        return re.testFrom(st, path12, prefix.len);
      }
    }
  }
};
function dirPrefix(dir, patterns) {
  return { len: dir.length + 1, states: new Array(patterns) };
}
var ORPARENT_CACHE = 4096;
function goDir(path12) {
  const i = path12.lastIndexOf("/");
  return cleanPath(path12.slice(0, i + 1));
}
function ancestorEnds(parent) {
  const ends = [];
  for (let i = parent.indexOf("/"); i >= 0; i = parent.indexOf("/", i + 1)) ends.push(i);
  ends.push(parent.length);
  return ends;
}
var PatternMatcher = class _PatternMatcher {
  patterns;
  hasExclusions;
  list;
  constructor(list, hasExclusions) {
    this.list = list;
    this.patterns = list;
    this.hasExclusions = hasExclusions;
  }
  /** patternmatcher.New: trim, drop empties, Clean, `!`, filepath.Match syntax check (R12, R13). */
  static create(patterns) {
    const list = [];
    let exclusions = false;
    patterns.forEach((raw, index) => {
      let p = goTrimSpace(raw);
      if (p === "") return;
      p = cleanPath(p);
      let exclusion = false;
      if (p[0] === "!") {
        if (p.length === 1) throw new PatternError('illegal exclusion pattern: "!"');
        exclusion = true;
        p = p.slice(1);
        exclusions = true;
      }
      if (!isValidGlob(p)) throw new PatternError(BAD_PATTERN);
      list.push(new Pattern(p, exclusion, index));
    });
    return new _PatternMatcher(list, exclusions);
  }
  /**
   * Pattern.match for one compiled pattern on one path (no skip rule, no ancestors). Compiles
   * lazily; throws PatternError('syntax error in pattern') for a regexp RE2 rejects, every time.
   */
  testPattern(index, path12, prefix = null) {
    return this.list[index].match(path12, prefix, index);
  }
  /**
   * False when pattern `index` cannot match any path under `dir/` (so a directory need not be
   * listed to find out). Conservative: true when unsure, and for a pattern that fails to compile.
   */
  mayMatchUnder(index, dir) {
    return this.list[index].mayMatchUnder(dir);
  }
  /** MatchesOrParentMatches (R17.1). */
  matchesOrParentMatches(path12) {
    const i = this.decideOrParent(path12);
    return i >= 0 && !this.list[i].exclusion;
  }
  /**
   * MatchesOrParentMatches, returning the index of the pattern that decided the result (the last
   * one that matched and set it), or -1 when none matched.
   */
  decideOrParent(path12) {
    let matched = false;
    let decided = -1;
    let parent = null;
    let ends = null;
    const list = this.list;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      if (p.exclusion !== matched) continue;
      let m = p.match(path12);
      if (!m) {
        parent ??= goDir(path12);
        if (parent !== ".") {
          ends ??= ancestorEnds(parent);
          for (const e of ends) if (m = p.match(parent.slice(0, e))) break;
        }
      }
      if (m) {
        matched = !p.exclusion;
        decided = i;
      }
    }
    return decided;
  }
  /**
   * MatchesOrParentMatches for many paths (the BuildKit client's open check on every requested
   * file): the same answers as `matchesOrParentMatches`, path by path, but whether pattern i matches
   * a directory or one of its parents is found once per directory and shared by its children, and a
   * child's own match reads only its name (DirPrefix). Uncached, each path re-reads every ancestor
   * from its first byte, per pattern: quadratic in the depth. The cache holds at most
   * ORPARENT_CACHE directories (dropped whole when full; a dropped directory is recomputed).
   */
  orParentMatcher() {
    const list = this.list;
    const n = list.length;
    let dirs = /* @__PURE__ */ new Map();
    const dirOf = (dir) => {
      let d = dirs.get(dir);
      if (d === void 0) {
        if (dirs.size >= ORPARENT_CACHE) dirs = /* @__PURE__ */ new Map();
        d = { anc: new Uint8Array(n), prefix: dirPrefix(dir, n), clean: dir !== "" && dir !== "." && cleanPath(dir) === dir };
        dirs.set(dir, d);
      }
      return d;
    };
    const underOrAt = (dir, d, i) => {
      if (d.anc[i] === 0) {
        const slash = dir.lastIndexOf("/");
        const up = slash < 0 ? null : dir.slice(0, slash);
        const upDir = up === null ? null : dirOf(up);
        const m = upDir !== null && underOrAt(up, upDir, i) || list[i].match(dir, upDir === null ? null : upDir.prefix, i);
        d.anc[i] = m ? 2 : 1;
      }
      return d.anc[i] === 2;
    };
    let lastPath = null;
    let last = null;
    return (path12) => {
      const slash = path12.lastIndexOf("/");
      let dirPath = null;
      let dir = null;
      if (slash >= 0) {
        dirPath = path12.slice(0, slash);
        if (dirPath !== lastPath) {
          lastPath = dirPath;
          last = dirOf(dirPath);
        }
        dir = last;
        if (!dir.clean) return this.matchesOrParentMatches(path12);
      }
      let matched = false;
      for (let i = 0; i < n; i++) {
        const p = list[i];
        if (p.exclusion !== matched) continue;
        let m = p.match(path12, dir === null ? null : dir.prefix, i);
        if (!m && dir !== null) m = underOrAt(dirPath, dir, i);
        if (m) matched = !p.exclusion;
      }
      return matched;
    };
  }
  /**
   * MatchesOrParentMatches for the files a walk with these same patterns let through (its
   * MatchesUsingParentResults said "not matched"): the BuildKit client's open check on every file
   * the daemon requests. For any other path the answer is not defined.
   *
   * Why it can skip most matching: in both functions a pattern that is skipped (an include once
   * matched, an exception while not) would only have set the value already held, so each ends on
   * the last pattern that matches. MatchesOrParentMatches counts a pattern matching the path or any
   * ancestor; the walk counts one matching the path or recorded as matching its parent, a subset of
   * the ancestors' matches. Let L be the last pattern matching the file's directory or an ancestor
   * (once per directory: the last of the parent's L and the directory's own last match). When there
   * is no L or L is an exception, a later pattern matching the file decides both functions alike,
   * and otherwise neither excludes it; the walk let the file through, so it is not excluded. Only a
   * file under a directory an exclusion pattern decides is matched, against the patterns after L.
   * Falls back to `orParentMatcher` when a pattern does not compile (errors must surface as Go's do).
   */
  walkedFileMatcher() {
    const list = this.list;
    const n = list.length;
    if (!list.every((p) => p.compiles())) return this.orParentMatcher();
    let dirs = /* @__PURE__ */ new Map();
    const dirOf = (dir) => {
      let d = dirs.get(dir);
      if (d !== void 0) return d;
      const slash = dir.lastIndexOf("/");
      const up = slash < 0 ? null : dirOf(dir.slice(0, slash));
      let last2 = up === null ? -1 : up.last;
      for (let i = n - 1; i > last2; i--) {
        if (list[i].match(dir, up === null ? null : up.prefix, i)) {
          last2 = i;
          break;
        }
      }
      if (dirs.size >= ORPARENT_CACHE) dirs = /* @__PURE__ */ new Map();
      d = { last: last2, prefix: dirPrefix(dir, n), clean: dir !== "" && dir !== "." && cleanPath(dir) === dir };
      dirs.set(dir, d);
      return d;
    };
    let lastPath = null;
    let last = null;
    return (path12) => {
      const slash = path12.lastIndexOf("/");
      if (slash < 0) return false;
      const dirPath = path12.slice(0, slash);
      if (dirPath !== lastPath) {
        lastPath = dirPath;
        last = dirOf(dirPath);
      }
      const dir = last;
      if (!dir.clean) return this.matchesOrParentMatches(path12);
      if (dir.last < 0 || list[dir.last].exclusion) return false;
      for (let i = n - 1; i > dir.last; i--) if (list[i].match(path12, dir.prefix, i)) return !list[i].exclusion;
      return true;
    };
  }
  /**
   * MatchesUsingParentResults (R17.2). Returns the deciding pattern's index or -1; the path is
   * matched when `idx >= 0 && !patterns[idx].exclusion`. `out` receives this path's MatchInfo.
   */
  matchWithParents(path12, parent, out, prefix = null) {
    const list = this.list;
    const hasParent = parent !== null && parent.length !== 0;
    if (hasParent && parent.length !== list.length) throw new Error("wrong number of values in parentMatched");
    if (out) out.length = list.length;
    let matched = false;
    let decided = -1;
    let dir = null;
    let ends = null;
    for (let i = 0; i < list.length; i++) {
      const p = list[i];
      let m = hasParent ? parent[i] : false;
      if (!m) {
        if (p.exclusion !== matched) {
          if (out) out[i] = false;
          continue;
        }
        m = p.match(path12, prefix, i);
        if (!m && !hasParent) {
          dir ??= goDir(path12);
          if (dir !== ".") {
            ends ??= ancestorEnds(dir);
            for (const e of ends) if (m = p.match(dir.slice(0, e))) break;
          }
        }
      }
      if (out) out[i] = m;
      if (m) {
        matched = !p.exclusion;
        decided = i;
      }
    }
    return decided;
  }
  /**
   * The package-level deprecated patternmatcher.Matches used by TrimBuildFilesFromExcludes (R22,
   * R24): Clean the path, "." never matches, and on a miss test only the ancestor with as many
   * components as the pattern. Throws PatternError where Go returns an error (R22 ignores it).
   */
  matchesDeprecated(path12) {
    const file = cleanPath(path12);
    if (file === ".") return false;
    const parentPath = goDir(file);
    const parentDirs = parentPath.split("/");
    let matched = false;
    for (const p of this.list) {
      if (p.exclusion !== matched) continue;
      let m = p.match(file);
      if (!m && parentPath !== "." && p.dirCount <= parentDirs.length) {
        m = p.match(parentDirs.slice(0, p.dirCount).join("/"));
      }
      if (m) matched = !p.exclusion;
    }
    return matched;
  }
};

// src/dockerfile/sources.ts
function stageIndexOf(stages, ref, before) {
  const lower = ref.toLowerCase();
  for (let i = 0; i < before; i++) if (stages[i].name === lower) return i;
  if (/^\d+$/.test(ref)) {
    const n = Number(ref);
    if (n < before) return n;
  }
  return -1;
}
function stageResolver(stages) {
  const byName = /* @__PURE__ */ new Map();
  const byIndex = /* @__PURE__ */ new Map();
  for (const st of stages) {
    byIndex.set(st.index, st);
    if (st.name !== null) {
      const list = byName.get(st.name);
      if (list === void 0) byName.set(st.name, [st]);
      else list.push(st);
    }
  }
  return (ref, before, kind = "from") => {
    const named = byName.get(ref.toLowerCase());
    if (named !== void 0) {
      let lo = 0;
      let hi = named.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (named[mid].index < before) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0) return named[lo - 1];
    }
    if (kind === "base" || !/^\d{1,9}$/.test(ref)) return void 0;
    const st = byIndex.get(Number(ref));
    return st !== void 0 && st.index < before ? st : void 0;
  };
}
function neededStages(parsed, target) {
  const stages = parsed.stages;
  if (stages.length === 0) return { stages: [], target: -1, problem: null };
  let t = stages.length - 1;
  let problem = null;
  if (target !== void 0 && target !== "") {
    const i = stages.findIndex((s) => s.name === target.toLowerCase());
    if (i < 0) problem = `target stage "${target}" could not be found`;
    else t = i;
  }
  const seen = /* @__PURE__ */ new Set();
  const queue = [t];
  while (queue.length) {
    const i = queue.pop();
    if (seen.has(i)) continue;
    seen.add(i);
    for (const r of stages[i].refs) {
      const j = stageIndexOf(stages, r.ref, i);
      if (j >= 0) queue.push(j);
    }
  }
  return { stages: [...seen].sort((a, b) => a - b), target: t, problem };
}
function stagesFor(builder, parsed, target) {
  return neededFor(builder, parsed, target).stages;
}
function neededFor(builder, parsed, target) {
  const needed = neededStages(parsed, target);
  return builder === "buildkit" || needed.target < 0 ? needed : { ...needed, stages: legacyStages(needed) };
}
function legacyStages(needed) {
  return Array.from({ length: needed.target + 1 }, (_, i) => i);
}
function scanChunk2(p) {
  let star = false;
  while (p.length > 0 && p[0] === "*") {
    p = p.slice(1);
    star = true;
  }
  let inrange = false;
  let i = 0;
  scan: for (; i < p.length; i++) {
    switch (p[i]) {
      case "\\":
        if (i + 1 < p.length) i++;
        break;
      case "[":
        inrange = true;
        break;
      case "]":
        inrange = false;
        break;
      case "*":
        if (!inrange) break scan;
        break;
    }
  }
  return { star, chunk: p.slice(0, i), rest: p.slice(i) };
}
function matchChunk2(chunk, s) {
  while (chunk.length > 0) {
    if (s.length === 0) return null;
    const c = chunk[0];
    if (c === "[") {
      const r = s[0];
      s = s.slice(1);
      chunk = chunk.slice(1);
      let negated = false;
      if (chunk[0] === "^") {
        negated = true;
        chunk = chunk.slice(1);
      }
      let match = false;
      let nrange = 0;
      for (; ; ) {
        if (chunk.length > 0 && chunk[0] === "]" && nrange > 0) {
          chunk = chunk.slice(1);
          break;
        }
        const lo = getEsc2(chunk);
        if (!lo) return null;
        chunk = lo.rest;
        let hi = lo.ch;
        if (chunk[0] === "-") {
          const h = getEsc2(chunk.slice(1));
          if (!h) return null;
          hi = h.ch;
          chunk = h.rest;
        }
        if (lo.ch <= r && r <= hi) match = true;
        nrange++;
      }
      if (match === negated) return null;
    } else if (c === "?") {
      if (s[0] === "/") return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    } else if (c === "\\") {
      chunk = chunk.slice(1);
      if (chunk.length === 0 || chunk[0] !== s[0]) return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    } else {
      if (c !== s[0]) return null;
      s = s.slice(1);
      chunk = chunk.slice(1);
    }
  }
  return s;
}
function getEsc2(chunk) {
  if (chunk.length === 0 || chunk[0] === "-" || chunk[0] === "]") return null;
  if (chunk[0] === "\\") {
    chunk = chunk.slice(1);
    if (chunk.length === 0) return null;
  }
  const ch = chunk[0];
  chunk = chunk.slice(1);
  if (chunk.length === 0) return null;
  return { ch, rest: chunk };
}
function containsWildcards(name) {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}
function filepathMatch(pattern, name) {
  pattern: while (pattern.length > 0) {
    const { star, chunk, rest } = scanChunk2(pattern);
    pattern = rest;
    if (star && chunk === "") return !name.includes("/");
    const t = matchChunk2(chunk, name);
    if (t !== null && (t.length === 0 || pattern.length > 0)) {
      name = t;
      continue;
    }
    if (star) {
      for (let i = 0; i < name.length && name[i] !== "/"; i++) {
        const t2 = matchChunk2(chunk, name.slice(i + 1));
        if (t2 !== null) {
          if (pattern.length === 0 && t2.length > 0) continue;
          name = t2;
          continue pattern;
        }
      }
    }
    return false;
  }
  return name.length === 0;
}
var WILDCARD = /[*?[]/;
function indexContext(view) {
  let sent = null;
  let sentPaths2 = null;
  let excluded = null;
  let prunedDirs = null;
  return {
    get sent() {
      if (sent === null) {
        sent = /* @__PURE__ */ new Map();
        for (const e of view.entries) sent.set(e.path, e);
      }
      return sent;
    },
    get sentPaths() {
      return sentPaths2 ??= [...this.sent.keys()];
    },
    get excluded() {
      if (excluded === null) {
        excluded = /* @__PURE__ */ new Map();
        for (const x of view.excluded) excluded.set(x.path, x);
      }
      return excluded;
    },
    get prunedDirs() {
      return prunedDirs ??= view.excluded.filter((x) => x.isDir && !x.enteredForExceptions).map((x) => x.path);
    }
  };
}
var under = (p, dir) => dir === "." || p === dir || p.startsWith(dir + "/");
function prunedAncestor(idx, p) {
  for (const d of idx.prunedDirs) if (p.startsWith(d + "/")) return d;
  return null;
}
function existsOnDisk(view, p) {
  if (!view.root) return true;
  try {
    return fs.lstatSync(fsPath(toByteString(view.root) + "/" + p), { throwIfNoEntry: false }) !== void 0;
  } catch {
    return false;
  }
}
function listDisk(view, dir) {
  if (!view.root) return [];
  const root = toByteString(view.root);
  try {
    const names = fs.readdirSync(fsPath(root + "/" + dir), { encoding: "latin1" });
    return names.map((name) => {
      const st = fs.lstatSync(fsPath(root + "/" + dir + "/" + name), { throwIfNoEntry: false });
      return { name, isDir: st?.isDirectory() ?? false };
    });
  } catch {
    return [];
  }
}
function pathsAtDepth(view, idx, base2, depth) {
  const baseDepth = base2 === "" ? 0 : base2.split("/").length;
  const want = baseDepth + depth;
  const out = /* @__PURE__ */ new Set();
  const consider = (p) => {
    if (base2 !== "" && !p.startsWith(base2 + "/")) return;
    const parts = p.split("/");
    if (parts.length >= want) out.add(parts.slice(0, want).join("/"));
  };
  for (const p of idx.sentPaths) consider(p);
  for (const p of idx.excluded.keys()) consider(p);
  for (const d of idx.prunedDirs) {
    const dDepth = d.split("/").length;
    if (dDepth >= want || !(base2 === "" || under(d, base2) || under(base2, d))) continue;
    const stack = [d];
    while (stack.length) {
      const cur = stack.pop();
      const curDepth = cur.split("/").length;
      for (const c of listDisk(view, cur)) {
        const p = cur + "/" + c.name;
        if (curDepth + 1 === want) consider(p);
        else if (c.isDir && curDepth + 1 < want && (under(p, base2) || under(base2, p))) stack.push(p);
      }
    }
  }
  return [...out].sort();
}
function ruleFor(view, p) {
  let i;
  try {
    i = view.matcher.decideOrParent(p);
  } catch {
    return null;
  }
  if (i < 0 || view.matcher.patterns[i].exclusion) {
    for (let at = p.lastIndexOf("/"); at > 0; at = p.lastIndexOf("/", at - 1)) {
      const r = ruleFor(view, p.slice(0, at));
      if (r !== null) return r;
    }
    return null;
  }
  const rule = view.rules[view.matcher.patterns[i].sourceIndex];
  return rule ? { line: rule.line, pattern: rule.pattern } : null;
}
function contextPathOf(source) {
  const c = cleanPath(source);
  if (c === ".." || c.startsWith("../")) return null;
  if (c === "/") return ".";
  return c.startsWith("/") ? c.slice(1) : c;
}
var MAX_LINKS = 40;
function followLinks(idx, path12, links = []) {
  let rest = path12.split("/");
  let done = [];
  for (let hops = 0; rest.length > 0; ) {
    const [c, ...more] = rest;
    const here = [...done, c].join("/");
    const e = idx.sent.get(here);
    if (e === void 0 || e.kind !== "symlink" || e.linkname === "") {
      done.push(c);
      rest = more;
      continue;
    }
    if (++hops > MAX_LINKS) return null;
    links.push(here);
    const target = contextPathOf(e.linkname.startsWith("/") ? e.linkname : [...done, e.linkname].join("/"));
    if (target === null) return null;
    done = [];
    rest = [...target === "." ? [] : target.split("/"), ...more];
  }
  return done.join("/");
}
function resolveSource(view, idx, source, stage, builder = "legacy") {
  const res = { source, stage, status: "missing", path: ".", sentMatches: [], ignoredMatches: [], ignoreRule: null };
  let p = contextPathOf(source.source === "" ? "." : source.source);
  if (p === null) {
    if (builder === "legacy") {
      res.status = "outside";
      res.path = cleanPath(source.source);
      return res;
    }
    res.climbsOut = cleanPath(source.source);
    p = contextPathOf("/" + res.climbsOut);
  }
  res.path = p;
  if (p === ".") {
    res.status = "whole-context";
    return res;
  }
  const parts = p.split("/");
  const w = parts.findIndex((c) => WILDCARD.test(c));
  const literal = w < 0 ? p : parts.slice(0, w).join("/");
  const links = [];
  const followed = literal === "" ? "" : followLinks(idx, literal, links);
  const linked = followed !== null && followed !== literal;
  if (linked) res.linkTarget = followed;
  let candidates;
  if (w < 0) candidates = [linked ? followed : p];
  else {
    const base2 = linked ? followed : literal;
    const pattern = parts.slice(w).join("/");
    candidates = pathsAtDepth(view, idx, base2, parts.length - w).filter((c) => filepathMatch(pattern, base2 === "" ? c : c.slice(base2.length + 1)));
  }
  for (const c of candidates) {
    if (idx.sent.has(c) || idx.sentPaths.some((s) => s.startsWith(c + "/"))) res.sentMatches.push(c);
    else if (idx.excluded.has(c) || prunedAncestor(idx, c) !== null && existsOnDisk(view, c)) res.ignoredMatches.push(c);
  }
  if (linked && res.sentMatches.length > 0) res.sentMatches.unshift(...links.filter((l) => !res.sentMatches.includes(l)));
  if (res.sentMatches.length > 0) res.status = "sent";
  else if (res.ignoredMatches.length > 0) {
    res.status = "ignored";
    res.ignoreRule = ruleFor(view, res.ignoredMatches[0]);
  }
  return res;
}
function resolveSources(parsed, view, dockerfileName, target, builder = "buildkit") {
  const needed = neededFor(builder, parsed, target);
  const idx = indexContext(view);
  const resolutions = [];
  let coversWholeContext = false;
  const refSources = [];
  for (const si of needed.stages) {
    for (const src of parsed.stages[si].sources) {
      if (!src.fromContext) continue;
      if (src.mountType !== null && src.mountType !== "bind") continue;
      const r = resolveSource(view, idx, src, si, builder);
      resolutions.push(r);
      refSources.push({ r, src });
      if (r.status === "outside" && contextPathOf("/" + r.path) === ".") coversWholeContext = true;
      if (r.status === "whole-context") coversWholeContext = true;
    }
  }
  let references = null;
  const referencesMap = () => {
    if (references) return references;
    const refs = references = /* @__PURE__ */ new Map();
    const addRef = (path12, ref) => {
      const list = refs.get(path12);
      if (!list) refs.set(path12, [ref]);
      else if (!list.some((r) => r.line === ref.line && r.file === ref.file)) list.push(ref);
    };
    for (const { r, src } of refSources) {
      const ref = { file: dockerfileName, line: src.line };
      let excl = null;
      try {
        excl = src.excludes.length ? PatternMatcher.create(src.excludes) : null;
      } catch {
        excl = null;
      }
      if (r.status === "whole-context") {
        for (const e of view.entries) if (!excl || !excl.matchesOrParentMatches(e.path)) addRef(e.path, ref);
      } else if (r.status === "sent") {
        for (const m of r.sentMatches) {
          for (const e of view.entries) {
            if (!under(e.path, m)) continue;
            const rel = e.path === m ? e.path.slice(e.path.lastIndexOf("/") + 1) : e.path.slice(m.length + 1);
            if (excl && excl.matchesOrParentMatches(rel)) continue;
            addRef(e.path, ref);
          }
        }
      }
    }
    return refs;
  };
  return {
    needed,
    resolutions,
    get references() {
      return referencesMap();
    },
    coversWholeContext
  };
}

// src/context/jsonc.ts
function withoutJsonComments(text2) {
  let out = "";
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text2.length && text2[i] !== '"'; i++) if (text2[i] === "\\") i++;
      out += text2.slice(start, i + 1);
    } else if (c === "/" && text2[i + 1] === "/") {
      while (i < text2.length && text2[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text2[i + 1] === "*") {
      const end = text2.indexOf("*/", i + 2);
      i = end < 0 ? text2.length : end + 1;
      out += " ";
    } else out += c;
  }
  return out.replace(/("(?:[^"\\]|\\.)*")|,(\s*[\]}])/g, (m, str, close) => str !== void 0 ? str : close);
}

// src/context/build-scripts.ts
var MAX_SCRIPTS = 200;
var MAX_LINE = 4096;
var cache = /* @__PURE__ */ new Map();
function realDir(p) {
  try {
    return fs2.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}
function scriptsOf(repoRoot) {
  const hit = cache.get(repoRoot);
  if (hit) return hit;
  const out = [];
  const add = (abs, cwd = "") => {
    if (out.length >= MAX_SCRIPTS) return;
    try {
      const raw = readRegularFile(abs, { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString("utf8");
      const text2 = /(?:^|[\\/])(?:GNUmakefile|[Mm]akefile[^\\/]*|[^\\/]+\.mk)$/.test(abs) ? raw.replace(/\r\n/g, "\n") : raw;
      out.push({ name: path3.relative(repoRoot, abs).split(path3.sep).join("/"), text: text2, cwd });
    } catch {
    }
  };
  const list = (dir) => {
    try {
      return fs2.readdirSync(dir).sort();
    } catch {
      return [];
    }
  };
  for (const n of list(repoRoot)) if (/^(?:GNUmakefile|[Mm]akefile|.+\.mk|[Mm]akefile\.(?!am$|in$)[\w.-]+)$/.test(n)) add(path3.join(repoRoot, n));
  for (const d of WORKFLOW_DIRS) {
    const [top, sub] = d.split("/");
    const wf = path3.join(repoRoot, top, sub);
    if (realDir(path3.join(repoRoot, top)) && realDir(wf)) {
      for (const n of list(wf)) if (/\.ya?ml$/.test(n)) add(path3.join(wf, n));
    }
  }
  const workflows = out.filter((f) => isWorkflowFile(f.name));
  const seen = new Set(out.map((f) => f.name));
  for (const w of workflows) {
    for (const m of w.text.matchAll(/(?:^|[\s;&|(])(?:(?:ba|z)?sh\s+|source\s+|\.\s+)?((?:\.\/)?[\w.][\w./-]*\.sh)(?=$|[\s;&|)])/gm)) {
      const lineStart = w.text.lastIndexOf("\n", m.index) + 1;
      const cd = /(?:^|[\s;&|(])cd\s+["']?([\w.][\w./-]*)["']?\s*(?:&&|;)[^\n]*$/.exec(w.text.slice(lineStart, m.index + 1));
      const dir = cd === null ? "" : path3.posix.normalize(cd[1].replace(/^\.\//, "")).replace(/^\.$/, "");
      const rel = path3.posix.normalize(path3.posix.join(dir, m[1].replace(/^\.\//, "")));
      if (rel.startsWith("..") || path3.posix.isAbsolute(rel) || dir.startsWith("..") || seen.has(rel)) continue;
      seen.add(rel);
      add(path3.join(repoRoot, ...rel.split("/")), dir);
    }
  }
  const tiltDirs = (dir, rel, depth) => {
    for (const n of list(dir)) {
      const abs = path3.join(dir, n);
      if (n === "Tiltfile") add(abs, rel);
      else if (depth < 3 && !n.startsWith(".") && !/^(?:node_modules|vendor|third_party|testdata)$/.test(n) && realDir(abs)) tiltDirs(abs, rel === "" ? n : `${rel}/${n}`, depth + 1);
      if (out.length >= MAX_SCRIPTS) return;
    }
  };
  tiltDirs(repoRoot, "", 0);
  cache.set(repoRoot, out);
  return out;
}
var WORKFLOW_DIRS = [".github/workflows", ".forgejo/workflows", ".gitea/workflows"];
function isWorkflowFile(rel) {
  return WORKFLOW_DIRS.some((d) => rel.startsWith(d + "/") || rel.includes("/" + d + "/"));
}
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var escape = escapeRegExp;
function scriptWriting(repoRoot, repoPath, notWorkflows = false) {
  if (repoPath === "" || repoPath.includes("\n")) return null;
  for (const s of scriptsOf(repoRoot)) {
    if (notWorkflows && isWorkflowFile(s.name)) continue;
    const rel = relativeToCwd(s, repoPath);
    const line = rel === null ? 0 : lineWriting(s.text, rel);
    if (line > 0) return `${s.name}:${line}`;
  }
  return null;
}
function relativeToCwd(s, repoPath) {
  if (s.cwd === "") return repoPath;
  return repoPath.startsWith(s.cwd + "/") ? repoPath.slice(s.cwd.length + 1) : null;
}
var BUILDS_IMAGE = /\bdocker\b[^\n]*\sbuild\b|build-push-action|\bbuildx\s+bake\b|\bcompose\b[^\n]*\s(?:build|up)\b|\b(?:docker_build|custom_build|docker_compose)\s*\(/;
function scriptWritingForBuild(repoRoot, repoPath) {
  if (repoPath === "" || repoPath.includes("\n")) return null;
  for (const s of scriptsOf(repoRoot)) {
    if (!BUILDS_IMAGE.test(s.text)) continue;
    const rel = relativeToCwd(s, repoPath);
    const line = rel === null ? 0 : lineWriting(s.text, rel);
    if (line > 0) return `${s.name}:${line}`;
  }
  return null;
}
function scriptCopyingInto(repoRoot, fileName, dirNames) {
  if (dirNames.size === 0) return null;
  const unquote2 = (p) => p.replace(/^['"]|['"]$/g, "");
  const base2 = (p) => unquote2(p).replace(/\/+$/, "").split("/").pop() ?? "";
  const isRootFile = (word) => {
    const parts = unquote2(word).replace(/^(?:\$\{?(?:GITHUB_WORKSPACE|PWD)\}?|\$\{\{\s*github\.workspace\s*\}\}|\$\(pwd\))\//, "").split("/").filter((p) => p !== "" && p !== ".");
    return parts.length > 0 && parts[parts.length - 1] === fileName && parts.slice(0, -1).every((p) => p === "..");
  };
  for (const s of scriptsOf(repoRoot)) {
    if (!BUILDS_IMAGE.test(s.text)) continue;
    const lines = s.text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].length > MAX_LINE || /^\s*#/.test(lines[i])) continue;
      for (const m of lines[i].replace(/\s#.*$/, "").matchAll(/(?:^|[\s;&|(@-])(?:cp|rsync|install)\s+([^\n;&|)]*)/g)) {
        const words = m[1].trim().split(/\s+/).filter((w) => w !== "" && !w.startsWith("-"));
        if (words.length < 2) continue;
        const dest = words[words.length - 1];
        if (dirNames.has(base2(dest)) && words.slice(0, -1).some(isRootFile)) return `${s.name}:${i + 1}`;
      }
    }
  }
  return null;
}
function joinContinuedLines(lines) {
  const out = [...lines];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; /\\[ \t]*$/.test(out[i]) && j < out.length && out[i].length <= MAX_LINE; j++) {
      out[i] = out[i].replace(/\\[ \t]*$/, " ") + out[j].replace(/^\t+/, "");
      out[j] = "";
    }
  }
  return out;
}
function lineWriting(text2, relPath, under4 = false, inPlace = false, checks = true) {
  if (relPath === "" || relPath.includes("\n")) return 0;
  if (inPlace) text2 = text2.replace(/\\[ \t]*\n/g, " ");
  const writes = writingPattern(relPath, under4, inPlace);
  const fromDir = /* @__PURE__ */ new Map();
  const patternsFrom = (dir2) => {
    if (!fromDir.has(dir2)) fromDir.set(dir2, relPath.startsWith(dir2 + "/") ? { writes: writingPattern(relPath.slice(dir2.length + 1), under4, inPlace), checked: checkedPattern(relPath.slice(dir2.length + 1)) } : null);
    return fromDir.get(dir2);
  };
  const checked = checkedPattern(relPath);
  const lines = joinContinuedLines(text2.split("\n"));
  let dir = "";
  const stack = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].length > MAX_LINE) continue;
    const line = lines[i].replace(/\s#.*$/, "");
    if (/^\s*#/.test(line)) continue;
    const cd = /^\s*(cd|pushd|popd)\b\s*(['"]?)([^\s'"`;&|]*)\2\s*(?:[12]?>\s*\/dev\/null\s*)*(?:$|;|&&)/.exec(line);
    if (cd !== null) {
      if (cd[1] === "popd") dir = stack.length > 0 ? stack.pop() : null;
      else {
        if (cd[1] === "pushd") stack.push(dir);
        const to = cd[3];
        dir = dir === null || to === "" || to === "-" || to.startsWith("/") || /[$~]/.test(to) ? null : path3.posix.normalize(path3.posix.join(dir, to)).replace(/\/$/, "");
        if (dir === ".") dir = "";
      }
    }
    if (writes.test(line) || checks && stopsUnless(checked, lines, i)) return i + 1;
    const there = dir === null || dir === "" ? null : patternsFrom(dir);
    if (there !== null && (there.writes.test(line) || checks && stopsUnless(there.checked, lines, i))) return i + 1;
  }
  return 0;
}
var OUTSIDE_VARS = "(?:RUNNER_TEMP|RUNNER_TOOL_CACHE|HOME|TMPDIR|TMP|TEMP)";
var BIN = "(?:/(?:usr/)?(?:local/)?s?bin/)?";
function writingPattern(relPath, under4, inPlace = false) {
  const target = `(?:\\./|\\$\\{?(?!${OUTSIDE_VARS}\\b)\\w+\\}?/|\\$\\((?!${OUTSIDE_VARS}\\))\\w+\\)/|\\$\\{\\{\\s*github\\.workspace\\s*\\}\\}/)?${escape(relPath)}${under4 ? `(?:/[^\\s'";&|)/]+)*` : ""}/?(?=$|[\\s'";&|)])`;
  const slash = relPath.lastIndexOf("/");
  const dir = slash < 0 ? `\\.` : `(?:\\./)?${escape(relPath.slice(0, slash))}`;
  const intoDir = `(?:^|[\\s;&|(@-])${BIN}(?:cp|mv|install|rsync)\\s(?:[^\\n;&|]*\\s)?['"]?(?:\\S*/)?${escape(relPath.slice(slash + 1))}/?['"]?\\s+['"]?${dir}/?['"]?\\s*(?:$|[;&|)])`;
  return new RegExp(
    [
      // (`-out`/`-keyout`: openssl's, noobaa's `openssl req ... -keyout certs/ca.key -out certs/ca.crt`.)
      `(?:^|\\s)(?:-o|-out|-keyout|--output[= ]?)\\s*['"]?${target}`,
      // `tar -C DIR` writes DIR only when extracting (requarks/wiki's `tar -xzf ... -C build`):
      // avni-webapp's `tar -czvf app.tgz -C build .` reads it, and `make -C`/`git -C` only go there.
      `(?:^|[\\s;&|(@-])tar\\s(?=x[a-zA-Z]*\\s|(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*x[a-zA-Z]*(?=\\s)|--extract\\b|--get\\b))(?:[^\\n;&|]*\\s)?-C\\s*['"]?${target}`,
      `(?:^|[\\s;&|(@-])unzip\\s[^\\n;&|]*\\s-d\\s*['"]?${target}`,
      // A download by wget or curl (seldon-core's `cd data-flow && wget https://.../opentelemetry-javaagent.jar`;
      // sweep 52/T-F3): wget's -O/--output-document names the file, -P the directory its name goes in; a plain
      // wget, or curl -O (--remote-name), writes the URL's last component where it runs.
      `(?:^|[\\s;&|(@-])wget\\s(?:[^\\n;&|]*\\s)?(?:-O\\s*|--output-document[= ])['"]?${target}`,
      ...slash >= 0 ? [`(?:^|[\\s;&|(@-])wget\\s(?:[^\\n;&|]*\\s)?(?:-P\\s*|--directory-prefix[= ])['"]?(?:\\./)?${escape(relPath.slice(0, slash))}/?['"]?\\s(?:[^\\n;&|]*\\s)?['"]?\\S*/${escape(relPath.slice(slash + 1))}['"]?(?=$|[\\s;&|)])`] : [],
      ...slash < 0 ? [`(?:^|[\\s;&|(@-])(?:wget\\s(?!(?:[^\\n;&|]*\\s)?(?:-O|-P|--output-document|--directory-prefix))|curl\\s(?=(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*O|--remote-name)))(?:[^\\n;&|]*\\s)?['"]?[a-z][\\w+.-]*://\\S*/${escape(relPath)}['"]?(?=$|[\\s;&|)])`] : [],
      `>>?\\s*['"]?${target}`,
      // (`... | tee -a F`, `| sudo tee F`: the review of stop 49, C4. Its words hold no quote: a tee inside a quoted
      // argument ends at its quote, not in the words after it; youki's `hyperfine --prepare '... | sudo tee
      // /proc/sys/vm/drop_caches' --command-name 'main youki build'`, sweep 55/O-F5.)
      `(?:^|[\\s;&|(@-])tee\\s+(?:[^\\s;&|<>'"]+\\s+)*['"]?${target}`,
      // A Makefile recipe line may start with @ (silent) or - (errors ignored).
      `(?:^|[\\s;&|(@-])${BIN}(?:cp|mv|install|ln|rsync)\\s[^\\n;&|]*\\s['"]?${target}\\s*(?:$|[;&|)])`,
      `(?:^|[\\s;&|(@-])${BIN}mkdir\\s+(?:-\\w+\\s+)*(?:\\S+\\s+)*['"]?${target}`,
      intoDir,
      // (Quoted, or with more files after it: `sed -i ... "Dockerfile"`, `sed -i ... Dockerfile README.md`.)
      ...inPlace ? [`(?:^|[\\s;&|(@-])(?:sed\\s(?=(?:[^\\n;&|]*\\s)?(?:-[a-zA-Z]*i\\S*|--in-place\\S*)\\s)|perl\\s(?=(?:[^\\n;&|]*\\s)?-[a-zA-Z]*i))[^\\n;&|]*\\s['"]?${target}['"]?(?:\\s+[^\\s;&|]+)*\\s*(?:$|[;&|)])`] : []
    ].join("|")
  );
}
function checkedPattern(relPath) {
  return new RegExp(`(?:\\[\\[?|(?:^|[\\s;&|(])test)\\s+(!\\s+)?-[efsx]\\s+['"]?(?:\\./)?${escape(relPath)}['"]?\\s*(\\]\\]?)?\\s*(\\|\\||&&|;\\s*then\\b)?`);
}
function stopsUnless(checked, lines, i) {
  const m = checked.exec(lines[i]);
  if (m === null) return false;
  const rest = lines[i].slice(m.index + m[0].length);
  if (m[1] === void 0) return m[3] === "||" && /^\s*(?:\{[^}]*\b)?(?:exit|return|false)\b/.test(rest);
  if (m[3] === void 0) return false;
  const block = [rest, ...lines.slice(i + 1, i + 5)].join("\n");
  const end = block.search(/\bfi\b|\}/);
  return /\b(?:exit|return|false)\b/.test(end < 0 ? block : block.slice(0, end + 2));
}
function recipeWrites(root, name, abs) {
  const file = /^(.*?)(?::\d+)?$/.exec(name)?.[1] ?? "";
  if (file === "" || / /.test(file)) return false;
  let text2;
  try {
    text2 = readRegularFile(path3.join(root, file), { noFollow: true, maxBytes: 1 << 20 }).toString("utf8");
  } catch {
    return false;
  }
  const rels = [path3.relative(path3.dirname(path3.join(root, file)), abs), path3.relative(root, abs)].map((r) => r.split(path3.sep).join("/")).filter((r) => r !== "" && !r.startsWith(".."));
  const makes = (rel) => [...text2.matchAll(/^([^\s:=#][^:=#\n]*):(?![=:])/gm)].some(
    (m) => m[1].split(/\s+/).some((target) => {
      const t = target.replace(/^\.\//, "");
      if (!t.includes("%")) return t !== "" && t === rel;
      return t.replace(/%/g, "") !== "" && new RegExp(`^${t.split("%").map(escapeRegExp).join(".+")}$`).test(rel);
    })
  );
  const makefile = /(?:^|\/)(?:GNUmakefile|[Mm]akefile[^/]*|[^/]+\.mk)$/.test(file);
  return rels.some((rel) => lineWriting(text2, rel, false, false, false) > 0 || makefile && makes(rel));
}
function toolOutput(line) {
  if (line.length > 4096) return null;
  const words = line.trim().split(/[ \t]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^\(+/, "");
    const rest = words.slice(i + 1).map((x) => x.replace(/[;)&|]+$/, ""));
    const valueOf = (...flags) => {
      for (let k = 0; k < rest.length; k++) {
        if (flags.includes(rest[k]) && rest[k + 1] !== void 0) return rest[k + 1];
        const eq = flags.find((f) => f.startsWith("--") && rest[k].startsWith(f + "="));
        if (eq !== void 0) return rest[k].slice(eq.length + 1);
      }
      return void 0;
    };
    if (w === "mvn" || w === "./mvnw" || w === "mvnw") {
      const pl = valueOf("-pl", "--projects");
      if (rest.some((x) => ["package", "install", "verify", "deploy"].includes(x))) return { dir: "target", projectFiles: ["pom.xml"], ...pl !== void 0 ? { projects: pl.split(",").map((m) => m.replace(/^:/, "").replace(/^\.\/+|\/+$/g, "")) } : {} };
    } else if (w === "gradle" || w === "./gradlew" || w === "gradlew") {
      const tasks = rest.filter((x) => /^(?::?[\w-]+:)*(?:build|assemble|jar|bootJar|shadowJar|installDist|quarkusBuild)$/.test(x));
      const dirFlag = valueOf("-p", "--project-dir");
      if (tasks.length > 0 && dirFlag !== void 0) return { dir: "build", projectFiles: ["build.gradle", "build.gradle.kts"], projects: [dirFlag.replace(/^\.\/+|\/+$/g, "")] };
      if (tasks.length > 0) return { dir: "build", projectFiles: ["build.gradle", "build.gradle.kts"], ...tasks.every((t) => t.includes(":")) ? { projects: tasks.map((t) => t.replace(/^:/, "").split(":").slice(0, -1).join("/")) } : {} };
    } else if (w === "sbt") {
      if (rest.some((x) => /^(?:dist|package|assembly|stage|universal:packageBin)$/.test(x))) return { dir: "target", projectFiles: ["build.sbt"] };
    } else if (w === "tsc") {
      const flags = rest.map((x) => x.toLowerCase().replace(/^--?/, "-"));
      if (flags.some((x) => ["-noemit", "-watch", "-w", "-init", "-version", "-v", "-help", "-h", "-showconfig", "-listfilesonly", "-outdir", "-outfile"].includes(x.split("=")[0]))) return null;
      const project = valueOf("-p", "--project", "-b", "--build");
      return { dir: "", projectFiles: [], tsconfig: project === void 0 ? "tsconfig.json" : /\.json$/.test(project) ? project : path3.posix.join(project, "tsconfig.json") };
    } else if (w === "cargo" && rest[rest[0]?.startsWith("+") ? 1 : 0] === "build") {
      const profileAt = rest.indexOf("--profile");
      const profile = rest.includes("--release") || rest.includes("-r") ? "release" : profileAt >= 0 && rest[profileAt + 1] !== void 0 ? rest[profileAt + 1] : rest.find((x) => x.startsWith("--profile="))?.slice(10) ?? "debug";
      return { dir: "target", projectFiles: ["Cargo.toml"], profile: profile === "dev" ? "debug" : profile, ...rest.some((x) => x === "--target" || x.startsWith("--target=")) ? { triple: true } : {} };
    }
  }
  return null;
}
function tscOutDir(tsconfig) {
  try {
    const doc = JSON.parse(withoutJsonComments(readRegularFile(tsconfig, { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString("utf8")));
    if (doc?.compilerOptions?.noEmit === true) return null;
    const outDir = doc?.compilerOptions?.outDir;
    return typeof outDir === "string" && outDir !== "" && !path3.isAbsolute(outDir) ? path3.resolve(path3.dirname(tsconfig), outDir) : null;
  } catch {
    return null;
  }
}
function toolBuilds(preparers, contextRoot, relPath) {
  for (const p of preparers) {
    if (p.otherBuild !== true && p.outputs !== void 0) {
      const abs = path3.join(contextRoot, relPath).replace(/\/+$/, "");
      if (p.outputs.some((o) => (abs === o || abs.startsWith(o + path3.sep)) && !(contextRoot === o || contextRoot.startsWith(o + path3.sep)))) return p.step;
    }
    if (p.otherBuild === true || p.script === void 0 || p.scriptAt === void 0) continue;
    const scriptAt = p.scriptAt;
    const target = path3.join(contextRoot, relPath);
    const script = (p.untilBuild ?? p.script).slice(0, 1 << 16);
    let dir = "";
    const stack = [];
    for (const line of script.split("\n").slice(0, 2048)) {
      const cd = line.length > MAX_LINE ? null : /^\s*(cd|pushd|popd)\b\s*(['"]?)([^\s'"`;&|]*)\2\s*(?:[12]?>\s*\/dev\/null\s*)*(?:$|;|&&)/.exec(line);
      if (cd !== null) {
        if (cd[1] === "popd") dir = stack.length > 0 ? stack.pop() : null;
        else {
          if (cd[1] === "pushd") stack.push(dir);
          const to = cd[3];
          dir = dir === null || to === "" || to === "-" || to.startsWith("/") || /[$~]/.test(to) ? null : path3.posix.join(dir, to);
        }
      }
      if (dir === null) continue;
      const base2 = path3.join(scriptAt, dir);
      const rel = path3.relative(base2, target).split(path3.sep).join("/");
      if (rel === "" || rel.startsWith("..") || path3.isAbsolute(rel)) continue;
      const dirs = rel.split("/").slice(0, -1);
      const out = toolOutput(line);
      if (out === null) continue;
      if (out.tsconfig !== void 0) {
        const tsconfig = path3.join(base2, out.tsconfig);
        const real = resolvedLocation(tsconfig);
        if (![scriptAt, base2, contextRoot].some((d) => isInside(resolvedLocation(d), real))) continue;
        const outDir = tscOutDir(tsconfig);
        if (outDir === null) continue;
        const outRel = path3.relative(base2, outDir).split(path3.sep).join("/");
        if (outRel !== "" && !outRel.startsWith("..") && (rel === outRel || rel.startsWith(outRel + "/"))) return p.step;
        continue;
      }
      const at = dirs.indexOf(out.dir);
      if (at < 0 || dirs.slice(0, at + 1).some((d) => /[*?[\\]/.test(d))) continue;
      if (out.profile !== void 0 && dirs[out.triple ? at + 2 : at + 1] !== out.profile) continue;
      if (out.projects !== void 0 && !out.projects.includes(dirs.slice(0, at).join("/"))) continue;
      const project = path3.join(base2, ...dirs.slice(0, at));
      if (!isInside(path3.dirname(scriptAt), project) && !isInside(contextRoot, project)) continue;
      if (out.projectFiles.some((f) => fs2.existsSync(path3.join(project, f)))) return p.step;
    }
  }
  return null;
}
function filledBy(preparers, contextRoot, relPath) {
  if (/[*?[\\]/.test(relPath)) return null;
  const abs = path3.join(contextRoot, relPath).replace(/\/+$/, "");
  return preparers.find((p) => p.otherBuild !== true && p.fills?.includes(abs) === true)?.step ?? null;
}
function mayPreparerOf(preparers, contextRoot, relPath, step) {
  const parts = relPath.split("/");
  const literal = parts.findIndex((p) => /[*?[\\]/.test(p));
  const abs = path3.join(contextRoot, ...parts.slice(0, literal < 0 ? parts.length : literal));
  const under4 = (d) => abs === d || abs.startsWith(d + path3.sep) || d.startsWith(abs + path3.sep);
  const mayWrite = (p) => p.script !== void 0 && p.scriptAt !== void 0 ? under4(p.scriptAt) : p.dirs.length === 0 || p.dirs.some(under4);
  const given = preparers.find((p) => p.step === step);
  if (given === void 0 || mayWrite(given)) return step;
  return preparers.find(mayWrite)?.step ?? step;
}
function preparerOf(preparers, contextRoot, relPath, under4 = false, explicitOnly = false) {
  const parts = relPath.split("/");
  const literal = parts.findIndex((p) => /[*?[\\]/.test(p));
  const upTo = literal < 0 ? parts.length : literal;
  if (literal >= 0) {
    const glob = parts.slice(0, literal + 1).join("/");
    for (const p of preparers) {
      if (p.script === void 0 || p.scriptAt === void 0) continue;
      const head = p.script.slice(0, 1 << 16).replace(/\$\{\{[^}\n]{0,256}\}\}/g, "X");
      const words = new Set(head.match(/[\w.@+-]+(?:\/[\w.@+-]+)*/g)?.slice(0, 4096) ?? []);
      let tried = 0;
      for (const w of words) {
        const rel = path3.relative(contextRoot, path3.join(p.scriptAt, w)).split(path3.sep).join("/");
        if (rel === "" || rel.startsWith("..") || rel.split("/").length !== literal + 1 || !filepathMatch(glob, rel)) continue;
        if (lineWriting(head, w, under4 || literal + 1 < parts.length) > 0) return p.step;
        if (++tried >= 8) break;
      }
    }
  }
  for (let k = upTo; k >= (explicitOnly ? upTo : 0); k--) {
    const abs = path3.join(contextRoot, ...parts.slice(0, k));
    for (const p of preparers) {
      if (!explicitOnly && p.dirs.some((d) => abs === d || abs.startsWith(d + path3.sep))) return p.step;
      if (k > 0 && p.script !== void 0 && p.scriptAt !== void 0) {
        const rel = path3.relative(p.scriptAt, abs).split(path3.sep).join("/");
        if (rel !== "" && (explicitOnly || !rel.startsWith("..")) && !path3.isAbsolute(rel) && lineWriting(p.script, rel, under4) > 0) return p.step;
      }
    }
  }
  return null;
}
function ignoreFileChangedBy(preparers, contextRoot, ignoreFile) {
  for (const p of preparers) {
    if (p.otherBuild === true || p.script === void 0 || p.scriptAt === void 0) continue;
    const rel = path3.relative(p.scriptAt, path3.join(contextRoot, ignoreFile)).split(path3.sep).join("/");
    if (rel === "" || path3.isAbsolute(rel) || rel.includes("\n")) continue;
    const script = p.untilBuild ?? p.script;
    if (lineWriting(script, rel, false, false, false) > 0) return { step: p.step, removes: false };
    if (removesFile(script, rel, p.sameShell === true)) return { step: p.step, removes: true };
  }
  return null;
}
function mergedPreparers(a, b, contextRoot, dockerfile) {
  const specific = dockerfile === void 0 ? null : path3.relative(contextRoot, dockerfile + ".dockerignore").split(path3.sep).join("/");
  const names = [".dockerignore", ...specific !== null && !specific.startsWith("../") && !path3.isAbsolute(specific) ? [specific] : []];
  const changes = (p) => p !== void 0 && names.some((n) => ignoreFileChangedBy(p, contextRoot, n) !== null);
  if (changes(a) === changes(b)) return a === void 0 ? void 0 : [...a];
  return (a ?? []).map((p) => ({ ...p, otherBuild: true }));
}
function removesFile(script, rel, sameShell) {
  const name = rel.slice(rel.lastIndexOf("/") + 1);
  const targets = /* @__PURE__ */ new Set([rel, `./${rel}`, ...["$PWD", "${PWD}", "$GITHUB_WORKSPACE", "${GITHUB_WORKSPACE}", "${{ github.workspace }}"].map((v) => `${v}/${rel}`)]);
  let depth = 0;
  let pendingBody = false;
  let trapQuote = null;
  for (const line of script.split("\n")) {
    if (sameShell) {
      if (trapQuote !== null) {
        if (line.includes(trapQuote)) trapQuote = null;
        continue;
      }
      const header = /^\s*(?:function\s+[\w.:-]+\s*(?:\(\s*\))?|[\w.:-]+\s*\(\s*\))\s*(\{)?/.exec(line);
      if (depth === 0 && header !== null && header[1] === void 0 && /^\s*(?:function\s+[\w.:-]+\s*(?:\(\s*\))?|[\w.:-]+\s*\(\s*\))\s*$/.test(line)) {
        pendingBody = true;
        continue;
      }
      if (header !== null && header[1] !== void 0 || depth > 0 || pendingBody && /^\s*\{/.test(line)) {
        pendingBody = false;
        depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
        if (depth < 0) depth = 0;
        continue;
      }
      pendingBody = false;
      const trap = /\btrap\s+(['"])/.exec(line);
      if (trap !== null) {
        if (!line.slice(trap.index + trap[0].length).includes(trap[1])) trapQuote = trap[1];
        continue;
      }
      if (/\btrap\s/.test(line)) continue;
    }
    if (line.length > MAX_LINE || !line.includes(name) || !line.includes("rm") && !line.includes("mv") || /^\s*#/.test(line)) continue;
    const code = line.replace(/\s#.*$/, "").replace(/\btrap\s+(['"])(.*?)\1/g, "; $2 ;");
    for (const command of code.split(/;|&&|\|\||\||\(|\)/)) {
      const words = command.trim().split(/\s+/).map((w) => w.replace(/^(['"])(.*)\1$/, "$2"));
      if (words[0] !== void 0) words[0] = words[0].replace(/^[@-]+/, "");
      if (words[0] === "sudo") words.shift();
      if (words[0] === "mv" || words[0] === "git" && words[1] === "mv") {
        const args = words.slice(words[0] === "git" ? 2 : 1).filter((w) => w !== "" && !w.startsWith("-"));
        if (args.slice(0, -1).some((w) => targets.has(w))) return true;
        continue;
      }
      const git = words[0] === "git" && words[1] === "rm";
      if (words[0] !== "rm" && !git) continue;
      if (git && words.includes("--cached")) continue;
      if (words.slice(git ? 2 : 1).some((w) => targets.has(w))) return true;
    }
  }
  return false;
}
function dockerHubHook(dockerfileDir) {
  for (const name of ["post_checkout", "pre_build"]) {
    const st = fs2.lstatSync(path3.join(dockerfileDir, "hooks", name), { throwIfNoEntry: false });
    if (st?.isFile()) return `Docker Hub's hooks/${name} (an automated build runs it in the checkout first)`;
  }
  return null;
}
var submodulesCache = /* @__PURE__ */ new Map();
function submodulePaths(repoRoot) {
  return submoduleEntries(repoRoot).map((e) => e.path);
}
function submoduleEntries(repoRoot) {
  const hit = submodulesCache.get(repoRoot);
  if (hit) return hit;
  const entries = [];
  try {
    const text2 = readRegularFile(path3.join(repoRoot, ".gitmodules"), { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString("utf8");
    let name = null;
    for (const line of text2.split("\n")) {
      const section = /^\s*\[\s*submodule\s+"([^"]*)"\s*\]/.exec(line);
      if (section) name = section[1].replace(/\/+$/, "") || null;
      else if (/^\s*\[/.test(line)) name = null;
      const m = /^\s*path\s*=\s*(.+?)\s*$/.exec(line);
      if (!m) continue;
      const p = m[1].replace(/^\.\//, "").replace(/\/+$/, "");
      if (p !== "" && !p.split("/").includes("..")) entries.push({ name: name !== null && !name.split("/").includes("..") ? name : null, path: p });
    }
  } catch {
  }
  submodulesCache.set(repoRoot, entries);
  return entries;
}
function submoduleHolding(repoRoot, repoPath) {
  return submodulePaths(repoRoot).find((sub) => holds(sub, repoPath)) ?? null;
}
var holds = (sub, repoPath) => repoPath === sub || repoPath.startsWith(sub + "/");
function uncheckedSubmodules(repoRoot) {
  return submodulePaths(repoRoot).filter((sub) => uncheckedSubmodule(repoRoot, sub) === sub).sort();
}
function uncheckedSubmodule(repoRoot, repoPath) {
  if (repoPath === ".git/modules") {
    const named = submoduleEntries(repoRoot).filter((e) => e.name !== null);
    if (named.length > 0 && !fs2.existsSync(path3.join(repoRoot, ".git", "modules"))) return [...named].sort((a, b) => a.path < b.path ? -1 : 1)[0].path;
  }
  if (repoPath.startsWith(".git/modules/")) {
    const rest = repoPath.slice(".git/modules/".length);
    for (const e of submoduleEntries(repoRoot)) {
      if (e.name === null || !holds(e.name, rest)) continue;
      try {
        if (fs2.lstatSync(path3.join(repoRoot, ".git", "modules", ...e.name.split("/"))).isDirectory()) return null;
      } catch {
      }
      return e.path;
    }
  }
  for (const sub of submodulePaths(repoRoot)) {
    if (!holds(sub, repoPath)) continue;
    try {
      const dir = path3.join(repoRoot, ...sub.split("/"));
      if (!fs2.lstatSync(dir).isDirectory() || fs2.readdirSync(dir).length === 0) return sub;
    } catch {
      return sub;
    }
  }
  return null;
}
function goCommandFor(repoRoot, name) {
  if (name === "" || name.includes("\n")) return null;
  const slash = name.lastIndexOf("/");
  if (slash > 0) {
    const dir2 = name.slice(0, slash);
    const base2 = name.slice(slash + 1);
    if (base2 === "" || base2.includes(".") || dir2.split("/").some((c) => c === "" || c === "." || c === "..")) return null;
    const parts = dir2.split("/");
    const real = parts.every((_c, i) => realDir(path3.join(repoRoot, ...parts.slice(0, i + 1))));
    return real && rootMainModule(path3.join(repoRoot, ...parts)) === base2 ? `-C ${dir2}` : null;
  }
  if (name.includes(".")) return null;
  const dir = path3.join(repoRoot, "cmd", name);
  try {
    if (fs2.lstatSync(dir).isDirectory() && fs2.readdirSync(dir).some((n) => n.endsWith(".go"))) return `./cmd/${name}`;
  } catch {
  }
  return rootMainModule(repoRoot) === name ? "." : null;
}
function rootMainModule(repoRoot) {
  const read = (file, maxBytes) => {
    try {
      return readRegularFile(path3.join(repoRoot, file), { noFollow: true, maxBytes }).toString("utf8");
    } catch {
      return null;
    }
  };
  const mod = /^module\s+"?([^\s"]+)"?\s*$/m.exec(read("go.mod", MAX_BUILD_FILE_BYTES) ?? "");
  if (!mod) return null;
  const elems = mod[1].split("/");
  const last = elems.length > 1 && /^v\d+$/.test(elems[elems.length - 1]) ? elems[elems.length - 2] : elems[elems.length - 1];
  let names;
  try {
    names = fs2.readdirSync(repoRoot).filter((n) => n.endsWith(".go") && !n.endsWith("_test.go")).sort().slice(0, 50);
  } catch {
    return null;
  }
  return names.some((n) => /^package\s+main\b/m.test(read(n, 16 * 1024) ?? "")) ? last : null;
}
var buildTargetsCache = /* @__PURE__ */ new Map();
function buildTargets(repoRoot) {
  const hit = buildTargetsCache.get(repoRoot);
  if (hit) return hit;
  const out = [];
  const read = (file) => {
    try {
      return readRegularFile(path3.join(repoRoot, file), { noFollow: true, maxBytes: MAX_BUILD_FILE_BYTES }).toString("utf8").split("\n");
    } catch {
      return null;
    }
  };
  const cmake = read("CMakeLists.txt") ?? [];
  cmake.forEach((l, i) => {
    const m = l.length <= MAX_LINE ? /^\s*add_executable\s*\(\s*([\w.+-]+)(?=[\s)])/i.exec(l) : null;
    if (m) out.push({ name: m[1], where: `CMakeLists.txt:${i + 1} (add_executable)` });
  });
  for (const file of ["BUILD", "BUILD.bazel"]) {
    const lines = read(file) ?? [];
    let rule = null;
    lines.forEach((l, i) => {
      if (l.length > MAX_LINE) return;
      const open = /^\s*(\w+_binary)\s*\(/.exec(l);
      if (open) rule = open[1];
      else if (/^\S/.test(l)) rule = null;
      const name = rule === null ? null : /\bname\s*=\s*"([\w.+-]+)"/.exec(l);
      if (rule !== null && name) {
        out.push({ name: name[1], where: `${file}:${i + 1} (${rule})` });
        rule = null;
      }
    });
  }
  const cargo = read("Cargo.toml");
  if (cargo !== null) out.push(...cargoPrograms(cargo.join("\n"), "Cargo.toml"));
  buildTargetsCache.set(repoRoot, out);
  return out;
}
function cargoPrograms(text2, file) {
  const out = [];
  let section = "";
  text2.split("\n").forEach((l, i) => {
    if (l.length > MAX_LINE) return;
    const head = /^\s*\[\[?([\w.-]+)\]\]?\s*$/.exec(l);
    if (head) section = head[1];
    const name = section === "package" || section === "bin" ? /^\s*name\s*=\s*"([\w.+-]+)"/.exec(l) : null;
    if (name) out.push({ name: name[1], where: `${file}:${i + 1} ([${section}])` });
  });
  return out;
}
function buildTargetFor(repoRoot, name) {
  if (name === "" || name.includes("/") || name.includes(".") || name.includes("\n")) return null;
  return buildTargets(repoRoot).find((t) => t.name === name)?.where ?? null;
}
function packageScripts(text2) {
  let scripts;
  try {
    scripts = JSON.parse(text2)?.scripts;
  } catch {
    return null;
  }
  if (scripts === null || typeof scripts !== "object" || Array.isArray(scripts)) return null;
  return new Map(Object.entries(scripts).filter((e) => typeof e[1] === "string"));
}

// src/context/legacy-context.ts
const { statSync: statSync2 } = require("node:fs");

// src/context/discover.ts
const fs3 = require("node:fs");
const path4 = require("node:path");
var ERRNO_TEXT = {
  ENOENT: "no such file or directory",
  ENOTDIR: "not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ELOOP: "too many levels of symbolic links",
  EISDIR: "is a directory",
  ENAMETOOLONG: "file name too long",
  EIO: "input/output error"
};
function errCode(e) {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : "EIO";
}
function errnoText(e) {
  const c = errCode(e);
  return ERRNO_TEXT[c] ?? (e instanceof Error ? e.message : String(e));
}
function evalSymlinks(p) {
  let rest = p;
  let dest = "/";
  let links = 0;
  while (rest.length > 0) {
    const slash = rest.indexOf("/");
    const comp = slash < 0 ? rest : rest.slice(0, slash);
    rest = slash < 0 ? "" : rest.slice(slash + 1);
    if (comp === "" || comp === ".") continue;
    if (comp === "..") {
      dest = path4.posix.dirname(dest);
      continue;
    }
    const next = dest === "/" ? "/" + comp : dest + "/" + comp;
    let st;
    try {
      st = fs3.lstatSync(fsPath(next));
    } catch (e) {
      throw new Error(`lstat ${next}: ${errnoText(e)}`);
    }
    if (!st.isSymbolicLink()) {
      if (!st.isDirectory() && rest.length > 0) throw new Error(`lstat ${next}/${rest.split("/")[0]}: not a directory`);
      dest = next;
      continue;
    }
    if (++links > 255) throw new Error("EvalSymlinks: too many links");
    const target = fs3.readlinkSync(fsPath(next), { encoding: "latin1" });
    if (target.startsWith("/")) dest = "/";
    rest = target + (rest ? "/" + rest : "");
  }
  return dest;
}
function resolveContext(contextArg, file, cwd, stdinDockerfile) {
  if (contextArg === "-" && file === "-") throw new InputError("invalid argument: can't use stdin for both build context and dockerfile");
  if (contextArg === "-") throw new InputError("reading the build context from stdin is not supported");
  if (/^(https?:\/\/|git@|git:\/\/|github\.com\/)/.test(contextArg)) {
    throw new InputError(`a remote context (${hideUrlCredentials(contextArg)}) is audited by \`ctx-audit URL\`, ls and tar; here it needs a directory: clone it`);
  }
  const given = path4.resolve(cwd, contextArg);
  try {
    fs3.statSync(given);
  } catch {
    throw new InputError(`unable to prepare context: path "${contextArg}" not found`);
  }
  let rootBytes;
  try {
    rootBytes = evalSymlinks(toByteString(given));
  } catch (e) {
    throw new InputError(`unable to prepare context: unable to evaluate symlinks in context path: ${byteStringToText(e.message)}`);
  }
  if (!isValidUtf8(rootBytes)) throw new InputError(`unable to prepare context: the context directory's real path ${byteStringToText(rootBytes)} is not UTF-8, which ctx-audit cannot audit`);
  const root = byteStringToText(rootBytes);
  if (!fs3.lstatSync(root).isDirectory()) {
    throw new InputError(`unable to prepare context: context must be a directory: ${root}`);
  }
  if (file === "-") {
    if (stdinDockerfile === void 0) throw new InputError("reading the Dockerfile from stdin (-f -) is not supported here");
    return { root, relDockerfile: "-", dockerfileAbs: null, dockerfileOutside: true, dockerfileStdin: stdinDockerfile };
  }
  let absDockerfile;
  if (file === void 0 || file === "") {
    absDockerfile = path4.join(root, "Dockerfile");
    if (!fs3.lstatSync(absDockerfile, { throwIfNoEntry: false })) {
      const alt = path4.join(root, "dockerfile");
      if (fs3.lstatSync(alt, { throwIfNoEntry: false })) absDockerfile = alt;
    }
  } else {
    absDockerfile = path4.resolve(cwd, file);
  }
  let resolved;
  try {
    resolved = evalSymlinks(toByteString(absDockerfile));
  } catch (e) {
    const absent = !fs3.lstatSync(absDockerfile, { throwIfNoEntry: false });
    const hint = (file === void 0 || file === "") && absent ? " (no Dockerfile in the context directory: name one with -f PATH; `ctx-audit --all` audits every build here)" : "";
    throw new InputError(`unable to prepare context: unable to evaluate symlinks in Dockerfile path: ${byteStringToText(e.message)}${hint}`);
  }
  const relDockerfile = path4.posix.relative(rootBytes, resolved) || ".";
  const outside = relDockerfile === ".." || relDockerfile.startsWith("../");
  if (outside) {
    const reopen = file ?? "";
    try {
      fs3.closeSync(fs3.openSync(reopen === "" ? "\0" : path4.resolve(cwd, reopen), "r"));
    } catch (e) {
      throw new InputError(`unable to open Dockerfile: open ${reopen}: ${errnoText(reopen === "" ? { code: "ENOENT" } : e)}`);
    }
  }
  return { root, relDockerfile, dockerfileAbs: resolved, dockerfileOutside: outside, dockerfileGiven: toByteString(absDockerfile) };
}
function buildkitDockerfileLinkOut(givenAbs) {
  const dir = path4.posix.dirname(givenAbs);
  let p = path4.posix.basename(givenAbs);
  for (let hops = 0; hops < 40; hops++) {
    const at = dir + "/" + p;
    const st = fs3.lstatSync(fsPath(at), { throwIfNoEntry: false });
    if (!st) return null;
    if (!st.isSymbolicLink()) {
      try {
        const real = fs3.realpathSync(fsPath(at), { encoding: "latin1" });
        const realDir2 = fs3.realpathSync(fsPath(dir), { encoding: "latin1" });
        return real.startsWith(realDir2 === "/" ? "/" : realDir2 + "/") ? null : p;
      } catch {
        return null;
      }
    }
    const link = fs3.readlinkSync(fsPath(at), { encoding: "latin1" });
    const next = path4.posix.join("/", link.startsWith("/") ? link : path4.posix.join(path4.posix.dirname(p), link)).replace(/^\/+/, "");
    if (next === "" || !fs3.lstatSync(fsPath(dir + "/" + next), { throwIfNoEntry: false })) return link;
    p = next;
  }
  return null;
}
function buildxLowercaseDockerfile(cwd, file) {
  if (file === void 0 || file === "" || file === "-" || path4.basename(file) !== "Dockerfile") return null;
  const abs = path4.resolve(cwd, file);
  let names;
  try {
    names = fs3.readdirSync(path4.dirname(abs));
  } catch {
    return null;
  }
  if (names.includes("Dockerfile") || !names.includes("dockerfile")) return null;
  return { file: path4.join(path4.dirname(file), "dockerfile"), legacyRefusal: `unable to prepare context: unable to evaluate symlinks in Dockerfile path: lstat ${abs}: no such file or directory` };
}
function readDockerignore(root) {
  return readIgnoreFileAt(path4.join(root, ".dockerignore"), ".dockerignore", "error reading .dockerignore");
}
var MAX_IGNORE_FILE_BYTES = 1024 * 1024;
var MAX_IGNORE_PATTERNS = 2e3;
function readIgnoreFileAt(file, displayName, errorPrefix) {
  let st;
  try {
    st = fs3.statSync(file);
  } catch (e) {
    const c = errCode(e);
    if (c === "ENOENT" || c === "ENOTDIR") return { path: null, displayName, rules: [], content: null };
    throw new InputError(`open ${file}: ${errnoText(e)}`);
  }
  if (st.isDirectory()) throw new InputError(`${errorPrefix}: read ${file}: is a directory`);
  if (!st.isFile()) {
    throw new InputError(`${file} is not a regular file: docker build would block reading it`);
  }
  if (st.size > MAX_IGNORE_FILE_BYTES) {
    throw new InputError(`${file}: ${st.size.toLocaleString("en-US")} bytes is more than ctx-audit reads in an ignore file (${MAX_IGNORE_FILE_BYTES.toLocaleString("en-US")}); not read`);
  }
  let content;
  try {
    content = readRegularFile(file, { maxBytes: MAX_IGNORE_FILE_BYTES + 1 });
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new InputError(`${file} is not a regular file: docker build would block reading it`);
    throw new InputError(`open ${file}: ${errnoText(e)}`);
  }
  if (content.length > MAX_IGNORE_FILE_BYTES) throw new InputError(`${file}: more than ${MAX_IGNORE_FILE_BYTES.toLocaleString("en-US")} bytes, more than ctx-audit reads in an ignore file; not read`);
  let rules;
  try {
    rules = readIgnoreRules(content);
  } catch (e) {
    if (e instanceof IgnoreFileError) throw new InputError(`${errorPrefix}: ${e.message}`);
    throw e;
  }
  if (rules.length > MAX_IGNORE_PATTERNS) {
    throw new InputError(`${file}: ${rules.length.toLocaleString("en-US")} patterns is more than ctx-audit checks in an ignore file (${MAX_IGNORE_PATTERNS.toLocaleString("en-US")}); not read`);
  }
  return { path: file, displayName, rules, content };
}

// src/context/walk.ts
const fs4 = require("node:fs");
var ValidationError = class extends Error {
  /** A readability failure (`can't stat`, `no permission to read from`) of a path below the root. */
  permission;
  constructor(message, permission = false) {
    super(message);
    this.permission = permission;
  }
};
var S_IFMT = 61440;
var S_IFREG = 32768;
var S_IFDIR = 16384;
var S_IFLNK = 40960;
var S_IFIFO = 4096;
var S_IFCHR = 8192;
var S_IFBLK = 24576;
var S_IFSOCK = 49152;
function errCode2(e) {
  return typeof e === "object" && e !== null && "code" in e ? String(e.code) : void 0;
}
function isPermissionError(e) {
  const c = errCode2(e);
  return c === "EACCES" || c === "EPERM";
}
function devMajor(rdev) {
  const hi = Math.floor(rdev / 2 ** 32);
  return rdev >>> 8 & 4095 | (hi & ~4095) >>> 0;
}
function devMinor(rdev) {
  return rdev & 255 | rdev >>> 12 & ~255 & 1048575;
}
function mayRead(st, uid, groups) {
  if (st.uid === uid) return (st.mode & 256) !== 0;
  if (groups.has(st.gid)) return (st.mode & 32) !== 0;
  return (st.mode & 4) !== 0;
}
function mayList(st, uid, groups) {
  if (st.uid === uid) return (st.mode & 320) === 320;
  if (groups.has(st.gid)) return (st.mode & 40) === 40;
  return (st.mode & 5) === 5;
}
function openFailsWithPermission(abs) {
  try {
    const fd = fs4.openSync(fsPath(abs), fs4.constants.O_RDONLY | fs4.constants.O_NONBLOCK);
    fs4.closeSync(fd);
    return false;
  } catch (e) {
    return isPermissionError(e);
  }
}
function emptyStat() {
  return { mode: 0, size: 0, mtimeMs: 0, ino: 0, nlink: 0, rdev: 0, uid: 0, gid: 0 };
}
function fillStat(st, data, o) {
  st.mode = data[o];
  st.size = data[o + 1];
  st.mtimeMs = data[o + 2];
  st.ino = data[o + 3];
  st.nlink = data[o + 4];
  st.rdev = data[o + 5];
  st.uid = data[o + 6];
  st.gid = data[o + 7];
  return st;
}
var liveTree = {
  list(abs) {
    const names = readNames(abs);
    return { names, stat: (i) => lstatIn(abs, names[i]) };
  }
};
function recordedListing(rec, scratch) {
  const { names, data, errors } = rec;
  return {
    names,
    stat(i) {
      const o = i * STAT_FIELDS;
      const mode = data[o];
      if (mode === STAT_MISSING) return void 0;
      if (mode === STAT_FAILED) throw errors?.get(i);
      return fillStat(scratch, data, o);
    }
  };
}
function recordingTree() {
  const dirs = /* @__PURE__ */ new Map();
  const liveScratch = emptyStat();
  return {
    list(abs) {
      let rec;
      try {
        rec = readDirectory(abs);
      } catch (e) {
        dirs.set(abs, { error: e });
        throw e;
      }
      dirs.set(abs, rec);
      return recordedListing(rec, liveScratch);
    },
    replay() {
      const scratch = emptyStat();
      return {
        list(abs) {
          const rec = dirs.get(abs);
          if (rec === void 0) return liveTree.list(abs);
          if ("error" in rec) throw rec.error;
          return recordedListing(rec, scratch);
        }
      };
    }
  };
}
var UNKNOWN = 0;
var NO = 1;
var YES = 2;
function matchesOrParentMatches(pm, path12, ancestors2, known) {
  let matched = false;
  const pats = pm.patterns;
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    if (p.exclusion !== matched) continue;
    let m = ancestors2 !== null && ancestors2[i];
    if (!m) {
      const k = known !== null ? known[i] : UNKNOWN;
      m = k === UNKNOWN ? pm.testPattern(i, path12) : k === YES;
    }
    if (m) matched = !p.exclusion;
  }
  return matched;
}
function extendAncestors(pm, path12, ancestors2, known) {
  const out = new Array(pm.patterns.length);
  for (let i = 0; i < out.length; i++) {
    let m = ancestors2 !== null && ancestors2[i];
    if (!m) {
      const k = known !== null ? known[i] : UNKNOWN;
      if (k !== UNKNOWN) m = k === YES;
      else {
        try {
          m = pm.testPattern(i, path12);
        } catch {
          m = false;
        }
      }
    }
    out[i] = m;
  }
  return out;
}
function knownFromTar(pm, parent, out, upTo, known) {
  const pats = pm.patterns;
  let matched = false;
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    const viaParent = parent !== null && parent[i];
    if (i < upTo) known[i] = !viaParent && p.exclusion === matched ? out[i] ? YES : NO : UNKNOWN;
    if (out[i]) matched = !p.exclusion;
  }
}
function sharesPrefix(pmV, pmT) {
  if (pmV === pmT) return true;
  if (pmV.patterns.length > pmT.patterns.length) return false;
  return pmV.patterns.every((p, i) => p.text === pmT.patterns[i].text && p.exclusion === pmT.patterns[i].exclusion);
}
function makeDescentRule(pm, exceptionsWithSlash, mode) {
  if (!pm.hasExclusions) return () => false;
  if (mode === "legacy") return (dir) => exceptionsWithSlash.some((p) => p.startsWith(dir + "/"));
  const stripped = pm.patterns.filter((p) => p.exclusion).map((p) => p.text.replace(/\/\*\*?$/, ""));
  if (stripped.some((e) => /[*[\]?^\\]/.test(e))) return () => true;
  return (dir) => stripped.some((e) => (e + "/").startsWith(dir + "/"));
}
function walkContext(opts) {
  if (opts.result !== void 0) return opts.result;
  const { tarMatcher: pmT, validationMatcher: pmV } = opts;
  const root = toByteString(opts.root);
  const nT = pmT.patterns.length;
  const tarExceptions = pmT.patterns.filter((p) => p.exclusion).map((p) => p.text + "/");
  const enterExcludedDir = makeDescentRule(pmT, tarExceptions, opts.exceptionDescent ?? "legacy");
  const validationFromTar = pmT === pmV && !pmV.hasExclusions;
  const validationActive = pmV.patterns.length > 0 || opts.checkPermissions;
  const nV = pmV.patterns.length;
  const shareResults = !validationFromTar && nV > 0 && sharesPrefix(pmV, pmT);
  const known = shareResults ? new Uint8Array(nV) : null;
  const scratchInfo = new Array(nT);
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  const checkPerms = opts.checkPermissions && uid !== 0;
  const groups = new Set(checkPerms && typeof process.getgroups === "function" ? process.getgroups() : []);
  if (checkPerms && typeof process.getegid === "function") groups.add(process.getegid());
  const entries = [];
  const excluded = [];
  const notices = [];
  const seenInodes = /* @__PURE__ */ new Map();
  let validationError = null;
  let tarStopped = false;
  let truncatedAfter = null;
  const failValidation = (message, permission = false) => {
    if (!validationError) validationError = new ValidationError(message, permission);
  };
  const src = opts.source ?? liveTree;
  const reuse = opts.reuse;
  let reuseAt = 0;
  const reused = (rel, idx) => {
    if (!reuse) return null;
    for (let k = reuseAt, end = Math.min(reuse.length, reuseAt + 16); k < end; k++) {
      const e = reuse[k];
      if (e.path !== rel) continue;
      reuseAt = k + 1;
      return e.kind !== "hardlink" && e.decidedBy === idx && (e.kind !== "file" || e.type === "0") ? e : null;
    }
    return null;
  };
  const onProgress = opts.onProgress;
  let seen = 0;
  let nextReport = 8192;
  const progress = (listed) => {
    if (!onProgress) return;
    seen += listed;
    if (seen >= nextReport) {
      nextReport = seen + 8192;
      onProgress(seen);
    }
  };
  const emitExcludedParents = opts.exceptionDescent === "fsutil";
  const pendingParents = [];
  const cleanSubtrees = !emitExcludedParents && pmT.hasExclusions ? /* @__PURE__ */ new Map() : void 0;
  let dirtyMarks = 0;
  const copyFrom = opts.copyFrom?.walk.cleanSubtrees !== void 0 && reuse !== void 0 && reuse === opts.copyFrom.walk.entries ? opts.copyFrom : void 0;
  const visitDir = (abs, rel, frame) => {
    let listing;
    try {
      listing = src.list(abs);
    } catch (e) {
      if (rel === "") {
        if (isPermissionError(e)) throw new ValidationError(`can't stat '${abs}'`);
        throw e;
      }
      if (frame.validated && isPermissionError(e)) failValidation(`can't stat '${abs}'`, true);
      if (frame.tarInfo) notices.push({ path: rel, message: `cannot list directory (${errCode2(e) ?? "error"})`, ...isPermissionError(e) ? { buildkitFails: "open" } : {} });
      return;
    }
    const names = listing.names;
    const prefix = rel === "" || frame.tarInfo === null ? null : dirPrefix(rel, nT);
    progress(names.length);
    const noteClean = cleanSubtrees !== void 0 && rel !== "" && frame.tarInfo !== null && !frame.tarExcluded;
    const entriesFrom = entries.length;
    const excludedFrom = excluded.length;
    const noticesFrom = notices.length;
    const dirtyFrom = dirtyMarks;
    for (let ni = 0; ni < names.length; ni++) {
      const name = names[ni];
      const childRel = rel === "" ? name : rel + "/" + name;
      let st;
      try {
        st = listing.stat(ni);
      } catch (e) {
        if (frame.validated) failValidation(isPermissionError(e) ? `can't stat '${abs}/${name}'` : `lstat ${abs}/${name}: ${errnoText(e)}`, isPermissionError(e));
        if (frame.tarInfo && isPermissionError(e)) notices.push({ path: childRel, message: `cannot stat (${errCode2(e) ?? "error"})`, buildkitFails: "lstat" });
        continue;
      }
      if (!st) {
        if (frame.validated) failValidation(`file ('${abs}/${name}') not found or excluded by .dockerignore`);
        continue;
      }
      const fmt = st.mode & S_IFMT;
      const isDir = fmt === S_IFDIR;
      if (frame.measureInto) {
        const m = frame.measureInto;
        m.entries++;
        if (fmt === S_IFREG) {
          m.files++;
          m.bytes += st.size;
        }
      }
      if (known) known.fill(UNKNOWN);
      let childTar = null;
      let pendingDir = null;
      let childTarExcluded = false;
      let childMeasure = frame.measureInto;
      let tarSkip = false;
      if (frame.tarInfo && !tarStopped) {
        const info = isDir ? new Array(nT) : null;
        const parentInfo = rel === "" ? null : frame.tarInfo;
        let idx = -1;
        try {
          idx = pmT.matchWithParents(childRel, parentInfo, info ?? (known ? scratchInfo : null), prefix);
          if (known && (rel === "" || parentInfo !== null && parentInfo.length > 0)) knownFromTar(pmT, parentInfo, info ?? scratchInfo, nV, known);
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          if (validationFromTar) {
            failValidation(e.message);
            return;
          }
          tarStopped = true;
          notices.push({ path: childRel, message: `a pattern error stopped Docker's walk here: ${e.message}` });
        }
        if (!tarStopped) {
          tarSkip = idx >= 0 && !pmT.patterns[idx].exclusion;
          if (tarSkip) {
            const item = {
              path: childRel,
              isDir,
              files: fmt === S_IFREG ? 1 : 0,
              bytes: fmt === S_IFREG ? st.size : 0,
              entries: 1,
              decidedBy: idx,
              enteredForExceptions: false,
              measured: true
            };
            excluded.push(item);
            if (isDir) dirtyMarks++;
            if (isDir && enterExcludedDir(childRel)) {
              item.enteredForExceptions = true;
              childTar = info;
              childTarExcluded = true;
              if (emitExcludedParents) pendingDir = makeEntry(abs, name, childRel, st, fmt, idx);
            } else if (isDir && opts.measureExcluded) {
              childMeasure = item;
            } else if (isDir) {
              item.measured = false;
            }
          } else if (fmt === S_IFSOCK) {
            notices.push({ path: childRel, message: "socket not sent (archive/tar: sockets not supported)" });
          } else {
            const entry = reused(childRel, idx) ?? makeEntry(abs, name, childRel, st, fmt, idx);
            if (entry) {
              for (const p of pendingParents) {
                if (p.sent) continue;
                entries.push(p.entry);
                p.sent = true;
              }
              entries.push(entry);
              if (isDir) childTar = info;
              if (checkPerms && frame.tarExcluded && entry.type === "0" && entry.size > 0) {
                if (!mayRead(st, uid, groups) && openFailsWithPermission(abs + "/" + name)) {
                  truncatedAfter = childRel;
                  tarStopped = true;
                  childTar = null;
                  notices.push({ path: childRel, message: "unreadable: Docker sends its header, then the stream breaks" });
                }
              }
            }
          }
        }
      }
      let childValidated = false;
      let childAncestors = null;
      if (frame.validated && validationActive && !validationError) {
        let vExcluded = false;
        try {
          if (validationFromTar && !tarStopped) {
            vExcluded = tarSkip;
          } else if (pmV.patterns.length > 0) {
            vExcluded = matchesOrParentMatches(pmV, childRel, frame.vAncestors, known);
            if (isDir && !vExcluded) childAncestors = extendAncestors(pmV, childRel, frame.vAncestors, known);
          }
        } catch (e) {
          if (!(e instanceof PatternError)) throw e;
          failValidation(e.message);
        }
        if (!validationError) {
          if (vExcluded) {
            if (isDir && checkPerms && !mayList(st, uid, groups)) probeExcludedDir(abs + "/" + name);
          } else {
            if (checkPerms) validateEntry(abs, name, st, fmt);
            childValidated = isDir;
          }
        }
      }
      if (isDir && childTar === null && !childValidated && childMeasure !== null) {
        measureSubtree(abs + "/" + name, childMeasure);
      } else if (isDir && (childTar || childValidated || childMeasure)) {
        if (copyFrom !== void 0 && childTar !== null && !childTarExcluded && childMeasure === null && !tarStopped && copySubtree(copyFrom, childRel)) continue;
        if (pendingDir) pendingParents.push({ entry: pendingDir, sent: false });
        visitDir(abs + "/" + name, childRel, {
          tarInfo: childTar,
          tarExcluded: childTarExcluded,
          validated: childValidated,
          vAncestors: childAncestors,
          measureInto: childMeasure
        });
        if (pendingDir) pendingParents.pop();
      }
    }
    if (noteClean && dirtyMarks === dirtyFrom && notices.length === noticesFrom && !tarStopped) {
      cleanSubtrees.set(rel, { entriesFrom, entriesTo: entries.length, excludedFrom, excludedTo: excluded.length });
    }
  };
  const copySubtree = (copy, rel) => {
    const from = copy.walk;
    const sub = from.cleanSubtrees?.get(rel);
    if (sub === void 0 || from.entries[sub.entriesFrom - 1] !== entries[entries.length - 1] || reuseAt !== sub.entriesFrom || copy.except.some((p) => p.startsWith(rel + "/"))) return false;
    for (let k = sub.entriesFrom; k < sub.entriesTo; k++) entries.push(from.entries[k]);
    for (let k = sub.excludedFrom; k < sub.excludedTo; k++) excluded.push({ ...from.excluded[k] });
    reuseAt = sub.entriesTo;
    return true;
  };
  const measured = opts.measured;
  const measureSubtree = (abs, into) => {
    if (!measured) return measureOnly(abs, into);
    let t = measured.get(abs);
    if (t === void 0) {
      t = { entries: 0, files: 0, bytes: 0 };
      measureOnly(abs, t);
      measured.set(abs, t);
    }
    into.entries += t.entries;
    into.files += t.files;
    into.bytes += t.bytes;
  };
  const measureOnly = (abs, into) => {
    let listing;
    try {
      listing = src.list(abs);
    } catch {
      return;
    }
    const names = listing.names;
    progress(names.length);
    for (let i = 0; i < names.length; i++) {
      let st;
      try {
        st = listing.stat(i);
      } catch {
        continue;
      }
      if (!st) continue;
      into.entries++;
      const fmt = st.mode & S_IFMT;
      if (fmt === S_IFREG) {
        into.files++;
        into.bytes += st.size;
      } else if (fmt === S_IFDIR) measureOnly(abs + "/" + names[i], into);
    }
  };
  const validateEntry = (dir, name, st, fmt) => {
    if (fmt === S_IFLNK || fmt === S_IFIFO || fmt === S_IFDIR || fmt === S_IFSOCK) return;
    if (!mayRead(st, uid, groups) && openFailsWithPermission(dir + "/" + name)) {
      failValidation(`no permission to read from '${dir}/${name}'`, true);
    }
  };
  const probeExcludedDir = (abs) => {
    try {
      fs4.readdirSync(fsPath(abs));
    } catch (e) {
      if (isPermissionError(e)) failValidation(`can't stat '${abs}'`, true);
    }
  };
  const makeEntry = (dir, base2, rel, st, fmt, idx) => {
    let type;
    let kind;
    let linkname = "";
    let size = 0;
    let devmajor = 0;
    let devminor = 0;
    switch (fmt) {
      case S_IFREG:
        type = "0";
        kind = "file";
        size = st.size;
        break;
      case S_IFDIR:
        type = "5";
        kind = "dir";
        break;
      case S_IFLNK:
        type = "2";
        kind = "symlink";
        try {
          linkname = fs4.readlinkSync(fsPath(dir + "/" + base2), { encoding: "latin1" });
        } catch {
          notices.push({ path: rel, message: "symlink vanished during the walk" });
          return null;
        }
        break;
      case S_IFIFO:
        type = "6";
        kind = "fifo";
        break;
      case S_IFCHR:
        type = "3";
        kind = "char";
        break;
      case S_IFBLK:
        type = "4";
        kind = "block";
        break;
      default:
        return null;
    }
    if (type === "3" || type === "4") {
      devmajor = devMajor(st.rdev);
      devminor = devMinor(st.rdev);
    }
    const name = type === "5" ? rel + "/" : rel;
    if (type !== "5" && st.nlink > 1 && !emitExcludedParents) {
      const first = seenInodes.get(st.ino);
      if (first !== void 0) {
        type = "1";
        kind = "hardlink";
        dirtyMarks++;
        linkname = first;
        size = 0;
      } else {
        seenInodes.set(st.ino, name);
      }
    }
    const entry = {
      path: rel,
      name,
      kind,
      type,
      // R32: permission bits plus setuid/setgid/sticky, no file-type bits.
      mode: st.mode & 4095,
      size,
      // Whole seconds. Node's number stats can round a time within ~250ns below a second up to it;
      // only header bytes (never sizes) could notice, and the tar writer re-stats in nanoseconds.
      mtime: Math.floor(st.mtimeMs / 1e3),
      linkname,
      devmajor,
      devminor,
      contentBytes: type === "0" ? size : 0,
      tarBytes: 0,
      decidedBy: idx
    };
    entry.tarBytes = tarEntrySize(entry);
    return entry;
  };
  visitDir(root, "", { tarInfo: [], tarExcluded: false, validated: true, vAncestors: null, measureInto: null });
  const refused = validationError;
  if (refused && !(refused.permission && opts.permissionFailures === "record")) throw refused;
  return {
    entries,
    excluded,
    notices,
    truncatedAfter,
    stoppedByPatternError: tarStopped && truncatedAfter === null,
    ...refused ? { refusedBy: refused.message } : {},
    ...cleanSubtrees !== void 0 && !tarStopped && !refused ? { cleanSubtrees } : {}
  };
}

// src/context/legacy-context.ts
function deprecatedMatches(path12, patterns) {
  try {
    return PatternMatcher.create(patterns).matchesDeprecated(path12);
  } catch {
    return false;
  }
}
function protectBuildFiles(patterns, relDockerfile, dockerfileFromStdin = false) {
  const out = [...patterns];
  if (deprecatedMatches(".dockerignore", out)) out.push("!.dockerignore");
  if (deprecatedMatches(relDockerfile, out) && !dockerfileFromStdin) out.push("!" + relDockerfile);
  return out;
}
function compile(patterns) {
  try {
    return PatternMatcher.create(patterns);
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`error checking context: ${e.message}`);
    throw e;
  }
}
var INJECTED_DOCKERFILE_NAME_LENGTH = ".dockerfile.".length + 20;
function analyzeLegacyContext(opts) {
  const resolved = resolveContext(opts.context, opts.file, opts.cwd, opts.dockerfileStdin);
  const ignore3 = opts.uploadBytes !== void 0 ? { path: null, displayName: ".dockerignore", rules: [], content: null } : readDockerignore(resolved.root);
  const patterns = ignore3.rules.map((r) => r.pattern);
  const validationMatcher = compile(patterns);
  const withBuildFiles = protectBuildFiles(patterns, resolved.relDockerfile, resolved.dockerfileStdin !== void 0);
  const tarMatcher = withBuildFiles.length === patterns.length ? validationMatcher : compile(withBuildFiles);
  let walk;
  try {
    walk = (opts.walk ?? walkContext)({
      root: resolved.root,
      validationMatcher,
      tarMatcher,
      checkPermissions: opts.checkPermissions ?? true,
      measureExcluded: opts.measureExcluded ?? true,
      source: opts.source?.(resolved.root),
      onProgress: opts.onProgress,
      measured: opts.measured,
      ...opts.refusalAsData ? { permissionFailures: "record" } : {}
    });
  } catch (e) {
    if (e instanceof ValidationError) throw new InputError(`error checking context: ${e.message}`);
    throw e;
  }
  let tarBytes = 0;
  for (const e of walk.entries) tarBytes += e.tarBytes;
  let endMarker = true;
  let alternatives = [];
  const injected = [];
  if (opts.uploadBytes !== void 0) {
    tarBytes = opts.uploadBytes;
  } else if (walk.truncatedAfter !== null) {
    const last = walk.entries[walk.entries.length - 1];
    tarBytes -= last.size + paddingFor(last.size);
    endMarker = false;
  } else if (resolved.dockerfileOutside && (resolved.dockerfileAbs || resolved.dockerfileStdin)) {
    const dockerfileSize = resolved.dockerfileStdin ? resolved.dockerfileStdin.length : statSize(fsPath(resolved.dockerfileAbs));
    const addition = 1 + INJECTED_DOCKERFILE_NAME_LENGTH + 1;
    const existing = walk.entries.find((e) => e.name === ".dockerignore");
    if (existing) {
      tarBytes -= existing.tarBytes;
      const grown = existing.size + addition;
      tarBytes += existing.tarBytes - existing.size - paddingFor(existing.size) + grown + paddingFor(grown);
      injected.push({ name: ".dockerfile.<random>", contentBytes: dockerfileSize });
      tarBytes += 512 + dockerfileSize;
    } else {
      const ignoreBytes = ".dockerignore".length + addition;
      injected.push({ name: ".dockerfile.<random>", contentBytes: dockerfileSize }, { name: ".dockerignore", contentBytes: ignoreBytes });
      const dockerfileFirst = tarBytes + 512 + dockerfileSize + paddingFor(dockerfileSize) + 512 + ignoreBytes;
      const ignoreFirst = tarBytes + 512 + ignoreBytes + paddingFor(ignoreBytes) + 512 + dockerfileSize;
      tarBytes = dockerfileFirst;
      if (ignoreFirst !== dockerfileFirst) alternatives = [ignoreFirst];
    }
    endMarker = false;
  } else {
    tarBytes += TAR_END_MARKER_BYTES;
  }
  return {
    resolved,
    ignore: ignore3,
    validationMatcher,
    tarMatcher,
    protectedPatterns: withBuildFiles.slice(patterns.length).map(byteStringToText),
    walk,
    tarBytes,
    tarBytesAlternatives: alternatives,
    injected,
    endMarker,
    refusedBy: walk.refusedBy !== void 0 ? `error checking context: ${walk.refusedBy}` : null
  };
}
function statSize(p) {
  try {
    return statSync2(p).size;
  } catch {
    return 0;
  }
}
function removedByDaemon(legacy) {
  if (legacy.ignore.path === null || legacy.ignore.rules.length === 0) return [];
  if (!legacy.walk.entries.some((e) => e.path === ".dockerignore" && e.kind === "file")) return [];
  const names = legacy.resolved.dockerfileOutside ? [".dockerignore"] : [".dockerignore", legacy.resolved.relDockerfile];
  const dirs = new Set(legacy.walk.entries.filter((e) => e.kind === "dir").map((e) => e.path));
  const out = [];
  for (const e of legacy.walk.entries) {
    if (e.kind === "dir" || !names.includes(e.path)) continue;
    const parent = e.path.includes("/") ? e.path.slice(0, e.path.lastIndexOf("/")) : "";
    if (parent !== "" && !dirs.has(parent)) continue;
    let decidedBy;
    try {
      decidedBy = legacy.validationMatcher.decideOrParent(e.path);
    } catch {
      continue;
    }
    if (decidedBy < 0 || legacy.validationMatcher.patterns[decidedBy].exclusion) continue;
    out.push({ path: e.path, isDir: false, files: e.kind === "file" ? 1 : 0, bytes: e.contentBytes, entries: 1, decidedBy, enteredForExceptions: false, measured: true });
  }
  return out;
}

// src/context/top.ts
function topN(items, n, compare) {
  const best = [];
  if (n <= 0) return best;
  for (const it of items) {
    if (best.length === n && compare(it, best[n - 1]) >= 0) continue;
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (compare(it, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, it);
    if (best.length > n) best.pop();
  }
  return best;
}

// src/context/summary.ts
var byContentFirst = (a, b) => b.contentBytes - a.contentBytes || heaviestFirst(a, b);
var heaviestFirst = (a, b) => b.tarBytes - a.tarBytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
var fileFigure = (e) => ({ path: e.path, tarBytes: e.tarBytes, contentBytes: e.contentBytes, files: 1 });
function excludedTotals(excluded) {
  let entries = 0;
  let files = 0;
  let bytes = 0;
  let unmeasured = 0;
  for (const x of excluded) {
    if (!x.measured) unmeasured++;
    entries += x.entries;
    files += x.files;
    bytes += x.bytes;
  }
  return unmeasured > 0 ? { items: excluded.length, entries: null, files: null, bytes: null, unmeasuredDirectories: unmeasured } : { items: excluded.length, entries, files, bytes, unmeasuredDirectories: 0 };
}
function summarize(entries, excluded, n = 10) {
  let files = 0;
  let directories = 0;
  let symlinks = 0;
  let hardlinks = 0;
  let other = 0;
  let contentBytes = 0;
  const fileSizes = [];
  const dirs = [];
  const stack = [];
  const below = (path12, dir) => path12.length > dir.length && path12.charCodeAt(dir.length) === 47 && path12.startsWith(dir);
  const closeUntil = (path12) => {
    while (stack.length > 0 && !below(path12, stack[stack.length - 1].path)) {
      const done = stack.pop();
      dirs.push(done);
      if (stack.length > 0) {
        const parent = stack[stack.length - 1];
        parent.tarBytes += done.tarBytes;
        parent.contentBytes += done.contentBytes;
        parent.files += done.files;
      }
    }
  };
  for (const e of entries) {
    closeUntil(e.path);
    const top = stack.length > 0 ? stack[stack.length - 1] : null;
    switch (e.kind) {
      case "dir":
        directories++;
        stack.push({ path: e.path, tarBytes: e.tarBytes, contentBytes: 0, files: 0 });
        continue;
      case "file":
        files++;
        contentBytes += e.contentBytes;
        fileSizes.push(e);
        break;
      case "symlink":
        symlinks++;
        break;
      case "hardlink":
        hardlinks++;
        break;
      default:
        other++;
    }
    if (top) {
      top.tarBytes += e.tarBytes;
      top.contentBytes += e.contentBytes;
      if (e.kind === "file") top.files++;
    }
  }
  closeUntil("\0");
  const ex = excludedTotals(excluded);
  return {
    entries: entries.length,
    files,
    directories,
    symlinks,
    hardlinks,
    other,
    contentBytes,
    excluded: ex,
    largestFiles: topN(fileSizes, n, heaviestFirst).map(fileFigure),
    largestFilesByContent: topN(fileSizes, n, byContentFirst).map(fileFigure),
    heaviestDirectories: topN(dirs, n, heaviestFirst)
  };
}

// src/audit.ts
const fs10 = require("node:fs");

// src/buildkit/eligible.ts
const fs6 = require("node:fs");
const path5 = require("node:path");

// src/buildkit/transfer.ts
const fs5 = require("node:fs");

// src/buildkit/follow-paths.ts
function dedupePaths(paths) {
  const sorted = [...new Set(paths)].sort();
  const out = [];
  for (const p of sorted) {
    const last = out[out.length - 1];
    if (last !== void 0 && (p === last || p.startsWith(last + "/"))) continue;
    out.push(p);
  }
  return out;
}
function followPathsFor(parsed, needed) {
  const recorded = [];
  let fallbackReason = null;
  let usesContext = false;
  for (const si of needed.stages) {
    for (const s of parsed.stages[si].sources) {
      if (s.external === "from") continue;
      if (s.mountType === "cache") continue;
      if (s.external === "url" && !isGit(s.source)) continue;
      usesContext = true;
      const src = s.mountType !== null && !isAscii(s.source) ? toByteString(s.source) : s.source;
      const joined = cleanPath("/" + (s.mountType === "tmpfs" ? "" : src));
      if (joined === "/") {
        fallbackReason ??= s.mountType === "tmpfs" ? `RUN --mount=type=tmpfs (line ${s.line}): BuildKit asks for the whole context for a tmpfs mount, though the mount reads none of it` : `${s.instruction} ${s.raw === "" ? "(no source)" : s.raw} (line ${s.line})`;
      }
      recorded.push(joined);
    }
  }
  if (!usesContext) return { paths: [], fallbackReason: null, usesContext: false };
  if (fallbackReason !== null) return { paths: "all", fallbackReason, usesContext };
  return { paths: [...new Set(recorded.map((p) => cleanPath("." + p)))].sort(), fallbackReason: null, usesContext };
}
function isGit(s) {
  return /\.git(#.*)?$/i.test(s);
}

// src/buildkit/transfer.ts
var WILDCARD_CHARS = /[*[\]?^\\]/;
var S_IFMT2 = 61440;
var S_IFDIR2 = 16384;
var S_IFREG2 = 32768;
var S_IFLNK2 = 40960;
function exclusionPruner(pm) {
  const stripped = pm.patterns.filter((p) => p.exclusion).map((p) => p.text.replace(/\/\*\*?$/, ""));
  if (stripped.some((e) => WILDCARD_CHARS.test(e))) return () => false;
  return (dir) => !stripped.some((e) => (e + "/").startsWith(dir + "/"));
}
function inclusionPruner(pm) {
  const texts = pm.patterns.map((p) => p.text);
  if (texts.some((t) => WILDCARD_CHARS.test(t))) return () => false;
  return (dir) => !texts.some((t) => (t + "/").startsWith(dir + "/"));
}
function walkTransfer(opts) {
  const inc = opts.includes ? PatternMatcher.create(opts.includes) : null;
  const exc = PatternMatcher.create(opts.excludes);
  const src = opts.source ?? liveTree;
  const pruneExcluded = exclusionPruner(exc);
  const pruneNotIncluded = inc ? inclusionPruner(inc) : () => false;
  const list = [];
  let refused;
  const pending = [];
  const send = (e) => {
    for (const p of pending) {
      if (!p.sent) {
        list.push(p.entry);
        p.sent = true;
      }
    }
    list.push(e);
  };
  const visit = (abs, dirRel, incInfo, excInfo) => {
    let listing;
    try {
      listing = src.list(abs);
    } catch (e) {
      if (isPermissionError(e)) refused ??= { op: "open", path: dirRel };
      return;
    }
    const names = listing.names;
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      const rel = dirRel === "" ? name : dirRel + "/" + name;
      let st;
      try {
        st = listing.stat(i);
      } catch (e) {
        if (isPermissionError(e)) refused ??= { op: "lstat", path: rel };
        continue;
      }
      if (!st) continue;
      const fmt = st.mode & S_IFMT2;
      const isDir = fmt === S_IFDIR2;
      const size = fmt === S_IFREG2 ? st.size : 0;
      let included = true;
      let childInc = null;
      if (inc) {
        childInc = isDir ? [] : null;
        const k = inc.matchWithParents(rel, dirRel === "" ? null : incInfo, childInc);
        included = k >= 0 && !inc.patterns[k].exclusion;
      }
      const childExc = isDir ? [] : null;
      const j = exc.matchWithParents(rel, dirRel === "" ? null : excInfo, childExc);
      const excluded = j >= 0 && !exc.patterns[j].exclusion;
      const entry = { path: rel, isDir, bytes: size, ...isDir || fmt === S_IFREG2 ? {} : { special: true } };
      if (included && !excluded) send(entry);
      if (!isDir) continue;
      if (excluded && pruneExcluded(rel)) continue;
      if (!included && pruneNotIncluded(rel)) continue;
      const frame = { entry, sent: included && !excluded };
      pending.push(frame);
      visit(abs + "/" + name, rel, childInc, childExc);
      pending.pop();
    }
  };
  visit(toByteString(opts.root), "", null, null);
  return withTotals(list, refused);
}
function withTotals(list, refused) {
  let files = 0;
  let links = 0;
  let directories = 0;
  let bytes = 0;
  for (const e of list) {
    if (e.isDir) directories++;
    else files++;
    if (e.special) links++;
    bytes += e.bytes;
  }
  return { list, entries: list.length, files, links, directories, bytes, ...refused !== void 0 ? { refused } : {} };
}
function transferPaths(w) {
  return w.list.map((e) => e.isDir ? e.path + "/" : e.path);
}
function transferFromWalk(entries, notices = []) {
  return withTotals(entries.map((e) => ({ path: e.path, isDir: e.kind === "dir", bytes: e.kind === "file" ? e.size : 0, ...e.kind === "dir" || e.kind === "file" ? {} : { special: true } })), firstRefusal(notices));
}
function firstRefusal(notices) {
  const n = notices.find((x) => x.buildkitFails !== void 0);
  return n?.buildkitFails === void 0 ? void 0 : { op: n.buildkitFails, path: n.path };
}
function join3(a, b) {
  if (a === "") return cleanPath(b);
  if (b === "") return cleanPath(a);
  return cleanPath(a + "/" + b);
}
function dirname3(p) {
  const i = p.lastIndexOf("/");
  if (i < 0) return ".";
  return cleanPath(i === 0 ? "/" : p.slice(0, i));
}
function basename2(p) {
  return p.slice(p.lastIndexOf("/") + 1);
}
function readSymlink(root, p, allowWildcard) {
  const base2 = basename2(p);
  if (allowWildcard && containsWildcards(base2)) {
    let names;
    try {
      names = fs5.readdirSync(fsPath(join3(root, dirname3(p)) || "/"), { encoding: "latin1" }).sort();
    } catch {
      return null;
    }
    let out = null;
    for (const n of names) {
      if (!filepathMatch(base2, n)) continue;
      const r = readSymlink(root, join3(dirname3(p), n), false);
      if (r) out = (out ?? []).concat(r);
    }
    return out;
  }
  const real = root + "/" + p;
  let st;
  try {
    st = fs5.lstatSync(fsPath(real), { throwIfNoEntry: false });
  } catch {
    return null;
  }
  if (!st || !st.isSymbolicLink()) return null;
  let link;
  try {
    link = fs5.readlinkSync(fsPath(real), { encoding: "latin1" });
  } catch {
    return null;
  }
  link = cleanPath(link);
  if (link.startsWith("/")) return [link];
  return [join3("/", join3(dirname3(p), link))];
}
function followLinks2(rootText, paths) {
  const root = toByteString(rootText);
  const resolved = /* @__PURE__ */ new Set();
  const append = (input) => {
    let p = join3(".", input);
    let current = ".";
    for (; ; ) {
      const slash = p.indexOf("/");
      const first = slash < 0 ? p : p.slice(0, slash);
      current = join3(current, first);
      const targets = readSymlink(root, current, true);
      p = slash < 0 ? "" : p.slice(slash + 1);
      if ((p === "" || targets !== null) && resolved.has(current)) return;
      if (targets !== null) {
        resolved.add(current);
        for (const t of targets) append(join3(t, p));
        return;
      }
      if (p === "") {
        resolved.add(current);
        return;
      }
    }
  };
  for (const p of paths) append(p);
  return dedupePaths([...resolved].sort());
}
var CHUNK = 32 * 1024;
function throughGoJson(pattern) {
  if (isAscii(pattern)) return pattern;
  let out = "";
  let i = 0;
  const n = pattern.length;
  const b = (k) => k < n ? pattern.charCodeAt(k) : -1;
  const cont = (k) => b(k) >= 128 && b(k) <= 191;
  while (i < n) {
    const c = b(i);
    let len = 0;
    if (c < 128) len = 1;
    else if (c >= 194 && c <= 223 && cont(i + 1)) len = 2;
    else if (c >= 224 && c <= 239) {
      const lo = c === 224 ? 160 : 128;
      const hi = c === 237 ? 159 : 191;
      if (b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2)) len = 3;
    } else if (c >= 240 && c <= 244) {
      const lo = c === 240 ? 144 : 128;
      const hi = c === 244 ? 143 : 191;
      if (b(i + 1) >= lo && b(i + 1) <= hi && cont(i + 2) && cont(i + 3)) len = 4;
    }
    if (len === 0) {
      out += "\xEF\xBF\xBD";
      i++;
    } else {
      out += pattern.slice(i, i + len);
      i += len;
    }
  }
  return out;
}
function vl(n) {
  if (n < 0) return 10;
  let l = 1;
  while (n >= 128) {
    n = Math.floor(n / 128);
    l++;
  }
  return l;
}
var fieldVarint = (v) => v === 0 ? 0 : 1 + vl(v);
var fieldBytes = (len) => len === 0 ? 0 : 1 + vl(len) + len;
function goFileMode(mode) {
  let m = mode & 511;
  switch (mode & S_IFMT2) {
    case 24576:
      m += 2 ** 26;
      break;
    case 8192:
      m += 2 ** 26 + 2 ** 21;
      break;
    case S_IFDIR2:
      m += 2 ** 31;
      break;
    case 4096:
      m += 2 ** 25;
      break;
    case S_IFLNK2:
      m += 2 ** 27;
      break;
    case 49152:
      break;
  }
  if (mode & 1024) m += 2 ** 22;
  if (mode & 2048) m += 2 ** 23;
  if (mode & 512) m += 2 ** 20;
  return m;
}
function devFields(mode, rdev) {
  if ((mode & S_IFMT2) === S_IFDIR2 || (mode & 24576) === 0 || rdev === 0) return 0;
  const major = Math.floor(rdev / 256) & 4095;
  const minor = rdev & 255 | Math.floor(rdev / 4096) & 1048320;
  return fieldVarint(major) + fieldVarint(minor);
}
function mtimeNs(ms) {
  return Math.round(ms * 1e6);
}
function clientOpens(includes, excludes) {
  const inc = includes ? PatternMatcher.create(includes) : null;
  const exc = PatternMatcher.create(excludes);
  const reExcludes = (pm) => pm.patterns.some((p, i) => p.exclusion && pm.patterns.slice(i + 1).some((q) => !q.exclusion));
  if (!reExcludes(exc) && !(inc !== null && reExcludes(inc))) return null;
  const included = inc ? inc.orParentMatcher() : null;
  const excluded = exc.walkedFileMatcher();
  return (path12) => (!included || included(path12)) && !excluded(path12);
}
function transferFigure(rootText, list, source = liveTree, opens = null) {
  const root = toByteString(rootText);
  let total = 2;
  let requestedFiles = 0;
  let requestedBytes = 0;
  const unreadable = [];
  const cannotOpen = openCheck();
  const inodes = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  const cursorOf = (abs) => {
    let d2 = dirs.get(abs);
    if (!d2) {
      let listing = null;
      try {
        listing = source.list(abs);
      } catch {
        listing = null;
      }
      dirs.set(abs, d2 = { listing, pos: 0 });
    }
    return d2;
  };
  let lastDir = null;
  let d = { listing: null, pos: 0 };
  for (let idx = 0; idx < list.length; idx++) {
    const e = list[idx];
    const slash = e.path.lastIndexOf("/");
    const name = e.path.slice(slash + 1);
    if (lastDir === null || (slash < 0 ? lastDir !== "" : slash !== lastDir.length || !e.path.startsWith(lastDir))) {
      lastDir = slash < 0 ? "" : e.path.slice(0, slash);
      d = cursorOf(slash < 0 ? root : root + "/" + lastDir);
    }
    let st;
    if (d.listing) {
      const names = d.listing.names;
      let i = d.pos;
      while (i < names.length && names[i] !== name) i++;
      if (i === names.length) i = names.indexOf(name);
      if (i >= 0) {
        d.pos = i + 1;
        try {
          st = d.listing.stat(i);
        } catch {
          st = void 0;
        }
      }
    }
    if (!st) {
      total += 1 + vl(fieldBytes(e.path.length)) + fieldBytes(e.path.length);
      continue;
    }
    const fmt = st.mode & S_IFMT2;
    const isDir = fmt === S_IFDIR2;
    let linkLen = 0;
    let requested = fmt === S_IFREG2 || fmt === 49152;
    if (fmt === S_IFLNK2) {
      try {
        linkLen = fs5.readlinkSync(fsPath(root + "/" + e.path), { encoding: "buffer" }).length;
      } catch {
        linkLen = 0;
      }
    }
    if (!isDir) {
      const first = st.nlink > 1 ? inodes.get(st.ino) : void 0;
      if (first !== void 0) {
        linkLen = first;
        requested = false;
      } else inodes.set(st.ino, e.path.length);
    }
    const n = fieldBytes(e.path.length) + fieldVarint(goFileMode(st.mode)) + (isDir ? 0 : fieldVarint(st.size)) + fieldVarint(mtimeNs(st.mtimeMs)) + fieldBytes(linkLen) + devFields(st.mode, st.rdev);
    total += 1 + vl(n) + n;
    if (requested) {
      requestedFiles++;
      let size = fmt === S_IFREG2 && (!opens || opens(e.path)) ? st.size : 0;
      if (size > 0 && cannotOpen(root + "/" + e.path, st)) {
        size = 0;
        unreadable.push(e.path);
      }
      requestedBytes += size;
      const idField = idx === 0 ? 0 : 1 + vl(idx);
      let left = size;
      while (left > 0) {
        const c = Math.min(left, CHUNK);
        total += 2 + idField + 1 + vl(c) + c;
        left -= c;
      }
      total += 2 + idField;
    }
  }
  return { bytes: total, figure: buildkitSize(total), entries: list.length, requestedFiles, requestedBytes, ...unreadable.length > 0 ? { unreadable } : {} };
}
function openCheck() {
  const uid = typeof process.getuid === "function" ? process.getuid() : 0;
  if (uid === 0) return () => false;
  const groups = new Set(typeof process.getgroups === "function" ? process.getgroups() : []);
  if (typeof process.getegid === "function") groups.add(process.getegid());
  return (abs, st) => !mayRead(st, uid, groups) && openFailsWithPermission(abs);
}
function buildkitSize(n) {
  if (n < 1e3) return `${n}B`;
  const units = ["B", "kB", "MB", "GB", "TB", "PB", "EB"];
  let i = 0;
  let base2 = 1;
  while (n >= base2 * 1e3 && i < units.length - 1) {
    base2 *= 1e3;
    i++;
  }
  const v = n / base2;
  let cents;
  const eighths = v * 8;
  if (Number.isInteger(eighths) && eighths % 2 === 1) {
    const down = Math.floor(v * 100);
    cents = down % 2 === 0 ? down : down + 1;
  } else {
    cents = Math.round(Number(v.toFixed(2)) * 100);
  }
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}${units[i]}`;
}

// src/buildkit/eligible.ts
function dockerfileSpecificIgnorePath(root, file, cwd) {
  const dockerfile = file === void 0 ? path5.join(root, "Dockerfile") : path5.resolve(cwd, file);
  return dockerfile + ".dockerignore";
}
function analyzeBuildkitEligible(resolved, file, cwd, walker = walkContext, source, reuse, measured, measureExcluded = true, legacy) {
  const specificPath = dockerfileSpecificIgnorePath(resolved.root, file, cwd);
  const specific = resolved.dockerfileStdin ? { path: null, displayName: "", rules: [], content: null } : readIgnoreFileAt(specificPath, path5.basename(specificPath), `failed parsing ${path5.basename(specificPath)}`);
  const ignore3 = specific.path !== null ? specific : readDockerignore(resolved.root);
  let matcher;
  try {
    matcher = PatternMatcher.create(ignore3.rules.map((r) => throughGoJson(r.pattern)));
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`${ignore3.displayName}: ${e.message}`);
    throw e;
  }
  const samePatterns = specific.path === null && ignore3.rules.every((r) => throughGoJson(r.pattern) === r.pattern);
  const alike = samePatterns && legacy !== void 0 && legacy.measureExcluded === measureExcluded;
  const same = alike && legacy.patternsAlone ? sameAsLegacy(legacy.walk, matcher) : null;
  const appended = legacy?.patternsAlone === true ? [] : legacy?.appended ?? null;
  const copyable = alike && same === null && appended !== null && appended.every((p) => !/[*?[\\]/.test(p)) && legacy.walk.truncatedAfter === null && !legacy.walk.stoppedByPatternError && legacy.walk.refusedBy === void 0;
  const copyFrom = copyable ? { walk: legacy.walk, except: appended } : void 0;
  let walk;
  try {
    walk = walker({
      root: resolved.root,
      tarMatcher: matcher,
      validationMatcher: matcher,
      checkPermissions: false,
      // BuildKit makes no readability check: a path this user may not read is the legacy view's
      // refusal (recorded there), never this walk's (it threw "can't stat" as an internal error).
      permissionFailures: "record",
      measureExcluded,
      exceptionDescent: "fsutil",
      source,
      // Shared only when both builders match the same patterns.
      reuse: samePatterns ? reuse : void 0,
      measured,
      ...copyFrom !== void 0 ? { copyFrom } : {},
      ...same !== null ? { result: same } : {}
    });
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`${ignore3.displayName}: ${e.message}`);
    throw e;
  }
  const rel = path5.relative(resolved.root, specificPath);
  const inside = specific.path !== null && !rel.startsWith("..") && !path5.isAbsolute(rel);
  const ignoreLocation = specific.path !== null ? locationFromRoot(resolved.root, specificPath) : ".dockerignore";
  return { ignore: ignore3, matcher, walk, dockerfileSpecificIgnore: inside ? toByteString(rel) : null, ignoreFromDockerfile: specific.path !== null, ignoreLocation };
}
function sameAsLegacy(legacy, matcher) {
  if (matcher.hasExclusions || legacy.truncatedAfter !== null || legacy.stoppedByPatternError) return null;
  for (const e of legacy.entries) if (e.kind === "hardlink") return null;
  return { entries: legacy.entries.slice(), excluded: legacy.excluded.map((x) => ({ ...x })), notices: legacy.notices.map((n) => ({ ...n })), truncatedAfter: null, stoppedByPatternError: false };
}
function locationFromRoot(root, file) {
  let dir = path5.dirname(file);
  try {
    dir = fs6.realpathSync(dir);
  } catch {
  }
  return path5.relative(root, path5.join(dir, path5.basename(file)));
}

// src/buildkit/git-context.ts
const path7 = require("node:path");

// src/context/git-index.ts
const fs7 = require("node:fs");
const path6 = require("node:path");
var MAX_INDEX_BYTES = 512 * 1024 * 1024;
function gitDirOf(repoRoot, boundary) {
  const dotGit = path6.join(repoRoot, ".git");
  let st;
  try {
    st = fs7.lstatSync(dotGit);
  } catch {
    return { dir: null };
  }
  if (st.isDirectory()) return { dir: dotGit };
  if (!st.isFile()) return { dir: null };
  let dir;
  try {
    const m = /^gitdir:\s*(.+?)\s*$/m.exec(readRegularFile(dotGit, { noFollow: true, maxBytes: 4096 }).toString("utf8"));
    if (!m) return { dir: null };
    dir = path6.resolve(repoRoot, m[1]);
  } catch {
    return { dir: null };
  }
  const b = boundary ?? { root: repoRoot, allowOutside: false };
  if (b.allowOutside || isInside(realpathOr(b.root), resolvedLocation(dir)) || pointsBackAt(dir, dotGit)) return { dir };
  return { dir: null, refused: `its gitdir ${dir} is outside the repository: the git index is not read (git-ignored files are judged by .gitignore alone; ${ALLOW_OUTSIDE_FLAG} reads it)` };
}
function pointsBackAt(gitDir, dotGit) {
  try {
    const back = readRegularFile(path6.join(gitDir, "gitdir"), { noFollow: true, maxBytes: 4096 }).toString("utf8").trim();
    return back !== "" && realpathOr(path6.resolve(gitDir, back)) === realpathOr(dotGit);
  } catch {
    return false;
  }
}
var indexCache = /* @__PURE__ */ new Map();
var INDEXES_KEPT = 4;
function readGitIndex(gitDir) {
  const file = path6.join(gitDir, "index");
  let stamp;
  try {
    const st = fs7.lstatSync(file);
    stamp = `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
  } catch {
    return null;
  }
  const hit = indexCache.get(file);
  if (hit !== void 0 && hit.stamp === stamp) return hit.index;
  let buf;
  try {
    buf = readRegularFile(file, { noFollow: true, maxBytes: MAX_INDEX_BYTES });
  } catch {
    return null;
  }
  const index = parseGitIndex(buf);
  indexCache.delete(file);
  indexCache.set(file, { stamp, index });
  if (indexCache.size > INDEXES_KEPT) indexCache.delete(indexCache.keys().next().value);
  return index;
}
function readIndexBlobs(gitDir) {
  let buf;
  try {
    buf = readRegularFile(path6.join(gitDir, "index"), { noFollow: true, maxBytes: MAX_INDEX_BYTES });
  } catch {
    return null;
  }
  const blobs = /* @__PURE__ */ new Map();
  return parseGitIndex(buf, blobs) === null ? null : blobs;
}
function blobId(content) {
  return nodeCrypto().createHash("sha1").update(`blob ${content.length}\0`).update(content).digest("hex");
}
function parseGitIndex(buf, blobs) {
  if (buf.length < 12 || buf.toString("latin1", 0, 4) !== "DIRC") return null;
  const version = buf.readUInt32BE(4);
  if (version < 2 || version > 4) return null;
  const count2 = buf.readUInt32BE(8);
  const files = /* @__PURE__ */ new Set();
  const dirs = /* @__PURE__ */ new Set();
  const sparseDirs = /* @__PURE__ */ new Set();
  let off = 12;
  let prev = "";
  for (let n = 0; n < count2; n++) {
    const start = off;
    if (off + 62 > buf.length) return null;
    const mode = buf.readUInt32BE(off + 24);
    const flags = buf.readUInt16BE(off + 60);
    off += 62;
    if (flags & 16384) {
      if (version < 3 || off + 2 > buf.length) return null;
      off += 2;
    }
    let name;
    if (version === 4) {
      let c = buf[off++];
      let drop = c & 127;
      while (c & 128) {
        if (off >= buf.length) return null;
        c = buf[off++];
        drop = drop + 1 << 7 | c & 127;
      }
      const end = buf.indexOf(0, off);
      if (end < 0 || drop > prev.length) return null;
      name = prev.slice(0, prev.length - drop) + buf.toString("latin1", off, end);
      off = end + 1;
    } else {
      const end = buf.indexOf(0, off);
      if (end < 0) return null;
      name = buf.toString("latin1", off, end);
      off = start + Math.ceil((end - start + 1) / 8) * 8;
    }
    prev = name;
    if ((mode & 61440) === 16384 || name.endsWith("/")) {
      const d = name.replace(/\/+$/, "");
      sparseDirs.add(d);
      addWithAncestors(dirs, d);
      continue;
    }
    files.add(name);
    if (blobs !== void 0 && (mode & 61440) === 32768) {
      const id = buf.toString("hex", start + 40, start + 60);
      if (!blobs.has(id)) blobs.set(id, name);
    }
    const slash = name.lastIndexOf("/");
    if (slash > 0) addWithAncestors(dirs, name.slice(0, slash));
  }
  return { files, dirs, sparseDirs };
}
function addWithAncestors(dirs, dir) {
  for (let d = dir; d !== "" && !dirs.has(d); ) {
    dirs.add(d);
    const i = d.lastIndexOf("/");
    d = i > 0 ? d.slice(0, i) : "";
  }
}
var ancestors = function* (p) {
  for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) yield p.slice(0, i);
};
function isTracked(index, p) {
  if (index.files.has(p)) return true;
  for (const a of ancestors(p)) if (index.sparseDirs.has(a)) return true;
  return false;
}
function indexHolds(index, p) {
  if (index.files.has(p) || index.dirs.has(p)) return "tracked";
  for (const a of ancestors(p)) if (index.sparseDirs.has(a)) return "sparse";
  return null;
}
function hasTrackedBelow(index, d) {
  if (d === "" ? index.files.size > 0 || index.sparseDirs.size > 0 : index.dirs.has(d) || index.files.has(d)) return true;
  for (const a of ancestors(d)) if (index.sparseDirs.has(a)) return true;
  return false;
}

// src/go-bool.ts
var TRUE = /* @__PURE__ */ new Set(["1", "t", "T", "TRUE", "true", "True"]);
var FALSE = /* @__PURE__ */ new Set(["0", "f", "F", "FALSE", "false", "False"]);
function parseGoBool(v) {
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") return null;
  const s = String(v);
  return TRUE.has(s) ? true : FALSE.has(s) ? false : null;
}

// src/buildkit/git-context.ts
function keepsGitDir(buildArgs) {
  return parseGoBool(buildArgs?.BUILDKIT_CONTEXT_KEEP_GIT_DIR) === true;
}
function filteredTree(root, base2, keep) {
  return {
    list(abs) {
      const l = base2.list(abs);
      const rel = abs === root ? "" : abs.slice(root.length + 1);
      const at = [];
      for (let i = 0; i < l.names.length; i++) if (keep(rel, l.names[i])) at.push(i);
      if (at.length === l.names.length) return l;
      return { names: at.map((i) => l.names[i]), stat: (j) => l.stat(at[j]) };
    }
  };
}
function inCommit(index, p) {
  if (isTracked(index, p) || hasTrackedBelow(index, p)) return true;
  for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) if (index.files.has(p.slice(0, i))) return true;
  return false;
}
function workingTreeIndex(root, boundary) {
  const repo = findRepoRoot(root);
  const gitDir = repo === null ? null : gitDirOf(repo, boundary).dir;
  const index = gitDir === null ? null : readGitIndex(gitDir);
  return repo === null || index === null ? null : { repo, index };
}
function commitReadable(root, boundary) {
  return workingTreeIndex(root, boundary) !== null;
}
function analyzeGitContext(root, git, buildArgs, boundary) {
  const keepGit = keepsGitDir(buildArgs);
  let keep = (rel, name) => rel !== "" || name !== ".git" || keepGit;
  if (git.workingTree) {
    const tree = workingTreeIndex(root, boundary);
    if (tree === null) throw new InputError(`${git.source}: the git index of the checkout cannot be read, so what the commit holds is unknown`);
    const { repo, index } = tree;
    const prefix = toByteString(path7.relative(repo, root).split(path7.sep).join("/"));
    const inRepo = (p) => prefix === "" ? p : `${prefix}/${p}`;
    keep = (rel, name) => rel === "" && name === ".git" || rel === ".git" || rel.startsWith(".git/") ? keepGit : inCommit(index, inRepo(rel === "" ? name : `${rel}/${name}`));
  }
  const matcher = PatternMatcher.create([]);
  const walk = walkContext({
    root,
    tarMatcher: matcher,
    validationMatcher: matcher,
    checkPermissions: false,
    permissionFailures: "record",
    measureExcluded: false,
    exceptionDescent: "fsutil",
    source: filteredTree(root, liveTree, keep)
  });
  const ignore3 = { path: null, displayName: ".dockerignore", rules: [], content: null };
  return { ignore: ignore3, matcher, walk, dockerfileSpecificIgnore: null, ignoreFromDockerfile: false, ignoreLocation: ".dockerignore" };
}
function gitContextNotice(git, ignoreLines, keepGit, readsGit = null) {
  const ignore3 = ignoreLines === null ? "no ignore file applies" : `no ignore file applies (${ignoreLines === 1 ? "the 1 pattern of .dockerignore decides" : `the ${ignoreLines} patterns of .dockerignore decide`} nothing here)`;
  return {
    path: ".",
    message: `BuildKit builds a Git context: the commit (${git.source}), cloned on the builder with its submodules; ${ignore3}, ${keepGit ? ".git is kept (BUILDKIT_CONTEXT_KEEP_GIT_DIR), a depth-1 clone" : "no .git (unless BUILDKIT_CONTEXT_KEEP_GIT_DIR=1)"}, nothing a step before the build writes is in it, and nothing is sent from here` + (readsGit === null ? "" : `. Yet ${readsGit.replace(/; exclude it yourself if .*$/, "")}: without .git that step fails or stamps no version; pass build-arg BUILDKIT_CONTEXT_KEEP_GIT_DIR=1, or what it reads as a build arg`)
  };
}

// src/context/prefetch-tree.ts
function prefetchTree(opts) {
  const dirs = /* @__PURE__ */ new Map();
  let chunks = [];
  let claims = new Int32Array(new SharedArrayBuffer(4));
  const chunkIndex = /* @__PURE__ */ new Map();
  let chunkDone = new Uint8Array(0);
  const above = recordingTree();
  const aboveReplay = above.replay();
  let worker = null;
  let streaming = false;
  let back = -1;
  let root = null;
  let seen = 0;
  let decided = false;
  let readHere = 0;
  let readByWorker = 0;
  const remaining = (next) => {
    const out = [next];
    for (let child = next; child !== root; ) {
      const slash = child.lastIndexOf("/");
      const parent = child.slice(0, slash);
      const listing = aboveReplay.list(parent);
      const names = listing.names;
      let i = names.indexOf(child.slice(slash + 1));
      if (i < 0) break;
      for (i++; i < names.length; i++) {
        let st;
        try {
          st = listing.stat(i);
        } catch {
          continue;
        }
        if (st && (st.mode & 61440) === 16384) out.push(parent + "/" + names[i]);
      }
      child = parent;
    }
    return out;
  };
  const refine = (roots) => {
    for (let round = 0; round < 3 && roots.length < opts.minChunks; round++) {
      const next = [];
      for (const r of roots) next.push(...subdirectories(r));
      if (next.length <= roots.length) break;
      roots = next;
    }
    return roots;
  };
  const share = (next) => {
    decided = true;
    const planned = refine(remaining(next));
    if (planned.length < 2) return;
    worker = opts.startWorker();
    if (!worker) return;
    chunks = planned;
    claims = new Int32Array(new SharedArrayBuffer(4 * (chunks.length + 1)));
    chunks.forEach((c, k) => chunkIndex.set(c, k));
    chunkDone = new Uint8Array(chunks.length);
    back = chunks.length - 1;
    streaming = true;
    worker.post({ job: "scan", chunks, claims });
  };
  const take = (batch) => {
    const all = batch.names.length === 0 ? [] : batch.names.split("/");
    let at = 0;
    let off = 0;
    const entryErrors = /* @__PURE__ */ new Map();
    for (const key of Object.keys(batch.errors)) {
      const colon = key.indexOf(":");
      if (colon < 0) continue;
      const d = Number(key.slice(0, colon));
      let m = entryErrors.get(d);
      if (!m) entryErrors.set(d, m = /* @__PURE__ */ new Map());
      m.set(Number(key.slice(colon + 1)), batch.errors[key]);
    }
    for (let d = 0; d < batch.dirs.length; d++) {
      const n = batch.counts[d];
      if (n < 0) {
        dirs.set(batch.dirs[d], { error: batch.errors[`${d}`] });
        continue;
      }
      dirs.set(batch.dirs[d], { names: n === 0 ? [] : all.slice(at, at + n), stats: batch.stats.subarray(off, off + n * STAT_FIELDS), errors: entryErrors.get(d) ?? null });
      at += n;
      off += n * STAT_FIELDS;
    }
  };
  const chunkOf = (abs) => {
    for (let p = abs; ; ) {
      const k = chunkIndex.get(p);
      if (k !== void 0) return k;
      const slash = p.lastIndexOf("/");
      if (slash <= 0) return -1;
      p = p.slice(0, slash);
    }
  };
  const handle = (reply) => {
    if (reply === null || reply === void 0 || reply.type === "scan-done" || reply.type === "failed") streaming = false;
    else if (reply.type === "batch") take(reply.batch);
    else if (reply.type === "chunk-done") {
      chunkDone[reply.chunk] = 1;
      readByWorker++;
    }
  };
  const drain = () => {
    while (streaming && worker !== null) {
      const reply = worker.poll();
      if (reply === void 0) return;
      handle(reply);
    }
  };
  const lookup = (abs) => {
    const rec = dirs.get(abs);
    if (rec !== void 0) return rec;
    const k = chunkOf(abs);
    if (k < 0 || worker === null) return void 0;
    drain();
    if (Atomics.compareExchange(claims, 1 + k, CHUNK_FREE, CHUNK_MAIN) === CHUNK_FREE) {
      scanTree(chunks[k], take);
      chunkDone[k] = 1;
      readHere++;
    }
    while (chunkDone[k] === 0 && streaming) {
      const reply = worker.poll();
      if (reply !== void 0) {
        handle(reply);
        continue;
      }
      while (back > k && Atomics.compareExchange(claims, 1 + back, CHUNK_FREE, CHUNK_MAIN) !== CHUNK_FREE) back--;
      if (back > k) {
        scanTree(chunks[back], take);
        chunkDone[back--] = 1;
        readHere++;
        continue;
      }
      handle(worker.next());
    }
    return dirs.get(abs);
  };
  const listingOf = (rec, scratch) => ({
    names: rec.names,
    stat(i) {
      const o = i * STAT_FIELDS;
      const mode = rec.stats[o];
      if (mode === STAT_MISSING) return void 0;
      if (mode === STAT_FAILED) throw scanErrorToError(rec.errors?.get(i) ?? { code: void 0, message: "lstat failed" });
      return fillStat(scratch, rec.stats, o);
    }
  });
  const make = (fallback, live) => {
    const scratch = emptyStat();
    return {
      list(abs) {
        if (live && !decided) {
          if (root === null) root = abs;
          else if (seen >= opts.afterEntries) share(abs);
        }
        const rec = chunks.length > 0 ? lookup(abs) : void 0;
        if (rec === void 0) {
          const listing = fallback.list(abs);
          if (live) seen += listing.names.length;
          return listing;
        }
        if ("error" in rec) throw scanErrorToError(rec.error);
        return listingOf(rec, scratch);
      }
    };
  };
  const liveSource = make(above, true);
  return {
    list: (abs) => liveSource.list(abs),
    replay: () => make(aboveReplay, false),
    get worker() {
      return worker;
    },
    sharing: () => ({ chunks: chunks.length, readHere, readByWorker }),
    finishSharing() {
      while (streaming && worker !== null && chunkDone.includes(0)) handle(worker.next());
      streaming = false;
    }
  };
}

// src/parallel/sync-worker.ts
const os = require("node:os");

// src/parallel/new-worker.ts
function newWorker(options) {
  return new (nodeWorkerThreads()).Worker(new URL("../ctx-audit-worker.mjs", import.meta.url), options);
}

// src/parallel/sync-worker.ts
var START_TIMEOUT_MS = 1e4;
var REPLY_TIMEOUT_MS = 1e4;
function parallelMode() {
  const v = process.env.CTX_AUDIT_PARALLEL;
  if (v === "always" || v === "never") return v;
  return "auto";
}
function cpuCount() {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}
var SyncWorker = class _SyncWorker {
  constructor(worker, port, signal) {
    this.worker = worker;
    this.port = port;
    this.signal = signal;
  }
  worker;
  port;
  signal;
  dead = false;
  /** A new worker, or null when threads are unavailable here. */
  static start() {
    try {
      const signal = new Int32Array(new SharedArrayBuffer(SIGNAL_SLOTS * 4));
      const { port1, port2 } = new (nodeWorkerThreads()).MessageChannel();
      const worker = newWorker({ workerData: { port: port2, signal }, transferList: [port2], stdout: false, stderr: false });
      worker.unref();
      worker.on("error", () => {
      });
      port1.unref();
      return new _SyncWorker(worker, port1, signal);
    } catch {
      return null;
    }
  }
  /** True once the worker's own code runs (Node has finished starting it, preloads included). */
  get started() {
    return Atomics.load(this.signal, SIGNAL_ALIVE) === 1;
  }
  get usable() {
    return !this.dead;
  }
  post(job) {
    if (!this.dead) this.port.postMessage(job);
  }
  /** A reply that has already arrived, or undefined (never waits). */
  poll() {
    if (this.dead) return void 0;
    return nodeWorkerThreads().receiveMessageOnPort(this.port)?.message;
  }
  /** The next reply, waiting for it; null once the worker is given up on. */
  next() {
    if (this.dead) return null;
    let idle = 0;
    let beat = Atomics.load(this.signal, SIGNAL_HEARTBEAT);
    for (; ; ) {
      const seen = Atomics.load(this.signal, SIGNAL_POSTED);
      const m = nodeWorkerThreads().receiveMessageOnPort(this.port);
      if (m) return m.message;
      const alive = Atomics.load(this.signal, SIGNAL_ALIVE) === 1;
      if (idle >= (alive ? REPLY_TIMEOUT_MS : START_TIMEOUT_MS)) {
        this.close();
        return null;
      }
      const slice = 50;
      const woke = Atomics.wait(this.signal, SIGNAL_POSTED, seen, slice) !== "timed-out";
      const now = Atomics.load(this.signal, SIGNAL_HEARTBEAT);
      if (woke || now !== beat) idle = 0;
      else idle += slice;
      beat = now;
    }
  }
  /** Asks a running job to stop and ends the worker. */
  close() {
    if (this.dead) return;
    this.dead = true;
    Atomics.store(this.signal, SIGNAL_STOP, 1);
    this.port.close();
    void this.worker.terminate().catch(() => {
    });
  }
};

// src/parallel/secret-prescan.ts
var JOB_FILES = 2048;
function walkOrder(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x === 47) x = -1;
    if (y === 47) y = -1;
    return x - y;
  }
  return a.length - b.length;
}
function startSecretPrescan(worker, root, entries, maxBytes, progress) {
  const paths = [];
  const sizes = [];
  for (const e of entries) {
    if (!isSecretScanCandidate(e)) continue;
    paths.push(e.path);
    sizes.push(e.contentBytes);
  }
  const jobs = Math.ceil(paths.length / JOB_FILES);
  const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, jobs)));
  for (let index = 0; index < jobs; index++) {
    const first = index * JOB_FILES;
    worker.post({ job: "secrets", root, paths: paths.slice(first, first + JOB_FILES), sizes: sizes.slice(first, first + JOB_FILES), maxBytes, first, index, claims });
  }
  let byWorker = 0;
  let hits = null;
  const collect = () => {
    const out = /* @__PURE__ */ new Map();
    const add = (i, kind, line, keyIdOnly) => {
      let list = out.get(i);
      if (!list) out.set(i, list = []);
      list.push({ kind, line, ...keyIdOnly ? { keyIdOnly: true } : {} });
    };
    const reader = fsContextReader(root);
    const scanHere = (index) => {
      for (let i = index * JOB_FILES, end = Math.min(paths.length, i + JOB_FILES); i < end; i++) {
        for (const h of scanFileForSecrets(reader, paths[i], sizes[i], maxBytes)) add(i, h.kind, h.line, h.keyIdOnly === true);
      }
    };
    const done = new Uint8Array(jobs);
    let filesDone = 0;
    const finished = (index) => {
      done[index] = 1;
      filesDone += Math.min(JOB_FILES, paths.length - index * JOB_FILES);
      progress?.(filesDone, paths.length);
    };
    for (let index = jobs - 1; index >= 0; index--) {
      if (Atomics.compareExchange(claims, index, CHUNK_FREE, CHUNK_MAIN) !== CHUNK_FREE) break;
      scanHere(index);
      finished(index);
    }
    let pending = 0;
    for (let index = 0; index < jobs; index++) if (!done[index]) pending++;
    while (pending > 0) {
      const reply = worker.next();
      if (reply === null || reply.type === "failed") break;
      if (reply.type !== "secrets" || reply.skipped) continue;
      pending--;
      finished(reply.index);
      byWorker += Math.min(JOB_FILES, paths.length - reply.index * JOB_FILES);
      for (const [i, kind, line, keyIdOnly] of reply.hits) add(i, kind, line, keyIdOnly === 1);
    }
    for (let index = 0; index < jobs; index++) {
      if (done[index]) continue;
      scanHere(index);
      finished(index);
    }
    return out;
  };
  let cursor = 0;
  return {
    secrets(path12) {
      hits ??= collect();
      while (cursor < paths.length && walkOrder(paths[cursor], path12) < 0) cursor++;
      if (cursor >= paths.length || paths[cursor] !== path12) return void 0;
      return hits.get(cursor++) ?? [];
    },
    scannedByWorker: () => hits === null ? null : byWorker
  };
}

// src/audit.ts
const path11 = require("node:path");

// src/context/nearest.ts
function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}
var limitFor = (name) => name.length <= 5 ? 1 : Math.floor(name.length / 2);
function extensionOf(name) {
  const i = name.lastIndexOf(".");
  const ext = i > 0 && i < name.length - 1 ? name.slice(i + 1).toLowerCase() : "";
  return /^[a-z][a-z0-9]{0,4}$/.test(ext) ? ext : null;
}
function indexPaths(paths) {
  const sets = /* @__PURE__ */ new Map();
  const add = (p) => {
    const i = p.lastIndexOf("/");
    const parent = i < 0 ? "" : p.slice(0, i);
    let s = sets.get(parent);
    if (!s) sets.set(parent, s = /* @__PURE__ */ new Set());
    if (s.has(p.slice(i + 1))) return;
    s.add(p.slice(i + 1));
    if (i > 0) add(parent);
  };
  for (const p of paths) if (p !== "" && p !== ".") add(p.replace(/\/+$/, ""));
  return { children: new Map([...sets].map(([k, v]) => [k, [...v].sort()])) };
}
function nearestPath(index, target) {
  const clean = target.replace(/^\.?\/+/, "").replace(/\/+$/, "");
  if (clean === "" || /[*?[\\]/.test(clean)) return null;
  let cur = "";
  let changed = false;
  for (const comp of clean.split("/")) {
    const names = index.children.get(cur) ?? [];
    let pick = names.includes(comp) ? comp : null;
    if (pick === null) {
      let best = limitFor(comp) + 1;
      const ext = extensionOf(comp);
      for (const n of names) {
        const other = extensionOf(n);
        if (ext !== null && other !== null && ext !== other && editDistance(ext, other, 1) > 1) continue;
        const d = editDistance(comp.toLowerCase() === n.toLowerCase() ? n : comp, n, best - 1);
        if (d < best) {
          best = d;
          pick = n;
        }
      }
      if (pick === null) return null;
      changed = true;
    }
    cur = cur === "" ? pick : `${cur}/${pick}`;
  }
  return changed ? cur : null;
}

// src/dockerfile/parse.ts
var import_dockerfile_ast = __toESM(require_main(), 1);

// src/dockerfile/expand.ts
var NAME_START = /[A-Za-z_]/;
var NAME_CHAR = /[A-Za-z0-9_]/;
function expandWord(word, vars, opts = {}) {
  const esc = opts.escape ?? "\\";
  const quotes = opts.quotes ?? true;
  const unset = [];
  let i = 0;
  const lookup = (name) => {
    const v = vars.get(name);
    return v;
  };
  const readWord = (stops, inDouble) => {
    let out = "";
    while (i < word.length) {
      const c = word[i];
      if (stops.includes(c)) return out;
      if (c === esc && i + 1 < word.length) {
        const n = word[i + 1];
        if (!inDouble || n === "$" || n === '"' || n === esc || n === "}") {
          out += n;
          i += 2;
          continue;
        }
        out += c;
        i++;
        continue;
      }
      if (quotes && !inDouble && c === "'") {
        const end = word.indexOf("'", i + 1);
        if (end < 0) {
          out += word.slice(i + 1);
          i = word.length;
          return out;
        }
        out += word.slice(i + 1, end);
        i = end + 1;
        continue;
      }
      if (quotes && c === '"') {
        i++;
        out += readWord('"', true);
        if (i < word.length && word[i] === '"') i++;
        continue;
      }
      if (c === "$") {
        out += readDollar(inDouble);
        continue;
      }
      out += c;
      i++;
    }
    return out;
  };
  const readDollar = (inDouble) => {
    i++;
    if (i >= word.length) return "$";
    const c = word[i];
    if (c === "{") {
      const start = i - 1;
      i++;
      let name = "";
      while (i < word.length && NAME_CHAR.test(word[i])) name += word[i++];
      if (name === "" || i >= word.length) {
        i = start + 1;
        return "$";
      }
      const v = lookup(name);
      if (word[i] === "}") {
        i++;
        if (v === void 0) unset.push(name);
        return v ?? "";
      }
      let op = word[i];
      let colon = false;
      if (op === ":") {
        colon = true;
        i++;
        op = word[i] ?? "";
      }
      if (op !== "-" && op !== "+" && op !== "?") {
        const close = word.indexOf("}", i);
        i = close < 0 ? word.length : close + 1;
        if (v === void 0) unset.push(name);
        return v ?? "";
      }
      i++;
      const alt = readWord("}", inDouble);
      if (i < word.length && word[i] === "}") i++;
      const isSet = v !== void 0 && (!colon || v !== "");
      switch (op) {
        case "-":
          return isSet ? v : alt;
        case "+":
          return isSet ? alt : "";
        default:
          if (!isSet) unset.push(name);
          return isSet ? v : "";
      }
    }
    if (NAME_START.test(c)) {
      let name = "";
      while (i < word.length && NAME_CHAR.test(word[i])) name += word[i++];
      const v = lookup(name);
      if (v === void 0) unset.push(name);
      return v ?? "";
    }
    return "$";
  };
  const value = readWord("", false);
  return { value, unset };
}

// src/dockerfile/parse.ts
var PATH_ONLY_IMAGE = /^(?:scratch|(?:(?:docker\.io|index\.docker\.io|registry-1\.docker\.io)\/)?(?:library\/)?(?:alpine|busybox|debian|ubuntu)(?::[\w.-]+)?(?:@sha256:[0-9a-f]{64})?)$/;
var BUILD_TOOL_CLEAN = /^(?:[A-Za-z_]\w*=\S*\s+)*(?:\.\/)?(gradlew|gradle|mvnw|mvn)\s/;
var BUILD_TOOL_ELSEWHERE = /^(?:-p|--project-dir|-b|--build-file|-f|--file|-pl|--projects|-c|--settings-file)(?:=|$)/;
var GO_BUILD = /^(?:[A-Za-z_]\w*=\S*\s+)*go\s+build\s/;
var PLAIN_WORD = (w) => w !== "" && !/[$*?[\]{}`'"\\~]/.test(w);
function rmTargets(command, workdir, line) {
  const out = [];
  let cwd = /[()`]|\b(?:ba|z|da)?sh\s+-c\b|\beval\b/.test(command) ? null : workdir;
  for (const segment of command.split(/&&|\|\||;|\|/)) {
    const words = segment.trim().split(/\s+/);
    if (words[0] === "cd" || words[0] === "pushd" || words[0] === "popd") {
      const to = words[0] === "popd" ? void 0 : words[1];
      cwd = cwd !== null && to !== void 0 && words.length === 2 && PLAIN_WORD(to) && to !== "-" ? joinAbs(to.startsWith("/") ? "/" : cwd, to) : null;
      continue;
    }
    const tool = BUILD_TOOL_CLEAN.exec(segment.trim());
    if (tool !== null && cwd !== null && words.includes("clean") && !words.some((w, i) => BUILD_TOOL_ELSEWHERE.test(w) || /^-Dmaven\.clean\.skip(?:=true)?$/.test(w) || w === "clean" && /^(?:-x|--exclude-task)$/.test(words[i - 1] ?? ""))) {
      out.push({ line, path: joinAbs(cwd, /gradle/.test(tool[1]) ? "build" : "target"), recursive: true });
      continue;
    }
    if (GO_BUILD.test(segment.trim())) {
      if (words.some((w) => w === "-C" || w.startsWith("-C="))) continue;
      const o = words.findIndex((w) => w === "-o");
      const file = o >= 0 ? words[o + 1] : words.find((w) => w.startsWith("-o=") || w.startsWith("--o="))?.replace(/^--?o=/, "");
      if (file !== void 0 && PLAIN_WORD(file) && !file.endsWith("/") && (file.startsWith("/") || cwd !== null)) out.push({ line, path: joinAbs(file.startsWith("/") ? "/" : cwd, file), recursive: false });
      continue;
    }
    if (words[0] !== "rm") continue;
    let recursive = false;
    let flags = true;
    for (const w of words.slice(1)) {
      if (flags && w === "--") flags = false;
      else if (flags && w.startsWith("-")) recursive ||= /^-[a-zA-Z]*[rR]/.test(w) || w === "--recursive";
      else if (PLAIN_WORD(w) && (w.startsWith("/") || cwd !== null)) out.push({ line, path: joinAbs(w.startsWith("/") ? "/" : cwd, w), recursive });
    }
  }
  return out;
}
function hostPlatform() {
  const arch = { x64: "amd64", arm64: "arm64", arm: "arm/v7", ia32: "386", ppc64: "ppc64le", s390x: "s390x", riscv64: "riscv64", loong64: "loong64", mips: "mips", mipsel: "mipsle" };
  return `linux/${arch[process.arch] ?? process.arch}`;
}
function platformArgs(platform) {
  const [os2 = "linux", arch = "", variant = ""] = platform.split("/");
  const out = /* @__PURE__ */ new Map();
  for (const p of ["TARGET", "BUILD"]) {
    out.set(`${p}PLATFORM`, platform);
    out.set(`${p}OS`, os2);
    out.set(`${p}ARCH`, arch);
    out.set(`${p}VARIANT`, variant);
  }
  return out;
}
var TARGET_PLATFORM_ARGS = /* @__PURE__ */ new Set(["TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT"]);
function referencedNames(word) {
  return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
}
function logicalLine(lines, first, last, escape2) {
  const out = { text: "", pos: [] };
  const cont = new RegExp("\\" + escape2 + "[ \\t]*$");
  for (let ln = first; ln <= last && ln < lines.length; ln++) {
    const raw = lines[ln];
    if (ln > first && /^[ \t]*(#.*)?$/.test(raw)) continue;
    const m = cont.exec(raw);
    const body = m ? raw.slice(0, m.index) : raw;
    for (let c = 0; c < body.length; c++) {
      out.text += body[c];
      out.pos.push({ line: ln, col: c });
    }
    if (!m) break;
  }
  return out;
}
function splitWords(text2, from) {
  const words = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text2); m; m = re.exec(text2)) words.push({ text: m[0], start: m.index });
  return words;
}
function parseJsonArray(text2, from) {
  const body = text2.slice(from).trim();
  if (!body.startsWith("[")) return null;
  let parsed;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === "string")) return null;
  const out = [];
  const re = /"(?:[^"\\]|\\.)*"/g;
  re.lastIndex = from;
  for (let m = re.exec(text2); m && out.length < parsed.length; m = re.exec(text2)) {
    out.push({ text: JSON.parse(m[0]), start: m.index + 1 });
  }
  return out.length === parsed.length ? out : null;
}
var VALUE_FLAGS = /* @__PURE__ */ new Set(["chmod", "chown", "from", "exclude", "checksum", "mount", "network", "security", "platform"]);
function missingFlagValue(flags) {
  const f = flags.find((x) => x.value === null && VALUE_FLAGS.has(x.name));
  return f === void 0 ? null : `missing a value on flag: ${f.name}`;
}
function takeFlags(words) {
  const flags = [];
  let k = 0;
  for (; k < words.length; k++) {
    const w = words[k].text;
    if (!w.startsWith("--") || w === "--") break;
    const eq = w.indexOf("=");
    flags.push({ name: (eq < 0 ? w.slice(2) : w.slice(2, eq)).toLowerCase(), value: eq < 0 ? null : w.slice(eq + 1), start: words[k].start });
  }
  return { flags, rest: words.slice(k) };
}
var WINDOWS_IMAGE = /(?:^|\/)windows(?:servercore)?(?:[/:@]|$)|mcr\.microsoft\.com\/windows|nanoserver|servercore|[:-]ltsc20\d\d/i;
var HEREDOC = /^\d*<<-?(["']?)[A-Za-z0-9_.-]+\1$/;
function parseCsv(spec) {
  const out = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c === '"') q = !q;
    else if (c === "," && !q) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}
function isUrl(s) {
  return /^https?:\/\//i.test(s);
}
function isGitRef(s) {
  return /^(git@[^:]+:|git:\/\/|ssh:\/\/)/i.test(s) || /^https?:\/\//i.test(s) && /\.git(#.*)?$/i.test(s);
}
function parseWords(rest, escape2) {
  const words = [];
  let word = "";
  let inWord = false;
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos < rest.length; pos++) {
    let ch = rest[pos];
    if (!inWord && quote === "") {
      if (/\s/.test(ch)) continue;
      inWord = true;
    }
    if (quote === "") {
      if (/\s/.test(ch)) {
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        inWord = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
      } else if (ch === escape2) {
        if (pos + 1 === rest.length) continue;
        word += ch;
        ch = rest[++pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) quote = "";
    else if (ch === escape2 && quote !== "'") {
      if (pos + 1 === rest.length) continue;
      word += ch;
      ch = rest[++pos];
    }
    word += ch;
  }
  if (inWord || quote !== "") {
    if (blankOK || word.length > 0) words.push(word);
  }
  return words;
}
function keyValues(words, text2, allowLegacy, escape2) {
  if (words.length === 0) return [];
  if (allowLegacy && !words[0].text.includes("=")) {
    if (words.length < 2) return [{ key: words[0].text, value: null }];
    const value = text2.slice(words[1].start).trim();
    return [{ key: words[0].text, value }];
  }
  const pairs = [];
  for (const w of parseWords(text2.slice(words[0].start), escape2)) {
    const eq = w.indexOf("=");
    pairs.push(eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) });
  }
  return pairs;
}
function joinAbs(dir, p) {
  const out = [];
  for (const c of `${dir}/${p}`.split("/")) {
    if (c === "" || c === ".") continue;
    if (c === "..") out.pop();
    else out.push(c);
  }
  return "/" + out.join("/");
}
function parseDockerfile(content, opts = {}) {
  const text2 = (typeof content === "string" ? content : content.toString("utf8")).replace(/\r(?!\n)/g, " ");
  const result = { directives: [], escape: "\\", stages: [], problems: [], heredocSources: 0 };
  try {
    parseInto(text2, opts, result);
  } catch (e) {
    result.problems.push({ line: 1, message: `cannot parse the Dockerfile: ${e.message}` });
  }
  return result;
}
function escapeDirective(text2) {
  for (const line of text2.split("\n", 16)) {
    const m = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(\S*)[ \t\r]*$/.exec(line);
    if (!m) break;
    if (m[1].toLowerCase() === "escape" && (m[2] === "\\" || m[2] === "`")) return m[2];
  }
  return "\\";
}
var HEREDOC_WORD = /^(\d*)<<(-?)\s*([^<]*)$/;
var HEREDOC_OPENER = /^\d*<<-?$/;
function shellWordStarts(line) {
  const out = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i])) i++;
    if (i >= line.length) break;
    const start = i;
    let quote = "";
    for (; i < line.length; i++) {
      const ch = line[i];
      if (quote !== "") {
        if (ch === quote) quote = "";
        else if (ch === "\\" && quote === '"') i++;
      } else if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "\\") i++;
      else if (/\s/.test(ch)) break;
    }
    out.push({ start, text: line.slice(start, Math.min(i, line.length)) });
  }
  return out;
}
function alignHeredocs(text2) {
  if (!text2.includes("<<")) return { text: text2, problems: [], olderBuilders: [] };
  const escape2 = escapeDirective(text2);
  const lines = text2.split("\n");
  const out = lines.slice();
  const problems = [];
  const olderBuilders = [];
  const modern = modernFrontend(text2);
  const cont = new RegExp("\\" + escape2 + "[ \\t\\r]*$");
  for (let i = 0; i < lines.length; i++) {
    if (/^[ \t]*(#.*)?\r?$/.test(lines[i])) continue;
    const first = i;
    let logical = "";
    const pos = [];
    for (let ln = i; ln < lines.length; ln++) {
      if (ln > first && /^[ \t]*(#.*)?\r?$/.test(lines[ln])) continue;
      const m = cont.exec(lines[ln]);
      const body = m ? lines[ln].slice(0, m.index) : lines[ln];
      for (let c = 0; c < body.length; c++) pos.push({ line: ln, col: c });
      logical += body;
      i = ln;
      if (!m) break;
    }
    if (!logical.includes("<<") || !/^[ \t]*(run|copy|add)\s/i.test(logical)) continue;
    const heredocs = [];
    const real = /* @__PURE__ */ new Set();
    for (const w of openersJoined(shellWordStarts(logical), logical)) {
      const m = HEREDOC_WORD.exec(w.text);
      if (!m || m[3] === "") continue;
      const name = m[3].replace(/^(["'])(.*)\1$/, "$2");
      if (name === "") continue;
      const gap = w.text.length - m[1].length - 2 - m[2].length - m[3].length;
      if (gap > 0) {
        const from = w.start + m[1].length + 2 + m[2].length;
        const ps = pos.slice(from, w.start + w.text.length);
        if (ps.some((p) => p === void 0 || p.line !== ps[0].line)) continue;
        const row = out[ps[0].line];
        out[ps[0].line] = row.slice(0, ps[0].col) + m[3] + " ".repeat(gap) + row.slice(ps[0].col + gap + m[3].length);
        if (!modern)
          olderBuilders.push({
            line: ps[0].line + 1,
            message: `heredoc "${w.text}" has a space after <<: Dockerfile frontend 1.16 and later read it as a heredoc (BuildKit v0.22, Docker Engine 28.2, or \`# syntax=docker/dockerfile:1\` on any engine); earlier ones read its body as instructions and refuse the Dockerfile (write <<${m[2]}${m[3]} to build with every builder)`
          });
      }
      heredocs.push({ name, chomp: m[2] === "-" });
      real.add(w.start + m[1].length);
      for (let d = 0; d < m[1].length; d++) {
        const p = pos[w.start + d];
        out[p.line] = out[p.line].slice(0, p.col) + " " + out[p.line].slice(p.col + 1);
      }
    }
    for (let at = logical.indexOf("<<"); at >= 0; at = logical.indexOf("<<", at + 2)) {
      if (real.has(at)) continue;
      const p = pos[at + 1];
      if (p === void 0) continue;
      out[p.line] = out[p.line].slice(0, p.col) + "~" + out[p.line].slice(p.col + 1);
    }
    for (const h of heredocs) {
      let end = i + 1;
      while (end < lines.length && (h.chomp ? lines[end].replace(/^\t+/, "") : lines[end]).replace(/\r$/, "") !== h.name) end++;
      if (end >= lines.length) {
        problems.push({ line: first + 1, message: `unterminated heredoc <<${h.name}: docker refuses the Dockerfile` });
        return { text: out.join("\n"), problems, olderBuilders };
      }
      i = end;
    }
  }
  return { text: out.join("\n"), problems, olderBuilders };
}
function customFrontend(parsed) {
  const syntax = parsed.directives.find((d) => d.name === "syntax");
  if (syntax === void 0 || syntax.value === "") return null;
  return /(?:^|\/)docker\/dockerfile(?:-upstream)?(?:[:@]|$)/.test(syntax.value) ? null : syntax.value;
}
function modernFrontend(text2) {
  for (const line of text2.split("\n", 16)) {
    const m = /^[ \t]*#[ \t]*([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(\S*)[ \t\r]*$/.exec(line);
    if (!m) break;
    if (m[1].toLowerCase() !== "syntax") continue;
    const ref = /^(?:docker\.io\/)?docker\/dockerfile(-upstream)?(?::([^@]+))?(?:@.*)?$/.exec(m[2]);
    if (!ref) return false;
    if (ref[1] !== void 0) return true;
    const tag = ref[2] ?? "latest";
    if (/^(?:latest|labs|master|master-labs|1|1-labs)$/.test(tag)) return true;
    const v = /^1\.(\d+)(?:[.-]|$)/.exec(tag);
    return v !== null && Number(v[1]) >= 16;
  }
  return false;
}
function openersJoined(words, line) {
  const out = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const next = words[k + 1];
    if (HEREDOC_OPENER.test(w.text) && next !== void 0) {
      out.push({ start: w.start, text: line.slice(w.start, next.start + next.text.length) });
      k++;
    } else out.push(w);
  }
  return out;
}
function parseInto(text2, opts, result) {
  const aligned = alignHeredocs(text2);
  result.problems.push(...aligned.problems);
  if (aligned.olderBuilders.length > 0) (result.olderBuilders ??= []).push(...aligned.olderBuilders);
  const ast = import_dockerfile_ast.DockerfileParser.parse(aligned.text);
  const escape2 = ast.getEscapeCharacter() || "\\";
  result.escape = escape2;
  for (const d of ast.getDirectives()) {
    result.directives.push({ name: d.getName().toLowerCase(), value: d.getValue(), line: d.getRange().start.line + 1 });
  }
  const lines = text2.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const buildArgs = new Map(Object.entries(opts.buildArgs ?? {}));
  const automatic = platformArgs(opts.platform ?? hostPlatform());
  const globalArgs = new Map(automatic);
  const globalDeclared = /* @__PURE__ */ new Set();
  let stage = null;
  let args = /* @__PURE__ */ new Map();
  let env = /* @__PURE__ */ new Map();
  let scope = /* @__PURE__ */ new Map();
  const refreshScope = () => {
    scope = new Map([...args, ...env]);
  };
  const stageEnv = /* @__PURE__ */ new Map();
  const windowsStages = /* @__PURE__ */ new Set();
  const stageArgs = /* @__PURE__ */ new Map();
  let declared = /* @__PURE__ */ new Set();
  const stageDeclared = /* @__PURE__ */ new Map();
  const globalPlatformDerived = /* @__PURE__ */ new Set();
  let platformDerived = /* @__PURE__ */ new Set();
  const stagePlatformDerived = /* @__PURE__ */ new Map();
  const namesPlatform = (value, derived) => referencedNames(value).some((n) => TARGET_PLATFORM_ARGS.has(n) || derived.has(n));
  let openVia = /* @__PURE__ */ new Map();
  const stageOpenVia = /* @__PURE__ */ new Map();
  const runTime = new Set(opts.runTimeArgs ?? []);
  const openArgsOf = (unset, raw, shadowed = env) => [
    .../* @__PURE__ */ new Set([...unset.filter((n) => declared.has(n)), ...referencedNames(raw).flatMap((n) => runTime.has(n) && declared.has(n) && !shadowed.has(n) ? [n] : openVia.get(n) ?? [])])
  ];
  const landsBy = (rawDest, dest) => {
    if (runTime.size === 0) return {};
    const names = [...referencedNames(rawDest), ...dest.startsWith("/") ? [] : workdir.refs ?? []].filter((n) => runTime.has(n));
    return names.length === 0 ? {} : { landRunTimeArgs: [...new Set(names)] };
  };
  const runTimeOf = (unset, raw) => {
    const names = runTime.size === 0 ? [] : openArgsOf(unset, raw).filter((n) => runTime.has(n));
    return names.length === 0 ? {} : { runTimeArgs: names };
  };
  const platformVia = (raw) => {
    const via = referencedNames(raw).find((n) => platformDerived.has(n));
    return via === void 0 ? {} : { platformVia: via };
  };
  const stageWorkdir = /* @__PURE__ */ new Map();
  let workdir = { dir: "/" };
  const stageImageEnv = /* @__PURE__ */ new Map();
  let imageEnv = false;
  const fileNames = /* @__PURE__ */ new Set();
  for (const m of text2.matchAll(/^[ \t]*(?:ARG|ENV)[ \t]+([^\n]*)$/gim)) for (const w of m[1].matchAll(/(?:^|[ \t])([A-Za-z_][A-Za-z0-9_]*)(?==|[ \t]|$)/g)) fileNames.add(w[1]);
  const nearNames = [...fileNames].filter((f) => f.length <= 64).slice(0, 512);
  const maybeImageEnv = (n) => /^[A-Z][A-Z0-9_]{0,63}$/.test(n) && n !== "PATH" && !fileNames.has(n) && !buildArgs.has(n) && !nearNames.some((f) => Math.abs(f.length - n.length) <= 2 && editDistance2(f, n) <= (n.length <= 4 ? 1 : 2));
  const imageEnvOf = (unset) => {
    const vars = imageEnv ? [...new Set(unset.filter((n) => !declared.has(n) && !env.has(n) && maybeImageEnv(n)))] : [];
    return vars.length > 0 ? { imageEnvVars: vars } : {};
  };
  const expand = (w, vars, json) => expandWord(w, vars, { escape: escape2, quotes: !json });
  const work = ast.getInstructions().map((ins) => ({ line0: ins.getRange().start.line, endLine: ins.getRange().end.line, keyword: ins.getKeyword().toUpperCase(), instruction: ins.getInstruction() }));
  const stageTriggers = /* @__PURE__ */ new Map();
  for (let wi = 0; wi < work.length; wi++) {
    const item = work[wi];
    const line0 = item.line0;
    let keyword = item.keyword;
    const ll = logicalLine(lines, line0, item.endLine, escape2);
    let kwEnd = ll.text.search(/\S/) + item.instruction.length;
    if (item.trigger) {
      const inner = /^(\s*)(\S+)(\s+)(\S+)/.exec(ll.text);
      if (inner === null) continue;
      ll.text = inner[1] + " ".repeat(inner[2].length) + ll.text.slice(inner[1].length + inner[2].length);
      keyword = inner[4].toUpperCase();
      kwEnd = inner[1].length + inner[2].length + inner[3].length + inner[4].length;
    }
    const words = splitWords(ll.text, kwEnd);
    const at = (offset) => ll.pos[Math.min(offset, ll.pos.length - 1)] ?? { line: line0, col: 0 };
    const problem = (message, offset, dockerOnly) => result.problems.push({ line: (offset === void 0 ? line0 : at(offset).line) + 1, message, ...dockerOnly ? { dockerOnly } : {} });
    if (!INSTRUCTIONS.includes(keyword)) {
      problem(unknownInstruction(item.trigger ? keyword : item.instruction));
      continue;
    }
    if (keyword === "ONBUILD") {
      if (item.trigger || stage === null) continue;
      const inner = /^\s*\S+\s+(\S+)/.exec(ll.text)?.[1]?.toUpperCase();
      if (inner === void 0 || inner === "ONBUILD" || inner === "FROM" || inner === "MAINTAINER") continue;
      const t = { ...item, trigger: true };
      for (const key of [String(stage.index), ...stage.name ? [stage.name] : []]) stageTriggers.set(key, [...stageTriggers.get(key) ?? [], t]);
      continue;
    }
    if (keyword === "FROM") {
      const { flags, rest } = takeFlags(words);
      const bad = missingFlagValue(flags);
      if (bad !== null) problem(bad);
      if (rest.length === 0) {
        problem("FROM requires the name of a base image");
        continue;
      }
      let name = null;
      if (rest.length >= 3 && rest[1].text.toLowerCase() === "as") name = rest[2].text.toLowerCase();
      else if (rest.length !== 1) problem('FROM takes an image and an optional "AS name"');
      const base2 = expand(rest[0].text, globalArgs, false).value;
      const platform = flags.find((f) => f.name === "platform")?.value ?? null;
      const windows = WINDOWS_IMAGE.test(base2) || platform !== null && /^windows\//i.test(expand(platform, globalArgs, false).value) || windowsStages.has(base2.toLowerCase());
      stage = { index: result.stages.length, name, base: base2, line: line0 + 1, sources: [], refs: [{ ref: base2, line: line0 + 1, kind: "from" }], ...windows ? { windows: true } : {} };
      if (windows && name !== null) windowsStages.add(name);
      result.stages.push(stage);
      const inherited = stageEnv.get(base2.toLowerCase());
      env = new Map(inherited ?? []);
      args = new Map(stageArgs.get(base2.toLowerCase()) ?? []);
      declared = new Set(stageDeclared.get(base2.toLowerCase()) ?? []);
      stageDeclared.set(String(stage.index), declared);
      if (name) stageDeclared.set(name, declared);
      platformDerived = new Set(stagePlatformDerived.get(base2.toLowerCase()) ?? []);
      stagePlatformDerived.set(String(stage.index), platformDerived);
      if (name) stagePlatformDerived.set(name, platformDerived);
      openVia = new Map(stageOpenVia.get(base2.toLowerCase()) ?? []);
      stageOpenVia.set(String(stage.index), openVia);
      if (name) stageOpenVia.set(name, openVia);
      refreshScope();
      stageEnv.set(String(stage.index), env);
      if (name) stageEnv.set(name, env);
      stageArgs.set(String(stage.index), args);
      if (name) stageArgs.set(name, args);
      const parentWorkdir = stageWorkdir.get(base2.toLowerCase());
      workdir = { dir: parentWorkdir?.dir ?? "/", ...parentWorkdir?.refs !== void 0 ? { refs: [...parentWorkdir.refs] } : {} };
      stageWorkdir.set(String(stage.index), workdir);
      if (name) stageWorkdir.set(name, workdir);
      imageEnv = stageImageEnv.get(base2.toLowerCase()) ?? !PATH_ONLY_IMAGE.test(base2.toLowerCase());
      stageImageEnv.set(String(stage.index), imageEnv);
      if (name) stageImageEnv.set(name, imageEnv);
      const triggers = stageTriggers.get(base2.toLowerCase());
      if (triggers !== void 0 && base2.toLowerCase() !== (name ?? "")) work.splice(wi + 1, 0, ...triggers);
      continue;
    }
    if (keyword === "ARG") {
      const pairs = keyValues(words, ll.text, false, escape2);
      if (pairs.length === 0) problem("ARG requires at least one argument");
      for (const { key, value } of pairs) {
        const target = stage ? args : globalArgs;
        const vars = stage ? scope : globalArgs;
        let v = buildArgs.get(key);
        const derived = stage ? platformDerived : globalPlatformDerived;
        let fromPlatform = false;
        if (v === void 0 && value !== null) {
          v = expand(value, vars, false).value;
          fromPlatform = namesPlatform(value, derived);
        }
        if (v === void 0 && stage && globalDeclared.has(key)) {
          v = globalArgs.get(key);
          fromPlatform = globalPlatformDerived.has(key);
        }
        if (fromPlatform) derived.add(key);
        else derived.delete(key);
        if (v === void 0 && stage) v = automatic.get(key);
        if (!stage) globalDeclared.add(key);
        else declared.add(key);
        if (v !== void 0) target.set(key, v);
        if (stage) refreshScope();
      }
      continue;
    }
    if (!stage) {
      problem(`${keyword} before the first FROM`);
      continue;
    }
    if (keyword === "ENV") {
      const pairs = keyValues(words, ll.text, true, escape2);
      if (pairs.length === 0) problem("ENV requires at least one argument");
      const snapshot = new Map(scope);
      const envBefore = new Map(env);
      for (const { key, value } of pairs) {
        if (value === null) {
          problem(`ENV ${key} needs a value`);
          continue;
        }
        const x = expand(value, snapshot, false);
        env.set(key, x.value);
        if (namesPlatform(value, platformDerived)) platformDerived.add(key);
        else platformDerived.delete(key);
        const open = openArgsOf(x.unset, value, envBefore);
        if (open.length > 0) openVia.set(key, open);
        else openVia.delete(key);
      }
      refreshScope();
      continue;
    }
    if (keyword === "WORKDIR") {
      const rest = takeFlags(words).rest;
      if (rest.length > 0) {
        const raw = rest.map((w) => w.text).join(" ");
        const v = expand(raw, scope, false).value;
        workdir.dir = joinAbs(v.startsWith("/") ? "/" : workdir.dir, v);
        workdir.refs = [...v.startsWith("/") ? [] : workdir.refs ?? [], ...referencedNames(raw)].slice(-64);
      }
      continue;
    }
    if (keyword === "COPY" || keyword === "ADD") {
      const { flags, rest } = takeFlags(words);
      const bad = missingFlagValue(flags);
      if (bad !== null) {
        problem(bad);
        continue;
      }
      const flagValue = (n) => {
        const f = flags.find((x) => x.name === n);
        return f ? f.value === null ? "" : expand(f.value, scope, false).value : null;
      };
      for (const f of flags) {
        if (!["from", "chown", "chmod", "link", "parents", "exclude", "checksum", "keep-git-dir"].includes(f.name)) {
          problem(`unknown flag for ${keyword}: --${f.name}`, f.start);
        }
      }
      const fromRaw = flags.find((x) => x.name === "from")?.value ?? null;
      if (fromRaw !== null && /\$(?:\{|[A-Za-z_])/.test(fromRaw)) {
        const shown = fromRaw.replace(/^(["'])(.*)\1$/, "$2");
        problem(`${keyword} --from=${fromRaw}: docker does not expand variables in --from, and reads "${shown}" as a stage or image name: invalid reference format (name the image in a stage, FROM ${shown} AS src, and copy --from=src)`, flags.find((x) => x.name === "from")?.start, true);
        continue;
      }
      const from = flagValue("from");
      const excludes = flags.filter((f) => f.name === "exclude" && f.value !== null).map((f) => expand(f.value, scope, false).value);
      const parents = flags.some((f) => f.name === "parents" && f.value !== "false");
      const argStart = rest.length ? rest[0].start : ll.text.length;
      const json = parseJsonArray(ll.text, argStart);
      const args2 = json ?? rest;
      if (args2.length < 2) {
        problem(`${keyword} requires at least two arguments, but got ${args2.length}`);
        continue;
      }
      if (from !== null && from !== "") stage.refs.push({ ref: from, line: line0 + 1, kind: "copy-from" });
      const destWord = args2[args2.length - 1];
      const dest = expand(destWord.text, scope, json !== null).value;
      const sourceWords = args2.slice(0, -1);
      for (let k = 0; k < sourceWords.length; k++) {
        const w = sourceWords[k];
        if (!json && HEREDOC.test(w.text)) {
          result.heredocSources++;
          continue;
        }
        if (!json && HEREDOC_OPENER.test(w.text) && k + 1 < sourceWords.length) {
          result.heredocSources++;
          k++;
          continue;
        }
        const e = expand(w.text, scope, json !== null);
        const p = at(w.start);
        let external = null;
        if (from !== null && from !== "") external = "from";
        else if (keyword === "ADD" && isGitRef(e.value)) external = "git";
        else if (keyword === "ADD" && isUrl(e.value)) external = "url";
        stage.sources.push({
          instruction: keyword,
          source: toByteString(stage.windows ? e.value.replace(/\\/g, "/") : e.value),
          raw: w.text,
          line: p.line + 1,
          column: p.col + 1,
          fromContext: external === null,
          hasUnsetVar: e.unset.length > 0,
          unsetVars: e.unset,
          openArgs: openArgsOf(e.unset, w.text),
          ...runTimeOf(e.unset, w.text),
          ...landsBy(destWord.text, dest),
          ...imageEnvOf(e.unset),
          from,
          external,
          excludes,
          parents,
          mountType: null,
          instructionLine: line0 + 1,
          dest,
          workdir: workdir.dir,
          sourceCount: args2.length - 1,
          ...platformVia(w.text)
        });
      }
      continue;
    }
    if (keyword === "RUN") {
      const { flags, rest } = takeFlags(words);
      const bad = missingFlagValue(flags);
      if (bad !== null) {
        problem(bad);
        continue;
      }
      const lastLine = ll.pos.length > 0 ? ll.pos[ll.pos.length - 1].line : line0;
      const bodies = item.endLine > lastLine ? "\n" + lines.slice(lastLine + 1, item.endLine + 1).join("\n") : "";
      (stage.runs ??= []).push({ line: line0 + 1, text: (rest.length > 0 ? ll.text.slice(rest[0].start) : "") + bodies, workdir: workdir.dir });
      if (rest.length > 0 && !rest[0].text.startsWith("[") && !rest.some((w) => HEREDOC.test(w.text))) {
        const removed = rmTargets(ll.text.slice(rest[0].start), workdir.dir, line0 + 1);
        if (removed.length > 0) (stage.removals ??= []).push(...removed);
      }
      for (const f of flags) {
        if (f.name !== "mount" || f.value === null) continue;
        const fields = /* @__PURE__ */ new Map();
        for (const kv of parseCsv(f.value)) {
          const eq = kv.indexOf("=");
          fields.set((eq < 0 ? kv : kv.slice(0, eq)).toLowerCase(), eq < 0 ? "" : kv.slice(eq + 1));
        }
        const type = (fields.get("type") ?? "bind").toLowerCase();
        if (type === "secret" || type === "ssh") continue;
        const rawSource = fields.get("source") ?? fields.get("src") ?? "";
        const fromRaw = fields.get("from");
        if (fromRaw !== void 0 && /\$(?:\{|[A-Za-z_])/.test(fromRaw)) {
          problem(`RUN --mount from=${fromRaw}: 'from' doesn't support variable expansion, define alias stage instead`, f.start);
          continue;
        }
        const from = fromRaw === void 0 ? null : expand(fromRaw, scope, false).value;
        if (from) stage.refs.push({ ref: from, line: line0 + 1, kind: "mount-from" });
        const e = expand(rawSource, scope, false);
        const srcIdx = f.value.search(/(^|,)(source|src)=/i);
        const offset = f.start + (srcIdx < 0 ? 0 : f.value.indexOf("=", srcIdx) + 1 + "--mount=".length);
        const p = at(offset);
        const external = from ? "from" : null;
        stage.sources.push({
          instruction: "RUN --mount",
          source: toByteString(e.value),
          raw: rawSource,
          line: p.line + 1,
          column: p.col + 1,
          fromContext: external === null && type !== "cache",
          hasUnsetVar: e.unset.length > 0,
          unsetVars: e.unset,
          openArgs: openArgsOf(e.unset, rawSource),
          ...imageEnvOf(e.unset),
          from,
          external,
          excludes: [],
          parents: false,
          mountType: type,
          instructionLine: line0 + 1,
          ...platformVia(rawSource)
        });
      }
    }
  }
  if (result.stages.length === 0 && result.problems.length === 0) {
    result.problems.push({ line: 1, message: "the Dockerfile has no FROM instruction" });
  }
}
var INSTRUCTIONS = ["ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"];
function editDistance2(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function unknownInstruction(word) {
  const upper = word.toUpperCase();
  if (/^[A-Z]{2,12}$/.test(upper)) {
    const near = INSTRUCTIONS.find((k) => editDistance2(upper, k) <= (k.length <= 4 ? 1 : 2));
    if (near) return `unknown instruction: ${upper} (did you mean ${near}?)`;
  }
  return "unknown instruction: this line does not start with a Dockerfile instruction";
}

// src/buildkit/figure.ts
var EMPTY = { entries: 0, files: 0, links: 0, directories: 0, bytes: 0 };
var totals = (t) => ({ entries: t.entries, files: t.files, links: t.links, directories: t.directories, bytes: t.bytes });
function computeBuildkitFigure(input) {
  const frontend = input.parsed.problems.length === 0 || !input.parsed.problems.every((p) => p.message.startsWith("unknown instruction")) ? null : customFrontend(input.parsed);
  const parses = input.parsed.problems.length === 0 || frontend !== null;
  const fp = frontend !== null ? { paths: "all", fallbackReason: `the frontend ${frontend} (# syntax=), which reads lines docker's own refuses: which paths it asks for is not known here`, usesContext: true } : followPathsFor(input.parsed, input.needed);
  const usesContext = fp.usesContext && parses;
  const base2 = { ignoreFile: input.ignoreFile, followPaths: fp.paths, fallbackReason: fp.fallbackReason, usesContext, requestedPaths: fp.paths };
  const source = input.source;
  const dockerignoreTransfer = input.dockerfileSpecificIgnore || !parses ? null : transferFigure(input.root, walkTransfer({ root: input.root, includes: followLinks2(input.root, [".dockerignore"]), excludes: [], source }).list, source);
  try {
    const eligible = input.eligible ?? walkTransfer({ root: input.root, includes: null, excludes: input.ignorePatterns, source });
    const includes = !usesContext || fp.paths === "all" ? null : followLinks2(input.root, fp.paths);
    const requested = !usesContext ? null : includes === null ? eligible : walkTransfer({ root: input.root, includes, excludes: input.ignorePatterns, source });
    const transfer = requested ? transferFigure(input.root, requested.list, source, clientOpens(includes, input.ignorePatterns)) : null;
    return {
      ...base2,
      refused: requested?.refused ?? null,
      eligible: totals(eligible),
      requested: requested ? totals(requested) : EMPTY,
      transfer,
      dockerignoreTransfer,
      requestedList: requested ? transferPaths(requested) : [],
      eligibleFiles: eligible.files,
      requestedBytes: transfer ? transfer.requestedBytes : 0,
      error: null
    };
  } catch (e) {
    if (!(e instanceof PatternError)) throw e;
    return { ...base2, eligible: EMPTY, requested: EMPTY, transfer: null, dockerignoreTransfer, requestedList: [], eligibleFiles: 0, requestedBytes: 0, error: e.message, refused: null };
  }
}

// src/context/components.ts
function firstComponentWhere(pred) {
  const memo = /* @__PURE__ */ new Map();
  const ofDir = (dir) => {
    let r = memo.get(dir);
    if (r !== void 0) return r;
    const chain = [];
    let d = dir;
    while (d !== "" && !memo.has(d)) {
      chain.push(d);
      const slash = d.lastIndexOf("/");
      d = slash < 0 ? "" : d.slice(0, slash);
    }
    r = d === "" ? null : memo.get(d);
    for (let i = chain.length - 1; i >= 0; i--) {
      const c = chain[i];
      if (r === null && pred(c.slice(c.lastIndexOf("/") + 1))) r = c;
      memo.set(c, r);
    }
    return r;
  };
  let lastDir = null;
  let lastAnswer = null;
  return (path12) => {
    const slash = path12.lastIndexOf("/");
    let inDir = null;
    if (slash >= 0) {
      if (lastDir === null || slash !== lastDir.length || !path12.startsWith(lastDir)) {
        lastDir = path12.slice(0, slash);
        lastAnswer = ofDir(lastDir);
      }
      inDir = lastAnswer;
    }
    if (inDir !== null) return inDir;
    return pred(path12.slice(slash + 1)) ? path12 : null;
  };
}

// src/dockerfile/cross-check.ts
var CROSS_CHECK_RULES = {
  CTX100: { name: "dockerfile-unparseable", severity: "error" },
  CTX101: { name: "missing-copy-source", severity: "error" },
  CTX102: { name: "copy-source-ignored", severity: "error" },
  CTX103: { name: "copy-source-outside-context", severity: "error" },
  CTX004: { name: "unused-file", severity: "info" },
  CTX005: { name: "whole-context-copy", severity: "warning" },
  CTX305: { name: "builder-ignore-mismatch", severity: "warning" }
};
function buildkitIgnore(input) {
  if (input.buildkitIgnore) {
    const b = input.buildkitIgnore;
    return { patterns: b.rules.map((r) => throughGoJson(r.pattern)), file: b.file, dockerfileSpecific: b.dockerfileSpecific };
  }
  if (input.dockerfileSpecificIgnore !== null && input.root) {
    try {
      const rules = readIgnoreRules(readRegularFile(input.root + "/" + input.dockerfileSpecificIgnore));
      return { patterns: rules.map((r) => throughGoJson(r.pattern)), file: input.dockerfileSpecificIgnore };
    } catch {
    }
  }
  return { patterns: input.ignoreRules.map((r) => throughGoJson(r.pattern)), file: input.ignoreFileExists ? ".dockerignore" : null };
}
var DOTENV_TEMPLATES = /^\.env(?:\.[^.]+)*\.(?:example|sample|template|tpl|dist|defaults?)(?:\.(?!local(?:\.|$))[^.]+)*$/i;
function isDevVars(name) {
  return /^\.dev\.vars(?:\.[\w-]+)?$/i.test(name) && !/^\.dev\.vars\.(?:example|sample|template|tpl|dist|defaults?)$/i.test(name);
}
var SENSITIVE = /^(?:\.git|\.env(?:\..*)?|\.npmrc|\.pypirc|\.netrc|\.aws|\.ssh|id_(?:rsa|dsa|ecdsa|ed25519))$|\.(?:pem|key|p12|pfx|jks|keystore)$/;
function isSensitiveName(name) {
  return SENSITIVE.test(name) && !DOTENV_TEMPLATES.test(name) || isDevVars(name);
}
var fmtBytes = formatSize;
var fmtCount = (n) => formatCount(Number(n));
var unsetNames = (vars) => {
  const names = [...new Set(vars.map(String))];
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
};
var contextName = (d) => typeof d.namedContext === "string" ? `the named context "${d.namedContext}"` : "the build context";
function argDefaultMessage(d, a) {
  const where2 = a.dir === "" ? "the context root" : `${a.dir}/`;
  return `${d.instruction} source "${d.raw}" ("${d.source}" with ARG ${a.name}'s default "${a.value}") matches nothing in ${contextName(d)}, while ${where2} holds other names (${a.other}, ...): a placeholder default; the build fails unless --build-arg ${a.name} names one that exists`;
}
var submoduleText = (source, submodule) => /^(?:\.?\/)*\.git\/modules(?:\/|$)/.test(String(source)) ? `it lies in the git directory of submodule ${submodule}, which only checking the submodule out makes (git submodule update --init)` : `it lies in git submodule ${submodule}, which is not checked out here (git submodule update --init)`;
var stepName = (step) => step.startsWith("the part of ") ? step : step.startsWith("step ") ? `the earlier ${step}` : `the earlier step ${step}`;
function renderMessage(ruleId, d) {
  switch (ruleId) {
    case "CTX100":
      if (d.missingTarget === true) {
        const stages = Array.isArray(d.stages) && d.stages.length > 0 ? `stages: ${d.stages.join(", ")}` : "it names no stage";
        if (typeof d.frontend === "string") return `${d.problem} among the stages docker's own parser reads (${stages}); the file names another frontend, ${d.frontend} (# syntax=), which BuildKit runs instead and whose included files may define it: not checked here`;
        return `${d.problem} (${stages})${typeof d.namedBy === "string" ? `: ${d.namedBy} ${/ and /.test(d.namedBy) ? "ask" : "asks"} for it, and` : ":"} docker refuses the build`;
      }
      if (typeof d.frontend === "string") return `${d.problem}: docker's own Dockerfile frontend refuses this line, but the file names another, ${d.frontend} (# syntax=), which BuildKit runs instead: what it makes of the line, and what the build copies, is not checked here`;
      return d.olderBuilders === true ? String(d.problem) : d.unreadable === true ? `the Dockerfile ${d.problem}: the build fails reading it` : `cannot parse the Dockerfile: ${d.problem}`;
    case "CTX101":
      return Array.isArray(d.openArgs) && Array.isArray(d.argsAtRunTime) ? `${d.instruction} source "${d.raw}" matches nothing in ${contextName(d)} ${d.openArgs.every((n) => Array.isArray(d.unsetVars) && d.unsetVars.includes(n)) ? `with ${unsetNames(d.openArgs)} empty` : "as the Dockerfile's defaults expand it"} ("${d.source}"); the build passes ${d.argsAtRunTime.join(", ")}, known only when it runs: it fails unless that names a path that exists` : Array.isArray(d.openArgs) ? `${d.instruction} source "${d.raw}" ("${d.source}" with ${unsetNames(d.openArgs)} empty: no default, no --build-arg) matches nothing in ${contextName(d)}: the build fails unless --build-arg sets ${new Set(d.openArgs).size === 1 ? "it" : "them"} to name a path that exists` : d.fromImageEnv === true && Array.isArray(d.imageEnvVars) ? `${d.instruction} source "${d.raw}" ("${d.source}" with ${unsetNames(d.imageEnvVars)} empty) matches nothing in ${contextName(d)}; the Dockerfile declares ${new Set(d.imageEnvVars).size === 1 ? "it" : "them"} nowhere, so the value is what the base image's ENV sets, not known here: the build fails unless that names a path that exists` : d.argDefault !== null && typeof d.argDefault === "object" ? argDefaultMessage(d, d.argDefault) : d.excludedIfMade === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, and ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) would exclude it were it made before the build: the build will fail` : d.checkoutOnly === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}${d.gitignored === true ? ", and git ignores it (no checkout holds it)" : ""}; the job checks the repository out and runs no step before this build that could make it: the build will fail` : d.notFetched === true && typeof d.submodule === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: it lies in git submodule ${d.submodule}, which the job's checkout does not fetch (actions/checkout with no \`submodules:\`, and no step runs git submodule update): the build will fail` : d.emptyWildcard === true && d.gitignored === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} and git ignores it (a build output a step before the build makes?): without it BuildKit copies nothing for it and goes on (the legacy builder fails)` : d.gitignored === true && typeof d.preparedBy === "string" && d.mayOnly === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout and git ignores it (a build output?): the build fails unless a step before it creates it (none is seen to write it; ${stepName(d.preparedBy)} may)` : d.gitignored === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} and git ignores it: the build fails unless a step before it creates it (a build output?)` : typeof d.copiedWith === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}; "${d.copiedWith}" in the same instruction does, so both builders copy that and go on` : typeof d.mavenPlugin === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: a build output; the context's pom.xml builds this image with ${d.mavenPlugin}, which Maven runs after package writes target/` : typeof d.builtBy === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: a build output; ${stepName(d.builtBy)} runs the build tool that writes it` : d.emptyWildcard === true && typeof d.preparedBy === "string" && d.mayOnly === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: a step before the build is to put it there (none is seen to write it; ${stepName(d.preparedBy)} may); without it BuildKit copies nothing for it and goes on (the legacy builder fails)` : d.emptyWildcard === true && typeof d.preparedBy === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: ${stepName(d.preparedBy)} is to put it there; without it BuildKit copies nothing for it and goes on (the legacy builder fails)` : d.emptyWildcard === true && typeof d.submodule === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: ${submoduleText(d.source, String(d.submodule))}; without it BuildKit copies nothing for it and goes on (the legacy builder fails)` : d.emptyWildcard === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: BuildKit copies nothing for it and goes on (the legacy builder fails)` : typeof d.outputDir === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, which has no ${d.outputDir}/ directory: a build output, made by a step before the build (it fails without one)` : typeof d.nixResult === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: ${d.nixResult} is the link nix-build writes beside ${String(d.nixFile)}, a build output; the build fails unless that runs before it` : d.artifact === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: a package or archive, which a build step makes; the build fails unless one runs before it` : typeof d.goCommand === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program \`go build ${d.goCommand}\` makes; the build fails unless that runs before it` : typeof d.buildTarget === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program that ${d.buildTarget} declares, a build output; the build fails unless it is built into the context first` : typeof d.goBinary === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the program \`go build ${d.goBinary}\` makes from the ${d.goBinary} beside it; the build fails unless that runs before it` : d.perPlatform === true ? `${d.instruction} source "${d.raw}" ("${d.source}"${typeof d.platformVia === "string" ? `, ${d.platformVia} made from the target platform` : ""}) matches nothing in ${contextName(d)}: a file per target platform, which a build step makes for a multi-platform image; the build fails unless one runs before it` : typeof d.reincludedAt === "number" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}, yet ${d.ignoreFile} line ${d.reincludedAt} lets it in with an exception that matches nothing else: made by a step before the build (it fails without one)` : typeof d.submodule === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of this checkout: ${submoduleText(d.source, String(d.submodule))}; the build fails without it` : typeof d.filledBy === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: ${stepName(d.filledBy)} downloads an artifact into that very path before the build` : typeof d.writtenBy === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout; ${d.writtenBy} writes it, so the build fails unless that step runs before it` : typeof d.preparedBy === "string" && d.mayOnly === true ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: the build fails unless a step before it puts it there (none is seen to write it; ${stepName(d.preparedBy)} may)` : typeof d.preparedBy === "string" ? `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)} of the checkout: the build fails unless ${stepName(d.preparedBy)} puts it there` : typeof d.gitContext === "string" && d.outsideSparse === true ? `${d.instruction} source "${d.source}" lies in a directory this sparse checkout leaves out (its index records the directory whole): whether the commit BuildKit clones (${d.gitContext}) holds it is not checked here` : typeof d.gitContext === "string" && d.committedNotHere === true ? `${d.instruction} source "${d.source}" is in the commit BuildKit clones (${d.gitContext}; git tracks it) but not in this checkout (a sparse checkout, or deleted here and not committed): the build finds it; not checked here` : typeof d.gitContext === "string" && typeof d.linkTarget !== "string" ? `${d.instruction} source "${d.source}" matches nothing in the commit BuildKit clones (${d.gitContext}): a Git context holds only what is committed, nothing a step before the build makes; the build will fail${typeof d.suggestion === "string" ? `; did you mean ${d.suggestion}?` : ""}` : typeof d.linkTarget === "string" ? `${d.instruction} source "${d.source}" is a symlink to ${d.linkTarget}, which is not in ${contextName(d)}: the builder follows the link and does not find it, so the build will fail` : `${d.instruction} source "${d.source}" matches nothing in ${contextName(d)}: the build will fail${typeof d.suggestion === "string" ? `; did you mean ${d.suggestion}?` : ""}`;
    case "CTX102":
      return typeof d.linkTarget === "string" ? `${d.instruction} source "${d.source}" is a symlink to ${d.linkTarget}, which ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes: the builder follows the link and does not find it, so the build will fail` : Array.isArray(d.letInMissing) ? `${d.instruction} source "${d.source}" exists but ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes what the checkout holds of it; ${d.ignoreFile} lets in ${d.letInMissing.join(", ")}, which git ignores and the checkout lacks (build output?): the build fails unless a step before it makes them` : `${d.instruction} source "${d.source}" exists but ${d.ignoreFile} line ${d.ignoreLine} (${d.ignorePattern}) excludes it: the build will fail`;
    case "CTX103":
      return typeof d.joinedUnderRoot === "string" ? d.joinedMissing === true ? `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit reads "${d.joinedUnderRoot}" from the context root instead (the legacy builder fails), which ${d.gitignored === true ? "is not there and git ignores (a build output?): the build fails unless a step before it makes it" : "is not there either: the build will fail"}; name it from the root` : d.emptyWildcard === true ? `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit joins it under the context root, where "${d.joinedUnderRoot}" matches nothing, and copies nothing for it (the legacy builder fails)` : `${d.instruction} source "${d.source}" is outside ${contextName(d)}: BuildKit copies "${d.joinedUnderRoot}" from the context root instead (the legacy builder fails); name it from the root` : `${d.instruction} source "${d.source}" is outside ${contextName(d)}`;
    case "CTX004": {
      const one = d.examples?.length === 1;
      return d.isDirectory ? `directory sent (${unusedEntries(d)}, ${fmtBytes(d.bytes)}) but no COPY, ADD or bind mount uses it` : `${one ? `${d.path} is` : `${unusedEntries(d)} in ${d.path || "."}/ are`} sent (${fmtBytes(d.bytes)}) but no COPY, ADD or bind mount uses ${one ? "it" : "them"}`;
    }
    case "CTX005": {
      const sens = d.sensitive;
      const shipped = Array.isArray(d.shipped) ? d.shipped : null;
      const lines = Array.isArray(d.shippedBy) ? d.shippedBy : [];
      const copyFrom = lines.length === 0 ? "a COPY --from" : `the COPY --from at line${lines.length === 1 ? "" : "s"} ${lines.join(", ")}`;
      const into = typeof d.buildStage !== "string" ? "the image" : shipped || d.carried === true ? `build stage \`${d.buildStage}\`` : d.partlyCarried === true ? `build stage \`${d.buildStage}\` (${copyFrom} carries part of it into the image${sens.length ? `, none of ${sens.join(", ")}` : ""})` : `build stage \`${d.buildStage}\` (no COPY --from brings this path into the image; what a RUN there makes of it still can)`;
      const including = sens.length && d.partlyCarried !== true ? `, including ${sens.join(", ")}` : "";
      const onward = d.carried === true ? `, which ${copyFrom} carries into the image` : shipped === null ? "" : shipped.length === sens.length ? `, which ${copyFrom} carries into the image` : `; ${copyFrom} carries ${shipped.join(", ")} into the image`;
      const unset = Array.isArray(d.unsetVars) && d.unsetVars.length > 0 && d.source === "" ? ` ("" with ${unsetNames(d.unsetVars)} unset)` : "";
      const what = unset === "" ? `"${d.source}"` : `"${d.raw}"${unset}`;
      if (typeof d.emptiedBy === "string") return `${d.instruction} ${what} copies nothing into ${typeof d.buildStage === "string" ? `build stage \`${d.buildStage}\`` : "the image"}: ${d.emptiedBy} excludes everything in the context and lets nothing back in`;
      return `${d.instruction} ${what} copies the whole context (${fmtCount(d.files)} file${d.files === 1 ? "" : "s"}, ${fmtBytes(d.bytes)}) into ${into}${including}${onward}`;
    }
    case "CTX305":
      if (d.readsNothing === true) return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ""}, the legacy builder does not, so the two builders send different sets; no stage of this Dockerfile reads the context, so only the upload differs`;
      if (typeof d.sameEntries === "number") return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ""}, the legacy builder does not; here both send the same ${fmtCount(d.sameEntries)} entries, but a change to one ignore file and not the other makes the two builders send different sets`;
      return `${d.file} exists: BuildKit reads it${d.replaces ? ` instead of ${d.replaces}` : ""}, the legacy builder does not, so the two builders send different sets`;
    default: {
      const never = ruleId;
      return never;
    }
  }
}
function finding(ruleId, data, where2) {
  const r = CROSS_CHECK_RULES[ruleId];
  return { ruleId, name: r.name, severity: r.severity, message: renderMessage(ruleId, data), ...where2, data };
}
function sourceData(r) {
  return {
    instruction: r.source.instruction,
    source: byteStringToText(r.source.source),
    raw: r.source.raw,
    stage: r.stage,
    unsetVars: r.source.unsetVars,
    ...r.source.openArgs.length > 0 ? { openArgs: r.source.openArgs } : {},
    ...r.source.imageEnvVars !== void 0 ? { imageEnvVars: r.source.imageEnvVars } : {},
    ...r.source.platformVia !== void 0 ? { platformVia: r.source.platformVia } : {},
    ...r.linkTarget !== void 0 ? { linkTarget: byteStringToText(r.linkTarget) } : {}
  };
}
var parentOf = (p) => {
  const i = p.lastIndexOf("/");
  return i < 0 ? "" : p.slice(0, i);
};
function unusedFindings(input, references, buildFiles) {
  const files = input.entries.filter((e) => e.kind !== "dir" && !buildFiles.has(e.path));
  const total = /* @__PURE__ */ new Map();
  const unused = /* @__PURE__ */ new Map();
  for (const f of files) {
    const isUnused = !references.has(f.path);
    for (let d = parentOf(f.path); d !== ""; d = parentOf(d)) {
      total.set(d, (total.get(d) ?? 0) + 1);
      if (isUnused) {
        let u = unused.get(d);
        if (!u) unused.set(d, u = newTally());
        tally(u, f);
      }
    }
  }
  const fullyUnused = (d) => d !== "" && (unused.get(d)?.entries ?? 0) === total.get(d);
  const out = [];
  const loose = /* @__PURE__ */ new Map();
  const reported = /* @__PURE__ */ new Set();
  for (const f of files) {
    if (references.has(f.path)) continue;
    let top = null;
    for (let d = parentOf(f.path); d !== ""; d = parentOf(d)) if (fullyUnused(d)) top = d;
    if (top !== null) {
      if (reported.has(top)) continue;
      reported.add(top);
      const u = unused.get(top);
      const path12 = byteStringToText(top);
      out.push(finding("CTX004", { path: path12, isDirectory: true, ...counts(u) }, { path: path12 + "/" }));
    } else {
      const dir = parentOf(f.path);
      let g = loose.get(dir);
      if (!g) loose.set(dir, g = { paths: [], t: newTally() });
      g.paths.push(f.path);
      tally(g.t, f);
    }
  }
  for (const [dir, g] of loose) {
    const single = g.paths.length === 1;
    const path12 = byteStringToText(single ? g.paths[0] : dir);
    out.push(finding("CTX004", { path: path12, isDirectory: false, ...counts(g.t), examples: g.paths.slice(0, 10).map(byteStringToText) }, single ? { path: path12 } : { path: dir === "" ? "." : path12 + "/" }));
  }
  return out;
}
var newTally = () => ({ entries: 0, files: 0, links: 0, special: 0, bytes: 0 });
function tally(t, e) {
  t.entries++;
  if (e.kind === "file") {
    t.files++;
    t.bytes += e.contentBytes;
  } else if (e.kind === "symlink" || e.kind === "hardlink") t.links++;
  else t.special++;
}
var counts = (t) => ({ files: t.files, links: t.links, special: t.special, bytes: t.bytes });
function unusedEntries(d) {
  const n = (k) => Number(d[k] ?? 0);
  const parts = [
    n("files") > 0 || n("links") === 0 && n("special") === 0 ? `${fmtCount(n("files"))} file${n("files") === 1 ? "" : "s"}` : "",
    n("links") > 0 ? `${fmtCount(n("links"))} link${n("links") === 1 ? "" : "s"}` : "",
    n("special") > 0 ? `${fmtCount(n("special"))} special file${n("special") === 1 ? "" : "s"}` : ""
  ].filter(Boolean);
  return parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0];
}
function wholeContextFinding(input, r, file) {
  let files = 0;
  let bytes = 0;
  const sensitive = /* @__PURE__ */ new Set();
  const sensitivePrefix = firstComponentWhere(isSensitiveName);
  let excl = null;
  try {
    excl = r.source.excludes.length ? PatternMatcher.create(r.source.excludes) : null;
  } catch {
    excl = null;
  }
  const copied = excl === null ? input.entries : input.entries.filter((e) => !excl.matchesOrParentMatches(e.path));
  for (const e of copied) {
    if (e.kind === "file") {
      files++;
      bytes += e.contentBytes;
    }
    const s = e.kind === "dir" ? null : sensitivePrefix(e.path);
    if (s !== null) sensitive.add(byteStringToText(s) + (s.length < e.path.length ? "/" : ""));
  }
  const largest = topN(
    copied.filter((e) => e.kind === "file"),
    input.top ?? 5,
    (a, b) => b.contentBytes - a.contentBytes || (a.path < b.path ? -1 : 1)
  ).map((e) => ({ path: byteStringToText(e.path), bytes: e.contentBytes }));
  const data = { ...sourceData(r), files, bytes, largest, sensitive: [...sensitive].sort(), ...copied.length === 0 ? { copiesNothing: true } : {} };
  return finding("CTX005", data, { file, line: r.source.line, column: r.source.column });
}
function crossCheck(input) {
  const file = input.dockerfileName;
  const read = parseDockerfile(input.dockerfileText, { buildArgs: input.buildArgs, runTimeArgs: input.runTimeArgs });
  const asRead = input.dockerfileUnreadable === void 0 ? read : { ...read, stages: [], problems: [{ line: 0, message: input.dockerfileUnreadable }] };
  const findings = [];
  if (input.dockerfileUnreadable !== void 0) findings.push(finding("CTX100", { problem: input.dockerfileUnreadable, unreadable: true }, { file }));
  else {
    const frontend = (input.builder ?? "buildkit") === "buildkit" ? customFrontend(asRead) : null;
    for (const p of asRead.problems) if (!(p.dockerOnly === true && input.buildah === true)) findings.push(finding("CTX100", { problem: p.message, ...frontend !== null && p.message.startsWith("unknown instruction") ? { frontend } : {} }, { file, line: p.line }));
  }
  for (const p of asRead.olderBuilders ?? []) findings.push(finding("CTX100", { problem: p.message, olderBuilders: true }, { file, line: p.line }));
  const ignoreFileName = input.ignoreFileName ?? ".dockerignore";
  const sourcesOf = (p) => resolveSources(p, { entries: input.entries, excluded: input.excluded, matcher: input.matcher, rules: input.ignoreRules, ignoreFileName, root: input.root }, file, input.target, input.builder ?? "buildkit");
  const asked = sourcesOf(asRead);
  const otherFrontend = (input.builder ?? "buildkit") === "buildkit" && input.dockerfileUnreadable === void 0 ? customFrontend(asRead) : null;
  const problem = asked.needed.problem;
  const named = asRead.stages.map((st) => st.name).filter((n) => !!n);
  const stages = named.length > 50 ? [...named.slice(0, 50), `... (${named.length} in all)`] : named;
  const missingTarget = problem === null ? null : { problem, stages };
  const refused = problem !== null && otherFrontend === null;
  const parsed = !refused ? asRead : { ...asRead, stages: [], problems: [...asRead.problems, { line: 0, message: problem }] };
  const resolved = !refused ? asked : { ...sourcesOf(parsed), needed: { stages: [], target: -1, problem } };
  if (problem !== null) findings.push(finding("CTX100", { problem, missingTarget: true, stages, ...otherFrontend !== null ? { frontend: otherFrontend } : {}, ...input.targetNamedBy !== void 0 ? { namedBy: input.targetNamedBy } : {} }, { file }));
  let index = null;
  const nearest = (p) => {
    index ??= indexPaths([...input.entries.map((e) => e.path), ...input.excluded.map((x) => x.path)]);
    const near = nearestPath(index, p);
    return near === null ? {} : { suggestion: byteStringToText(near) };
  };
  const copiedWith = (r) => {
    if (r.source.instruction === "RUN --mount" || !/[*?[]/.test(r.source.source)) return null;
    const other = resolved.resolutions.find(
      (o) => o !== r && o.stage === r.stage && o.source.instruction === r.source.instruction && o.source.instructionLine === r.source.instructionLine && (o.status === "sent" || o.status === "whole-context")
    );
    return other ? { copiedWith: other.source.raw } : null;
  };
  const nearestElse = (r) => {
    const near = nearest(r.path);
    const same = resolved.resolutions.some((o) => o !== r && o.source.instructionLine === r.source.instructionLine && o.stage === r.stage && byteStringToText(o.path) === near.suggestion);
    return same ? {} : near;
  };
  for (const r of resolved.resolutions) {
    if (r.climbsOut !== void 0) {
      findings.push(finding("CTX103", sourceData(r), { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.climbsOut) }));
      continue;
    }
    const where2 = { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.path) };
    if (r.status === "missing") findings.push(finding("CTX101", { ...sourceData(r), ...copiedWith(r) ?? nearestElse(r) }, where2));
    else if (r.status === "outside") findings.push(finding("CTX103", sourceData(r), where2));
    else if (r.status === "ignored") {
      findings.push(
        finding(
          "CTX102",
          { ...sourceData(r), ignoreFile: ignoreFileName, ignoreLine: r.ignoreRule?.line ?? null, ignorePattern: r.ignoreRule ? byteStringToText(r.ignoreRule.pattern) : null, matched: r.ignoredMatches.map(byteStringToText) },
          where2
        )
      );
    } else if (r.status === "whole-context" && r.source.instruction !== "RUN --mount") {
      findings.push(wholeContextFinding(input, r, file));
    }
  }
  if (input.namedContexts && input.namedContexts.size > 0) findings.push(...namedContextFindings(input, parsed, resolved, file));
  if (!resolved.coversWholeContext && parsed.stages.length > 0 && parsed.problems.length === 0) {
    const buildFiles = /* @__PURE__ */ new Set([".dockerignore", file]);
    if (input.dockerfileSpecificIgnore) buildFiles.add(input.dockerfileSpecificIgnore);
    findings.push(...unusedFindings(input, resolved.references, buildFiles));
  }
  if (input.dockerfileSpecificIgnore !== null) {
    findings.push(
      finding("CTX305", { file: input.dockerfileSpecificIgnore, replaces: input.ignoreFileExists ? ".dockerignore" : null, ...input.sameEntriesBothBuilders !== void 0 ? { sameEntries: input.sameEntriesBothBuilders } : {} }, { path: input.dockerfileSpecificIgnore })
    );
  }
  let buildkit = null;
  if (input.root) {
    const ig = buildkitIgnore(input);
    buildkit = computeBuildkitFigure({
      root: input.root,
      parsed,
      needed: resolved.needed,
      ignorePatterns: ig.patterns,
      ignoreFile: ig.file,
      dockerfileSpecificIgnore: ig.dockerfileSpecific ?? (ig.file !== null && ig.file === input.dockerfileSpecificIgnore),
      eligible: input.buildkitEligible,
      source: input.source
    });
  }
  if (buildkit !== null && !buildkit.usesContext && buildkit.error === null) {
    for (let i = 0; i < findings.length; i++) if (findings[i].ruleId === "CTX305") findings[i] = { ...findings[i], data: { ...findings[i].data, readsNothing: true } };
  }
  return {
    findings,
    // Made when first asked for (resolveSources).
    get references() {
      return resolved.references;
    },
    parsed,
    resolved,
    buildkit,
    buildArgs: input.buildArgs,
    missingTarget
  };
}
function namedContextFindings(input, parsed, resolved, file) {
  const views = input.namedContexts;
  const indexes = /* @__PURE__ */ new Map();
  const out = [];
  for (const si of resolved.needed.stages) {
    for (const src of parsed.stages[si].sources) {
      if (src.from === null || src.from === "") continue;
      if (src.mountType !== null && src.mountType !== "bind") continue;
      const name = views.has(src.from) ? src.from : views.has(src.from.toLowerCase()) ? src.from.toLowerCase() : null;
      if (name === null) continue;
      const view = views.get(name);
      if (!indexes.has(name)) indexes.set(name, indexContext(view));
      const r = resolveSource(view, indexes.get(name), src, si);
      const data = { ...sourceData(r), namedContext: name };
      const where2 = { file, line: r.source.line, column: r.source.column, path: byteStringToText(r.path) };
      if (r.status === "missing") out.push(finding("CTX101", data, where2));
      else if (r.status === "outside") out.push(finding("CTX103", data, where2));
      else if (r.status === "ignored") {
        const rule = r.ignoreRule;
        out.push(finding("CTX102", { ...data, ignoreFile: `${view.ignoreFileName} of the named context "${name}"`, ignoreLine: rule?.line ?? null, ignorePattern: rule ? byteStringToText(rule.pattern) : null, matched: r.ignoredMatches.map(byteStringToText) }, where2));
      }
    }
  }
  return out;
}

// src/dockerfile/reads-git.ts
const path8 = require("node:path");
var stageArgsCache = /* @__PURE__ */ new WeakMap();
function givenInRunStage(d, line) {
  if (d.argsGiven === void 0 || d.argsGiven.size === 0) return void 0;
  let index = stageArgsCache.get(d);
  if (index === void 0) {
    index = { from: [], firstArg: /* @__PURE__ */ new Map() };
    const lines = d.text.toString("latin1").split("\n");
    let stage = -1;
    for (let i = 0; i < lines.length; i++) {
      if (/^[ \t]*FROM[ \t]/i.test(lines[i])) {
        stage = i + 1;
        index.from.push(stage);
        index.firstArg.set(stage, /* @__PURE__ */ new Map());
      } else if (stage > 0) {
        const m = /^[ \t]*ARG[ \t]+([A-Za-z_]\w*)/i.exec(lines[i]);
        const args2 = index.firstArg.get(stage);
        if (m !== null && !args2.has(m[1])) args2.set(m[1], i + 1);
      }
    }
    stageArgsCache.set(d, index);
  }
  let lo = 0;
  let hi = index.from.length - 1;
  let from = -1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (index.from[mid] < line) from = index.from[mid], lo = mid + 1;
    else hi = mid - 1;
  }
  if (from < 0) return /* @__PURE__ */ new Set();
  const args = index.firstArg.get(from);
  return new Set([...d.argsGiven].filter((n) => (args.get(n) ?? Infinity) < line));
}
function withoutGivenDefaults(run, given) {
  if (given === void 0 || given.size === 0 || !run.includes(":-")) return run;
  return run.replace(/\$\{([A-Za-z_]\w*):-(\$\([^()]*\)|`[^`]*`)\}/g, (all, name) => given.has(name) ? "" : all);
}
var PY_VCS_VERSION = /setuptools[_-]scm|setuptools[_-]git[_-]versioning|hatch[_-]vcs|vcs[_-]versioning|versioneer|versioningit|flit[_-]scm|poetry[_-]dynamic[_-]versioning|uv[_-]dynamic[_-]versioning|dunamai|\bpbr\b/i;
var SCM = String.raw`\s*=\s*["']scm["']`;
var VERSION_SCM = String.raw`version\s*(?:\.\s*source${SCM}|=\s*\{[^}]*\bsource${SCM})`;
var PDM_SCM = /* @__PURE__ */ new Map([
  ["tool.pdm.version", new RegExp(String.raw`^\s*source${SCM}`)],
  ["tool.pdm", new RegExp(String.raw`^\s*${VERSION_SCM}`)],
  ["tool", new RegExp(String.raw`^\s*pdm\s*\.\s*${VERSION_SCM}`)],
  ["", new RegExp(String.raw`^\s*tool\s*\.\s*pdm\s*\.\s*${VERSION_SCM}`)]
]);
function pdmScmVersion(text2) {
  let section = "";
  for (const line of text2.split("\n")) {
    const header = /^\s*\[\s*([A-Za-z0-9_-]+(?:\s*\.\s*[A-Za-z0-9_-]+)*)\s*\]\s*(?:#.*)?$/.exec(line);
    if (header) {
      section = header[1].replace(/\s+/g, "");
      continue;
    }
    if (PDM_SCM.get(section)?.test(line) === true) return true;
  }
  return false;
}
var PY_PROJECT_FILES = /* @__PURE__ */ new Set(["pyproject.toml", "setup.cfg", "setup.py"]);
function staticProjectVersion(text2) {
  const lines = text2.split("\n");
  const start = lines.findIndex((l) => /^\s*\[project\]\s*(?:#.*)?$/.test(l));
  if (start < 0) return false;
  let end = lines.findIndex((l, i) => i > start && /^\s*\[/.test(l));
  if (end < 0) end = lines.length;
  const table = lines.slice(start + 1, end).join("\n");
  if (!/^\s*version\s*=\s*["']/m.test(table)) return false;
  const dynamic = /^\s*dynamic\s*=\s*\[([^\]]*)\]/m.exec(table);
  return dynamic === null || !/["']version["']/.test(dynamic[1]);
}
var GO_GIT_LIBRARY = /^\s*(?:require\s+)?((?:github\.com\/go-git\/go-git|gopkg\.in\/src-d\/go-git|github\.com\/libgit2\/git2go)\S*)\s/m;
var RUST_GIT_LIBRARY = /^[ \t]*(?:\[[ \t]*(?:workspace\.)?(?:build-|dev-)?dependencies\.)?(git2|gix|git-version|git-testament|shadow-rs|vergen-git2|vergen-gitcl|vergen-gix|vergen(?=[ \t]*=.*\bgit))(?:\.workspace)?[ \t]*[=\]]/m;
function vergenTableWithGit(text2) {
  if (!text2.includes("vergen")) return null;
  const lines = text2.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!/^[ \t]*\[[ \t]*(?:workspace\.)?(?:build-|dev-)?dependencies\.vergen[ \t]*\]/.test(lines[i])) continue;
    for (let j = i + 1; j < lines.length && !/^[ \t]*\[/.test(lines[j]); j++) {
      if (/^[ \t]*features[ \t]*=/.test(lines[j]) && /\bgit/.test(lines[j])) return /(vergen)/.exec("vergen");
    }
  }
  return null;
}
var JVM_GIT_PLUGIN = /(git-commit-id(?:-maven)?-plugin|gradle-git-properties|uk\.gov\.justice\.hmpps\.gradle-spring-boot|com\.palantir\.git-version|org\.ajoberstar\.grgit|\bGrgit\b|nebula\.release|pl\.allegro\.tech\.build\.axion-release|jgitver|commandLine\s*\(?\s*['"]git['"]|['"]git\s+(?:rev-parse|describe|log|show|rev-list|symbolic-ref|branch|submodule)\b[^'"\n]*['"]\s*\.execute\(\))/;
var JVM_BUILD_FILES = /* @__PURE__ */ new Set(["pom.xml", "build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts"]);
var HASKELL_GIT_LIBRARY = /(?<![\w-])(githash|gitrev)(?![\w-])/;
var MAX_PY_FILES = 20;
var MAX_PY_BYTES = 256 * 1024;
var GIT_WORD = /(?<![\w./-])git(?![\w.:-])/;
var BUNDLER_CONFIG = /^(?:vite|vitest|webpack|next|nuxt|rollup|astro|svelte|tsup|remix|quasar|vue|rspack|rsbuild|farm|electron\.vite|gatsby-config|gatsby-node)(?:\.config)?\.(?:js|cjs|mjs|ts|cts|mts)$/;
var SENTRY_CLI_COMMITS = /\bset-commits\b[^&|;\n]*--auto\b/;
var SENTRY_DART_PLUGIN = /\b(?:dart|flutter)\s+(?:pub\s+)?run\s+sentry_dart_plugin\b/;
var JS_READS_GIT = /['"`]git\s+(?:rev-parse|describe|log|show|rev-list|symbolic-ref|branch|tag|status)\b|['"](?:git-rev-sync|simple-git|git-describe|git-repo-info|git-last-commit)['"]/;
var JS_SPAWNS_GIT = /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|execa|execaSync)\s*\(\s*['"`]git['"`\s]/;
var GIT_CLONE = /(?<![\w./-])git\s+(?:-\S+\s+)*clone\b/;
var GIT_CLONE_REMOTE = /(?<![\w./-])git\s+(?:-\S+\s+)*clone\s+(?:[^;&|\n]*?\s)?(?:https?:\/\/|git@|ssh:\/\/|git:\/\/)[^;&|\n]*/g;
var GLOBAL_CONFIG = /(?<![\w./-])git\s+config\s+(?:--global|--system)\b(?:[^;&|\n]|\\\n)*/g;
var NIX_SUBCOMMAND = /* @__PURE__ */ new Set(["build", "run", "develop", "shell", "bundle", "install", "flake"]);
function runsNixOnLocalFlake(text2) {
  for (const command of text2.split(/[;&|\n]/)) {
    const words = command.trim().split(/\s+/);
    const nix = words.findIndex((w) => w === "nix" || w.endsWith("/nix"));
    if (nix < 0) continue;
    const sub = words.findIndex((w, k) => k > nix && NIX_SUBCOMMAND.has(w));
    if (sub >= 0 && words.some((w, k) => k > sub && /^["']?(?:path:)?\.\/?\.?#/.test(w))) return true;
  }
  return false;
}
var MAKEFILES = /* @__PURE__ */ new Set(["Makefile", "makefile", "GNUmakefile"]);
var INSTALLS = /(?<![\w./-])(?:apk\s+(?:-\S+\s+)*add|apt(?:-get)?\s+(?:-\S+\s+)*install|yum\s+(?:-\S+\s+)*install|dnf\s+(?:-\S+\s+)*install|microdnf\s+(?:-\S+\s+)*install|zypper\s+(?:-\S+\s+)*(?:in|install)|pacman\s+-S\w*)(?:[^;&|\n]|\\\n)*/g;
function cakeScriptRun(run, root, sentFiles) {
  const direct = (text2) => {
    const m = /(?<![\w./-])(?:dotnet[ \t]+(?:tool[ \t]+run[ \t]+)?(?:dotnet-)?cake|dotnet-cake)(?![\w.-])(?:[ \t]+(?:--\S+[ \t]+)*([\w./-]+\.cake))?/.exec(text2);
    return m === null ? null : m[1] ?? "build.cake";
  };
  const here = direct(run);
  if (here !== null) return here;
  for (const m of run.matchAll(/(?:^|[\s;&|(])(?:(?:ba)?sh[ \t]+)?(\.\/)?([\w.-]+(?:\/[\w.-]+)*\.sh)(?=$|[\s;&|)])/g)) {
    const p = path8.posix.normalize(m[2]);
    if (!sentFiles.includes(p)) continue;
    const inner = direct(readSent(root, p) ?? "");
    if (inner !== null) return inner;
  }
  return null;
}
function cakeGitLine(root, sentFiles, p) {
  const text2 = readSent(root, p) ?? "";
  const lines = text2.split("\n", 2e4);
  const i = lines.findIndex((l) => CAKE_READS_GIT.test(l));
  if (i >= 0) return { file: p, line: i + 1 };
  const dir = path8.posix.dirname(p);
  let n = 0;
  for (const l of lines) {
    const m = /^[ \t]*#l(?:oad)?[ \t]+"?(?:local:)?([\w./-]+\.cake)"?/.exec(l);
    if (m === null || ++n > 8) continue;
    const loaded = path8.posix.normalize(path8.posix.join(dir, m[1]));
    if (!sentFiles.includes(loaded)) continue;
    const j = (readSent(root, loaded) ?? "").split("\n", 2e4).findIndex((x) => CAKE_READS_GIT.test(x));
    if (j >= 0) return { file: loaded, line: j + 1 };
  }
  return null;
}
var CAKE_READS_GIT = /\bGitVersion\b|\bCake\.Recipe\b|\bDotNet(?:Core)?(?:Build|Publish|Pack|MSBuild)[ \t]*\(|\bMSBuild[ \t]*\(|\bGit(?:Describe|Log|BranchCurrent|Tags)[ \t]*\(/;
var REMOVES = /(?<![\w./-])(?:apk\s+(?:-\S+\s+)*del|apt(?:-get)?\s+(?:-\S+\s+)*(?:purge|remove|autoremove)|(?:yum|dnf|microdnf)\s+(?:-\S+\s+)*(?:remove|erase)|zypper\s+(?:-\S+\s+)*(?:rm|remove)|pacman\s+-R\w*)(?:[^;&|\n]|\\\n)*/g;
var RUNNERS = [
  // (And an included `Makefile.<suffix>`: volcano's `include Makefile.def`, whose GitSHA=`git rev-parse HEAD`
  // its recipes stamp through ${LD_FLAGS}; suggest proposed .git; sweep 51/M-F2. Not autotools' .am/.in templates.)
  { name: "make", runs: /(?<![\w./-])g?make(?![\w.-])/, file: (_p, n) => MAKEFILES.has(n) || n.endsWith(".mk") || /^Makefile\.[\w-]+$/.test(n) && !/\.(?:am|in)$/.test(n), comment: /^\s*#/ },
  { name: "mage", runs: /(?<![\w./-])mage(?![\w.-])/, file: (p, n) => n === "magefile.go" || /(^|\/)magefiles\/[^/]+\.go$/.test(p) && !n.endsWith("_test.go"), comment: /^\s*\/\// },
  { name: "just", runs: /(?<![\w./-])just(?![\w.-])/, file: (_p, n) => /^\.?[Jj]ustfile$/.test(n), comment: /^\s*#/ },
  { name: "task", runs: /(?<![\w./-])task(?![\w.-])/, file: (_p, n) => /^[Tt]askfile(\.dist)?\.ya?ml$/.test(n), comment: /^\s*#/ },
  // CMake's configure step runs the project's `execute_process(COMMAND git describe ...)` (a version
  // from git, common in C/C++ projects): without .git it fails or the version comes out empty.
  { name: "cmake", runs: /(?<![\w./-])cmake(?![\w.-])/, file: (_p, n) => n === "CMakeLists.txt" || n.endsWith(".cmake"), comment: /^\s*#/, also: /\$\{GIT_EXECUTABLE\}/ }
];
function goRunTargets(run) {
  if (run.length > 1 << 16) return [];
  const out = [];
  for (const m of run.replace(/\\\n/g, " ").matchAll(/(?<![\w./-])go[ \t]+run[ \t]+((?:-[^\s]+[ \t]+)*)([^\s;&|'"]+)/g)) {
    const t = m[2];
    if (t.endsWith(".go") || t === "." || t.startsWith("./")) out.push(t);
  }
  return out;
}
function goDirMatches(file, dir) {
  const parent = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : "";
  if (dir === "" || dir === ".") return parent === "";
  return parent === dir || parent.endsWith("/" + dir);
}
function runsBundlerCommand(run) {
  if (run.length > 1 << 16) return null;
  for (const raw of run.split(/[;&|()\n"'{}`]|\b(?:then|do|else|if|while|until)\b/)) {
    const seg = raw.replace(/^\s*(?:(?:sudo|env|time|exec|nice|nohup|command)(?:\s+-\S+)*\s+|[A-Za-z_]\w*=\S*\s+|!\s*|(?:ba|z|da)?sh\s+-\w*c\s*)*/, "");
    const m = /^(bundle\s+(?:install|exec|package|update|lock)|bundle(?=\s*(?:$|\\))|gem\s+build)(?![\w.-])/.exec(seg);
    if (m) return m[1].replace(/\s+/g, " ");
  }
  return null;
}
function makeDirs(run) {
  const dirs = [];
  for (const m of run.matchAll(/(?<![\w./-])g?make(?![\w.-])([^;&|\n]*)/g)) {
    const d = /(?:^|\s)(?:-C\s*|--directory[=\s]+)(['"]?)([^\s'"]+)\1/.exec(m[1]);
    if (!d || d[2].startsWith("/") || d[2].includes("$")) return null;
    dirs.push(d[2]);
  }
  return dirs;
}
function scriptsNamed(text2, written) {
  const out = [];
  const add = (p) => {
    const parts = p.split("/").filter((x) => x !== "" && x !== "." && x !== "..");
    if (parts.length === 0) return;
    const key = parts.slice(-2).join("/");
    out.push(key);
    if (written !== void 0 && p.startsWith("/")) written.set(key, (written.get(key) ?? /* @__PURE__ */ new Set()).add(path8.posix.normalize(p)));
  };
  const run = text2.replace(/(^|[;&|(\n])([ \t]*(?:sudo[ \t]+)?(?:chmod|chown|chgrp|rm|touch|dos2unix|ln|mkdir|ls|stat|test)(?=[ \t]|$|[;&|)\n]))[^;&|()\n]*/g, "$1$2");
  for (const m of run.matchAll(/(?<![\w.-])((?:[\w.-]*\/)*[\w.-]+\.(?:sh|bash|py))(?![\w.-])/g)) add(m[1]);
  for (const m of run.matchAll(/(?<![\w.-])python[\d.]*(?:[ \t]+-[A-Za-z]+)*[ \t]+-m[ \t]+([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*){0,8})(?![\w.])/g)) add(`${m[1].split(".").join("/")}.py`);
  for (const m of run.matchAll(/(?:^|[;&|(]|\n)\s*(?:(?:ba)?sh\s+|source\s+|\.\s+)?((?:\.{1,2}\/|\/)?(?:[\w.-]+\/)+[\w.-]+)(?=\s|$|[;&|)])/g)) add(m[1]);
  return out;
}
function copyDestinations(dockerfiles, sent) {
  const out = /* @__PURE__ */ new Map();
  const dirs = /* @__PURE__ */ new Map();
  for (const d of dockerfiles) {
    for (const st of parseDockerfile(d.text).stages) {
      const here = /* @__PURE__ */ new Map();
      for (const x of st.sources) {
        if (x.instruction === "RUN --mount" || typeof x.dest !== "string") continue;
        const source = path8.posix.normalize(x.source).replace(/^\/+/, "");
        const dest = path8.posix.resolve(x.workdir ?? "/", x.dest);
        const oneFile = x.fromContext && x.sourceCount === 1 && !/[*?[]/.test(x.source) && source !== "." && source !== "" && sent.has(source);
        if (!oneFile) {
          for (const k of [...here.keys()]) if (k === dest || k.startsWith(dest === "/" ? "/" : `${dest}/`)) here.delete(k);
          if (x.fromContext && x.sourceCount === 1 && !/[*?[]/.test(x.source) && !sent.has(source)) dirs.set(dest, source === "." ? "" : source);
          continue;
        }
        here.set(x.dest.endsWith("/") ? path8.posix.join(dest, path8.posix.basename(source)) : dest, source);
      }
      for (const [k, v] of here) out.set(k, v);
    }
  }
  return { files: out, dirs };
}
function placedAt(placed, w) {
  const file = placed.files.get(w);
  if (file !== void 0) return file;
  let best;
  let bestLen = -1;
  for (const [d, src] of placed.dirs) {
    const under4 = d === "/" ? w.startsWith("/") : w.startsWith(`${d}/`);
    if (under4 && d.length > bestLen) {
      bestLen = d.length;
      const rest = w.slice(d === "/" ? 1 : d.length + 1);
      best = src === "" ? rest : `${src}/${rest}`;
    }
  }
  return best;
}
function scriptAndHelpers(root, sentFiles, p) {
  const text2 = readSent(root, p);
  const out = [{ path: p, text: text2 }];
  if (text2 === null) return out;
  const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/") + 1) : "";
  const beside = sentFiles.filter((q) => q !== p && q.startsWith(dir) && !q.slice(dir.length).includes("/")).slice(0, 50);
  const code = text2.split("\n").filter((l) => !/^\s*#/.test(l)).join("\n");
  for (const q of beside) {
    const name = q.slice(dir.length).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    if (new RegExp(`(?:^|[\\s/"'])${name}(?=$|[\\s"';)])`, "m").test(code)) out.push({ path: q, text: readSent(root, q) });
  }
  return out;
}
function makeGoals(run) {
  const goals = [];
  for (const m of run.matchAll(/(?<![\w./-])g?make(?![\w.-])([^;&|\n]*)/g)) {
    const words = m[1].trim().split(/\s+/).filter((w) => w !== "");
    let named = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (/^(?:-f|--file|--makefile)(?:=|$)/.test(w) || w.includes("$") || w.includes("`")) return null;
      if (/^(?:-C|-I|-o|-W|-l|--directory|--include-dir|--old-file|--what-if)$/.test(w)) i++;
      else if (/^-j$/.test(w) && /^\d+$/.test(words[i + 1] ?? "")) i++;
      else if (w.startsWith("-") || w.includes("=")) continue;
      else if (/^[\w./%+-]+$/.test(w)) {
        goals.push(w);
        named++;
      } else return null;
    }
    if (named === 0) goals.push("");
  }
  return goals;
}
function makeLinesRun(text2, goals) {
  const lines = text2.split("\n");
  const rules = /* @__PURE__ */ new Map();
  const outside = /* @__PURE__ */ new Set();
  let first = null;
  let current = null;
  let inDefine = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const continued = i > 0 && /\\$/.test(lines[i - 1]);
    if (continued) {
      if (current !== null && lines[i - 1].startsWith("	")) current.forEach((r) => r.recipe.push(i));
      else outside.add(i);
      continue;
    }
    if (inDefine) {
      outside.add(i);
      if (/^\s*endef\b/.test(line)) inDefine = false;
      continue;
    }
    if (line.startsWith("	") && current !== null) {
      current.forEach((r) => r.recipe.push(i));
      continue;
    }
    if (/^\s*(?:#|$)/.test(line)) continue;
    if (/^\s*define\b/.test(line)) {
      inDefine = true;
      outside.add(i);
      current = null;
      continue;
    }
    const rule = /^\s*(?:export\s+|override\s+)?[\w.-]+\s*(?::{1,3}=|[+?!]?=)/.test(line) ? null : /^([^:=#\t][^:=#]*?)\s*::?(?![=])\s*(.*)$/.exec(line);
    if (rule && !/^\s*(?:export|override|ifn?eq|ifn?def|else|endif|include|-include|sinclude)\b/.test(rule[1])) {
      const targets = rule[1].trim().split(/\s+/);
      const [deps, inline] = rule[2].split(/;(.*)/s);
      if (/^[\w.-]+\s*[:+?!]?=/.test(deps.trim())) {
        outside.add(i);
        current = null;
        continue;
      }
      const entry = { prereqs: deps.replace(/\|/g, " ").trim().split(/\s+/).filter((d) => d !== ""), recipe: inline !== void 0 ? [i] : [] };
      current = [];
      for (const t of targets) {
        if (first === null && !t.startsWith(".") && !t.includes("%")) first = t;
        const list = rules.get(t) ?? [];
        list.push(entry);
        rules.set(t, list);
        current.push(entry);
      }
      continue;
    }
    outside.add(i);
    current = null;
  }
  if ([...rules.keys()].some((t) => t.includes("%") || t.includes("$"))) return null;
  const seen = /* @__PURE__ */ new Set();
  const queue = goals.map((g) => g === "" ? first ?? "" : g).filter((g) => g !== "");
  const run = new Set(outside);
  while (queue.length > 0) {
    const g = queue.pop();
    if (seen.has(g)) continue;
    seen.add(g);
    for (const r of rules.get(g) ?? []) {
      for (const d of r.prereqs) {
        if (d.includes("$")) return null;
        queue.push(d);
      }
      for (const n of r.recipe) {
        run.add(n);
        for (const m of lines[n].matchAll(/\$[({]MAKE[)}]([^;&|\n]*)/g)) {
          const sub = makeGoals("make" + m[1]);
          if (sub === null || /(?:^|\s)(?:-C|--directory)/.test(m[1])) return null;
          queue.push(...sub.map((x) => x === "" ? first ?? "" : x).filter((x) => x !== ""));
        }
      }
    }
  }
  return run;
}
var PRINTED_MESSAGE = /(?<![\w.])(?:fmt\.(?:Print|Sprint|Fprint|Errorf)\w*|log\.\w+|errors\.New|panic|echo|printf|console\.(?:log|error|warn|info)|print|puts)[ \t]*\(?[ \t]*(?:[\w.]+[ \t]*,[ \t]*)?(["'])((?:(?!\1)[^\\]|\\.)*)\1/g;
var withoutMessages = (line) => line.length > 4096 ? line : line.replace(PRINTED_MESSAGE, (m, _q, body) => /\$\(|`/.test(body) ? m : " ");
function gitLine(text2, comment, only = null, also, quotedIsName = false) {
  const lines = text2 === null ? [] : text2.split("\n").map(withoutMessages);
  for (let i = 0; i < lines.length; i++) {
    if (comment.test(lines[i]) || only !== null && !only.has(i) || lines[i].length > 4096) continue;
    const bare = lines[i].replace(/(["'])git\1/g, " ").replace(/(?:command\s+-v|which|hash|type)\s+git(?![\w.:-])/g, " ");
    if (GIT_WORD.test(bare)) return { line: i + 1, does: "runs git: the build may read .git (a version from git describe)" };
  }
  for (let i = 0; i < lines.length; i++) {
    if (comment.test(lines[i]) || only !== null && !only.has(i)) continue;
    if (!quotedIsName && GIT_WORD.test(lines[i]) || also?.test(lines[i]) === true) return { line: i + 1, does: "runs git: the build may read .git (a version from git describe)" };
    if (SENTRY_CLI_COMMITS.test(lines[i]) || SENTRY_DART_PLUGIN.test(lines[i])) return { line: i + 1, does: "runs Sentry's set-commits with auto (the Dart plugin's default), which reads the repository's commits: the build may read .git" };
    if (runsNixOnLocalFlake(lines[i])) return { line: i + 1, does: "runs nix on the context's flake, which nix reads through git: the build may read .git" };
    const lib = PY_GIT_LIBRARY.exec(lines[i]);
    if (lib !== null) return { line: i + 1, does: `opens the repository with ${lib[1] ?? lib[2] ?? lib[3]}, a Python git library: the build may read .git` };
  }
  return { line: 0, does: "" };
}
var PY_GIT_LIBRARY = /^\s*(?:from\s+(pygit2|dulwich)(?:\.\w+)*\s+import\b|import\s+(pygit2|dulwich)\b)|\b(git)\.Repo\s*\(/;
var MAX_MAKE_SCRIPTS = 64;
function makeScriptGitLine(root, sent, sentFiles, makefile, text2, only, judged) {
  const dir = makefile.includes("/") ? makefile.slice(0, makefile.lastIndexOf("/") + 1) : "";
  const lines = joinContinuedLines(text2.split("\n"));
  const tried = /* @__PURE__ */ new Set();
  for (let i = 0; i < lines.length && tried.size < MAX_MAKE_SCRIPTS; i++) {
    const l = lines[i];
    if (l.length > 4096 || /^\s*#/.test(l) || only !== null && !only.has(i)) continue;
    const a = l.startsWith("	") ? null : MAKE_ASSIGNMENT.exec(l);
    const run = l.startsWith("	") ? l.replace(/^\t[@+-]*/, "") : a !== null && (a[2] === "!=" || /\$\(shell\b|`/.test(a[3])) ? a[2] === "!=" ? a[3] : [...a[3].matchAll(/\$\(shell\s+([^)]*)\)|`([^`]*)`/g)].map((m) => m[1] ?? m[2]).join("\n") : null;
    if (run === null || run.trim() === "") continue;
    const cd = /^\s*cd\s+([\w./-]+)\s*(?:&&|;)/.exec(run);
    const from = cd === null ? dir : path8.posix.join(dir, cd[1]) + "/";
    for (const written of scriptPathsNamed(run)) {
      if (tried.size >= MAX_MAKE_SCRIPTS) break;
      const candidates = [path8.posix.normalize(from + written), path8.posix.normalize(dir + written), path8.posix.normalize(written)].filter((c) => !c.startsWith("../") && !c.startsWith("/"));
      const lastTwo = written.split("/").filter((x) => x !== "" && x !== "." && x !== "..").slice(-2).join("/");
      candidates.push(dir + lastTwo, lastTwo);
      const q = candidates.find((c) => sent.has(c));
      if (q === void 0 || tried.has(q)) continue;
      tried.add(q);
      if (!judged.has(q)) {
        let verdict = null;
        for (const f of scriptAndHelpers(root, sentFiles, q)) {
          const { line, does } = gitLine(f.text, /^\s*#/);
          if (line > 0) {
            verdict = { script: f.path, line, does };
            break;
          }
        }
        judged.set(q, verdict);
      }
      const v = judged.get(q);
      if (v) return { at: i + 1, ...v };
    }
  }
  return null;
}
function scriptPathsNamed(run) {
  const out = /* @__PURE__ */ new Set();
  for (const m of run.matchAll(/(?<![\w.-])((?:[\w.-]*\/)*[\w.-]+\.(?:sh|bash))(?![\w.-])/g)) out.add(m[1].replace(/^(?:\.\/)+/, ""));
  for (const m of run.matchAll(/(?:^|[;&|(]|\n)\s*(?:(?:ba)?sh\s+|source\s+|\.\s+)?((?:\.{1,2}\/)?(?:[\w.-]+\/)+[\w.-]+)(?=\s|$|[;&|)])/g)) out.add(m[1].replace(/^(?:\.\/)+/, ""));
  return [...out].slice(0, MAX_MAKE_SCRIPTS);
}
var MAKE_ASSIGNMENT = /^\s*(?:export\s+|override\s+)?([\w.-]+)\s*(::{0,2}=|:::=|[+?!]?=)(.*)$/;
function makeGitLine(text2, only) {
  const lines = text2 === null ? [] : text2.split("\n");
  const holdsGit = /* @__PURE__ */ new Set();
  const assignments = lines.map((l) => MAKE_ASSIGNMENT.exec(l)).filter((a) => a !== null && a[2] !== "!=");
  for (let round = 0; round < 4; round++) {
    for (const a of assignments) {
      const v = a[3].replace(/(?<!\\)#.*$/, "").trim();
      const first = v.replace(/^(?:\S*\/)?env\s+/, "").split(/\s+/)[0] ?? "";
      const viaHeld = /^\$[({]([\w.-]+)[)}]$/.exec(first);
      if (/^(?:\S*\/)?git$/.test(first) || viaHeld !== null && (holdsGit.has(viaHeld[1]) || /git/i.test(viaHeld[1]))) holdsGit.add(a[1]);
    }
  }
  const urls = new Set(assignments.filter((a) => /^(?:[a-z][\w+.-]*:\/\/|git@)\S*$/i.test(a[3].replace(/(?<!\\)#.*$/, "").trim())).map((a) => a[1]).filter((n) => !holdsGit.has(n)));
  const esc = (n) => n.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  const viaVar = new RegExp(`\\$[({]${urls.size === 0 ? "" : `(?!(?:${[...urls].map(esc).join("|")})[)}])`}(?:[\\w.-]*[Gg][Ii][Tt][\\w.-]*${holdsGit.size === 0 ? "" : `|${[...holdsGit].map(esc).join("|")}`})[)}]`);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (/^\s*#/.test(l) || only !== null && !only.has(i)) continue;
    const a = l.startsWith("	") ? null : MAKE_ASSIGNMENT.exec(l);
    const named = (x) => GIT_WORD.test(x) || viaVar.test(x);
    const runs = a !== null ? named(a[3]) && (a[2] === "!=" || /\$\(shell\b|`/.test(a[3])) : named(l);
    if (runs) return { line: i + 1, does: "runs git: the build may read .git (a version from git describe)" };
    if (SENTRY_CLI_COMMITS.test(l) || SENTRY_DART_PLUGIN.test(l)) return { line: i + 1, does: "runs Sentry's set-commits with auto (the Dart plugin's default), which reads the repository's commits: the build may read .git" };
    if (runsNixOnLocalFlake(l)) return { line: i + 1, does: "runs nix on the context's flake, which nix reads through git: the build may read .git" };
  }
  return { line: 0, does: "" };
}
function sentNamed(sentFiles, keep) {
  return sentPaths(sentFiles, (_p, n) => keep(n));
}
function sentPaths(sentFiles, keep) {
  return sentFiles.filter((p) => keep(p, p.slice(p.lastIndexOf("/") + 1)) && !/(^|\/)(node_modules|vendor|\.git)\//.test(p)).sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : a > b ? 1 : 0)).slice(0, MAX_PY_FILES);
}
function readSent(root, p) {
  try {
    return readRegularFile(path8.join(root, ...p.split("/")), { noFollow: true, maxBytes: MAX_PY_BYTES }).toString("utf8");
  } catch {
    return null;
  }
}
var YARN_COMMANDS = /* @__PURE__ */ new Set(["add", "remove", "install", "upgrade", "init", "config", "cache", "global", "info", "why", "workspace", "workspaces", "set", "dlx", "exec", "node", "plugin"]);
function scriptsRun(run) {
  const out = /* @__PURE__ */ new Set();
  const add = (n) => ["pre" + n, n, "post" + n].forEach((x) => out.add(x));
  for (const m of run.matchAll(/(?<![\w./-])(npm|pnpm|yarn|bun)((?:\s+--?\w[\w-]*(?:=\S+)?)*)(?:\s+(run|run-script))?(?:\s+([\w:.@/-]+))?/g)) {
    const [, tool, , run2, name] = m;
    const install = name === void 0 || /^(ci|install|i)$/.test(name);
    if (install && (tool !== "npm" || name !== void 0)) ["preinstall", "install", "postinstall", "prepare"].forEach((x) => out.add(x));
    else if (name !== void 0 && (run2 !== void 0 || tool === "yarn" || tool === "pnpm" || tool === "bun") && !YARN_COMMANDS.has(name)) add(name);
  }
  return out;
}
function scriptFilesNamed(value, dir) {
  const out = [];
  for (const m of value.matchAll(/(?<![\w./@-])((?:\.{1,2}\/)*[\w-][\w./-]*\.(?:[cm]?[jt]s|sh|bash))(?![\w./-])/g)) {
    const rel = path8.posix.normalize(path8.posix.join(dir, m[1]));
    if (!rel.startsWith("..") && !path8.posix.isAbsolute(rel) && !out.includes(rel)) out.push(rel);
  }
  return out;
}
function gitCopiedOutOfStage(stages, needed) {
  const byRef = stageResolver(stages);
  const memo = /* @__PURE__ */ new Map();
  const contextAt = (st) => {
    const hit = memo.get(st.index);
    if (hit !== void 0) return hit;
    const out = [];
    memo.set(st.index, out);
    for (let at = st, n = 0; at !== void 0 && n < 64; at = byRef(at.base, at.index, "base"), n++) {
      for (const x of at.sources) {
        if (x.fromContext && x.instruction !== "RUN --mount" && typeof x.dest === "string" && ["", ".", "./"].includes(path8.posix.normalize(x.source).replace(/^\/+/, "").replace(/\/+$/, "") || ".")) out.push(path8.posix.resolve(x.workdir ?? "/", x.dest));
      }
    }
    return out;
  };
  for (const st of stages) {
    if (needed !== void 0 && !needed.has(st.index)) continue;
    for (const src of st.sources) {
      if (src.external !== "from" || src.from === null || src.mountType !== null || !/(?:^|\/)\.git(?:\/|$)/.test(src.source)) continue;
      const from = byRef(src.from, st.index);
      if (from === void 0) continue;
      const p = path8.posix.resolve("/", src.source);
      if (contextAt(from).some((d) => {
        const g = d === "/" ? "/.git" : `${d}/.git`;
        return p === g || p.startsWith(`${g}/`);
      })) return src;
    }
  }
  return null;
}
function gitReader(root, dockerfiles, sentFiles, opts = {}) {
  let installsGit = null;
  let clonesGit = null;
  const runsTool = /* @__PURE__ */ new Map();
  const scripts = /* @__PURE__ */ new Map();
  const scriptsWritten = /* @__PURE__ */ new Map();
  let runsScripts = null;
  let runsGo = null;
  let runsGoBuild = null;
  let makeMayGoBuild = null;
  let runsCargo = null;
  let runsJvm = null;
  let runsBundler = null;
  let runsHaskell = null;
  const goRuns = /* @__PURE__ */ new Map();
  let makeIn;
  let makeGoalsRun;
  let sentSet;
  let placed;
  for (const d of dockerfiles) {
    const dLines = d.text.toString("latin1").split("\n");
    const noVcsStamp = dLines.some((l) => {
      const i = l.indexOf("GOFLAGS");
      return i >= 0 && /\bGOFLAGS\b/.test(l) && l.includes("-buildvcs=false", i);
    });
    const moduleOff = dLines.some((l) => {
      const i = l.search(/\bGO111MODULE\b/);
      return i >= 0 && /\boff\b/.test(l.slice(i));
    });
    const stages = parseDockerfile(d.text).stages;
    let hasGit;
    const out = gitCopiedOutOfStage(stages, dockerfiles.length === 1 ? opts.neededStages : void 0);
    if (out !== null) return `${d.label} copies ${out.raw} out of stage ${out.from} (line ${out.line}), where the context was copied: without .git that COPY fails; exclude it yourself if no build needs it`;
    for (const r of runsWithGit(stages)) {
      if (!r.git) {
        const installs = GIT_WORD.test((r.text.match(INSTALLS) ?? []).join(" ")) || /(?<![\w./-])(?:install_packages|tdnf|conda|mamba|micromamba|apt-fast|brew|nix-env|choco|scoop)\b[^;&|\n]*\bgit\b/.test(r.text);
        const runs = /(?:^|[;&|(\n])[ \t]*(?:sudo[ \t]+)?git[ \t]+[\w-]/.test(r.text);
        if (installsGit === null && r.gitLater && (installs || runs) && !removesGit(r.text)) installsGit = { label: d.label, line: r.line, ...!installs ? { runsOnly: true } : {} };
        continue;
      }
      if (runsNixOnLocalFlake(r.text)) return `${d.label} runs nix on the context's flake (line ${r.line}): nix reads a flake in a git work tree through git (its revision, its tracked files): the build may read .git; exclude it yourself if it does not`;
      if (SENTRY_CLI_COMMITS.test(r.text) || SENTRY_DART_PLUGIN.test(r.text)) return `${d.label} runs Sentry's set-commits with auto (line ${r.line}; the Dart plugin's default), which reads the repository's commits: the build may read .git; exclude it yourself if it does not`;
      const cloning = GIT_CLONE.test(r.text);
      const live = withoutGivenDefaults(r.text, givenInRunStage(d, r.line));
      if (GIT_WORD.test(live.replace(INSTALLS, " ").replace(REMOVES, " ").replace(GLOBAL_CONFIG, " "))) {
        const why = `${d.label} runs git (line ${r.line}): the build may read .git (a version from git describe); exclude it yourself if it does not`;
        if (!cloning) return why;
        if (opts.definite !== true) clonesGit ??= why;
      }
      if (installsGit === null && GIT_WORD.test(live)) installsGit = { label: d.label, line: r.line };
      const dotnet = /(?<![\w./-])dotnet\s+(build|publish|pack|msbuild)\b/.exec(r.text);
      if (dotnet) return `${d.label} runs dotnet ${dotnet[1]} (line ${r.line}): the .NET SDK reads .git itself to stamp the commit into the assembly's version; exclude it yourself if the image does not need it`;
      const cake = cakeScriptRun(r.text, root, sentFiles);
      if (cake !== null) {
        const named = cake.replace(/^\.\//, "");
        const scripts2 = sentFiles.filter((p) => p === named || p.endsWith(`/${named}`)).sort((a, b) => a.length - b.length).slice(0, 4);
        for (const p of scripts2) {
          const hit = cakeGitLine(root, sentFiles, p);
          if (hit !== null) return `${d.label} runs Cake (line ${r.line}), and ${hit.file}:${hit.line} runs GitVersion or the .NET SDK, which read .git: the build may fail or lose its version without it; exclude it yourself if it does not`;
        }
      }
      const ran = r.text.replace(INSTALLS, " ");
      for (const t of RUNNERS) {
        const had = runsTool.get(t);
        if ((had === void 0 || had.clones && !cloning) && t.runs.test(ran)) runsTool.set(t, { label: d.label, line: r.line, clones: cloning });
      }
      if (/(?<![\w./-])g?make(?![\w.-])/.test(ran)) {
        const dirs = makeDirs(ran)?.flatMap((dir) => {
          placed ??= copyDestinations(dockerfiles, sentSet ??= new Set(sentFiles));
          const abs = path8.posix.resolve(r.workdir, dir);
          const out2 = [dir];
          for (const [d2, src] of placed.dirs) {
            const rest = abs === d2 ? "" : d2 === "/" ? abs.slice(1) : abs.startsWith(`${d2}/`) ? abs.slice(d2.length + 1) : null;
            if (rest !== null) out2.push(path8.posix.join(src === "" ? "." : src, rest || "."));
          }
          return out2;
        });
        makeIn = makeIn === null || dirs == null ? null : [...makeIn ?? [], ...dirs];
        const goals = makeGoals(ran);
        makeGoalsRun = makeGoalsRun === null || goals === null ? null : [...makeGoalsRun ?? [], ...goals];
      }
      for (const sh of scriptsNamed(r.text, scriptsWritten)) if (!scripts.has(sh)) scripts.set(sh, { label: d.label, line: r.line });
      const goBuild = r.text.length > 1 << 16 ? void 0 : [...r.text.replace(/\\\n/g, " ").matchAll(/(?<![\w./-])go[ \t]+(build|install)\b([^;&|\n]*)/g)].find((g) => !/\.go["']?[ \t]*$/.test(g[2]) && !g[2].includes("-buildvcs=false"));
      if (runsGoBuild === null && goBuild !== void 0 && !noVcsStamp && (hasGit ??= gitMayBeThere(stages))(r.stage, r.line)) runsGoBuild = { label: d.label, line: r.line, command: `go ${goBuild[1]}` };
      if (runsGoBuild === null && /(?<![\w./-])g?make(?![\w.-])/.test(ran) && !noVcsStamp) makeMayGoBuild ??= { label: d.label, line: r.line, command: "make, whose Makefile runs go build," };
      const goGetUpdate = r.text.length > 1 << 16 ? false : [...r.text.replace(/\\\n/g, " ").matchAll(/(?<![\w./-])go[ \t]+get\b([^;&|\n]*)/g)].some((g) => /(?:^|[ \t])-u(?:=patch)?(?=[ \t]|$)/.test(g[1]));
      const gopath = !goGetUpdate ? null : !sentFiles.includes("go.mod") ? "no go.mod" : moduleOff ? "GO111MODULE=off" : null;
      if (gopath !== null) {
        return `${d.label} runs go get -u (line ${r.line}) in GOPATH mode (${gopath}): it updates a package's checkout with git, the context's own where it was copied under GOPATH, and fails on one without .git; exclude it yourself if it does not`;
      }
      for (const target of goRunTargets(r.text)) if (!goRuns.has(target)) goRuns.set(target, { label: d.label, line: r.line });
      const go = /(?<![\w./-])go\s+(test|run|generate)\b/.exec(r.text);
      if (runsGo === null && go) runsGo = { label: d.label, line: r.line, command: `go ${go[1]}` };
      const cargo = r.text.length > 1 << 16 ? void 0 : [...r.text.replace(/\\\n/g, " ").matchAll(/(?<![\w./-])cargo(?:[ \t]+(?:\+[\w.-]+|--?[a-z][\w-]*))*[ \t]+(?:auditable[ \t]+|leptos[ \t]+)?(build|b|install|test|t|run|r|zigbuild)\b([^;&|\n]*)/g)].find((c) => c[1] !== "install" || !installsRegistryCrate(c[2]));
      if (runsCargo === null && cargo) runsCargo = { label: d.label, line: r.line, command: cargo[0].slice(0, cargo[0].length - cargo[2].length).trim().replace(/\s+/g, " ") };
      const haskell = /(?<![\w./-])(stack|cabal)\s+(build|install|v2-build|v2-install)\b/.exec(ran);
      if (runsHaskell === null && haskell) runsHaskell = { label: d.label, line: r.line, command: `${haskell[1]} ${haskell[2]}` };
      const jvm = /(?<![\w.-])(?:\.\/)?(mvnw?|gradlew?)(?![\w.-])/.exec(ran);
      if (runsJvm === null && jvm) runsJvm = { label: d.label, line: r.line, command: jvm[1] };
      const bundler = runsBundlerCommand(ran);
      if (runsBundler === null && bundler !== null) runsBundler = { label: d.label, line: r.line, command: bundler };
      const names = scriptsRun(r.text);
      if (runsScripts === null && names.size > 0) runsScripts = { label: d.label, line: r.line, names };
    }
  }
  const inMakeDir = (q) => {
    if (makeIn === null || makeIn === void 0 || makeIn.some((d) => d === "." || d === "./")) return true;
    const dir = q.includes("/") ? q.slice(0, q.lastIndexOf("/")) : "";
    return makeIn.some((d) => {
      const last = d.replace(/\/+$/, "").split("/").pop() ?? "";
      return last !== "" && (dir === last || dir.endsWith("/" + last));
    });
  };
  const includedBy = (p) => {
    const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/") + 1) : "";
    const name = p.slice(dir.length);
    return [...MAKEFILES].some((m) => {
      const text2 = sentFiles.includes(dir + m) ? readSent(root, dir + m) : null;
      return text2 !== null && new RegExp(`^[ \\t]*(?:-|s)?include[ \\t]+(?:[^\\n]*[ \\t/])?${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?:[ \\t]|$)`, "m").test(text2);
    });
  };
  const judgedScripts = /* @__PURE__ */ new Map();
  for (const [t, at] of runsTool) {
    for (const p of sentPaths(sentFiles, (q, n) => t.file(q, n) && (t.name !== "make" || inMakeDir(q) && (!/^Makefile\./.test(n) || includedBy(q))))) {
      const text2 = readSent(root, p);
      const only = t.name === "make" && makeGoalsRun != null && MAKEFILES.has(p.slice(p.lastIndexOf("/") + 1)) && text2 !== null ? makeLinesRun(text2, makeGoalsRun) : null;
      const { line, does } = t.name === "make" ? makeGitLine(text2, only) : gitLine(text2, t.comment, only, t.also);
      if (line > 0) return `${at.label} runs ${t.name} (line ${at.line}) and ${p}:${line} ${does}; exclude it yourself if it does not`;
      if (t.name === "make" && text2 !== null) {
        const hit = makeScriptGitLine(root, sentSet ??= new Set(sentFiles), sentFiles, p, text2, only, judgedScripts);
        if (hit !== null) return `${at.label} runs make (line ${at.line}) and ${p}:${hit.at} runs ${hit.script}, whose line ${hit.line} ${hit.does}; exclude it yourself if it does not`;
      }
    }
  }
  for (const [sh, at] of scripts) {
    placed ??= copyDestinations(dockerfiles, sentSet ??= new Set(sentFiles));
    const put = [...scriptsWritten.get(sh) ?? []].flatMap((w) => {
      const src = placedAt(placed, w);
      return src !== void 0 && sentSet?.has(src) ? [src] : [];
    });
    const fits = [.../* @__PURE__ */ new Set([...sentPaths(sentFiles, (q) => q === sh || q.endsWith("/" + sh)), ...put])];
    for (const p of put.length > 0 ? put : fits) {
      for (const f of scriptAndHelpers(root, sentFiles, p)) {
        const { line, does } = f.path.endsWith(".py") ? gitLine(f.text, /^\s*#/, null, RUNTIME_GIT, true) : gitLine(f.text, /^\s*#/);
        if (line > 0) return `${at.label} runs ${sh.slice(sh.lastIndexOf("/") + 1)} (line ${at.line}) and ${f.path}:${line} ${does}; exclude it yourself if it does not`;
      }
    }
  }
  for (const [target, at] of goRuns) {
    const dir = target.endsWith(".go") ? null : target.replace(/^\.\//, "").replace(/\/+$/, "");
    const of = (q) => dir === null ? q === target.replace(/^\.\//, "") || q.endsWith("/" + target.replace(/^\.\//, "")) : q.endsWith(".go") && !q.endsWith("_test.go") && goDirMatches(q, dir);
    for (const p of sentPaths(sentFiles, (q) => of(q))) {
      const { line, does } = gitLine(readSent(root, p), /^\s*\/\//);
      if (line > 0) return `${at.label} runs go run ${target} (line ${at.line}) and ${p}:${line} ${does}; exclude it yourself if it does not`;
    }
  }
  if (runsScripts !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === "package.json")) {
      const text2 = readSent(root, p);
      const scripts2 = text2 === null ? null : packageScripts(text2);
      if (scripts2 === null) continue;
      const hit = [...scripts2].find(([k, v]) => runsScripts.names.has(k) && (GIT_WORD.test(v.replace(GIT_CLONE_REMOTE, " ")) || SENTRY_CLI_COMMITS.test(v)));
      if (hit) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and the "${hit[0]}" script of ${p} runs git: the build may read .git; exclude it yourself if it does not`;
      const dir = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
      for (const [k, v] of scripts2) {
        if (!runsScripts.names.has(k)) continue;
        for (const f of scriptFilesNamed(v, dir).slice(0, 8)) {
          if (!sentFiles.includes(f)) continue;
          const text3 = readSent(root, f);
          const lines = text3 === null ? [] : text3.split("\n");
          const i = /\.(?:sh|bash)$/.test(f) ? gitLine(text3, /^\s*#/).line - 1 : lines.findIndex((l) => (JS_READS_GIT.test(l) || JS_SPAWNS_GIT.test(l)) && !/^\s*\/\//.test(l));
          if (i >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and the "${k}" script of ${p} runs ${f}, whose line ${i + 1} runs git: the build may read .git; exclude it yourself if it does not`;
        }
      }
    }
    for (const p of sentNamed(sentFiles, (n) => BUNDLER_CONFIG.test(n))) {
      const text2 = readSent(root, p);
      const lines = text2 === null ? [] : text2.split("\n");
      const i = lines.findIndex((l) => JS_READS_GIT.test(l) && !/^\s*\/\//.test(l));
      if (i >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and ${p}:${i + 1}, the config its build loads, runs git: the build may read .git; exclude it yourself if it does not`;
      const s = lines.findIndex((l, k) => /\bsetCommits\s*:/.test(l) && !/^\s*\/\//.test(l) && /\bauto\s*:\s*true\b/.test(lines.slice(k, k + 5).join("\n")));
      if (s >= 0) return `${runsScripts.label} runs a package manager (line ${runsScripts.line}) and ${p}:${s + 1}, the config its build loads, has Sentry's setCommits auto, which reads the repository's commits: the build may read .git; exclude it yourself if it does not`;
    }
  }
  for (const [runs, files, lib] of [
    [runsGo, /* @__PURE__ */ new Set(["go.mod"]), GO_GIT_LIBRARY],
    [runsCargo, /* @__PURE__ */ new Set(["Cargo.toml"]), RUST_GIT_LIBRARY],
    [runsJvm, JVM_BUILD_FILES, JVM_GIT_PLUGIN]
  ]) {
    if (runs === null) continue;
    for (const p of sentNamed(sentFiles, (n) => files.has(n))) {
      const text2 = readSent(root, p);
      const m = text2 === null ? null : lib.exec(text2) ?? (lib === RUST_GIT_LIBRARY ? vergenTableWithGit(text2) : null);
      if (m) {
        const needs = /^commandLine|\.execute\(\)$/.test(m[1]) ? `runs git (${m[1]})` : `requires ${m[1]}`;
        return `${runs.label} runs ${runs.command} (line ${runs.line}) and ${p} ${needs}, which reads the git repository: the build may read .git; exclude it yourself if it does not`;
      }
    }
  }
  if (runsHaskell !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === "package.yaml" || n.endsWith(".cabal"))) {
      const lines = (readSent(root, p) ?? "").split("\n");
      const i = lines.findIndex((l) => HASKELL_GIT_LIBRARY.test(l) && !/^\s*(?:#|--)/.test(l));
      if (i >= 0) return `${runsHaskell.label} runs ${runsHaskell.command} (line ${runsHaskell.line}) and ${p}:${i + 1} depends on ${HASKELL_GIT_LIBRARY.exec(lines[i])?.[1]}, which reads the git repository when it compiles: the build may read .git; exclude it yourself if it does not`;
    }
  }
  const goBuilder = runsGoBuild ?? (makeMayGoBuild !== null && sentNamed(sentFiles, (n) => MAKEFILES.has(n)).some((p) => makefileGoBuilds(readSent(root, p) ?? "")) ? makeMayGoBuild : null);
  if (goBuilder !== null && sentNamed(sentFiles, (n) => n === "go.mod").length > 0) {
    const hit = goBuildInfoRead(root, sentFiles);
    if (hit !== null) return `${goBuilder.label} runs ${goBuilder.command} (line ${goBuilder.line}), which stamps the commit from .git into the binary, and ${hit.path}:${hit.line} reads it (debug.ReadBuildInfo): without .git the program reports no version or commit; exclude it yourself if it does not need them`;
  }
  if (runsCargo !== null) {
    for (const p of sentNamed(sentFiles, (n) => n === "build.rs")) {
      const { line, does } = gitLine(readSent(root, p), /^\s*\/\//);
      if (line > 0) return `${runsCargo.label} runs ${runsCargo.command} (line ${runsCargo.line}) and the build script ${p}:${line} ${does}; exclude it yourself if it does not`;
    }
  }
  if (runsBundler !== null) {
    for (const p of sentNamed(sentFiles, (n) => n.endsWith(".gemspec"))) {
      const { line, does } = gitLine(readSent(root, p), /^\s*#/);
      if (line > 0) return `${runsBundler.label} runs ${runsBundler.command} (line ${runsBundler.line}) and ${p}:${line}, the gemspec it loads, ${does}; exclude it yourself if it does not`;
    }
  }
  for (const p of sentNamed(sentFiles, (n) => PY_PROJECT_FILES.has(n))) {
    const text2 = readSent(root, p);
    const m = text2 === null ? null : PY_VCS_VERSION.exec(text2.replace(/^[ \t]*[#;].*$/gm, ""));
    const uses = m !== null ? m[0] : text2 !== null && pdmScmVersion(text2) ? "pdm-backend's scm version" : null;
    if (uses !== null && text2 !== null && p.endsWith("pyproject.toml") && staticProjectVersion(text2)) return `${p} uses ${uses}: its version is written out, but it lists the package's files from .git, and a build without it may leave data files out; exclude it yourself if the build does not install it`;
    if (uses !== null) return `${p} uses ${uses}: installing the package takes its version from .git and fails without it; exclude it yourself if the build does not install it`;
  }
  if (clonesGit !== null) return clonesGit;
  if (installsGit !== null && opts.definite !== true) return `${installsGit.label} ${installsGit.runsOnly === true ? "has git (line" : "installs git (line"} ${installsGit.line}${installsGit.runsOnly === true ? " runs it before .git is there)" : ")"}: the build may run it and read .git (a version from git describe); exclude it yourself if it does not`;
  if (opts.definite !== true) {
    for (const d of dockerfiles) {
      for (const src of parseDockerfile(d.text).stages.flatMap((st) => st.sources)) {
        if (!src.fromContext || src.instruction === "RUN --mount") continue;
        const p = src.source.replace(/^\.?\/+/, "");
        if (!/\.(?:sh|bash)$/.test(p) || !sentFiles.includes(p)) continue;
        const { line } = gitLine(readSent(root, p), /^\s*#/);
        if (line > 0) return `${d.label} copies ${p} into the image (line ${src.line}) and ${p}:${line} runs git: the image may read .git when it runs it; exclude it yourself if it does not`;
      }
    }
    const hit = runtimeGitCall(root, sentFiles);
    if (hit !== null) return `${hit.path}:${hit.line} runs git (${hit.command}) in the application the image holds: it may read .git at run time; exclude it yourself if it does not`;
  }
  return null;
}
var APP_SOURCE = /\.(?:php|module|inc|rb|py|js|mjs|cjs|ts)$/;
var NOT_APP_DIR = /(?:^|\/)(?:tests?|testing|spec|specs|__tests__|e2e|integration|scripts?|tools?|\.tools|hack|bin|ci|docs?|examples?|dev|build|buildSrc|release[\w-]*|benchmarks?|evaluation|tasks|\.github|\.circleci|node_modules|vendor|\.git)\/|(?:^|\/)(?:test_[^/]*|[^/]*(?:_test\.|\.test\.|\.spec\.|conftest|config\.|gulpfile|webpack|rollup|vite|setup\.py|noxfile|fabfile|tasks\.py|build\.(?:py|js|ts|mjs))[^/]*)$/;
var RUNTIME_GIT = /(?:[`'"]|[`'"][^`'"\n]{0,200}?(?:[;&|][ \t]*|\n[ \t]*))(?:[A-Z_][A-Z0-9_]*=\S*[ \t]+){0,4}(?:\/[\w./-]{0,100}\/)?git(?:[ \t]+(?:-C|--git-dir|--work-tree|-c)(?:=|[ \t]+)\S+|[ \t]+(?:--no-pager|-P)){0,4}[ \t]+(rev-parse\s+(?:--short(?:=\d+)?\s+|--abbrev-ref\s+)?HEAD|describe|symbolic-ref|tag\s+--points-at|log\s+-(?:1|n\s*1)\b)|["'](?:\/[\w./-]{0,100}\/)?git["']\s*,\s*(?:\[\s*)?(?:["'](?:-C|--git-dir|--work-tree|-c)["']\s*,\s*[^,\]\n]{1,100},\s*|["'](?:--no-pager|-P)["']\s*,\s*){0,4}["'](describe|symbolic-ref|rev-parse["']\s*,\s*["'](?:--short(?:=\d+)?["']\s*,\s*["'])?HEAD|log["']\s*,\s*["']-(?:1|n["']\s*,\s*["']1))["']/;
var MAX_APP_FILES = 4e3;
var MAX_APP_BYTES = 32 * 1024 * 1024;
function runtimeGitCall(root, sentFiles) {
  let files = 0;
  let bytes = 0;
  for (const p of sentFiles) {
    if (!APP_SOURCE.test(p) || NOT_APP_DIR.test(p)) continue;
    if (++files > MAX_APP_FILES || bytes > MAX_APP_BYTES) return null;
    const text2 = readSent(root, p);
    if (text2 === null) continue;
    bytes += text2.length;
    if (!text2.includes("git")) continue;
    const m = RUNTIME_GIT.exec(text2);
    if (m === null) continue;
    const line = text2.slice(0, m.index).split("\n").length;
    return { path: p, line, command: `git ${(m[1] ?? m[2]).replace(/["',\s]+/g, " ").trim()}` };
  }
  return null;
}
var GO_BUILD_INFO = /\bdebug\.ReadBuildInfo\s*\(/;
var GO_VCS_FIELD = /["'`]vcs\.(?:revision|time|modified)["'`]|\.Main\.Version\b/;
var GO_SETTING_PICKED = /\.Key\s*(?:==|!=)|\bcase\s+["'`]|\bswitch\s+[\w.]*\.Key\b/;
function goBuildInfoWhole(text2) {
  const names = [...new Set([...text2.matchAll(/\b([A-Za-z_]\w*)\s*(?:,\s*[A-Za-z_]\w*\s*)?:?=\s*debug\.ReadBuildInfo\s*\(/g)].map((m) => m[1]))].filter((n) => n !== "_").slice(0, 8);
  for (const n of names) {
    if (new RegExp(`[(,]\\s*${n}(?:\\.Settings)?\\s*[,)]|\\b${n}\\.String\\(\\)`).test(text2)) return true;
    for (const m of text2.matchAll(new RegExp(`\\brange\\s+${n}\\.Settings\\b`, "g"))) {
      const at = m.index + m[0].length;
      if (!GO_SETTING_PICKED.test(text2.slice(at, at + 600))) return true;
    }
  }
  return false;
}
function goBuildInfoRead(root, sentFiles) {
  let files = 0;
  let bytes = 0;
  for (const p of sentFiles) {
    if (!p.endsWith(".go") || p.endsWith("_test.go") || /(?:^|\/)(?:vendor|testdata|third_party)\//.test(p)) continue;
    if (++files > MAX_APP_FILES || bytes > MAX_APP_BYTES) return null;
    const text2 = readSent(root, p);
    if (text2 === null) continue;
    bytes += text2.length;
    const m = GO_BUILD_INFO.exec(text2);
    if (m === null || !(GO_VCS_FIELD.test(text2) || goBuildInfoWhole(text2))) continue;
    return { path: p, line: text2.slice(0, m.index).split("\n").length };
  }
  return null;
}
function makefileGoBuilds(text2) {
  return text2.split("\n").some((l) => l.startsWith("	") && l.length <= 1 << 16 && /(?<![\w./-])go[ \t]+(?:build|install)\b/.test(l) && !l.includes("-buildvcs=false"));
}
var CARGO_INSTALL_VALUE_FLAGS = /^(?:--(?:version|vers|git|branch|tag|rev|registry|index|root|target|target-dir|profile|bin|example|features|jobs|config|color|message-format)|-[FjZ])$/;
function installsRegistryCrate(args) {
  const words = args.trim().split(/\s+/).filter((w) => w !== "");
  if (words.some((w) => w === "--path" || w.startsWith("--path="))) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w === "--git" || w.startsWith("--git=")) return true;
    if (CARGO_INSTALL_VALUE_FLAGS.test(w)) {
      i++;
      continue;
    }
    if (!w.startsWith("-")) return true;
  }
  return false;
}
function removesGit(text2) {
  if (text2.length > 1 << 16) return false;
  const vars = new Map([...text2.matchAll(/(?<![\w$])([A-Za-z_]\w*)=("[^"\n]*"|'[^'\n]*'|\S*)/g)].map((a) => [a[1], a[2]]));
  return [...text2.matchAll(REMOVES)].some((m) => GIT_WORD.test(m[0].replace(/\$(?:\{([A-Za-z_]\w*)\}|([A-Za-z_]\w*))/g, (all, x, y) => vars.get(x ?? y) ?? all)));
}
function runsWithGit(stages) {
  const hasGit = /* @__PURE__ */ new Map();
  const firstGitOf = /* @__PURE__ */ new Map();
  const byRef = stageResolver(stages);
  const brings = (src, at) => {
    if (src.external !== "from" || src.from === null) return mayBringGit(src);
    const from = byRef(src.from, at);
    return from === void 0 ? true : hasGit.get(from.index) ?? true;
  };
  const inherited = /* @__PURE__ */ new Map();
  for (const st of stages) {
    const first = Math.min(...st.sources.filter((src) => brings(src, st.index)).map((x) => x.instructionLine));
    firstGitOf.set(st.index, first);
    const base2 = st.base.toLowerCase();
    const parent = byRef(st.base, st.index, "base");
    const inherits2 = base2 === "" || base2.includes("$") || /onbuild/i.test(base2) || parent !== void 0 && (hasGit.get(parent.index) ?? true);
    inherited.set(st.index, inherits2);
    hasGit.set(st.index, first < Infinity || inherits2);
  }
  const inherits = (st) => inherited.get(st.index) ?? true;
  const firstGit = (st) => firstGitOf.get(st.index) ?? Infinity;
  const runs = stages.map((st) => {
    const from = inherits(st) ? 0 : firstGit(st);
    return (st.runs ?? []).map((r) => ({ line: r.line, text: r.text, workdir: r.workdir, stage: st.index, git: from <= r.line }));
  });
  const children2 = /* @__PURE__ */ new Map();
  const named = /* @__PURE__ */ new Map();
  for (const x of stages) {
    const base2 = x.base.toLowerCase();
    for (const parent of named.get(base2)?.slice(-64) ?? []) {
      const list = children2.get(parent.index);
      if (list === void 0) children2.set(parent.index, [x]);
      else list.push(x);
    }
    if (x.name !== null) {
      const list = named.get(x.name);
      if (list === void 0) named.set(x.name, [x]);
      else list.push(x);
    }
  }
  const childrenOf = (st) => children2.get(st.index) ?? [];
  const contextGitAfter = (st, line) => st.sources.some((src) => src.external === null && src.instructionLine > line && mayBringGit(src));
  const seesGit = /* @__PURE__ */ new Map();
  for (let i = stages.length - 1; i >= 0; i--) seesGit.set(stages[i].index, runs[i].some((r) => r.git) || contextGitAfter(stages[i], 0) || childrenOf(stages[i]).some((c) => seesGit.get(c.index) === true));
  return stages.flatMap((st, i) => runs[i].map((r) => ({ ...r, gitLater: runs[i].some((o) => o.git && o.line > r.line) || contextGitAfter(st, r.line) || childrenOf(st).some((c) => seesGit.get(c.index) === true) })));
}
function gitMayBeThere(stages) {
  const from = /* @__PURE__ */ new Map();
  const byRef = stageResolver(stages);
  for (const st of stages) {
    const base2 = st.base.toLowerCase();
    const parent = byRef(st.base, st.index, "base");
    let at = parent !== void 0 ? from.get(parent.index) ?? -Infinity : /^(?:docker\.io\/)?(?:library\/)?golang:[^@\s]*alpine/.test(base2) ? Infinity : -Infinity;
    for (const r of st.runs ?? []) {
      if (at !== Infinity || r.text.length > 1 << 16) break;
      const installs = (r.text.match(INSTALLS) ?? []).join(" ");
      if (GIT_WORD.test(installs) || /\$|alpine-sdk|git-lfs/.test(installs) || /(?<![\w./-])git[ \t]+clone\b/.test(r.text) || /\.sh\b|\|\s*(?:ba)?sh\b/.test(r.text)) at = r.line;
    }
    from.set(st.index, at);
  }
  return (index, line) => (from.get(index) ?? -Infinity) <= line;
}
function mayBringGit(src) {
  if (src.instruction === "RUN --mount" && src.mountType !== "bind") return false;
  if (src.external === "url" || src.external === "git") return false;
  if (src.external !== null) return true;
  const first = path8.posix.join("/", src.source).slice(1).split("/")[0];
  if (/[*?[\\]/.test(first)) {
    try {
      return filepathMatch(first, ".git");
    } catch {
      return true;
    }
  }
  return first === "" || first === ".git";
}

// src/dockerfile/remakes.ts
var USES_JS = /\b(?:node|nodejs|npm|npx|yarn|pnpm|bun|deno|next|nuxt|vite)\b/i;
var JS_INSTALL = {
  does: "installs packages (npm ci, yarn install, pnpm install, ...)",
  uses: USES_JS,
  runs: /(?<![\w./-])(?:(?:npm|pnpm|bun)\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*(?:ci|install|i|add|fetch)(?![\w.-])|yarn\s+workspaces\s+focus(?![\w.-])|yarn(?:\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*install(?![\w.-])|\s*(?:$|&&|;|\|)|\s+--[\w-]+))/m
};
var MAKERS = {
  node_modules: JS_INSTALL,
  // Only bower makes bower_components (OpenUpSA/municipal-data commits its Bower assets and runs
  // `yarn; yarn build`, which leaves them be: CTX003 called them made again, an error, and suggest
  // proposed dropping the assets its collectstatic reads).
  bower_components: { does: "runs bower install", uses: USES_JS, runs: /(?:^|[\s;&|(/])bower\s+(?:--?\w[\w-]*(?:=\S+)?\s+)*(?:install|i)(?![\w.-])/ },
  ".venv": { does: "installs Python packages (pip, uv, poetry, ...)", runs: /(?<![\w./-])(?:pip3?|uv|poetry|pipenv|pdm|conda|mamba|micromamba|virtualenv|tox)(?![\w.-])|-m\s+(?:venv|pip)(?![\w.-])/, uses: /\b(?:python[\d.]*|pip3?|uv|poetry|gunicorn|uvicorn|\.venv|venv)\b/i },
  ".terraform": { does: "runs terraform init", runs: /(?<![\w./-])terraform\s+(?:-\S+\s+)*init(?![\w.-])/, uses: /\bterraform\b/i },
  target: { does: "builds (Maven, Gradle, cargo, sbt, make, ...)", runs: /(?<![\w./-])(?:\.\/)?(?:mvnw?|gradlew?|cargo|sbt|lein|ant|g?make|mage|just|task)(?![\w.-])/, uses: /\b(?:java|jar|jdk|jre|openjdk|temurin|corretto|maven|gradle|kotlin|scala|sbt|rust|cargo|target\/)/i },
  ".next": { does: "runs a package manager or the framework (npm run build, next build, ...)", runs: /(?<![\w./-])(?:npm|pnpm|yarn|bun|npx|next|nuxt|nuxi|turbo)(?![\w.-])/, uses: USES_JS }
};
var ALIASES = { venv: ".venv", ".tox": ".venv", ".nuxt": ".next", ".turbo": ".next" };
function notRemadeBy(name, dockerfile) {
  const maker = MAKERS[ALIASES[name] ?? name];
  if (maker === void 0) return null;
  if (!maker.uses.test(dockerfile.toString("utf8").replace(/^\s*#.*$/gm, ""))) return null;
  const runs = parseDockerfile(dockerfile).stages.flatMap((st) => st.runs ?? []);
  return runs.some((r) => maker.runs.test(r.text)) ? null : maker.does;
}

// src/findings/collect.ts
var import_ignore2 = __toESM(require_ignore(), 1);

// src/rules/deliberate.ts
var under2 = (p, d) => p === d || p.startsWith(d + "/");
var ONLY_WILDCARDS = /^(?:\*|\?|\[[^\]]*\])+$/;
function deliberateLookup(ctx) {
  const byPath = /* @__PURE__ */ new Map();
  for (const e of ctx.entries) if (e.decidedBy >= 0) byPath.set(e.path, e.decidedBy);
  const named = [];
  const copied = [];
  for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
    const mount = r.source.instruction === "RUN --mount";
    if (r.status === "whole-context" && !mount) copied.push({ match: "", comps: [], excludes: r.source.excludes });
    if (r.status !== "sent") continue;
    const comps = r.source.source.replace(/^\.?\/+/, "").split("/").filter((c) => c !== "" && c !== ".");
    for (const m of r.sentMatches) {
      named.push({ match: m, comps, mount });
      if (!mount) copied.push({ match: m, comps, excludes: r.source.excludes });
    }
  }
  const takenUnnamed = (dir) => {
    const depth = dir.split("/").length;
    return copied.some((c) => {
      const unnamed = c.match === "" || dir.startsWith(c.match + "/") || c.match === dir && c.comps.length >= depth && ONLY_WILDCARDS.test(c.comps[depth - 1]);
      if (!unnamed) return false;
      if (c.excludes.length === 0) return true;
      try {
        const rel = c.match === "" ? dir : dir.slice(c.match.length + 1) || dir.slice(dir.lastIndexOf("/") + 1);
        return !PatternMatcher.create([...c.excludes]).matchesOrParentMatches(rel);
      } catch {
        return true;
      }
    });
  };
  const patterns = ctx.tarMatcher.patterns;
  const namedUnder = /* @__PURE__ */ new Map();
  const curatedDirs = /* @__PURE__ */ new Map();
  const curated = (dir) => {
    let c = curatedDirs.get(dir);
    if (c === void 0) curatedDirs.set(dir, c = namesInside(patterns, dir));
    return c;
  };
  return (file, dir) => {
    if (curated(dir)) return true;
    let ms = namedUnder.get(dir);
    if (!ms) {
      const depth = dir.split("/").length;
      const unnamed = takenUnnamed(dir);
      ms = named.filter((m) => under2(m.match, dir) && !(m.comps.length >= depth && ONLY_WILDCARDS.test(m.comps[depth - 1])) && !(m.mount && unnamed));
      namedUnder.set(dir, ms);
    }
    for (const m of ms) if (under2(file, m.match)) return true;
    const i = byPath.get(file);
    if (i === void 0 || !patterns[i]?.exclusion) return false;
    const pathComps = file.split("/").slice(dir.split("/").length - 1);
    const patComps = patterns[i].text.split("/").filter((c) => c !== "" && c !== "*" && c !== "**");
    return patComps.some((pc) => pathComps.some((c) => filepathMatch(pc, c)));
  };
}
function namesInside(patterns, dir) {
  const d = dir.split("/");
  return patterns.some((p) => {
    if (p.exclusion) return false;
    const comps = p.text.split("/").filter((c) => c !== "");
    return comps.length > d.length && d.every((c, i) => comps[i] === c);
  });
}

// src/rules/ctx001-large-file.ts
var largeFile = defineRule({
  id: "CTX001",
  name: "large-file",
  severity: "warning",
  docs: {
    summary: "A sent file is larger than --max-file-size (default 10 MB).",
    why: "Every byte of the context is uploaded to the builder before the first instruction runs, on every build, whether or not a COPY uses it. One forgotten dump, video or model file makes every build slow. When a COPY or ADD of the target's stages brings the file into the image, the finding names that instruction and is one level more severe (warning becomes error): the file then weighs on every pull too, not only on the upload. A file a COPY/ADD source names itself (`COPY build/app.jar /app/`, `COPY target/*.jar`, not a directory or `COPY . .` that sweeps it in) is what the image ships: info, not raised, since no .dockerignore line can drop it; so is a file of a `.git` a source names (`COPY .git /src/.git`: the history the build asked for) or the ignore file brings back on purpose (`*` then `!/.git`, for a build that stamps its version from git), which CTX003 leaves alone too. A file inside a directory CTX003 reports at the same severity or above (a `.git` pack, a binary in `node_modules`) is counted by that finding instead.",
    fix: "Exclude the file in .dockerignore, move it out of the context, or raise --max-file-size (or `maxFileSize` in the config) if it belongs in the image.",
    bad: "# .dockerignore\nnode_modules\n# (data/dump.sql, 2 GB, is sent)",
    good: "# .dockerignore\nnode_modules\ndata/*.sql"
  },
  check(ctx) {
    const limit = ctx.settings.maxFileSize;
    const big = ctx.entries.filter((e) => e.kind === "file" && e.contentBytes > limit);
    if (big.length === 0) return [];
    const named = /* @__PURE__ */ new Set();
    const gitDirs = [];
    for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
      if (r.status !== "sent") continue;
      const last = r.source.source.replace(/\/+$/, "").split("/").pop() ?? "";
      if (last === "" || last === "." || ONLY_WILDCARDS.test(last)) continue;
      for (const m of r.sentMatches) {
        named.add(m);
        if (last === ".git" && r.source.instruction !== "RUN --mount" && (m === ".git" || m.endsWith("/.git"))) gitDirs.push(m + "/");
      }
    }
    const patterns = ctx.tarMatcher.patterns;
    const gitKept = (e) => {
      if (!e.path.startsWith(".git/") && !e.path.includes("/.git/")) return false;
      const p = e.decidedBy >= 0 ? patterns[e.decidedBy] : void 0;
      return p !== void 0 && p.exclusion && p.text.split("/").some((c) => c !== "" && !ONLY_WILDCARDS.test(c) && filepathMatch(c, ".git"));
    };
    return big.map(
      (e) => named.has(e.path) || gitDirs.some((d) => e.path.startsWith(d)) ? { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit, named: true }, maxSeverity: "info" } : gitKept(e) ? { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit, gitKept: true }, maxSeverity: "info" } : { path: e.path, data: { path: text(e.path), bytes: e.contentBytes, limit } }
    );
  },
  message: (d) => `sent file is ${formatSize(d.bytes)}, above the ${formatSize(d.limit)} limit${d.named === true ? "; a COPY/ADD source names it, so the build needs it and every build uploads it (raise --max-file-size to leave it out)" : d.gitKept === true ? "; the ignore file brings its .git back on purpose, so every build uploads it (raise --max-file-size to leave it out)" : ""}`
});

// src/rules/ctx002-context-too-large.ts
var contextTooLarge = defineRule({
  id: "CTX002",
  name: "context-too-large",
  severity: "error",
  docs: {
    summary: "The whole upload is larger than --max-context-size.",
    why: "The whole context is uploaded before the build starts. A budget catches the day someone adds a data directory or drops a .dockerignore line, before CI time and cache size grow with it.",
    fix: "Look at the largest files and heaviest directories in the report and exclude what the image does not need, or raise the budget (--max-context-size, `maxContextSize` in the config).",
    bad: "# ctx-audit --max-context-size 50MB\n# Sending build context to Docker daemon  812MB",
    good: "# .dockerignore\n.git\nnode_modules\ndata/\n# Sending build context to Docker daemon  3.1MB"
  },
  check(ctx) {
    const limit = ctx.settings.maxContextSize;
    if (limit === null || ctx.tarBytes <= limit) return [];
    return [{ data: { tarBytes: ctx.tarBytes, limit } }];
  },
  message: (d) => `the context is ${formatSize(d.tarBytes)} (${formatBytes(d.tarBytes)} of tar), above the ${formatSize(d.limit)} budget`
});

// src/rules/ctx003-heavy-directory.ts
var HEAVY_DIRECTORIES = {
  ".git": "vcs",
  ".hg": "vcs",
  ".svn": "vcs",
  node_modules: "dependencies",
  bower_components: "dependencies",
  ".venv": "dependencies",
  venv: "dependencies",
  ".tox": "dependencies",
  ".terraform": "dependencies",
  target: "build",
  ".next": "build",
  ".nuxt": "build",
  ".turbo": "build",
  ".gradle": "build",
  __pycache__: "cache",
  ".pytest_cache": "cache",
  ".mypy_cache": "cache",
  ".ruff_cache": "cache",
  coverage: "cache",
  ".nyc_output": "cache"
};
var heavyDirectory = defineRule({
  id: "CTX003",
  name: "heavy-directory",
  severity: "warning",
  docs: {
    summary: "A VCS, dependency, build or cache directory is sent.",
    why: "VCS history, installed dependencies, build output and caches are large, change often (busting the cache of every COPY . .), and are rebuilt inside the image anyway. `.git` can also leak history, including secrets removed long ago. When a COPY or ADD of the target's stages brings files of the directory into the image, the finding names that instruction and is one level more severe (warning becomes error): the directory then ships in a layer, not only in the upload.",
    fix: "Exclude the directory with a pattern that matches at any depth, e.g. `**/node_modules`. When the build reads the `.git` it is sent (a RUN runs git, or make, npm, cargo or the .NET SDK reads it: the finding names what), excluding it changes what the build makes: pass what it reads as a build arg (`--build-arg VERSION=$(git describe)`), or bind-mount `.git` in the one RUN that needs it (`RUN --mount=type=bind,source=.git,target=.git ...`) and keep it out of the image. A `.git` a later stage copies by name out of a stage of the Dockerfile that took the context (`COPY --from=build /app/.git /app/.git`, for a version read at run time) is shipped on purpose: a warning at most, and `suggest` keeps it, as excluding it fails that COPY. Not reported: a directory with no files (an empty `.git` left by `.git/*`), and files brought back on purpose, by an ignore-file exception that names the directory or something in it (`target/` then `!target/*.jar`) or by a COPY/ADD/bind source that names it or a path inside it (`COPY target/app.jar .`; a component of wildcards alone names nothing: `COPY * /crds/` ships .git, as Go's filepath.Match lets `*` match it), and a directory whose contents the ignore file excludes by name (`.git/objects`, `.git/logs`: what is left was kept on purpose); in a build or cache directory (`target`, `.next`, `coverage`, ...), the files git tracks: committed, they are source (a Go package named `target`), not output; and in a dependency directory inside a test directory of the repository (`test-fixtures/`, `integrationtest/`, `tests/`), the files git tracks: a fixture the tests read (tflint's committed `.terraform` directories); in any dependency directory, the files git tracks that a `.gitignore` exception names (`static/node_modules/*` then `!static/node_modules/jquery/dist/jquery.min.js`): vendored on purpose, used as they are; A dependency directory whose every reported file git tracks although a `.gitignore` line names it (committed with `git add -f`, or before the line was written) is a warning at most: vendored on purpose or a stale commit, which only the repository's history tells; a whole-context `COPY . .` or a source above the directory is not such a choice. A dependency or build directory a COPY takes into an image whose Dockerfile uses that ecosystem but has no RUN that makes it again (no `npm ci`, no `pip install`, no Maven or cargo step) is a warning at most, and the finding says so: the image runs on the one it is sent (a ready-to-run bundle: `server.js`, its `node_modules`, `CMD node server.js`). With `--all`, an image that stays on the machine that builds it is not raised either (a warning at most, CTX001's big files too, and CTX201/CTX202's secrets in files git tracks, which the repository's readers hold already): a script or workflow job builds it under local names only (no registry, no namespace, no `--push` or `--output`; `localhost/NAME`, whose registry is this machine, is local) and runs it as a job or scans it (`docker run`, or `trivy image`, `grype` or their actions, aquasecurity/trivy-action and anchore/scan-action; none of its runs detached, publishing ports, restarted or on the host network but as a foreground `--rm` job: a service may serve what it holds, unless the run bind-mounts its own directory over where the COPY wrote (`docker run -v .:/app -p 8080:8080` over `WORKDIR /app` and `COPY . .`), which hides what the image holds there; a build-push-action step with literal local tags and no push, outputs or cache-to counts as such a build, and an untagged one run by its `--iidfile`, and a Compose service that a command runs as a foreground job that ends (`up --exit-code-from SERVICE`, `up --abort-on-container-exit`, `run SERVICE`; not `-d`, `--wait` or `--service-ports`) and that names no image, publishes no port, does not restart and is not on the host network (compose names its image `<project>-<service>`), or, in a workflow job on a GitHub-hosted runner (`runs-on: ubuntu-latest` and the like: a machine the job's end throws away, whose services no one outside reaches) that names no DOCKER_HOST, docker context, `-H` or ssh, any `up` or `run` of a service that names no image, detached or serving; another build of the same Dockerfile ships it only when it builds that stage or one FROM it), and no workflow, script, Makefile, package.json, Compose file or other CI pipeline names it but in a docker build, run, create, cp, rm, start, stop, kill, wait, logs, inspect or exec, or such a scan (a `docker tag`, `save` or `image:` keeps the error, and so does a `docker commit` or `export` of any container; a Compose project's image is `<name>-<service>`, its name from `-p`, COMPOSE_PROJECT_NAME or the file's `name:`), and no other CI pipeline names the Dockerfile: a scan image run once with the `.git` its tool reads. So is a stage a script, recipe or workflow step builds by `--target` under no name (no `-t`, push, `--output`, `--load`, `-q`, `--iidfile` or `--metadata-file`, no word the shell expands but a build arg's value, its output not captured), for what its RUN steps do (rancher/webhook's `--target test`): not the last stage nor one the last stage is built on, unless the Dockerfile has a name of its own, which no platform builds by default (netdata's `docker build -f .github/dockerfiles/Dockerfile.clang .`, a compile check; not a `Dockerfile` or `Containerfile`), no other build here of that stage (a build-push-action step with no tags, no push, outputs, cache-to or load, whose outputs no later step uses, is such a build too), and nothing here that may build it unseen (a platform config, a Bake file, a Tiltfile, another CI system's pipeline, a `docker images -q`). A Docker container action's own build (action.yml with `runs.using: docker`) is a warning at most for its `.git` (CTX001's big files in it too), unless another build of the same Dockerfile ships it: the Actions runner builds it from a tarball of the ref, without `.git`, for a workflow that uses it as `owner/repo@ref`, and from the checkout, run once, only for one that uses it locally.",
    bad: "# .dockerignore\n*.log",
    good: "# .dockerignore\n*.log\n.git\n**/node_modules\n**/__pycache__"
  },
  check(ctx) {
    const found = /* @__PURE__ */ new Map();
    const heavyPrefix = firstComponentWhere((name) => Object.hasOwn(HEAVY_DIRECTORIES, name));
    const deliberate = deliberateLookup(ctx);
    const inTests = /* @__PURE__ */ new Map();
    const fixture = (raw, p) => {
      let t = inTests.get(raw);
      if (t === void 0) inTests.set(raw, t = inTestDirectory(ctx, raw + "/"));
      return t && ctx.isGitTracked?.(p) === true;
    };
    const vendoredOnPurpose = (p) => ctx.isGitTracked?.(p) === true && ctx.isGitException?.(p) === true;
    for (const e of ctx.entries) {
      const raw = heavyPrefix(e.path);
      if (raw === null || raw.length === e.path.length && e.kind !== "dir") continue;
      let f = found.get(raw);
      if (!f) {
        f = { raw, forced: 0, tracked: 0, path: text(raw), kind: HEAVY_DIRECTORIES[raw.slice(raw.lastIndexOf("/") + 1)], files: 0, bytes: 0 };
        found.set(raw, f);
      }
      if (e.kind === "file") {
        if (deliberate(e.path, raw) || (f.kind === "build" || f.kind === "cache") && ctx.isGitTracked?.(e.path) === true || f.kind === "dependencies" && (fixture(raw, e.path) || vendoredOnPurpose(e.path))) f.deliberate = (f.deliberate ?? 0) + 1;
        else {
          f.files++;
          f.bytes += e.contentBytes;
          if (f.kind === "dependencies" && ctx.isGitTracked?.(e.path) === true && ctx.isGitIgnoredByRules?.(e.path) === true) f.forced++;
          if (f.kind === "vcs" && ctx.isGitTracked?.(e.path) === true && !/(?:^|\/)hgrc$|\/\.svn\/auth\//.test(e.path)) f.tracked++;
        }
      }
    }
    return [...found.values()].filter((f) => f.files > 0).map(({ raw, forced, tracked, ...data }) => {
      if (data.kind === "vcs" && raw !== ".git" && !raw.endsWith("/.git") && tracked === data.files) return { path: raw, data: { ...data, committedVcs: true }, maxSeverity: "warning" };
      const reachable = raw === ".git" && gitReachable(ctx);
      const out = reachable ? gitCopiedOutOfStage(ctx.crossCheck?.parsed.stages ?? [], new Set(ctx.crossCheck?.resolved.needed.stages ?? [])) : null;
      if (out !== null) return { path: raw, data: { ...data, copiedOut: out.line }, maxSeverity: "warning" };
      const readBy = reachable ? ctx.gitReadBy?.() ?? null : null;
      const notRemade = (data.kind === "dependencies" || data.kind === "build") && copyReaches(ctx, raw) ? ctx.notRemadeBy?.(raw.slice(raw.lastIndexOf("/") + 1)) ?? null : null;
      const extra = { ...forced === data.files ? { committedPastIgnore: true } : {}, ...notRemade !== null ? { notRemade } : {} };
      if (forced === data.files || notRemade !== null) return { path: raw, data: { ...data, ...extra }, maxSeverity: "warning" };
      return { path: raw, data: readBy === null ? data : { ...data, readBy } };
    });
  },
  message: (d) => `${d.kind} directory is sent: ${plural(d.files, "file", "files")}, ${formatSize(d.bytes)}${d.committedVcs === true ? "; git tracks every file of it, so it holds nothing the repository does not publish: exclude it for the weight alone" : ""}${d.committedPastIgnore === true ? "; committed to git although .gitignore names it (added with -f, or before that line): vendored on purpose, or a stale commit, check before excluding it" : ""}${d.notRemade !== void 0 ? `; no RUN of the Dockerfile ${d.notRemade}, so the image runs on the one it is sent: exclude it only if the image does not need it` : ""}${d.copiedOut !== void 0 ? `; the COPY --from at line ${d.copiedOut} takes .git into the image by name, on purpose: excluding it fails that COPY` : ""}${d.readBy !== void 0 ? `; ${d.readBy.replace(/; exclude it yourself if .*$/, "")}, so excluding it changes what the build makes (pass what it reads as a build arg, or bind-mount .git in the RUN that needs it)` : ""}`
});
function gitReachable(ctx) {
  return copyReaches(ctx, ".git");
}
function copyReaches(ctx, dir) {
  const cross = ctx.crossCheck;
  if (!cross) return false;
  if (cross.resolved.coversWholeContext) return true;
  const prefix = dir + "/";
  for (const k of cross.references.keys()) if (k === dir || k.startsWith(prefix)) return true;
  return false;
}

// src/rules/from-cross-check.ts
function crossCheckRule(id, docs, refine) {
  const meta = CROSS_CHECK_RULES[id];
  return defineRule({
    id,
    name: meta.name,
    severity: meta.severity,
    docs,
    check(ctx) {
      if (!ctx.crossCheck) return [];
      return ctx.crossCheck.findings.filter((f) => f.ruleId === id).map((f) => {
        const raw = { path: f.path === void 0 ? void 0 : toByteString(f.path), file: f.file, line: f.line, column: f.column, data: f.data };
        return refine ? refine(raw, ctx) : raw;
      });
    },
    message: (data) => renderMessage(id, data)
  });
}

// src/rules/ctx004-unused-file.ts
var unusedFile = crossCheckRule("CTX004", {
  summary: "Sent files that no COPY/ADD/bind source references, aggregated per directory with their bytes.",
  why: "Every sent byte is read from disk, hashed and transferred on each build; files no instruction uses only cost time (and may leak). Not reported when a source such as `COPY . .` covers the whole context.",
  fix: "Exclude the directory in .dockerignore, or switch to an allowlist (`*` then `!` the paths the Dockerfile copies).",
  bad: "# .dockerignore is empty; the Dockerfile copies only src/\nCOPY src/ /app/src/",
  good: "# .dockerignore\n*\n!src"
});

// src/dockerfile/placement.ts
function finalChain(parsed, target) {
  const chain = /* @__PURE__ */ new Set();
  for (let i = target; i >= 0 && !chain.has(i); ) {
    chain.add(i);
    const from = parsed.stages[i].refs.find((r) => r.kind === "from");
    i = from ? stageIndexOf(parsed.stages, from.ref, i) : -1;
  }
  return chain;
}
var WILDCARD2 = /[*?[\\]/;
function landingPath(src, match, rel, matchIsDir) {
  if (src.dest === void 0 || src.dest === null) return null;
  const destAbs = joinAbs(src.dest.startsWith("/") ? "/" : src.workdir ?? "/", src.dest);
  const base2 = match === "." ? "" : match;
  if (src.parents) return joinAbs(destAbs, rel === "" ? base2 : `${base2}/${rel}`);
  if (matchIsDir) return rel === "" ? destAbs : joinAbs(destAbs, rel);
  const destIsDir = src.dest.endsWith("/") || /(?:^|\/)\.\.?$/.test(src.dest) || (src.sourceCount ?? 1) > 1 || WILDCARD2.test(src.source);
  return destIsDir ? joinAbs(destAbs, base2.slice(base2.lastIndexOf("/") + 1)) : destAbs;
}
function covers(source, landed, landedIsDir) {
  const s = joinAbs("/", source);
  if (s === "/") return true;
  const under4 = (p, d) => p === d || p.startsWith(d + "/");
  if (!WILDCARD2.test(s)) return under4(landed, s) || landedIsDir && under4(s, landed);
  const sp = s.split("/").filter(Boolean);
  const lp = landed.split("/").filter(Boolean);
  if (landedIsDir && lp.length < sp.length) {
    return lp.every((c, i) => filepathMatch(sp[i], c));
  }
  if (lp.length < sp.length) return false;
  return sp.every((c, i) => filepathMatch(c, lp[i]));
}
function placementOf(parsed, target, needed, res, path12, isDir) {
  if (res.source.instruction === "RUN --mount") return { placement: "mount", via: [] };
  const chain = finalChain(parsed, target);
  if (chain.has(res.stage)) return { placement: "final-stage", via: [] };
  let landed = null;
  let landedIsDir = isDir;
  if (res.status === "whole-context") landed = landingPath(res.source, ".", path12, true);
  else {
    const under4 = (p, d) => p === d || p.startsWith(d + "/");
    const m = res.sentMatches.find((x) => under4(path12, x)) ?? res.sentMatches.find((x) => under4(x, path12));
    if (m === void 0) return { placement: "final-stage", via: [] };
    if (under4(path12, m)) {
      const rel = path12 === m ? "" : path12.slice(m.length + 1);
      landed = landingPath(res.source, m, rel, !(path12 === m && !isDir));
    } else {
      landed = landingPath(res.source, m, "", true);
      landedIsDir = true;
    }
  }
  if (landed === null) return { placement: "final-stage", via: [] };
  const via = carried(parsed, chain, needed, res.stage, landed, landedIsDir, /* @__PURE__ */ new Set(), res.source.instructionLine, new Set(res.source.landRunTimeArgs ?? []));
  return via === null ? { placement: "other-stage", via: [] } : { placement: "final-stage", via };
}
function removedAfter(parsed, stage, after, landed, isDir) {
  return (parsed.stages[stage].removals ?? []).some(
    (r) => r.line > after && r.path !== "/" && (landed.startsWith(r.path + "/") ? r.recursive : landed === r.path && (r.recursive || !isDir))
  );
}
function carried(parsed, chain, needed, stage, landed, isDir, seen, after, landArgs = /* @__PURE__ */ new Set()) {
  const key = `${stage}\0${landed}`;
  if (seen.has(key) || seen.size > 200) return null;
  seen.add(key);
  if (!chain.has(stage) && removedAfter(parsed, stage, after, landed, isDir)) return null;
  const holders = /* @__PURE__ */ new Set([stage]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const i of needed) {
      if (holders.has(i)) continue;
      const from = parsed.stages[i].refs.find((r) => r.kind === "from");
      if (from && holders.has(stageIndexOf(parsed.stages, from.ref, i))) {
        holders.add(i);
        changed = true;
      }
    }
  }
  for (const h of holders) if (chain.has(h)) return [];
  for (const t of needed) {
    for (const src of parsed.stages[t].sources) {
      if (src.instruction === "RUN --mount" || src.external !== "from" || src.from === null) continue;
      if (src.runTimeArgs !== void 0 && !src.runTimeArgs.some((n) => landArgs.has(n))) continue;
      const from = stageIndexOf(parsed.stages, src.from, t);
      if (from < 0 || !holders.has(from)) continue;
      const s = joinAbs("/", src.source);
      const name = landed.slice(landed.lastIndexOf("/") + 1);
      if (!isDir && /^\.env(?:\.production)?$/.test(name) && s === `${landed.slice(0, landed.lastIndexOf("/"))}/.next/standalone`) {
        const next2 = landingPath(src, s, name, true);
        if (next2 === null) return [src.instructionLine];
        const rest2 = carried(parsed, chain, needed, t, next2, isDir, seen, src.instructionLine, new Set(src.landRunTimeArgs ?? []));
        if (rest2 !== null) return [src.instructionLine, ...rest2];
        continue;
      }
      if (!covers(src.source, landed, isDir)) continue;
      const srcIsGlob = WILDCARD2.test(s);
      let next;
      if (srcIsGlob || s === landed) next = landingPath(src, s, "", isDir);
      else if (landed.startsWith(s + "/") || s === "/") next = landingPath(src, s, s === "/" ? landed.slice(1) : landed.slice(s.length + 1), true);
      else next = landingPath(src, s, "", true);
      if (next === null) return [src.instructionLine];
      const rest = carried(parsed, chain, needed, t, next, isDir, seen, src.instructionLine, new Set(src.landRunTimeArgs ?? []));
      if (rest !== null) return [src.instructionLine, ...rest];
    }
  }
  return null;
}

// src/rules/der.ts
function tlvAt(buf, at, limit) {
  if (at + 2 > limit) return null;
  const tag = buf[at];
  let n = buf[at + 1];
  let start = at + 2;
  if (n & 128) {
    const bytes = n & 127;
    if (bytes === 0 || bytes > 4 || start + bytes > limit) return null;
    n = 0;
    for (let i = 0; i < bytes; i++) n = n * 256 + buf[start + i];
    start += bytes;
  }
  const end = start + n;
  return end <= limit ? { tag, start, end } : null;
}
function children(buf, t) {
  const out = [];
  for (let at = t.start; at < t.end; ) {
    const c = tlvAt(buf, at, t.end);
    if (c === null) return null;
    out.push(c);
    at = c.end;
  }
  return out;
}
var SEQUENCE = 48;
var INTEGER = 2;
var BIT_STRING = 3;
var OID = 6;
var UTC_TIME = 23;
var GENERALIZED_TIME = 24;
function isCrl(buf, top) {
  const parts = children(buf, top);
  if (parts === null || parts.length !== 3 || parts[0].tag !== SEQUENCE || parts[1].tag !== SEQUENCE || parts[2].tag !== BIT_STRING) return false;
  const alg = children(buf, parts[1]);
  if (alg === null || alg.length === 0 || alg[0].tag !== OID) return false;
  const tbs = children(buf, parts[0]);
  if (tbs === null) return false;
  let i = tbs[0]?.tag === INTEGER ? 1 : 0;
  if (tbs[i]?.tag !== SEQUENCE || tbs[i + 1]?.tag !== SEQUENCE) return false;
  i += 2;
  return tbs[i]?.tag === UTC_TIME || tbs[i]?.tag === GENERALIZED_TIME;
}
function publicDer(buf) {
  if (buf.length < 2 || buf[0] !== SEQUENCE) return null;
  const top = tlvAt(buf, 0, buf.length);
  if (top === null || top.end !== buf.length) return null;
  const crypto = nodeCrypto();
  try {
    new crypto.X509Certificate(buf);
    return "certificate";
  } catch {
  }
  if (isCrl(buf, top)) return "crl";
  try {
    crypto.createPublicKey({ key: buf, format: "der", type: "spki" });
    return "public-key";
  } catch {
    return null;
  }
}

// src/rules/ctx201-secret-file.ts
var COPY_WORD = /^(?:copy|old|bak|backup|orig|saved?|prev(?:ious)?|\(\d+\)|\d+)$/;
function isDotenvCopy(lower) {
  if (!lower.startsWith(".env") || lower.length > 64) return false;
  const rest = lower.endsWith("~") ? lower.slice(4, -1) : lower.slice(4);
  if (rest === "") return lower === ".env~";
  if (!/^[ _\-\d(]/.test(rest)) return false;
  const words = rest.split(/[ _-]+/).filter((w) => w !== "");
  return words.length > 0 && words.every((w) => COPY_WORD.test(w));
}
function secretFileKind(path12) {
  const name = baseName(path12);
  const lower = name.toLowerCase();
  if ((lower === ".env" || lower.startsWith(".env.")) && !DOTENV_TEMPLATES.test(name)) return "dotenv";
  if (isDotenvCopy(lower)) return "dotenv";
  if (isDevVars(name)) return "dotenv";
  if (/^id_(rsa|dsa|ecdsa|ed25519)(_sk)?$/.test(lower) || /^id_(rsa|dsa|ecdsa|ed25519)/.test(lower) && !lower.endsWith(".pub")) return "ssh-private-key";
  if (/\.(pem|key)$/.test(lower)) return "private-key-or-certificate";
  if (/\.(p12|pfx|jks|keystore)$/.test(lower)) return "keystore";
  if (lower === ".npmrc" || lower === ".pypirc" || lower === ".netrc" || lower === ".git-credentials" || path12.endsWith(".docker/config.json")) return "registry-credentials";
  if (path12 === ".aws/credentials" || path12.endsWith("/.aws/credentials") || lower === "gcloud-service-key.json" || lower === "credentials.json") return "cloud-credentials";
  if (lower === "kubeconfig" || path12 === ".kube/config" || path12.endsWith("/.kube/config")) return "kubeconfig";
  if (/\.tfstate(\.backup)?$/.test(lower)) return "terraform-state";
  if (lower === ".htpasswd" || lower === ".pgpass") return "password-file";
  return null;
}
var STAND_IN_NAME = /(?:^|[-_.])(?:dummy|fake)(?:[-_.]|$)/i;
var INSECURE_FILE_NAME = /(?:^|[-_.])insecure(?:[-_.]|$)/i;
var SMALL_FILE = 64 * 1024;
var PEM_FILE = 1024 * 1024;
var ENV_REF = /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/;
var PLACEHOLDER = /^(?:<[^>]*>|\[[^\]]*\]|\{\{.*\}\}|x+|\*+|\.+|-+|_+|0+|changeme.*|change[-_ ]?me.*|change[-_ ]?this.*|!change[-_ ]?me!|(?:[a-z]+[-_])+(?:password|passwd|pass|pwd|secret|token)|(?:[a-z]+[-_])*not[-_](?:[a-z]+[-_]){0,3}(?:key|secret|password|passwd|pass|pwd|token|credentials?)|your[-_ ].*|.*example.*|.*dummy.*|.*fake.*|.*placeholder.*|.*sample.*|replace.*|whatever.*|(?:override|set|fill|update|edit|put)[-_ ]?(?:me|in|this)(?![a-z0-9]).*|.*\.env\.local(?![a-z0-9]).*|[-_%@]{1,2}[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)*[-_%@]{1,2}|fixme|todo|tbd|null|none|nil|true|false|secret|password|passwd|pass|token|test|testing|foo|bar|foobar|admin|root|user|default|insecure.*|not[-_]?set|unset|empty|minioadmin|postgres|mysql|mariadb|mongo|rabbitmq|guest|changeit)$/i;
var SECRET_WORD = /^(?:.*(?:secret|token(?!i[sz])|passw|apikey|privatekey|accesskey|signingkey|encryptionkey|credential).*|pwd|pass|auth|salt|dsn|webhook)$/;
var KEY_KIND = /* @__PURE__ */ new Set(["api", "private", "access", "signing", "encryption"]);
var SETTING_WORD = new Set(
  "length len min max minimum maximum rounds iterations cost timeout ttl expiry expires expire expiration lifetime duration interval age header scheme provider providers audience issuer algorithm alg type kind mode method mechanism strategy backend enabled enable disabled disable required name names user username login id file path dir directory url uri endpoint host hostname port realm scope scopes ratelimit limit rate count size policy format prefix suffix version location source store level".split(" ")
);
function secretKeyName(name) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== "");
  let last = -1;
  words.forEach((w, i) => {
    if (SECRET_WORD.test(w) || w === "key" && i > 0 && KEY_KIND.has(words[i - 1])) last = i;
  });
  const hashOfIt = last >= 0 && last === words.length - 2 && /^(?:hash|hashed|digest)$/.test(words[words.length - 1]) && !words.some((w) => w === "ntlm" || w === "lm");
  return last >= 0 && !hashOfIt && !words.slice(last + 1).some((w) => SETTING_WORD.has(w));
}
function unquote(v) {
  let s = v.trim();
  if (s.startsWith('"') && s.includes('"', 1) || s.startsWith("'") && s.includes("'", 1)) s = s.slice(1, s.indexOf(s[0], 1));
  else s = s.replace(/\s+#.*$/, "");
  return s.trim();
}
function filePathValue(s) {
  const m = /^(\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|~|\.\.?)?(\/?)((?:[A-Za-z0-9._@-]+\/)*[A-Za-z0-9._@-]+)\/?$/.exec(s);
  if (m === null) return false;
  const [, lead, root, rest] = m;
  if (lead !== void 0) return root === "/";
  if (!rest.includes("/") && root !== "/") return false;
  return /\.[A-Za-z0-9]{1,8}$/.test(rest) || root === "/" && rest.includes("/") && /^[a-z0-9._\/-]+$/.test(rest);
}
var SAYS_PLACEHOLDER = /^(?:test|testing|dev|development|local|please|default|demo|sample|example|secret|password|pass|passwd|key|token|jwt|api|me|it|this|in|on|before|prod|production|value|your|my|to)$/i;
function changeValue(s) {
  if (s.length > 64) return false;
  const parts = s.split(/[-_. ]/);
  if (parts.length < 2 || parts.length > 6) return false;
  const at = parts.findIndex((p, i) => /^change$/i.test(p) || i === parts.length - 1 && /^change[a-z0-9]{1,3}$/i.test(p));
  if (at < 0 || !parts.every((p, i) => i === at || /^[A-Za-z]{1,12}$/.test(p))) return false;
  if (!parts.some((p, i) => i !== at && SAYS_PLACEHOLDER.test(p))) return false;
  return at === 0 || at === parts.length - 1 || /^(?:me|it|this|in|before|on)$/i.test(parts[at + 1]);
}
var STAND_IN_WORDS = /^(?:default|dev|development|test|testing|local|demo|sample|example|my|your|some|insecure|placeholder|dummy|fake)$/i;
var SECRET_WORDS = /^(?:secret|secrets|key|password|passwd|pass|token|jwt|api|app|session|signing|encryption|salt)$/i;
var VOCABULARY = ["default", "development", "dev", "testing", "test", "local", "demo", "sample", "example", "my", "your", "some", "insecure", "placeholder", "dummy", "fake", "secrets", "secret", "key", "password", "passwd", "pass", "token", "jwt", "api", "app", "session", "signing", "encryption", "salt"];
function vocabularyWords(w) {
  const lower = w.toLowerCase();
  const best = [[]];
  for (let i = 1; i <= lower.length; i++) {
    best[i] = null;
    for (const v of VOCABULARY) {
      const prev = i >= v.length ? best[i - v.length] : null;
      if (prev !== null && prev !== void 0 && lower.slice(i - v.length, i) === v) {
        best[i] = [...prev, v];
        break;
      }
    }
  }
  return best[lower.length] ?? null;
}
function standInValue(s) {
  if (s.length > 48 || !/^[A-Za-z][A-Za-z._-]*$/.test(s)) return false;
  const words = s.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[-_. ]+/).filter((w) => w !== "").flatMap((w) => vocabularyWords(w) ?? [w]);
  if (words.length === 0 || words.length > 4 || !words.every((w) => STAND_IN_WORDS.test(w) || SECRET_WORDS.test(w))) return false;
  if (!words.some((w) => /^(?:secret|secrets|key|password|passwd|token)$/i.test(w))) return false;
  return words.some((w) => STAND_IN_WORDS.test(w)) || /^secret[-_]?key$/i.test(s);
}
function wordPhraseValue(s) {
  if (s.length > 64 || !/^[A-Za-z][A-Za-z._-]*$/.test(s)) return false;
  const words = s.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[-_. ]+/).filter((w) => w !== "");
  return words.length >= 2 && words.length <= 5 && words.every((w) => w.length >= 2) && words.some((w) => /^(?:secret|secrets|key|password|passwd|token|auth|salt)$/i.test(w) || STAND_IN_WORDS.test(w));
}
function saysNotSecure(s) {
  if (s.length > 64 || !/^[A-Za-z][A-Za-z._-]*\d{0,6}$/.test(s)) return false;
  return /not[-_.]?(?:(?:so|very|really|too)[-_.]?)?(?:secure|safe)|insecure|unsecure|unsafe/i.test(s);
}
function demoValue(s) {
  if (s.length > 64) return false;
  const parts = s.split(/[-_.]/);
  return parts.length >= 2 && parts.length <= 4 && parts.some((p) => p.toLowerCase() === "demo") && parts.every((p) => /^[A-Za-z]{1,8}$/.test(p));
}
function realLookingValue(v) {
  const s = unquote(v);
  return s.length >= 8 && !ENV_REF.test(s) && !PLACEHOLDER.test(s) && !saysNotSecure(s) && !demoValue(s) && !changeValue(s) && !standInValue(s) && !filePathValue(s) && !/^[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*(?::\d+)?(?:[/?#]|$)/i.test(s) && !SENTRY_DSN.test(s);
}
var SENTRY_DSN = /^https?:\/\/[0-9a-f]{32}@[^/:@\s]*sentry[^/:@\s]*(?::\d+)?\/\d+\/?$/i;
function namesItself(name, value) {
  const norm = (x) => x.toLowerCase().replace(/[^a-z0-9]/g, "");
  const v = norm(value);
  const words = name.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return v !== "" && words.some((_, i) => words.slice(i).join("") === v);
}
function urlWithPassword(v) {
  const m = /[a-z][a-z0-9+.-]*:\/\/[^:@/\s]*:([^@/\s]+)@/i.exec(v);
  return m !== null && realLookingValue(m[1]);
}
function readAndHoldsNone(ctx, path12) {
  const kind = secretFileKind(path12);
  const e = kind === null ? void 0 : ctx.entries.find((x) => x.path === path12);
  if (kind === null || e === void 0 || e.kind !== "file" || e.contentBytes > (kind === "private-key-or-certificate" ? PEM_FILE : SMALL_FILE)) return false;
  const buf = e.contentBytes === 0 ? Buffer.alloc(0) : ctx.reader.readPrefix(e.path, e.contentBytes);
  if (buf !== null && kind === "private-key-or-certificate" && publicDer(buf) !== null) return true;
  if (buf === null || buf.includes(0)) return false;
  return secretFileContentVerdict(kind, baseName(e.path), buf.toString("latin1"), void 0, committedBytes(ctx, e.path, e.contentBytes)) === false;
}
function committedBytes(ctx, path12, size) {
  return (ctx.committedCopyOf?.(path12, size) ?? null) !== null;
}
function secretFileContentVerdict(kind, name, content, published, committed = false) {
  if (content.trim() === "") return false;
  if (scanForSecrets(content).length > 0) return true;
  const lines = content.split(/\r?\n/);
  const lower = name.toLowerCase();
  if (kind === "dotenv") {
    for (const l of lines) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(l);
      if (!m) continue;
      if (published?.(m[1], unquote(m[2])) === true) continue;
      const appKey = !committed && m[1] === "APP_KEY";
      if ((secretKeyName(m[1]) || appKey) && realLookingValue(m[2]) && !namesItself(m[1], unquote(m[2])) && !(committed && wordPhraseValue(unquote(m[2]))) || urlWithPassword(m[2])) return true;
    }
    return false;
  }
  if (lower === ".npmrc") {
    return lines.some((l) => {
      const m = /(?:^|:)_(?:auth|authToken|password)\s*=\s*(.*)$/.exec(l.trim());
      return m !== null && unquote(m[1]) !== "" && !ENV_REF.test(unquote(m[1]));
    });
  }
  if (lower === ".pypirc") {
    return lines.some((l) => {
      const m = /^\s*password\s*[=:]\s*(.*)$/i.exec(l);
      return m !== null && unquote(m[1]) !== "" && !ENV_REF.test(unquote(m[1]));
    });
  }
  if (lower === ".netrc") return /\bpassword\s+\S+/.test(content);
  if (kind === "cloud-credentials" && lower === "credentials") {
    if (!/^\s*\[[^\]]+\]\s*$/m.test(content)) return null;
    return lines.some((l) => {
      const m = /^\s*(aws_secret_access_key|aws_session_token)\s*=\s*(.*?)\s*$/i.exec(l);
      return m !== null && realLookingValue(m[2]);
    });
  }
  if (kind === "kubeconfig") {
    if (!/^\s*(?:clusters|users|contexts)\s*:/m.test(content)) return null;
    return lines.some((l) => {
      const m = /^\s*(?:-\s+)?(client-key-data|token|password|id-token|refresh-token|client-secret|access-token)\s*:\s*(.*?)\s*$/.exec(l);
      return m !== null && (m[1] === "client-key-data" ? unquote(m[2]).length >= 16 : realLookingValue(m[2]));
    });
  }
  if (kind === "terraform-state") return terraformStateHoldsCredential(content);
  if (kind === "private-key-or-certificate") {
    if (/PRIVATE KEY/.test(content)) return true;
    const labels = [...content.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----/g)].map((m) => m[1]);
    if (labels.length > 0 && labels.every((l) => PUBLIC_PEM_LABEL.test(l) && !/PRIVATE|SECRET/.test(l))) return false;
    return null;
  }
  return null;
}
var TF_SECRET_RESOURCE = /(?:_secret_version|key_vault_secret|ssm_parameter|kubernetes_secret(?:_v1)?|random_password|tls_private_key|iam_access_key|service_account_key|_api_key|_password|client_secret|_token|actions_secret|dependabot_secret|vault_generic_secret|kv_secret(?:_v2)?|_credential)$/i;
var TF_SECRET_WORD = /(?:^|_)(?:pass(?:word|wd)?|secret|token|key|credentials?|pwd)$/i;
var TF_SECRET_ATTRIBUTE = /(?:^|_)(?:password|passwd|secret|token|private_key|client_key|access_key|secret_key|key_material|credentials?|kube_config_raw|connection_string|primary_key|secondary_key|sas|result)(?:$|_(?!(?:arns?|ids?|names?|version|path|type|length|count)(?:$|_)))/i;
function terraformStateHoldsCredential(content) {
  let state;
  try {
    state = JSON.parse(content);
  } catch {
    return null;
  }
  if (state === null || typeof state !== "object" || Array.isArray(state)) return null;
  const st = state;
  if (!Array.isArray(st.resources) && !Array.isArray(st.modules)) return null;
  const outputs = (o) => o !== null && typeof o === "object" && Object.entries(o).some(([name, v]) => v !== null && typeof v === "object" && (v.sensitive === true || TF_SECRET_WORD.test(name)) && v.value !== "" && v.value !== null && v.value !== void 0);
  if (outputs(st.outputs)) return true;
  const queue = [state];
  let next = 0;
  for (; next < queue.length && next < 2e5; next++) {
    const v = queue[next];
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      for (const x of v) queue.push(x);
      continue;
    }
    const r = v;
    if (typeof r.type === "string" && (Array.isArray(r.instances) ? r.instances.length > 0 : r.primary !== void 0) && TF_SECRET_RESOURCE.test(r.type)) return true;
    for (const [k, x] of Object.entries(v)) {
      if (k === "sensitive_attributes" && Array.isArray(x) && x.length > 0) return true;
      if (k === "outputs" && outputs(x)) return true;
      if (typeof x === "string" && x.trim() !== "" && TF_SECRET_ATTRIBUTE.test(k.slice(k.lastIndexOf(".") + 1))) return true;
      if (x !== null && typeof x === "object") queue.push(x);
    }
  }
  return next < queue.length ? null : false;
}
var ENV_TEMPLATES = [".env.example", ".env.sample", ".env.template", ".env.tpl", ".env.dist", ".env.default", ".env.defaults"];
function publishedBeside(ctx, path12, elsewhere) {
  const dir = path12.slice(0, path12.length - baseName(path12).length);
  const values = /* @__PURE__ */ new Map();
  for (const t of /* @__PURE__ */ new Set([...ENV_TEMPLATES.map((x) => dir + x), ...elsewhere()])) {
    if (t === path12 || ctx.isGitTracked?.(t) !== true) continue;
    const text2 = ctx.reader.readPrefix(t, SMALL_FILE)?.toString("latin1") ?? "";
    for (const l of text2.split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(l);
      if (m === null) continue;
      const set = values.get(m[1]) ?? /* @__PURE__ */ new Set();
      set.add(unquote(m[2]));
      values.set(m[1], set);
    }
  }
  const suffixed = (a, b) => a.length > b.length && a.endsWith("_" + b);
  return (key, value) => values.get(key)?.has(value) === true || [...values].some(([k, vs]) => vs.has(value) && (suffixed(key, k) || suffixed(k, key)));
}
function declaredSafeLine(ctx, path12) {
  if (ctx.isGitTracked?.(path12) !== true || baseName(path12).endsWith(".local")) return null;
  const lines = (ctx.reader.readPrefix(path12, SMALL_FILE)?.toString("latin1") ?? "").split(/\r?\n/, 40);
  const i = lines.findIndex((l) => /^\s*#.*(?:\bsafe to commit\b|\.env\.local\b)/i.test(l));
  return i < 0 ? null : i + 1;
}
var NO_PRODUCTION_SECRETS = /DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE/i;
function publishedDefaults(ctx, path12) {
  const base2 = baseName(path12);
  if (!/^\.env(?:\.[\w-]+)?$/.test(base2) || base2.endsWith(".local") || ctx.isGitTracked?.(path12) !== true) return false;
  const dir = path12.slice(0, path12.length - base2.length);
  const tracked = (p) => ctx.isGitTracked?.(dir + p) === true;
  if (!tracked(".env")) return false;
  const read = (p) => ctx.reader.readPrefix(dir + p, SMALL_FILE)?.toString("latin1") ?? "";
  return NO_PRODUCTION_SECRETS.test(read(".env")) || tracked("symfony.lock") || tracked("composer.json") && /"symfony\/dotenv"\s*:/.test(read("composer.json"));
}
function secretsGoTo(ctx, path12) {
  const base2 = baseName(path12);
  const ignored = ctx.isGitIgnoredByRules;
  if (!ignored || !/^\.env(?:\.[\w.-]+)?$/.test(base2) || base2.endsWith(".local") || ctx.isGitTracked?.(path12) !== true || ignored(path12)) return null;
  const dir = path12.slice(0, path12.length - base2.length);
  for (const local of [`${base2}.local`, ".env.local"]) {
    if (ctx.isGitTracked?.(dir + local) !== true && ignored(dir + local)) return local;
  }
  return null;
}
var PUBLIC_PEM_LABEL = /PUBLIC KEY|CERTIFICATE|PARAMETERS|\bCRL\b|SIGNATURE|^PKCS7$|^CMS$/;
function followedByCopy(ctx, path12) {
  for (const r of ctx.crossCheck?.resolved.resolutions ?? []) {
    if (r.status === "whole-context") continue;
    const hits = (p) => p === path12 || p.startsWith(path12 + "/");
    if (hits(r.path) || r.sentMatches.some(hits)) return true;
  }
  return false;
}
function layered(d) {
  return d.secretsIn === void 0 ? "" : `; committed to git as shared defaults, with secrets kept in ${d.secretsIn}, which git ignores: check it holds no live value`;
}
var secretFile = defineRule({
  id: "CTX201",
  name: "secret-file",
  severity: "error",
  security: {
    severity: 7.5,
    why: "High: names like `.env`, `id_rsa` or `*.pem` nearly always hold credentials, but only the name is known, not that the content is a live secret (CTX202 is the rule that reads content)."
  },
  docs: {
    summary: "A sent file's name says it holds a secret (.env, .dev.vars, id_rsa, *.pem, ...).",
    why: "Everything in the context reaches the builder, and a broad `COPY . .` puts it in a layer that anyone who can pull the image can read, even if a later step deletes it. Names like `.env`, `id_rsa` or `*.pem` almost always hold credentials. When a COPY or ADD of the target's stages brings the file into the image, the finding names that instruction; it is an error already, and a severity lowered in the config is raised one level, because a copied secret is readable by anyone who can pull the image. A file git tracks (or an untracked copy of one with the same bytes, as a CI step's `cp -r src docker/src` makes) that no COPY or ADD puts in the image (it is only sent, or copied into a build stage the image takes nothing of it from) is a warning at most: the builder gets nothing the repository's readers do not already hold, and it leaks once it ships (a RUN in that stage may still build it into what ships).",
    fix: "Exclude the file in .dockerignore (at any depth: `**/.env`) and pass secrets at build time with `RUN --mount=type=secret` or at run time with environment variables. A copy of an `.env` under the name a file manager or editor gives it (`.env copy`, `.env-old`, `.env (1)`, `.env_backup`, `.env~`) is one. Not a secret file: an `.env` with a template word after it (`.env.example`, `.env.sample`, `.env.template`, `.env.tpl`, `.env.dist`, `.env.default(s)`, also after another part: `.env.dev.default`, or before one: `.env.example.complete`; but `.env.example.local` is a local copy). How a name-only hit is confirmed: a regular file of at most 64 KiB (a `.pem`/`.key`: 1 MiB, room for a CA bundle) that is text is read. It holds a credential (error) when CTX202 finds one in it, or: an `.env` file with an assignment whose name says secret (and whose value is not the one a committed template beside it or anywhere in the context, `.env.example`, `.env.sample`, `.env.template`, `.env.dist` or `.env.default(s)`, publishes for that name, or for that name with a prefix on one side: `POSTGRES_PASSWORD` for `APP_POSTGRES_PASSWORD`) (a word of it, split at `_`, `-`, `.` and camelCase, holds secret, token (not tokenizer), passw or credential, or is pwd, pass, auth, salt, dsn or webhook, or is key after api, private, access, signing or encryption, or is the whole name APP_KEY, Laravel's encryption key, in a file whose bytes git does not hold (a committed one, unchanged, is a fixed development or test key every reader of the repository has); and no word after that one makes it a setting about the secret: `AUTH_RATELIMIT`, `PASSWORD_MIN_LENGTH`, `SALT_ROUNDS`, `TOKEN_AUDIENCE`, `GITHUB_TOKEN_FILE`; nor a hash of it as the last word, `ADMIN_PASSWORD_HASH`, unless an NTLM or LM one; `AUTHOR_NAME` holds no auth) and whose value looks real (8+ characters, not `${VAR}`/`$VAR`, not the path of a file (`$HOME/certs/app.key`, `./certs/server.pem`, `/run/secrets/db`: quay's config-tool `.env` names its test TLS key so), not a URL with no user or password in it (`null://null`, `redis://localhost:6379`), nor a Sentry client DSN (`https://<public key>@o1.ingest.sentry.io/42`, a key browsers carry), not a placeholder such as `changeme`, `!ChangeMe!`, `db_password`, a value that says it is not secure (`insecure`, `notSoSecure`, `unsafe`), a value that says it is none (`this_is_not_the_key`, `not_the_real_key`), a value of stand-in and secret words alone (`defaultSecretKey`, `dev-secret-key`, `secretkey`: a default, development, test or example word beside secret, key, password or token), in a committed file a phrase of two to five words of letters with secret, key, password, token, auth, salt or a stand-in word (dev, development, test, local, default, ...) among them (`refreshSecretKey`, `ever-app-auth-secret-dev`, `dev_derivation_salt`: the default the project publishes), a demo value (the word `demo` among up to three other short words of letters: `sk_test_demo`, `whsec_demo`, `demo_key`; not `Demo_Xk92jfLq0zPw`), one that says where the real value goes or that it is to be replaced (`override-me-in-.env.local`, `set-me`, `update-me-with-a-random-value`, words of letters with `change` first, last or before `me`/`in`/...: `TEST_CHANGE9s`, `please-change`, `CHANGE_IN_PRODUCTION`), its own name (`SECRET_KEY=secret-key`), `<...>`, `xxx`, `your-...` or anything with `example`, `dummy` or `fake` (`\u2026-fake`), nor a service's published default such as MinIO's `minioadmin`, `postgres`, `guest` or Java's `changeit`), or a `scheme://user:password@` URL with such a password; an `.npmrc` with `_auth`, `_authToken` or `_password` set to a value that is not only `${VAR}`; a `.pypirc` with a `password`; a `.netrc` with a `password`; an AWS credentials file (`.aws/credentials`, INI sections) with an `aws_secret_access_key` or `aws_session_token` whose value looks real (not `dummy`, `test`, ...); a `.pem`/`.key` with `PRIVATE KEY`; a Terraform state (JSON, read up to 1 MiB) with a value Terraform marks sensitive (an instance's `sensitive_attributes`, a sensitive output), an output named as a secret (`db_password`), a resource of a type that holds one (`azurerm_key_vault_secret`, `aws_ssm_parameter`, `kubernetes_secret`, `random_password`, `tls_private_key`), or a non-empty attribute named as a secret (`password`, `client_key`, `private_key_pem`, `token`). It holds none, and the finding is info at most (even when copied), when the file was read and none of that is there (a kubeconfig, read as one when it has `clusters:`, `users:` or `contexts:`, holds a credential when a `client-key-data`, `token`, `password`, `id-token`, `refresh-token`, `client-secret` or `access-token` has a real-looking value; `client-key` and `tokenFile` name files, `exec` runs a command) (an empty file, of any kind; a `.pem` whose every block is public: certificates, public keys, DH/EC parameters, CRLs; a `.pem`/`.key` that is a certificate, CRL or public key in binary DER form, as `openssl ... -outform DER` writes). A symlink sends only the link, not its target: info at most, unless a COPY/ADD/bind source is the link or lies below it (BuildKit follows it then). A file in a directory named `example(s)`, `sample(s)` or `tutorial(s)`, with or without a leading dot (`.examples`), (or starting so: `sample_data`, `example-configs`), or fake or dummy (`fake-certs`) is published on purpose, like `.env.example`: info at most; so is a committed file named as a template to copy (`id_rsa.sample`, `settings.example.json`, `rsa-example.yaml`, `*.dist`; not `.local`), and an untracked byte-for-byte copy of one (`cp .env.example .env` before the build: the values the repository publishes), or of a committed test file (`cp src/core/.env.ci src/core/.env`). So is a committed test file (git tracks it, and it lies in a `test(s)`, `testing`, `testassets` (`testresources`, `testfiles`, `testcerts`, `testkeys`), `test_*`/`test-*`, `<word>test(s)` (`fstest`, `vsixtest`, `unittests`; not `latest`), a .NET test project's `<Project>.Tests` (`.UnitTests`, `.IntegrationTests`, `.Specs`), or any directory of a `*.csproj` that references Microsoft.NET.Test.Sdk or says `<IsTestProject>true`, `testutil(s)`, `testhelper(s)`, `__tests__`, `spec(s)`, `testdata`/`_testdata`, `fixture(s)`, `__mocks__`, `mock(s)`, `mock-*`, `e2e`, `e2e-*`, `suites`, `t` or `ci-config`/`ci_config` (the CI test run's configuration; not `ci/`) directory or is named `*.spec.*`, `*.test.*`, `*_test.go`, a C or C++ test (`*_test.cc`, `*_unittest.cc`, `*_tests.cpp`, `test_*.c`) or a test class's source that a test framework marks (`SslTests.cs` with `[Fact]`, `UserServiceTest.java` with `@Test`, `FooTest.cpp` with `TEST(`), a fixtures file (`fixtures.json`, `test_fixtures.yaml`: socorro's fake OIDC server's Django fixture), a Go test helper (`testutil.go`, `test_helpers.go`, `*_testutil.go`), a `<name>_test.<ext>` beside `<name>_test.go`, `test_*.py`, a key or certificate file named `test_*` (`test_private_rsa_key.pem`), or is the test environment's `.env.test`, `.env.testing`, `.env.e2e`, `.env.ci` (solidtime's CI test values), or the same word before `.env` (`.functional-tests.env`, `test.env`) or its configuration (`test.*`/`testing.*` under a `config`, `settings` or `environment(s)` directory: Rails' `config/environments/test.rb`, `config/settings/test.yml`, Elixir's `config/test.exs`); the path in the repository counts, so a context that is itself a test directory does; so is a file that a committed test file in its directory names, or one directory up names with its directory, or one directory down names as `../NAME` (harbor's config/config_test.go, `../server.key`), or one at the context root names by its whole path (Sylius' `.env.test` names `config/jwt/private-test.pem`) (cloudflared's `test-cert-no-token.pem`, hydra's `stub/rsa.key`), or a JavaScript/TypeScript module that such a test imports without its extension (joplin's `./ppkTestUtils`)): a fixture such as a test server key; an untracked file there keeps its severity. So is a committed file of third-party code vendored into the repository (a Go `vendor/` directory whose `modules.txt` git tracks; a Composer vendor directory, one whose `composer/installed.json` git tracks: `vendor/`, or TeamPass' `app/vendor`; a `third_party`, `third-party` or `3rdparty` directory; a library's tree under a `deps/` directory, with the licence file git tracks at its top: `deps/mbedtls/LICENSE`; an upstream release unpacked under its versioned name, such as `lib/librdkafka-2.15.0/`): that project's own test data. So is a committed dotenv file (not a `.local` one) whose own comment, in its first 40 lines, says it is safe to commit (saas-boilerplate's `.env.shared`: \"shared configuration that's safe to commit. For secrets ... create a `.env`\") or sends secrets to `.env.local` (community-platform's `### To set in a .env.local file`). So is a committed `.env` or `.env.<environment>` (not a `.local` one) beside a committed `.env` that says `DO NOT DEFINE PRODUCTION SECRETS IN THIS FILE` (Symfony's recipe header), or beside a committed `symfony.lock` or a `composer.json` that requires `symfony/dotenv` (Symfony loads these files): the defaults the application loads and the repository publishes (Part-DB's `APP_SECRET`); the `.local` files are where secrets go. A committed `.env` or `.env.<name>` (not a `.local` one, and not itself named by a .gitignore line: a force-added file is no convention) whose own `.local` copy, or the `.env.local` beside it, the repository's .gitignore ignores is the layered dotenv convention (dotenv-rails, dotenv-flow, Next.js, Vite: shared defaults committed, secrets in the ignored `.local` files; simple-server's `.env.development`): a warning at most. A committed private key whose own certificate (in the same file, or a sent `.crt`/`.cer`/`.cert`/`.pem` beside it, checked against the key) vouches only for localhost, loopback addresses or reserved names (`.test`, `.example`, `.invalid`, `.localhost`, example.com/.net/.org) is a development key: warning at most, since it unlocks no real name (a private network's names, such as `vault` or `db.internal`, do not qualify); so is one whose own certificate is self-signed and past its end date, which no client trusts, or past its end date and issued by a CA whose certificate beside it is past its own (an expired test PKI), or was issued by mkcert's local development CA (`O=mkcert development CA`), which only machines where `mkcert -install` ran trust, or by a CA whose own certificate and private key are committed beside it (a test PKI anyone can issue from); so is that CA's own key, its self-signed certificate beside the certificates it issued. A key and certificate written inside a JSON string (`\\n` escapes) or an indented YAML block are read as PEM. A `.key`/`.pem` that is a ZIP archive (an Apple Keynote deck is `slides.key`; known by its first bytes at any size) holds no key. A committed file whose own name has `dummy` or `fake` as a part (`dummy_aes.key`, `fake-ca.pem`) is a stand-in, as a `fake-certs/` directory is: info; one whose name has `insecure` as a part (edgex-go's `insecure_aes.key`, the default its proxy reads when no key is given) is the project's published insecure default: a warning at most. A committed `debug.keystore` is Android's debug keystore, which every Android SDK makes with the published password `android` (React Native's template commits one): info. Bigger, binary or unreadable files, and other kinds (keystores, a state that is not JSON, ...), are judged by name: error; except, under BuildKit, a requested file the user running ctx-audit cannot open: BuildKit's client sends it empty, so info, saying so.",
    bad: "# .dockerignore\nnode_modules\n# (.env and deploy/id_rsa are sent)",
    good: "# .dockerignore\nnode_modules\n**/.env\n**/.env.*\n!**/.env.example\n**/id_rsa*"
  },
  check(ctx) {
    const out = [];
    let templates;
    const templatesSent = () => templates ??= ctx.entries.filter((x) => x.kind === "file" && ENV_TEMPLATES.includes(baseName(x.path))).map((x) => x.path).slice(0, 64);
    for (const e of ctx.entries) {
      if (e.kind !== "file" && e.kind !== "hardlink" && e.kind !== "symlink") continue;
      const kind = secretFileKind(e.path);
      if (!kind) continue;
      let evidence = "name-only";
      let declaredSafe = null;
      if (e.kind === "file" && ctx.sentEmpty?.(e.path) === true) evidence = "sent-empty";
      else if (isCommittedTestFile(ctx, e.path)) evidence = "test-fixture";
      else if (EXAMPLE_DIR.test(e.path) || isCommittedExample(ctx, e.path)) evidence = "example";
      else if (isVendoredModuleFile(ctx, e.path)) evidence = "vendored";
      else if (kind === "dotenv" && publishedDefaults(ctx, e.path)) evidence = "defaults";
      else if (kind === "dotenv" && (declaredSafe = declaredSafeLine(ctx, e.path)) !== null) evidence = "defaults";
      else if (e.kind === "symlink") {
        if (!followedByCopy(ctx, e.path)) evidence = "symlink";
      } else if (kind === "private-key-or-certificate" && e.contentBytes > PEM_FILE) {
        const head = ctx.reader.readPrefix(e.path, 4);
        if (head !== null && head.length >= 4 && head.readUInt32BE(0) === 1347093252) evidence = "no-credential";
      } else if (e.contentBytes <= (kind === "private-key-or-certificate" || kind === "terraform-state" ? PEM_FILE : SMALL_FILE)) {
        const buf = e.contentBytes === 0 ? Buffer.alloc(0) : ctx.reader.readPrefix(e.path, e.contentBytes);
        if (buf !== null && kind === "private-key-or-certificate" && buf.length >= 4 && buf.readUInt32BE(0) === 1347093252) evidence = "no-credential";
        else if (buf !== null && kind === "private-key-or-certificate" && publicDer(buf) !== null) evidence = "no-credential";
        else if (buf !== null && !buf.includes(0)) {
          const content = buf.toString("latin1");
          const verdict = secretFileContentVerdict(kind, baseName(e.path), content, kind === "dotenv" ? publishedBeside(ctx, e.path, templatesSent) : void 0, committedBytes(ctx, e.path, e.contentBytes));
          if (verdict !== null) evidence = verdict ? "content" : "no-credential";
          if (evidence === "content" && kind === "private-key-or-certificate") {
            const names = devKeyNames(ctx, e.path, content);
            if (names !== null) {
              out.push({ path: e.path, data: { path: text(e.path), kind, evidence: "dev-key", certifies: names }, maxSeverity: "warning" });
              continue;
            }
          }
        }
      }
      const tracked = ctx.isGitTracked?.(e.path) === true;
      if (tracked && kind === "keystore" && baseName(e.path) === "debug.keystore" && evidence === "name-only") evidence = "android-debug";
      else if (tracked && (evidence === "name-only" || evidence === "content") && STAND_IN_NAME.test(baseName(e.path))) evidence = "stand-in";
      else if (tracked && (evidence === "name-only" || evidence === "content") && INSECURE_FILE_NAME.test(baseName(e.path))) evidence = "insecure-default";
      const copyOf = tracked || e.kind !== "file" ? null : ctx.committedCopyOf?.(e.path, e.contentBytes) ?? null;
      if ((evidence === "content" || evidence === "name-only" || evidence === "no-credential") && copyOf !== null && isTemplateName(copyOf)) evidence = "template-copy";
      else if ((evidence === "content" || evidence === "name-only") && copyOf !== null && isTestPathInRepo(copyOf)) evidence = "fixture-copy";
      const capped = evidence === "sent-empty" || evidence === "no-credential" || evidence === "symlink" || evidence === "example" || evidence === "template-copy" || evidence === "fixture-copy" || evidence === "test-fixture" || evidence === "vendored" || evidence === "defaults" || evidence === "android-debug" || evidence === "stand-in";
      const secretsIn = !capped && kind === "dotenv" ? secretsGoTo(ctx, e.path) : null;
      const committed = tracked || copyOf !== null ? { committed: true, ...copyOf !== null ? { copyOf: text(copyOf) } : {} } : {};
      const data = { path: text(e.path), kind, evidence, ...committed, ...declaredSafe !== null ? { declaredSafe } : {}, ...secretsIn !== null ? { secretsIn } : {} };
      out.push({ path: e.path, data, ...capped ? { maxSeverity: "info" } : secretsIn !== null || evidence === "insecure-default" ? { maxSeverity: "warning" } : {} });
    }
    return out;
  },
  message: (d) => d.evidence === "example" ? `a file named like a secret (${d.kind}) is sent as an example (from an examples, fake or dummy directory, or named as a template to copy): published on purpose, check it is not a live one` : d.evidence === "template-copy" ? `a file named like a secret (${d.kind}) is sent, a byte-for-byte copy of the committed template ${d.copyOf ?? ""}: the values the repository publishes, check none is a live one before it is edited` : d.evidence === "fixture-copy" ? `a file named like a secret (${d.kind}) is sent, a byte-for-byte copy of the committed test file ${d.copyOf ?? ""}: the test values the repository publishes, check none is a live one` : d.evidence === "test-fixture" ? `a file named like a secret (${d.kind}) is sent, a test file committed to git: a test fixture, check it is not a live one` : d.evidence === "stand-in" ? `a file named like a secret (${d.kind}) is sent, committed to git under a name that calls it a stand-in (dummy, fake): check it is not a live one` : d.evidence === "insecure-default" ? `a file named like a secret (${d.kind}) is sent, committed to git under a name that calls it insecure: the project's published default, which anyone can read; check no deployment relies on it` : d.evidence === "android-debug" ? `a file named like a secret (${d.kind}) is sent: Android's debug keystore, committed to git, whose key every Android SDK makes with the published password "android" and only debug builds use` : d.evidence === "vendored" ? `a file named like a secret (${d.kind}) is sent from vendored third-party code, committed to git: that project's own test data, check it is not a live one` : d.evidence === "defaults" && d.declaredSafe !== void 0 ? `a file named like a secret (${d.kind}) is sent, committed to git and saying it is safe to commit or that secrets go elsewhere (its comment at line ${d.declaredSafe}): shared defaults, check it holds no live value` : d.evidence === "defaults" ? `a file named like a secret (${d.kind}) is sent, committed to git with the defaults a Symfony application loads (secrets go in .env.local, which is not committed): check it holds no live value` : d.evidence === "dev-key" ? `a file named like a secret (${d.kind}) is sent, holding the private key of ${d.certifies ?? ""}, committed to git: a development key no client trusts for a real name (it still lands wherever it is copied)` : d.evidence === "symlink" ? `a symlink named like a secret (${d.kind}) is sent: only the link goes, not its target's content` : d.evidence === "sent-empty" ? `a file named like a secret (${d.kind}) is requested, but this user cannot read it: BuildKit sends it empty (a build run by a user who can read it sends its content)` : d.evidence === "no-credential" ? `a file named like a secret (${d.kind}) is sent, but its content holds no credential` : d.evidence === "content" ? `a file whose name suggests a secret (${d.kind}) is sent, and its content holds a credential (value not shown)${layered(d)}` : `a file whose name suggests a secret (${d.kind}) is sent${layered(d)}`
});

// src/rules/ctx005-whole-context-copy.ts
var base = crossCheckRule("CTX005", {
  summary: "`COPY . .` (or an equivalent) copies everything sent into the image.",
  why: "Whatever the ignore file lets through lands in a layer: .git history, .env files, keys, local build output. The finding lists the largest and the sensitive things it drags in.",
  fix: "Copy what the image needs by name, or make .dockerignore an allowlist so `COPY . .` can only bring what you chose. The finding is a warning only when it can matter: the copy is in the target stage (or a stage it is built FROM) and either there is no .dockerignore or sensitive paths (.git, .env, keys, ...) are among what it copies (a secret-named file that CTX201 read and found no credential in, such as a settings-only `.npmrc`, is not one, nor is a committed test fixture or example, such as a CI run's `.env.ci`, nor a symlink, whose target a whole-context copy does not send, unless a named source is the link or lies below it). It is a warning too when it copies nothing at all: the ignore file excludes the whole context with a catch-all line (`*`, `**`) and no exception lets anything back in (`*` then `ADD . /workspace`: what the next RUN expects there is not). It is info when the .dockerignore is an allowlist (its first line is `*` or `**`: the author chose what the context holds), when nothing sensitive is copied, and when the copy is in a build stage whose result the image only partly takes (the message then names the stage) unless a `COPY --from` carries sensitive paths it copied on into the image (the message names those and the line); a `COPY --from` that carries where the whole copy landed (`COPY --from=build /app /app`) makes it the image's copy, judged as one. Not reported for a source that is empty only because it names a build arg the build passes with a value known only when it runs (a workflow's `JAR_FILE=build/libs/api-${{ inputs.version }}.jar`): that value, not \"\", is what it copies.",
  bad: "COPY . /app",
  good: "COPY package.json package-lock.json /app/\nCOPY src/ /app/src/"
});
var CATCH_ALL = /* @__PURE__ */ new Set(["*", "**", "/*", "/**", "**/*"]);
function isAllowlist(ctx) {
  const first = ctx.ignore.rules[0]?.pattern;
  return first === "*" || first === "**" || first === "/*" || first === "/**";
}
var wholeContextCopy = {
  ...base,
  check(ctx) {
    const cc = ctx.crossCheck;
    if (!cc) return [];
    const chain = finalChain(cc.parsed, cc.resolved.needed.target);
    const stageOfLine = /* @__PURE__ */ new Map();
    for (const r of cc.resolved.resolutions) stageOfLine.set(r.source.line, r.stage);
    const atRunTime = new Set(Object.keys(ctx.argsAtRunTime ?? {}));
    const runTimeValue = (raw) => Array.isArray(raw.data.openArgs) && raw.data.openArgs.some((n) => atRunTime.has(n));
    return base.check(ctx).filter((raw) => !runTimeValue(raw)).map((raw) => {
      const stage = stageOfLine.get(raw.line ?? -1);
      const inBuildStage = stage !== void 0 && !chain.has(stage);
      const sensitive = (raw.data.sensitive ?? []).filter((s) => {
        if (s.endsWith("/")) return true;
        const p = toByteString(s);
        if (ctx.entries.find((e) => e.path === p)?.kind === "symlink" && !followedByCopy(ctx, p)) return false;
        return !readAndHoldsNone(ctx, p) && !isCommittedTestFile(ctx, p) && !isCommittedExample(ctx, p);
      });
      if (sensitive.length !== (raw.data.sensitive ?? []).length) raw = { ...raw, data: { ...raw.data, sensitive } };
      const shipped = [];
      const via = /* @__PURE__ */ new Set();
      const res = inBuildStage ? cc.resolved.resolutions.find((r) => r.source.line === raw.line && r.status === "whole-context") : void 0;
      for (const s of res ? sensitive : []) {
        const isDir = s.endsWith("/");
        const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res, toByteString(isDir ? s.slice(0, -1) : s), isDir);
        if (a.placement !== "final-stage") continue;
        shipped.push(s);
        for (const l of a.via) via.add(l);
      }
      let carried2 = false;
      if (res && sensitive.length === 0) {
        const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res, ".", false);
        if (a.placement === "final-stage") {
          carried2 = true;
          for (const l of a.via) via.add(l);
        }
      }
      let partly = false;
      if (res && !carried2 && shipped.length === 0) {
        let asked = 0;
        for (const e of ctx.entries) {
          if (e.path.includes("/")) continue;
          if (++asked > 256) break;
          const a = placementOf(cc.parsed, cc.resolved.needed.target, cc.resolved.needed.stages, res, e.path, e.kind === "dir");
          if (a.placement !== "final-stage") continue;
          partly = true;
          for (const l of a.via) via.add(l);
          break;
        }
      }
      const data = inBuildStage ? {
        ...raw.data,
        buildStage: cc.parsed.stages[stage].name ?? String(stage),
        ...shipped.length > 0 ? { shipped, shippedBy: [...via].sort((a, b) => a - b) } : {},
        ...carried2 ? { carried: true, shippedBy: [...via].sort((a, b) => a - b) } : {},
        ...partly ? { partlyCarried: true, shippedBy: [...via].sort((a, b) => a - b) } : {}
      } : raw.data;
      if (raw.data.copiesNothing === true && ctx.excluded.length > 0 && ctx.ignore.rules.some((r) => CATCH_ALL.has(r.pattern)) && !ctx.ignore.rules.some((r) => r.pattern.startsWith("!"))) {
        return { ...raw, data: { ...data, emptiedBy: ctx.ignoreLocation ?? ".dockerignore" } };
      }
      const matters = (!inBuildStage || shipped.length > 0 || carried2) && !isAllowlist(ctx) && (ctx.ignore.rules.length === 0 || sensitive.length > 0);
      return { ...raw, data, ...matters ? {} : { maxSeverity: "info" } };
    });
  }
};

// src/rules/ctx006-many-small-files.ts
var MANY_SMALL_FILES_MIN_OVERHEAD = 1e7;
var manySmallFiles = defineRule({
  id: "CTX006",
  name: "many-small-files",
  severity: "warning",
  docs: {
    summary: "The number of files, not their content, is what the upload costs: tar headers and padding outweigh the content (and exceed 10 MB).",
    why: "The legacy builder uploads a tar: every entry takes a 512-byte header and each file is padded to a multiple of 512 bytes, so 200,000 small files holding 27 MB of content make a 205 MB upload. BuildKit does not send a tar, but it still stats, sends and checks every entry one by one, so the file count is its cost too. Content-based budgets (CTX001, CTX002) do not show it; the count does.",
    fix: "Exclude the directory that holds most of the files (the finding names it: usually node_modules, a cache, a .git or a generated tree) and build or install it inside the image instead, or copy it as one archive.",
    bad: "# .dockerignore\n.git\n# (node_modules/: 180,000 files, 24 MB of content, 190 MB of tar)",
    good: "# .dockerignore\n.git\nnode_modules\n# RUN npm ci inside the image instead"
  },
  check(ctx) {
    let contentBytes = 0;
    let overheadBytes = 0;
    const byTop = /* @__PURE__ */ new Map();
    for (const e of ctx.entries) {
      contentBytes += e.contentBytes;
      overheadBytes += e.tarBytes - e.contentBytes;
      const slash = e.path.indexOf("/");
      const top = slash < 0 ? e.kind === "dir" ? e.path : "" : e.path.slice(0, slash);
      byTop.set(top, (byTop.get(top) ?? 0) + 1);
    }
    if (overheadBytes <= contentBytes || overheadBytes < MANY_SMALL_FILES_MIN_OVERHEAD) return [];
    let busiest = null;
    for (const [path12, entries] of [...byTop].sort((a, b) => a[0] < b[0] ? -1 : 1)) if (!busiest || entries > busiest.entries) busiest = { path: path12, entries };
    return [{ path: busiest && busiest.path !== "" ? busiest.path : void 0, data: { entries: ctx.entries.length, contentBytes, overheadBytes, busiest: busiest && { path: text(busiest.path), entries: busiest.entries } } }];
  },
  message: (d) => `${formatCount(d.entries)} entries cost ${formatSize(d.overheadBytes)} of tar headers and padding, more than their ${formatSize(d.contentBytes)} of content` + (d.busiest && d.busiest.path !== "" ? `; ${formatCount(d.busiest.entries)} of them are under ${d.busiest.path}/` : "")
});

// src/rules/ctx100-dockerfile-unparseable.ts
var dockerfileUnparseable = crossCheckRule("CTX100", {
  summary: "The Dockerfile (or the --target asked for) cannot be read or parsed, so its sources cannot be checked.",
  why: "BuildKit rejects a Dockerfile it cannot parse before it sends anything; ctx-audit reports the line instead of guessing which files the build needs. A stage that a workflow, Compose file or script asks for (`target:`, `--target`) and the Dockerfile lacks is refused the same way, having read the Dockerfile alone: with `--all` it is this error, naming who asks for it (a `--target` given by hand is refused, exit 2, as docker refuses it).",
  fix: "Fix the syntax at the reported line (an unterminated heredoc, a JSON array that is not JSON, an unknown stage name in --target or a workflow's `target:`: rename the stage or the target), or name a file where -f (or Compose's `dockerfile:`) names a directory, or name the real file where the Dockerfile is a link out of its own directory (BuildKit sends only that directory, so the link's target never arrives: \"failed to read dockerfile: open Dockerfile: no such file or directory\", with or without -f; the legacy builder reads the target). A heredoc written with a space after `<<` (`RUN cat > f << EOF`) is a warning: the Dockerfile frontend reads it since 1.16 (BuildKit v0.22, Docker Engine 28.2, or `# syntax=docker/dockerfile:1` on any engine, and then nothing is reported), while earlier ones read its body lines as instructions and refuse the Dockerfile; `<<EOF` builds everywhere. A Dockerfile whose `# syntax=` names a frontend other than Docker's own (devthefuture/dockerfile-x and its `INCLUDE`) is read by that frontend under BuildKit: a line only it reads is info, and BuildKit's figure is the whole eligible context, since which paths it asks for is not known; the legacy builder ignores the directive and refuses the line.",
  bad: 'FROM alpine\nCOPY ["src", "/app"\n',
  good: 'FROM alpine\nCOPY ["src", "/app"]\n'
}, (raw) => typeof raw.data.frontend === "string" ? { ...raw, maxSeverity: "info" } : raw.data.olderBuilders === true ? { ...raw, maxSeverity: "warning" } : raw);

// src/rules/gitignore.ts
var import_ignore = __toESM(require_ignore(), 1);
const fs8 = require("node:fs");
const path9 = require("node:path");
function findRepoRoot2(start) {
  let dir = start;
  for (; ; ) {
    if (fs8.existsSync(path9.join(dir, ".git"))) return dir;
    const parent = path9.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
function gitOracles(root, entries, boundary) {
  const repo = findRepoRoot2(root);
  if (repo === null) return { isIgnored: null, isTracked: null, notice: null };
  const ctxInRepo = path9.relative(repo, root).split(path9.sep).filter(Boolean).join("/");
  const files = /* @__PURE__ */ new Map();
  const exceptions = /* @__PURE__ */ new Map();
  const add = (repoRelDir, abs) => {
    try {
      const text2 = readRegularFile(abs, { noFollow: true, maxBytes: 1024 * 1024 }).toString("utf8");
      files.set(repoRelDir, (0, import_ignore.default)().add(text2));
      const kept = text2.split(/\r?\n/).filter((l) => l.startsWith("!")).map((l) => l.slice(1));
      if (kept.length > 0) exceptions.set(repoRelDir, (0, import_ignore.default)().add(kept));
    } catch {
    }
  };
  const parts = ctxInRepo ? ctxInRepo.split("/") : [];
  for (let i = 0; i <= parts.length; i++) {
    const d = parts.slice(0, i).join("/");
    const abs = path9.join(repo, d, ".gitignore");
    if (fs8.existsSync(abs)) add(d, abs);
  }
  for (const e of entries) {
    if (e.kind !== "file" || baseName(e.path) !== ".gitignore" || e.path === ".gitignore") continue;
    const d = e.path.slice(0, e.path.lastIndexOf("/"));
    add([ctxInRepo, byteStringToText(d)].filter(Boolean).join("/"), fsPath(toByteString(root) + "/" + e.path));
  }
  const dirs = [...files.keys()].sort((a, b) => b.length - a.length);
  const decide = (repoRel, isDir) => {
    for (const d of dirs) {
      if (d !== "" && !repoRel.startsWith(d + "/")) continue;
      const rel = d === "" ? repoRel : repoRel.slice(d.length + 1);
      try {
        const r = files.get(d).test(isDir ? rel + "/" : rel);
        if (r.ignored) return true;
        if (r.unignored) return false;
      } catch {
        return false;
      }
    }
    return false;
  };
  const gitDir = gitDirOf(repo, boundary);
  const index = gitDir.dir === null ? null : readGitIndex(gitDir.dir);
  const ctxBytes = toByteString(ctxInRepo);
  const inRepo = (p) => ctxBytes === "" ? p : `${ctxBytes}/${p}`;
  const dirIgnored = /* @__PURE__ */ new Map();
  const aboveIgnored = (repoRel) => {
    const slash = repoRel.lastIndexOf("/");
    if (slash < 0) return false;
    const parent = repoRel.slice(0, slash);
    let v = dirIgnored.get(parent);
    if (v === void 0) {
      v = aboveIgnored(parent) || decide(parent, true);
      dirIgnored.set(parent, v);
    }
    return v;
  };
  const byRules = (p, isDir) => {
    const repoRel = [ctxInRepo, byteStringToText(p)].filter(Boolean).join("/");
    return aboveIgnored(repoRel) || decide(repoRel, isDir);
  };
  return {
    isIgnored: (p, isDir) => {
      if (index && (isDir ? hasTrackedBelow(index, inRepo(p)) : isTracked(index, inRepo(p)))) return false;
      return byRules(p, isDir);
    },
    ignoredByRules: (p) => byRules(p, false),
    keptByException: (p) => {
      const repoRel = [ctxInRepo, byteStringToText(p)].filter(Boolean).join("/");
      for (const [d, kept] of exceptions) {
        if (d !== "" && !repoRel.startsWith(d + "/")) continue;
        try {
          if (kept.ignores(d === "" ? repoRel : repoRel.slice(d.length + 1))) return true;
        } catch {
        }
      }
      return false;
    },
    isTracked: index ? (p) => isTracked(index, inRepo(p)) : null,
    ...index ? { indexHolds: (p) => indexHolds(index, inRepo(p)) } : {},
    ...index && gitDir.dir !== null ? { trackedBlob: trackedBlobLookup(gitDir.dir) } : {},
    inRepo,
    repoRoot: repo,
    notice: gitDir.dir === null && gitDir.refused ? { path: path9.relative(root, path9.join(repo, ".git")).split(path9.sep).join("/"), message: gitDir.refused } : null
  };
}
function trackedBlobLookup(gitDir) {
  let blobs;
  return (id) => {
    blobs ??= readIndexBlobs(gitDir);
    return blobs?.get(id) ?? null;
  };
}
function gitIgnoresMissingPath(isIgnored, path12) {
  const literal = literalComponents(path12);
  const whole = literal.length === path12.split("/").filter((c) => c !== "" && c !== ".").length;
  for (let i = 1; i <= literal.length; i++) {
    const p = literal.slice(0, i).join("/");
    if (isIgnored(p, true) || i === literal.length && whole && isIgnored(p, false)) return true;
  }
  if (whole && literal.length > 0) {
    const child = `${literal.join("/")}/${IGNORED_CHILD_PROBE}`;
    if (isIgnored(child, false) && isIgnored(child, true)) return true;
    const dir = literal.join("/");
    const sibling = literal.slice(0, -1).concat(IGNORED_DIR_PROBE).join("/");
    const sameName = [IGNORED_DIR_PROBE, ...literal.slice(-1)].join("/");
    const only = (ext) => isIgnored(`${dir}/${IGNORED_NAME_PROBE}.${ext}`, false) && !isIgnored(`${sibling}/${IGNORED_NAME_PROBE}.${ext}`, false) && !isIgnored(`${sameName}/${IGNORED_NAME_PROBE}.${ext}`, false);
    if (GENERATED_KINDS.some(only)) return true;
  }
  return false;
}
var GENERATED_KINDS = ["yaml", "yml", "json", "js", "mjs", "css", "html", "txt", "jar", "war", "zip", "tar", "tgz", "gz", "whl", "so", "a", "o", "bin", "exe", "dll", "class", "py", "go", "ts", "wasm", "pb", "xml"];
var IGNORED_NAME_PROBE = "ctx-audit-probe";
var IGNORED_DIR_PROBE = "ctx-audit-probe-dir";
var IGNORED_CHILD_PROBE = "ctx-audit-probe.0";

// src/dockerfile/named-sources.ts
var under3 = (p, dir) => p === dir || p.startsWith(dir + "/");
function namedSourceEntries(parsed, view, stages, dockerfileName, idx = indexContext(view), builder = "legacy") {
  const paths = /* @__PURE__ */ new Map();
  let wholeContext = false;
  let position = null;
  for (const si of stages) {
    for (const src of parsed.stages[si]?.sources ?? []) {
      if (!src.fromContext) continue;
      if (src.mountType !== null && src.mountType !== "bind") continue;
      const r = resolveSource(view, idx, src, si, builder);
      if (r.status === "whole-context") {
        wholeContext = true;
        continue;
      }
      if (r.status !== "sent") continue;
      let excl = null;
      try {
        excl = src.excludes.length ? PatternMatcher.create(src.excludes) : null;
      } catch {
        excl = null;
      }
      const label = `${src.instruction} ${src.raw} (${dockerfileName === "" ? "line " : dockerfileName + ":"}${src.line})`;
      const add = (p, m) => {
        const rel = p === m ? p.slice(p.lastIndexOf("/") + 1) : p.slice(m.length + 1);
        if (excl && excl.matchesOrParentMatches(rel)) return;
        if (!paths.has(p)) paths.set(p, label);
      };
      for (const m of r.sentMatches) {
        position ??= new Map(view.entries.map((e, i) => [e.path, i]));
        const at = position.get(m);
        if (at !== void 0) {
          for (let i = at; i < view.entries.length && under3(view.entries[i].path, m); i++) add(view.entries[i].path, m);
        } else {
          for (const e of view.entries) if (under3(e.path, m)) add(e.path, m);
        }
      }
    }
  }
  return { paths, wholeContext };
}

// src/rules/ignore-analysis.ts
function rawLine(content, n) {
  if (content === null) return null;
  const text2 = content.toString("latin1");
  let start = 0;
  for (let i = 1; i < n; i++) {
    const nl = text2.indexOf("\n", start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  let end = text2.indexOf("\n", start);
  if (end < 0) end = text2.length;
  let line = text2.slice(start, end);
  if (n === 1 && line.startsWith("\xEF\xBB\xBF")) line = line.slice(3);
  return goTrimSpace(line.endsWith("\r") ? line.slice(0, -1) : line);
}
function explicitlyAnchored(raw) {
  return raw !== null && (raw.startsWith("/") || raw.startsWith("./"));
}
var cache2 = /* @__PURE__ */ new WeakMap();
var LIST_LIMIT = 1e4;
function safeTest(ctx, index, path12, prefix = null) {
  try {
    return ctx.tarMatcher.testPattern(index, path12, prefix);
  } catch (e) {
    if (e instanceof PatternError) return false;
    throw e;
  }
}
function safeMayMatchUnder(ctx, index, dir) {
  try {
    return ctx.tarMatcher.mayMatchUnder(index, dir);
  } catch (e) {
    if (e instanceof PatternError) return true;
    throw e;
  }
}
function analyzeIgnore(ctx) {
  const hit = cache2.get(ctx);
  if (hit) return hit;
  const pats = ctx.tarMatcher.patterns;
  const ruleCount = ctx.ignore.rules.length;
  const used = /* @__PURE__ */ new Set();
  for (const e of ctx.entries) if (e.decidedBy >= 0) used.add(pats[e.decidedBy].sourceIndex);
  for (const x of ctx.excluded) if (x.decidedBy >= 0) used.add(pats[x.decidedBy].sourceIndex);
  const kept = ctx.entries.filter((e) => e.decidedBy >= 0 && pats[e.decidedBy].sourceIndex >= ruleCount);
  if (kept.length > 0) {
    try {
      const own = PatternMatcher.create(ctx.ignore.rules.map((r) => r.pattern));
      for (const e of kept) {
        const i = own.decideOrParent(e.path);
        if (i >= 0) used.add(own.patterns[i].sourceIndex);
      }
    } catch {
    }
  }
  const idle = pats.filter((p) => p.exclusion && p.sourceIndex < ruleCount && !used.has(p.sourceIndex));
  const entered = idle.length > 0 ? ctx.excluded.filter((x) => x.isDir && x.enteredForExceptions) : [];
  if (entered.length > 0) {
    const sentPaths2 = ctx.entries.map((e) => e.path).sort();
    for (const x of entered) {
      if (firstUnder(sentPaths2, x.path) === void 0) continue;
      for (const p of idle) if ((p.text + "/").startsWith(x.path + "/")) used.add(p.sourceIndex);
    }
  }
  const rootAnchored = /* @__PURE__ */ new Map();
  const anchored = pats.map((p, i) => ({ p, i, found: [], current: null, under: null })).filter(({ p }) => !(p.exclusion || p.sourceIndex >= ruleCount || p.text.includes("/") || p.text.startsWith("**") || /^\*+$/.test(p.text))).filter(({ p }) => !explicitlyAnchored(rawLine(ctx.ignore.content, ctx.ignore.rules[p.sourceIndex].line)));
  if (anchored.length > 0) {
    const tracked = ctx.isGitTracked ?? null;
    const count2 = (m, e) => {
      if (e.kind === "dir") return;
      m.leaves++;
      if (e.kind === "file") {
        m.files++;
        m.bytes += e.contentBytes;
      }
      if (!m.untracked && (tracked === null || !tracked(e.path))) m.untracked = true;
    };
    for (const e of ctx.entries) {
      if (e.path.startsWith(".git/") || e.path.includes("/.git/")) continue;
      const slash = e.path.lastIndexOf("/");
      let base2 = null;
      for (const a of anchored) {
        if (a.under !== null) {
          if (e.path.startsWith(a.under)) {
            count2(a.current, e);
            continue;
          }
          a.under = null;
        }
        if (slash < 0) continue;
        base2 ??= e.path.slice(slash + 1);
        if (!safeTest(ctx, a.i, base2)) continue;
        const m = { path: e.path, dir: e.kind === "dir", files: 0, bytes: 0, untracked: false, leaves: 0 };
        a.found.push(m);
        count2(m, e);
        if (e.kind === "dir") {
          a.current = m;
          a.under = e.path + "/";
        }
      }
    }
    const withMatches = anchored.filter((a) => a.found.length > 0);
    const cc = ctx.crossCheck;
    let needs = null;
    const view = { entries: ctx.entries, excluded: ctx.excluded, matcher: ctx.tarMatcher, rules: ctx.ignore.rules, ignoreFileName: ignoreFileLocation(ctx) };
    let idx;
    if (withMatches.length > 0 && cc && cc.resolved.needed.target >= 0) {
      const stages = legacyStages(cc.resolved.needed);
      idx = indexContext(view);
      needs = namedSourceEntries(cc.parsed, view, stages, "", idx, ctx.builder ?? "legacy").paths;
    }
    const others = withMatches.length > 0 && ignoreFileLocation(ctx) === ".dockerignore" ? ctx.otherBuilds ?? [] : [];
    const otherNeeds = others.length === 0 ? [] : others.map((o) => namedNeedsOf(o, view));
    const sorted = needs === null ? [] : [...needs.keys()].sort();
    const neededUnder = (m) => {
      if (needs !== null && needs.size > 0) {
        const p = firstAtOrUnder(sorted, m.path);
        if (p !== void 0) return needs.get(p);
      }
      for (let k = 0; k < otherNeeds.length; k++) {
        const o = otherNeeds[k];
        if (o === null) continue;
        const p = firstAtOrUnder(o.sorted, m.path);
        if (p !== void 0) return `${o.paths.get(p)} for ${others[k].name}`;
      }
      return null;
    };
    for (const a of withMatches) {
      const free = [];
      const needed = [];
      let neededBy = null;
      const reincluded = (m) => pats.some((q, j) => j > a.i && q.exclusion && safeTest(ctx, j, m.path));
      for (const m of a.found) {
        if (reincluded(m)) continue;
        const by = neededUnder(m);
        if (by === null) free.push(m);
        else {
          needed.push(m.path);
          neededBy ??= by;
        }
      }
      if (free.length === 0) continue;
      rootAnchored.set(a.p.sourceIndex, {
        matches: free.length,
        files: free.reduce((n, m) => n + m.files, 0),
        bytes: free.reduce((n, m) => n + m.bytes, 0),
        example: free[0].path,
        paths: free.map((m) => m.path),
        needed,
        neededBy,
        // An empty directory is nothing git can track. A submodule is the repository's own, checked
        // out or not (openlibrary's vendor/infogami, empty in a plain clone, filled by CI's checkout).
        allTracked: free.every((m) => !m.untracked && m.leaves > 0 || (ctx.inSubmodule?.(m.path) ?? null) !== null),
        filesOnly: free.every((m) => !m.dir)
      });
    }
  }
  const ineffective = /* @__PURE__ */ new Map();
  const pruned = ctx.excluded.filter((x) => x.isDir && !x.enteredForExceptions && x.decidedBy >= 0);
  const exceptions = pats.map((p, j) => j).filter((j) => pats[j].exclusion && pats[j].sourceIndex < ruleCount);
  const found = /* @__PURE__ */ new Map();
  for (const dir of pruned) {
    const candidates = exceptions.filter((j) => dir.decidedBy <= j && safeMayMatchUnder(ctx, j, dir.path));
    if (candidates.length === 0) continue;
    let prefixDir = "";
    let prefix = null;
    for (const f of ctx.reader.listFiles(dir.path, LIST_LIMIT)) {
      const parent = f.slice(0, f.lastIndexOf("/"));
      if (prefix === null || parent !== prefixDir) {
        prefixDir = parent;
        prefix = dirPrefix(parent, pats.length);
      }
      for (const j of candidates) {
        if (!safeTest(ctx, j, f, prefix)) continue;
        let x = found.get(j);
        if (!x) found.set(j, x = { lost: 0, example: f, prunedDir: dir.path, prunedDirs: [] });
        if (x.prunedDirs[x.prunedDirs.length - 1] !== dir.path && x.prunedDirs.length < 50) x.prunedDirs.push(dir.path);
        x.lost++;
      }
    }
  }
  for (const j of exceptions) {
    const x = found.get(j);
    if (x) ineffective.set(pats[j].sourceIndex, x);
  }
  const result = { used, rootAnchored, ineffective };
  cache2.set(ctx, result);
  return result;
}
var otherNeedsCache = /* @__PURE__ */ new WeakMap();
var indexCache2 = /* @__PURE__ */ new WeakMap();
function namedNeedsOf(o, view) {
  let byBuild = otherNeedsCache.get(view.entries);
  if (byBuild === void 0) otherNeedsCache.set(view.entries, byBuild = /* @__PURE__ */ new WeakMap());
  if (byBuild.has(o)) return byBuild.get(o) ?? null;
  let out = null;
  const parsed = o.parsed();
  const needed = parsed === null ? null : neededStages(parsed, o.target);
  if (parsed !== null && needed !== null && needed.target >= 0 && needed.problem === null) {
    let idx = indexCache2.get(view.entries);
    if (idx === void 0) indexCache2.set(view.entries, idx = indexContext(view));
    const paths = namedSourceEntries(parsed, view, legacyStages(needed), o.dockerfileName, idx, o.builder).paths;
    out = paths.size === 0 ? null : { sorted: [...paths.keys()].sort(), paths };
  }
  byBuild.set(o, out);
  return out;
}

// src/rules/ctx101-missing-copy-source.ts
var ARTIFACT = /\.(?:deb|rpm|apk|tar\.gz|tgz|tar\.xz|txz|tar\.bz2|tbz2|tar\.zst|jar|war|ear|whl|nupkg|msi)$/i;
var OUTPUT_DIRS = /* @__PURE__ */ new Set(["build", "dist", "out", "output", "target", "bin", "release", "releases", "artifacts", "_build", ".build"]);
var NIX_FILES = ["flake.nix", "default.nix", "release.nix"];
var PLATFORM_ARG = /\$\{?(?:TARGETPLATFORM|TARGETOS|TARGETARCH|TARGETVARIANT)\b/;
function goPackageOf(ctx, path12) {
  const head = ctx.reader.readPrefix(path12, 16384);
  if (head === null) return null;
  let inBlock = false;
  for (const raw of head.toString("latin1").split("\n")) {
    let l = raw;
    if (inBlock) {
      const end = l.indexOf("*/");
      if (end < 0) continue;
      l = l.slice(end + 2);
      inBlock = false;
    }
    for (let at = l.indexOf("/*"); at >= 0 && !inBlock; at = l.indexOf("/*")) {
      const end = l.indexOf("*/", at + 2);
      if (end < 0) {
        l = l.slice(0, at);
        inBlock = true;
      } else l = l.slice(0, at) + " " + l.slice(end + 2);
    }
    const m = /^[ \t]*package[ \t]+([A-Za-z_]\w*)/.exec(l);
    if (m !== null) return m[1] === "main" ? "main" : "library";
  }
  return null;
}
function mavenDockerPlugin(ctx, path12) {
  if (!path12.startsWith("target/")) return null;
  const pom = ctx.entries.find((e) => e.kind === "file" && e.path === "pom.xml");
  if (pom === void 0) return null;
  const buf = ctx.reader.readPrefix("pom.xml", Math.min(pom.contentBytes, 1 << 20));
  return buf === null ? null : /<artifactId>\s*(docker-maven-plugin|dockerfile-maven-plugin)\s*<\/artifactId>/.exec(buf.toString("latin1"))?.[1] ?? null;
}
var AUTOMATIC_PLATFORM_ARG = /^(?:TARGET|BUILD)(?:PLATFORM|OS|ARCH|VARIANT)$/;
function unusedExceptionFor(ctx, path12) {
  const pats = ctx.tarMatcher.patterns;
  const rules = ctx.ignore.rules;
  let used = null;
  const parts = path12.split("/");
  for (let i = 0; i < pats.length; i++) {
    const p = pats[i];
    if (!p.exclusion || p.sourceIndex >= rules.length) continue;
    let matches = false;
    for (let k = 1; k <= parts.length && !matches; k++) {
      try {
        matches = ctx.tarMatcher.testPattern(i, parts.slice(0, k).join("/"), null);
      } catch (e) {
        if (!(e instanceof PatternError)) throw e;
      }
    }
    if (!matches) continue;
    used ??= analyzeIgnore(ctx).used;
    if (!used.has(p.sourceIndex) && !matchesAnyPath(ctx, i)) return rules[p.sourceIndex].line;
  }
  return null;
}
function matchesAnyPath(ctx, i) {
  const test = (path12) => {
    try {
      return ctx.tarMatcher.testPattern(i, path12, null);
    } catch (e) {
      if (!(e instanceof PatternError)) throw e;
      return false;
    }
  };
  return ctx.entries.some((e) => test(e.path)) || ctx.excluded.some((x) => test(x.path));
}
function defaultedComponent(ctx, rawSource, expanded) {
  const rawComps = rawSource.replace(/^\.?\/+/, "").split("/").filter((c) => c !== "" && c !== ".");
  const comps = expanded.split("/");
  if (rawComps.length !== comps.length) return null;
  const given = { ...ctx.crossCheck?.buildArgs ?? {}, ...ctx.argsAtRunTime ?? {} };
  for (let i = 0; i < rawComps.length; i++) {
    const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))$/.exec(rawComps[i]);
    const name = m?.[1] ?? m?.[2];
    if (name === void 0 || Object.prototype.hasOwnProperty.call(given, name) || comps[i] === "") continue;
    if (AUTOMATIC_PLATFORM_ARG.test(name)) continue;
    const dir = comps.slice(0, i).join("/");
    const prefix = dir === "" ? "" : dir + "/";
    const other = ctx.entries.find((e) => e.path.startsWith(prefix) && e.path.length > prefix.length && e.path.indexOf("/", prefix.length) < 0 && e.path !== prefix + comps[i]);
    if (other === void 0) return null;
    return { name, value: text(comps[i]), dir: text(dir), other: text(other.path.slice(prefix.length)) };
  }
  return null;
}
function preparerFor(ctx, path12) {
  const seen = ctx.preparedFor?.(path12) ?? null;
  if (seen !== null) return { preparedBy: seen };
  return ctx.contextPreparedBy ? { preparedBy: ctx.contextPreparedFor?.(path12) ?? ctx.contextPreparedBy, mayOnly: true } : null;
}
var missingCopySource = crossCheckRule(
  "CTX101",
  {
    summary: "A COPY/ADD/bind-mount source from the main context matches nothing on disk: the build will fail.",
    why: "The builder fails with \"failed to compute cache key: ... not found\" only after pulling base images and running earlier steps. Catching it before the build saves the whole round trip. A missing source that git ignores (`target/app.jar`, `dist/`, a generated file) is a warning, not an error: no checkout can hold it, so the build relies on a step before `docker build` to make it, and ctx-audit run before that step cannot tell whether it will. The same holds, with `--all`, for a build in a GitHub workflow job where an earlier step puts files into the context (`actions/download-artifact`, `actions/cache`, a second `actions/checkout` with a `path`, or a `run` script that does more than set variables, echo to `$GITHUB_ENV`/`$GITHUB_OUTPUT` or log in to a registry): the finding names the step that writes the missing path or a directory holding it (a download into it or into the context, a script's `mkdir -p build` or `tar -x -C build`), else the step that may, saying that none is seen to write it (info when a step of the job downloads one named artifact into that very path: `actions/download-artifact` with `name:` and `path: ./web/dist` for `COPY web/dist`; info too when a step of the build runs the build tool whose output directory holds it, beside that tool's project file: `./mvnw package` or `mvn package` for `target/` beside a pom.xml, `./gradlew build` for `build/`, `sbt dist`, `cargo build` for `target/`, `tsc` for its tsconfig.json's `outDir`, an Nx target the container target depends on (`dependsOn: [\"build\"]`) for its `outputPath`, whether the step is a workflow script's, a recipe's or a package.json script's commands before the build or the Dockerfile's own header comment, `# ./mvnw package` before `# docker build -f src/main/docker/Dockerfile.jvm .` as Quarkus generates it; and for a `target/` source of a context whose own pom.xml builds the image with fabric8's docker-maven-plugin or Spotify's dockerfile-maven-plugin, which Maven runs after `package` writes the jar); and for a `docker build` in a run script, the commands before it in the same script that write the path by name (`mkdir -p linux && cp dgraph/dgraph linux/`) make it a warning too, as do the lines of a Makefile rule (or a script) before the build that places a Dockerfile, when they write the path by name (`openssl req ... -out certs/ca.crt`, noobaa); and for a Dockerfile beside Docker Hub build hooks (`hooks/post_checkout`, `hooks/pre_build`), which an automated build runs in the checkout before it builds. A source whose path holds an ARG the stage declares with no default and that no `--build-arg` sets (`ARG RELEASE` then `COPY ./app-${RELEASE}`) expanded it to \"\" as docker does, but the invocation that builds it surely passes one: a warning naming the ARG (give it with `--build-arg` to have the real path checked; with `--all`, when a workflow passes it a value known only when it runs, such as `VERSION=${{ inputs.version }}` or `--build-arg \"DIR=$DIR\"`, the finding quotes it); so is one whose ARG has a default, when the invocation passes it a value known only when it runs (`--build-arg VER=$(shell cat VERSION)` in a Makefile, an expression in a workflow: the default is not what it copies); a name no ARG declares stays \"\" whatever is passed: an error, where nothing else can set it (a stage on `scratch`, or on an official alpine, busybox, debian or ubuntu image, whose ENV is PATH alone); in a stage built on another image, a name the Dockerfile declares nowhere (no ARG, no ENV) is what the image's ENV sets, which the builder expands the source with (`FROM postgres:16` sets PG_MAJOR: `COPY postgres.${PG_MAJOR}.template.yml`): a warning naming it. A path component written as one ARG alone (`COPY backend/go/${BACKEND}/`, `COPY $src_binary ./app`) that no build arg sets, whose default names nothing while the directory it is in holds other names, is a warning naming the ARG and one of those names: the default is a placeholder (LocalAI's `rerankers`, a Python backend's name, under backend/go/; VictoriaMetrics' `non-existing`) and every real build passes the ARG; set it with `--build-arg` to have the path checked (then a missing one is an error). Under BuildKit a COPY/ADD source with a wildcard that matches nothing does not fail the build (BuildKit copies nothing for it and goes on; checked against BuildKit v0.13): a warning; the legacy builder fails (\"no source files were specified\") when no other source of the instruction matches either. With one that does (the lockfile idiom `COPY package.json yarn.lock* package-lock.json* ./`), neither builder fails: info (checked against the daemon's legacy builder). In a stage built on a Windows image (Microsoft's, a `nanoserver`, `servercore` or `ltsc20xx` tag, `--platform=windows/...`, or a stage that is), a backslash in a source is a path separator, as a Windows builder reads it (`COPY .\\out .` under `# escape=``); elsewhere it is part of the name, and a backslash is no wildcard (`conf\\*.ini` is a literal star, checked against BuildKit v0.13). A missing directory whose entries git ignores (`build/*`) counts as git-ignored: git keeps no empty directory; so does one whose files of a kind a `.gitignore` line about that directory ignores (`olm/manifests/*.y*ml`: where a step writes generated files), not one a line for every directory does (`*.log`). So is a missing package or archive (`*.deb`, `*.rpm`, `*.tar.gz`, `*.jar`, `*.whl`, ...) a warning: a build step makes such files, a checkout rarely holds them; and a source under a build output directory (`build/`, `dist/`, `out/`, `output/`, `target/`, `bin/`, `release(s)/`, `artifacts/`, `_build/`, `.build/`) that the context does not have at all; a source under `result` or `result-*` beside a `flake.nix`, `default.nix` or `release.nix` at the context's root: the link `nix-build` writes (garage's `COPY result/bin/garage /`); the program a Go file beside it compiles to (`COPY testMain` next to `testMain.go`), or the repository's Go command of that name builds (`COPY pomerium /bin/` with a `cmd/pomerium/`, or `COPY nomad /bin/` where the root is the `package main` of module `github.com/hashicorp/nomad`; `COPY client/sink-client` where `client/` is the `package main` of a module of its own ending in `sink-client`: `go build -C client`), or a program of that name its root `CMakeLists.txt` (`add_executable`), `BUILD`/`BUILD.bazel` (a `*_binary` rule) or `Cargo.toml` (`[package]`/`[[bin]]` name) declares (typesense's `COPY typesense-server /opt`), or a `Cargo.toml` the context sends, up to three directories down (a workspace member: firezone's `COPY ${PACKAGE} .` with `PACKAGE=firezone-gateway`); a source named after the target platform (`app-${TARGETOS}-${TARGETARCH}`, or through an ARG or ENV made from it: `ARG BINARY=./binaries/$TARGETPLATFORM/app` then `COPY ${BINARY}`: one of the per-platform files a build step makes for a multi-platform image); a source the ignore file lets in with an exception that matches nothing in the context (`*` then `!app-linux-*`: written for files made before the build); a source a GitHub workflow `run` script (or a shell script such a step runs, `sh ci/setup.sh`) or the repository's root Makefile writes (`go build -o path`, `cp x path`, `> path`, `mkdir -p path`, `tar -x -C path`), named in the finding; and a source in a git submodule (`.gitmodules`) that this checkout has not checked out (its directory missing or empty: cloned without `--recurse-submodules`), or in such a submodule's git directory (`.git/modules/NAME`, which checking it out makes), named in the finding. In a GitHub workflow job that checks the repository out and runs nothing before the build that could write the checkout (its set-up, login and metadata actions, scripts that only set variables or echo; not a checkout with `clean: false`), no step makes what the checkout lacks: none of those reasons holds, and a missing source is an error, git-ignored or not, as is one in a submodule that checkout does not fetch (no `submodules:`). In a Git context (a git URL under BuildKit, or `--all`'s build-push-action step with no `context:`) the commit is all the build has: no step before it can add a file, so none of the build-output reasons holds and a missing source is an error (a submodule, which BuildKit fetches, and an ARG the invocation sets still make it a warning); a source git tracks that this checkout lacks (a sparse checkout, a file deleted here and not committed) is in the commit BuildKit clones: info, not checked here (the index is read, not the commit: a file staged and never committed counts too); one inside a directory a sparse index records whole, which lists no file, is a warning: whether the commit holds it is not known here. Nor does any of them hold for a source the ignore file would exclude were it there (`COPY .env` with `*.env` in `.dockerignore`): a step that made it would not get it sent, so it stays an error, naming the line.",
    fix: "Correct the path (sources are relative to the context root, not to the Dockerfile), create the file, or remove the instruction. For a build output, run ctx-audit after the step that makes it (or make it inside the Dockerfile, in a build stage).",
    bad: "# context: src/, package.json\nCOPY package-lock.json ./",
    good: "# context: src/, package.json, package-lock.json\nCOPY package-lock.json ./"
  },
  (raw, ctx) => {
    if (raw.path === void 0 || typeof raw.data.namedContext === "string") return raw;
    if (typeof raw.data.copiedWith === "string") return { ...raw, maxSeverity: "info" };
    if (ctx.builder === "buildkit" && raw.data.instruction !== "RUN --mount" && containsWildcards(String(raw.data.source ?? ""))) {
      const built2 = ctx.builtBy?.(raw.path) ?? null;
      if (built2 !== null) return { ...raw, data: { ...raw.data, emptyWildcard: true, builtBy: built2 }, maxSeverity: "info" };
      const step = preparerFor(ctx, raw.path);
      const submodule2 = step === null || step.mayOnly === true ? ctx.submoduleOf?.(raw.path) ?? null : null;
      const why = submodule2 !== null ? { submodule: submodule2 } : step !== null ? step : ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path) ? { gitignored: true } : {};
      return { ...raw, data: { ...raw.data, emptyWildcard: true, ...why }, maxSeverity: "warning" };
    }
    if (Array.isArray(raw.data.openArgs)) {
      const given = ctx.argsAtRunTime ?? {};
      const atRunTime = [...new Set(raw.data.openArgs.map(String))].filter((n) => Object.prototype.hasOwnProperty.call(given, n)).map((n) => `${n}=${given[n]}`);
      return { ...raw, data: atRunTime.length > 0 ? { ...raw.data, argsAtRunTime: atRunTime } : raw.data, maxSeverity: "warning" };
    }
    if (Array.isArray(raw.data.imageEnvVars)) return { ...raw, data: { ...raw.data, fromImageEnv: true }, maxSeverity: "warning" };
    if (ctx.gitContext) {
      const submodule2 = ctx.submoduleOf?.(raw.path) ?? null;
      if (submodule2 !== null) return { ...raw, data: { ...raw.data, submodule: submodule2 }, maxSeverity: "warning" };
      const argDefault2 = defaultedComponent(ctx, String(raw.data.raw ?? ""), raw.path);
      if (argDefault2 !== null) return { ...raw, data: { ...raw.data, argDefault: argDefault2 }, maxSeverity: "warning" };
      const held = ctx.indexHolds?.(raw.path) ?? null;
      if (held === "tracked") return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext, committedNotHere: true }, maxSeverity: "info" };
      if (held === "sparse") return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext, outsideSparse: true }, maxSeverity: "warning" };
      return { ...raw, data: { ...raw.data, gitContext: ctx.gitContext } };
    }
    const written = String(raw.data.raw ?? "");
    const argPrefix = written.includes("$") ? literalDirsBefore(written) : null;
    const excludedBy = hasWildcard(raw.path) || argPrefix !== null && (argPrefix === "" || ignoreLineExcluding(ctx, toByteString(argPrefix)) === null) ? null : ignoreLineExcluding(ctx, raw.path);
    if (excludedBy !== null) return { ...raw, data: { ...raw.data, ignoreFile: ignoreFileLocation(ctx), ignoreLine: excludedBy.line, ignorePattern: excludedBy.pattern, excludedIfMade: true } };
    if (ctx.checkoutOnly) {
      const submodule2 = ctx.submoduleOf?.(raw.path) ?? null;
      if (submodule2 !== null) return ctx.checkoutOnly.submodules ? { ...raw, data: { ...raw.data, submodule: submodule2 }, maxSeverity: "warning" } : { ...raw, data: { ...raw.data, submodule: submodule2, notFetched: true } };
      const argDefault2 = defaultedComponent(ctx, String(raw.data.raw ?? ""), raw.path);
      if (argDefault2 !== null) return { ...raw, data: { ...raw.data, argDefault: argDefault2 }, maxSeverity: "warning" };
      const gitignored = ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path);
      return { ...raw, data: { ...raw.data, checkoutOnly: true, ...gitignored ? { gitignored: true } : {} } };
    }
    const filled = ctx.filledBy?.(raw.path) ?? null;
    if (filled !== null) return { ...raw, data: { ...raw.data, filledBy: filled }, maxSeverity: "info" };
    const built = ctx.builtBy?.(raw.path) ?? null;
    if (built !== null) return { ...raw, data: { ...raw.data, builtBy: built }, maxSeverity: "info" };
    const plugin = mavenDockerPlugin(ctx, raw.path);
    if (plugin !== null) return { ...raw, data: { ...raw.data, mavenPlugin: plugin }, maxSeverity: "info" };
    if (ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, raw.path)) {
      const preparedBy = ctx.preparedFor?.(raw.path) ?? null;
      const writtenBy2 = preparedBy !== null || hasWildcard(raw.path) ? null : ctx.writtenByScript?.(raw.path) ?? null;
      const may = ctx.contextPreparedBy ? ctx.contextPreparedFor?.(raw.path) ?? ctx.contextPreparedBy : null;
      const mayBy = preparedBy === null && writtenBy2 === null && may !== null && (/\(a run script\)$/.test(may) || may.startsWith("the part of ")) ? { preparedBy: may, mayOnly: true, gitignored: true } : null;
      return { ...raw, data: { ...raw.data, ...preparedBy !== null ? { preparedBy } : writtenBy2 !== null ? { writtenBy: writtenBy2 } : mayBy ?? { gitignored: true } }, maxSeverity: "warning" };
    }
    const preparer = preparerFor(ctx, raw.path);
    const lacking = preparer !== null && (ctx.writtenFirstBy?.(raw.path) ?? null) === null ? ctx.submoduleOf?.(raw.path) ?? null : null;
    if (lacking !== null) return { ...raw, data: { ...raw.data, submodule: lacking }, maxSeverity: "warning" };
    if (preparer !== null) return { ...raw, data: { ...raw.data, ...preparer }, maxSeverity: "warning" };
    const argDefault = defaultedComponent(ctx, String(raw.data.raw ?? ""), raw.path);
    if (argDefault !== null) return { ...raw, data: { ...raw.data, argDefault }, maxSeverity: "warning" };
    if (ARTIFACT.test(baseName(raw.path))) return { ...raw, data: { ...raw.data, artifact: true }, maxSeverity: "warning" };
    if (PLATFORM_ARG.test(String(raw.data.raw ?? "")) || typeof raw.data.platformVia === "string") return { ...raw, data: { ...raw.data, perPlatform: true }, maxSeverity: "warning" };
    if (!baseName(raw.path).includes(".") && !hasWildcard(raw.path) && ctx.entries.some((e) => e.kind === "file" && e.path === raw.path + ".go") && goPackageOf(ctx, raw.path + ".go") !== "library") {
      return { ...raw, data: { ...raw.data, goBinary: `${raw.path}.go` }, maxSeverity: "warning" };
    }
    const goCommand = hasWildcard(raw.path) ? null : ctx.goCommandFor?.(raw.path) ?? null;
    if (goCommand !== null) return { ...raw, data: { ...raw.data, goCommand }, maxSeverity: "warning" };
    const buildTarget = hasWildcard(raw.path) ? null : ctx.buildTargetFor?.(raw.path) ?? cargoPackageIn(ctx, raw.path);
    if (buildTarget !== null) return { ...raw, data: { ...raw.data, buildTarget }, maxSeverity: "warning" };
    const reincludedAt = unusedExceptionFor(ctx, raw.path);
    if (reincludedAt !== null) return { ...raw, data: { ...raw.data, reincludedAt, ignoreFile: ignoreFileLocation(ctx) }, maxSeverity: "warning" };
    const submodule = ctx.submoduleOf?.(raw.path) ?? null;
    if (submodule !== null) return { ...raw, data: { ...raw.data, submodule }, maxSeverity: "warning" };
    const writtenBy = hasWildcard(raw.path) ? null : ctx.writtenByScript?.(raw.path) ?? null;
    if (writtenBy !== null) return { ...raw, data: { ...raw.data, writtenBy }, maxSeverity: "warning" };
    const top = literalComponents(raw.path)[0];
    if (top !== void 0 && OUTPUT_DIRS.has(top) && !ctx.entries.some((e) => e.path === top || e.path.startsWith(top + "/"))) {
      return { ...raw, data: { ...raw.data, outputDir: top }, maxSeverity: "warning" };
    }
    const nixFile = top !== void 0 && /^result(?:-[\w.-]+)?$/.test(top) && !ctx.entries.some((e) => e.path === top) ? NIX_FILES.find((n) => ctx.entries.some((e) => e.kind === "file" && e.path === n)) : void 0;
    if (nixFile !== void 0) return { ...raw, data: { ...raw.data, nixResult: top, nixFile }, maxSeverity: "warning" };
    return raw;
  }
);
function ignoreLineExcluding(ctx, path12) {
  let i;
  try {
    i = ctx.tarMatcher.decideOrParent(path12);
  } catch {
    return null;
  }
  const p = i < 0 ? void 0 : ctx.tarMatcher.patterns[i];
  if (p === void 0 || p.exclusion || p.sourceIndex >= ctx.ignore.rules.length) return null;
  const patterns = ctx.tarMatcher.patterns;
  for (let j = i + 1; j < patterns.length; j++) if (patterns[j].exclusion && ctx.tarMatcher.mayMatchUnder(j, path12)) return null;
  const rule = ctx.ignore.rules[p.sourceIndex];
  return { line: rule.line, pattern: text(rule.pattern) };
}
function cargoPackageIn(ctx, name) {
  if (name.includes("/") || name.includes(".")) return null;
  const manifests = ctx.entries.filter((e) => e.kind === "file" && (e.path === "Cargo.toml" || e.path.endsWith("/Cargo.toml")) && e.path.split("/").length <= 4).slice(0, 100);
  for (const e of manifests) {
    const buf = ctx.reader.readPrefix(e.path, Math.min(e.contentBytes, 256 * 1024));
    if (buf === null) continue;
    const hit = cargoPrograms(buf.toString("utf8"), text(e.path)).find((p) => p.name === text(name));
    if (hit) return hit.where;
  }
  return null;
}
function literalDirsBefore(written) {
  const parts = written.replace(/^\.?\/+/, "").split("/").filter((c) => c !== "" && c !== ".");
  const at = parts.findIndex((c) => c.includes("$"));
  return at <= 0 ? "" : parts.slice(0, at).join("/");
}

// src/rules/ctx102-copy-source-ignored.ts
function letInGenerated(raw, ctx) {
  const dir = raw.path;
  const ignored = ctx.isGitIgnored;
  if (dir === void 0 || ignored === null || typeof raw.data.linkTarget === "string") return raw;
  const present = (p) => ctx.entries.some((e) => e.path === p || e.path.startsWith(p + "/")) || ctx.excluded.some((e) => e.path === p || e.path.startsWith(p + "/"));
  const missing = [];
  for (const pat of ctx.tarMatcher.patterns) {
    if (!pat.exclusion) continue;
    const lit = literalComponents(toByteString(pat.text)).join("/");
    if (!lit.startsWith(dir + "/") || present(lit) || !gitIgnoresMissingPath(ignored, lit)) continue;
    if (!missing.includes(lit)) missing.push(lit);
  }
  return missing.length === 0 ? raw : { ...raw, data: { ...raw.data, letInMissing: missing.map(byteStringToText) }, maxSeverity: "warning" };
}
var copySourceIgnored = crossCheckRule("CTX102", {
  summary: "A COPY/ADD/bind source exists on disk but the ignore file excludes it: the build will fail.",
  why: "The file is on your disk, so the mistake is invisible locally until the builder reports it missing. The message names the ignore-file line that excluded it (BuildKit's CopyIgnoredFile check only warns, and only in some versions). A source that is a symlink in the context (or lies below one) is followed, as both builders follow it: when its target is excluded the link is sent without it and the build fails the same way (checked against a real daemon, legacy and BuildKit); the message names the target. A dangling link is CTX101.",
  fix: "Add an exception (`!path`) after the excluding line, or narrow the excluding pattern. When the ignore file already lets in paths under the source that git ignores and the checkout lacks (`*`, then `!server/dist`: a build output a step makes before the build), the finding is a warning: the build fails only if no step makes them.",
  bad: "# .dockerignore\n*.md\n# Dockerfile\nCOPY README.md /app/",
  good: "# .dockerignore\n*.md\n!README.md\n# Dockerfile\nCOPY README.md /app/"
}, letInGenerated);

// src/rules/ctx103-copy-source-outside-context.ts
var copySourceOutsideContext = crossCheckRule(
  "CTX103",
  {
    summary: "A COPY/ADD/bind source escapes the context (`../x`).",
    why: "Builders never read outside the context: BuildKit joins the path under the context root, so `../shared/x` silently means `shared/x` there (or nothing), and the legacy builder fails. A Dockerfile in a subdirectory that names a root file relative to itself (`COPY ../package.json` in `dockerfiles/Dockerfile`, context `.`) works under BuildKit only because of that join: a warning, not an error, when BuildKit is the builder and the joined path is sent (`COPY .. /src` is the context root itself, all of it; a wildcard is joined the same way: `COPY ../../Client/package*.json ./` copies the root's `Client/package*.json`, a warning; one that matches nothing there is a warning too, since BuildKit copies nothing for it and goes on); it fails under `--builder legacy`, and when the joined path does not exist (a warning when git ignores it, a build output a step before the build makes: `ADD ../app/target/app.jar` before `mvn package`). `suggest` never excludes the joined path (it reads the legacy view, where the source is outside).",
    fix: "Move the context up (`docker build -f app/Dockerfile .`) or use a named context (`--build-context shared=../shared` with `COPY --from=shared`); for a file at the context root, name it from the root (`COPY package.json`).",
    bad: "COPY ../shared/config.yml /etc/app/",
    good: "# docker build --build-context shared=../shared .\nCOPY --from=shared config.yml /etc/app/"
  },
  (raw, ctx) => {
    if (ctx.builder !== "buildkit" || raw.path === void 0 || typeof raw.data.namedContext === "string") return raw;
    const joined = underRoot(raw.path).replace(/^\.(?:\/+|$)/, "");
    if (joined === "") return { ...raw, data: { ...raw.data, joinedUnderRoot: "." }, maxSeverity: "warning" };
    if (hasWildcard(joined)) {
      const matches = ctx.entries.some((e) => filepathMatch(joined, e.path));
      return { ...raw, data: { ...raw.data, joinedUnderRoot: joined, ...matches ? {} : { emptyWildcard: true } }, maxSeverity: "warning" };
    } else if (!ctx.entries.some((e) => e.path === joined || e.path.startsWith(joined + "/"))) {
      const gitignored = ctx.isGitIgnored !== null && gitIgnoresMissingPath(ctx.isGitIgnored, joined) && ignoreLineExcluding(ctx, joined) === null;
      return { ...raw, data: { ...raw.data, joinedUnderRoot: joined, joinedMissing: true, ...gitignored ? { gitignored: true } : {} }, ...gitignored ? { maxSeverity: "warning" } : {} };
    }
    return { ...raw, data: { ...raw.data, joinedUnderRoot: joined }, maxSeverity: "warning" };
  }
);

// src/dockerfile/run-names.ts
function runNaming(runs, target, isFile) {
  const escape2 = (n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const name = target.slice(target.lastIndexOf("/") + 1);
  const whole = new RegExp(`(?<![\\w.-])(?:\\./)?${escape2(target)}(?![\\w-]|\\.\\w)`);
  const dir = target.slice(0, target.lastIndexOf("/"));
  const byName = isFile && name !== target && name.length >= 3 ? new RegExp(`(?<![\\w.-])(?:\\./)?${escape2(name)}(?![\\w-]|\\.\\w)`) : null;
  const inDir = dir === "" ? null : new RegExp(`(?<![\\w.-])${escape2(dir.slice(dir.lastIndexOf("/") + 1))}(?![\\w-]|\\.\\w)`);
  const atDir = (r) => r.workdir !== void 0 && dir !== "" && (r.workdir === "/" + dir || r.workdir.endsWith("/" + dir) || r.workdir.endsWith("/" + dir + "/"));
  return runs.find((r) => whole.test(r.text) || byName !== null && (inDir !== null && inDir.test(r.text) || atDir(r)) && byName.test(r.text));
}

// src/rules/ctx203-gitignored-but-sent.ts
var gitignoredButSent = defineRule({
  id: "CTX203",
  name: "gitignored-but-sent",
  severity: "warning",
  security: {
    severity: 4,
    why: "Medium, at the bottom of that band: git-ignored files are often local secrets (`.env`, credentials) but as often build output or caches, so most of these findings are size, not exposure."
  },
  docs: {
    summary: "A sent file is ignored by the repository's .gitignore files.",
    why: "What git ignores is usually local: build output, caches, .env files, editor state. Docker does not read .gitignore, so those files are sent anyway; this is the usual way secrets and junk reach an image, and why CI builds differ from local ones.",
    fix: "Mirror the .gitignore entries that matter in .dockerignore (remember `**/` for any depth), or switch to an allowlist .dockerignore. A path a RUN of a build that takes the whole context names (`go build -pgo=cpu.pprof`, a profile a workflow step downloads) is info: the build reads it. Not reported: a path git tracks (committed or staged, e.g. force-added: the index is read, so .gitignore does not decide for it), a directory holding a tracked path (its untracked ignored files are reported one by one), and files brought in on purpose: re-included by a .dockerignore exception that names them or their directory, or named by a COPY/ADD/bind source (`COPY dist/ /srv`). Outside a git repository the rule is silent, and so is it for a context that is itself a git-ignored directory holding no tracked file (a build output a CI step fills and builds: everything in it is ignored, and it is what the image runs).",
    bad: "# .gitignore\n.env\ndist/\n# .dockerignore\nnode_modules",
    good: "# .dockerignore\nnode_modules\n**/.env\ndist"
  },
  check(ctx) {
    const ignored = ctx.isGitIgnored;
    if (!ignored) return [];
    if (ctx.repoPath?.("") !== "" && ignored("", true) && !ctx.entries.some((e) => ctx.isGitTracked?.(e.path) === true)) return [];
    const deliberate = deliberateLookup(ctx);
    const out = [];
    let open = null;
    let openRaw = "";
    for (const e of ctx.entries) {
      if (open && e.path.startsWith(openRaw + "/")) {
        if (e.kind === "file") {
          if (deliberate(e.path, openRaw)) open.deliberate = (open.deliberate ?? 0) + 1;
          else {
            open.files++;
            open.bytes += e.contentBytes;
          }
        }
        continue;
      }
      open = null;
      if (e.path === ".git" || e.path.startsWith(".git/")) continue;
      if (!ignored(e.path, e.kind === "dir")) continue;
      if (e.kind !== "dir" && deliberate(e.path, e.path)) continue;
      const data = { path: text(e.path), isDir: e.kind === "dir", files: e.kind === "file" ? 1 : 0, bytes: e.contentBytes };
      out.push({ path: e.path, data });
      if (e.kind === "dir") [open, openRaw] = [data, e.path];
    }
    const kept = out.filter((f) => !(f.data.isDir && f.data.files === 0 && (f.data.deliberate ?? 0) > 0));
    const cross = ctx.crossCheck;
    if (!cross?.resolved.coversWholeContext || kept.length === 0) return kept;
    const runs = cross.resolved.needed.stages.flatMap((i) => cross.parsed.stages[i]?.runs ?? []);
    return kept.map((f) => {
      const run = runNaming(runs, f.data.path, !f.data.isDir);
      return run === void 0 ? f : { ...f, data: { ...f.data, namedByRun: run.line }, maxSeverity: "info" };
    });
  },
  message: (d) => (d.isDir ? `directory ignored by git is sent (${formatCount(d.files)} file${d.files === 1 ? "" : "s"}, ${formatSize(d.bytes)})` : "file ignored by git is sent") + (d.namedByRun !== void 0 ? `; the RUN at line ${d.namedByRun} names it: a file the build reads, made by a step before it` : "")
});

// src/rules/ctx301-missing-dockerignore.ts
var SMALL_FILES = 100;
var SMALL_BYTES = 1e6;
var missingDockerignore = defineRule({
  id: "CTX301",
  name: "missing-dockerignore",
  severity: "warning",
  docs: {
    summary: "The context has no .dockerignore at all.",
    why: "Without a .dockerignore, docker sends the whole directory: .git, dependencies, build output, local .env files. Even when today's tree is small, nothing stops tomorrow's from leaking. A context under 100 files and 1 MB is reported as info: what matters in it (.git, dependencies, secrets, `COPY .`) is reported by those rules at their own severity. So is one BuildKit requests under 100 files and 1 MB of, for a Dockerfile that names what it copies (no whole-context source), or under 100 files each of which a COPY names itself, or holds in a directory it names when the context holds nothing else but the Dockerfile, or beside it at most 10 files of under 64 kB in all (however big: an ignore file could keep none of them out without changing what the image gets): the finding says how much it requests. Not reported for a Git context (a git URL under BuildKit, a build-push-action step with no `context:`): BuildKit applies no ignore file to one, so adding one changes nothing. When a `.dockerignore` sits beside a Dockerfile built from a directory above it, the finding says so and is a warning whatever the size: this build reads no such file (only the context root's, or under BuildKit `<Dockerfile>.dockerignore` beside the Dockerfile), so what it lists is sent. When a script line before the build writes the context root's `.dockerignore` (overleaf's Makefile: `cp .dockerignore ../`, then a build of `..`), the finding is info and says so: what that file keeps out is not known here.",
    fix: "Add a .dockerignore at the context root (or move the one beside the Dockerfile there, or rename it `<Dockerfile>.dockerignore` for BuildKit). An allowlist (`*` then `!src`, `!package.json`, ...) is the safest form.",
    bad: "$ ls -a\n.git  .env  Dockerfile  node_modules  src",
    good: "# .dockerignore\n*\n!src\n!package.json\n!package-lock.json"
  },
  check(ctx) {
    if (ctx.ignore.path !== null || ctx.gitContext) return [];
    let files = 0;
    let bytes = 0;
    for (const e of ctx.entries) {
      if (e.kind !== "file") continue;
      files++;
      bytes += e.contentBytes;
    }
    const small = files < SMALL_FILES && bytes < SMALL_BYTES;
    const bk = ctx.builder === "buildkit" ? ctx.crossCheck?.buildkit : null;
    const requested = bk && bk.error === null && bk.requestedPaths !== "all" ? { files: bk.usesContext ? bk.transfer?.requestedFiles ?? 0 : 0, bytes: bk.usesContext ? bk.requestedBytes : 0 } : void 0;
    const follow = bk && bk.error === null && bk.followPaths !== "all" ? new Set(bk.followPaths) : null;
    const requestedFiles = requested && follow ? (bk?.requestedList ?? []).filter((q) => !q.endsWith("/")) : [];
    const underFollowed = (q) => {
      let n = 0;
      for (let i = q.lastIndexOf("/"); i > 0 && n++ < 32; i = q.lastIndexOf("/", i - 1)) if (follow?.has(q.slice(0, i))) return true;
      return false;
    };
    const onlyCopied = requested !== void 0 && requested.files < SMALL_FILES && (requested.files >= files - 1 || files - requested.files <= 10 && bytes - requested.bytes < 64 * 1024);
    const named = requested !== void 0 && requested.files > 0 && follow !== null && requestedFiles.length === requested.files && requestedFiles.every((q) => follow.has(q) || onlyCopied && underFollowed(q));
    const fewRequested = requested !== void 0 && requested.files < SMALL_FILES && (requested.bytes < SMALL_BYTES || named);
    const df = ctx.dockerfilePath ?? null;
    const dir = df === null || !df.includes("/") ? null : df.slice(0, df.lastIndexOf("/"));
    const beside = dir === null ? null : `${dir}/.dockerignore`;
    const unreadBeside = beside !== null && ctx.entries.some((e) => e.path === beside && e.kind === "file") ? beside : null;
    const change = ctx.ignoreFileChangedBy ?? null;
    if (change?.because !== void 0) return [];
    const writtenBy = change !== null && !change.removes ? change.step : null;
    const data = { files, bytes, small, ...requested ? { requested } : {}, ...unreadBeside !== null && writtenBy === null ? { unreadBeside: byteStringToText(unreadBeside) } : {}, ...writtenBy !== null ? { writtenBy } : {} };
    return [{ file: ".dockerignore", data, ...writtenBy !== null || (small || fewRequested) && unreadBeside === null ? { maxSeverity: "info" } : {} }];
  },
  message: (d) => d.writtenBy !== void 0 ? `no .dockerignore in the checkout: ${d.writtenBy} writes one; what it keeps out is not known here (the figures are without it)` : `no .dockerignore: nothing keeps ${d.files === 1 ? "the 1 file" : `any of the ${formatCount(d.files)} files`} (${formatSize(d.bytes)}) out of the context` + (d.requested ? `; BuildKit requests ${formatCount(d.requested.files)} of them (${formatSize(d.requested.bytes)}) for this Dockerfile, which names what it copies` : "") + (d.unreadBeside !== void 0 ? `; the .dockerignore beside the Dockerfile (${d.unreadBeside} in this context) is not read for this build (only the context root's .dockerignore is, or under BuildKit a <Dockerfile>.dockerignore beside it): what it lists is sent` : "")
});

// src/rules/protective.ts
var PROTECTED_NAMES = {
  dependency: ["node_modules", "bower_components", "jspm_packages", "vendor", ".venv", "venv", "env", ".env-py", "__pypackages__", ".tox", ".nox", ".terraform", ".bundle", "Pods", ".yarn", ".pnp.cjs", ".pnp.js", ".pnpm-store", "site-packages", "deps", "_build", "elm-stuff"],
  vcs: [".git", ".gitignore", ".gitattributes", ".gitmodules", ".github", ".gitlab-ci.yml", ".hg", ".hgignore", ".svn", ".bzr", "CVS"],
  secret: [".env", ".env.local", ".env.production", "prod.env", ".envrc", ".npmrc", ".yarnrc", ".yarnrc.yml", ".pypirc", ".netrc", ".aws", ".ssh", ".gnupg", ".docker", "id_rsa", "id_ed25519", "key.pem", "server.key", "cert.p12", "cert.pfx", "app.jks", "secrets", "secret.yml", "credentials.json", ".secrets", "terraform.tfstate", "terraform.tfvars", ".dockercfg", "kubeconfig"],
  cache: [".cache", "__pycache__", "m.pyc", "m.pyo", ".pytest_cache", ".mypy_cache", ".ruff_cache", ".hypothesis", ".eslintcache", ".stylelintcache", ".parcel-cache", ".sass-cache", ".turbo", ".nx", ".angular", ".gradle", ".m2", ".ivy2", ".coverage", "coverage", "coverage.xml", "htmlcov", ".nyc_output", "lcov.info", "x.tsbuildinfo", ".webpack", ".expo", ".docusaurus", ".vercel", ".serverless", "tmp", "temp", ".tmp"],
  log: ["x.log", "logs", "log", "npm-debug.log", "npm-debug.log.1", "yarn-debug.log", "yarn-error.log", "pnpm-debug.log", "lerna-debug.log"],
  editor: [".idea", ".vscode", ".vs", ".fleet", ".history", "x.swp", "x.swo", "x~", ".DS_Store", "Thumbs.db", "desktop.ini", "x.sublime-project", "x.sublime-workspace", ".project", ".classpath", ".settings", "x.iml", ".editorconfig", ".devcontainer"],
  "build-output": ["dist", "build", "out", "output", "target", "bin", "obj", ".next", ".nuxt", ".output", ".svelte-kit", ".vite", "storybook-static", "public/build", "x.egg-info", ".eggs", "wheels", "x.whl", "x.o", "x.so", "x.a", "x.class", "x.jar", "x.war", "x.exe", "x.dll", "x.pyd", "x.tgz", "x.tar.gz", "x.zip", "release", "releases", "artifacts"]
};
var ALL = Object.entries(PROTECTED_NAMES).flatMap(([k, names]) => names.map((n) => [k, n]));
function protectsSecret(pattern, match) {
  const comps = pattern.split("/").filter((c) => c !== "" && !/^\*+$/.test(c));
  return comps.some((c) => {
    const ext = /^\*(\.[\w.-]+)$/.exec(c);
    if (ext !== null) return SECRET_EXTENSIONS.has(ext[1].toLowerCase());
    return PROTECTED_NAMES.secret.some((name) => match(c, name) || match(c.toLowerCase(), name.toLowerCase()));
  });
}
var SECRET_EXTENSIONS = /* @__PURE__ */ new Set([".pem", ".key", ".p12", ".pfx", ".jks", ".keystore", ".env", ".tfstate", ".tfvars", ".kdbx", ".ppk", ".asc", ".gpg"]);
function protectiveKind(pattern, match) {
  const comps = pattern.split("/").filter((c) => c !== "" && !/^\*+$/.test(c));
  for (const c of comps) {
    for (const [kind, name] of ALL) {
      if (match(c, name) || match(c.toLowerCase(), name.toLowerCase())) return kind;
    }
  }
  return null;
}

// src/rules/ctx302-unused-ignore-pattern.ts
function guardsWorkingTreeFile(ctx, pattern) {
  const split = splitAtWildcard(pattern);
  const literal = split.literal.join("/");
  const whole = split.wildcard === null;
  if (whole && literal !== "" && secretFileKind(literal) !== null) return true;
  if (pattern.split("/").some((c) => /secret|credential/i.test(c))) return true;
  const ignored = ctx.isGitIgnored;
  if (ignored === null) return false;
  if (!whole && (ignored(toByteString(pattern), false) || ignored(toByteString(pattern), true))) return true;
  if (literal === "") return false;
  const p = toByteString(literal);
  return ignored(p, !whole) || ignored(p, true) || ignored(`${p}/x`, false);
}
function letsInGitIgnored(ctx, pattern) {
  const ignored = ctx.isGitIgnored;
  const literal = splitAtWildcard(pattern).literal.join("/");
  if (ignored === null || literal === "") return false;
  const p = toByteString(literal);
  return ignored(p, false) || ignored(p, true) || ignored(`${p}/x`, false);
}
function shadowingLine(ctx, patternText, index) {
  const pats = ctx.tarMatcher.patterns;
  const literal = literalComponents(patternText);
  for (let j = index - 1; j >= 0; j--) {
    const e = pats[j];
    if (e.exclusion) return null;
    if (e.sourceIndex >= ctx.ignore.rules.length) continue;
    let covers2 = e.text === patternText;
    for (let k = 1; !covers2 && k <= literal.length; k++) {
      try {
        covers2 = ctx.tarMatcher.testPattern(j, literal.slice(0, k).join("/"));
      } catch {
        covers2 = false;
      }
    }
    if (covers2) return ctx.ignore.rules[e.sourceIndex].line;
  }
  return null;
}
var unusedIgnorePattern = defineRule({
  id: "CTX302",
  name: "unused-ignore-pattern",
  severity: "info",
  docs: {
    summary: "A .dockerignore line decides nothing, and is not a protective line.",
    why: `A line that decides nothing is either dead (the files are gone, or an earlier line already covers them) or, more often, a typo or a pattern that does not mean what its author thought. Either way it misleads the next reader. Protective lines are not reported: a line that matches nothing today but names a path that appears on its own in working trees is a defence (a clean checkout has no \`node_modules\`; \`npm ci\` makes one). So is a line naming a secret's file (\`/config/master.key\`, or any name with \`secret\` or \`credential\` in it: \`**/secrets.*.yaml\`) or a path git ignores in this repository (\`/public/assets\`, \`REVISION\`: .gitignore says a working tree makes them), or a glob git ignores as written (\`config*.yml\` in both files, though its only match today is a committed default an exception lets back in). A line is protective when one of its components (other than a bare \`*\` or \`**\`) matches one of these names: ${Object.entries(PROTECTED_NAMES).map(([k, v]) => `${k}: ${v.map((n) => `\`${n}\``).join(", ")}`).join("; ")} (\`x\` stands for any name, so \`*.log\` is a log line). Nor is a line naming a path in a git submodule this checkout has not checked out (a CI checkout with its submodules has it). Other lines are still reported when they decide nothing, including one shadowed by an earlier line; one written as a comment in another language (\`// Ignore everything\`) says that only \`#\` starts a comment. Nor is an exception that lets in a path a COPY/ADD names (a build output made before the build: \`**\` then \`!build/_output/bin/app\`), or a path git ignores (a build output another Dockerfile reading the same ignore file may copy: \`!build/distributions\`). An exception that re-includes only what an earlier one does is not reported when its text is what makes the legacy builder enter an excluded directory where files are sent (it enters one only when an exception's text starts with it): removing it would drop them.`,
    fix: "Delete the line, or fix it so it matches what it was meant to (Docker patterns are anchored at the context root; use `**/` to match at any depth).",
    bad: "# .dockerignore\nnode_modules\nnode_module/",
    good: "# .dockerignore\nnode_modules"
  },
  check(ctx) {
    const a = analyzeIgnore(ctx);
    const out = [];
    const named = (ctx.crossCheck?.parsed.stages ?? []).flatMap((st) => st.sources.filter((x) => x.fromContext && x.mountType !== "cache").map((x) => x.source.replace(/^\.?\/+/, "")));
    for (const [idx, p] of ctx.tarMatcher.patterns.entries()) {
      const i = p.sourceIndex;
      if (i >= ctx.ignore.rules.length || a.used.has(i) || a.rootAnchored.has(i) || a.ineffective.has(i)) continue;
      const rule = ctx.ignore.rules[i];
      const shadowedBy = p.exclusion ? null : shadowingLine(ctx, p.text, idx);
      if (!p.exclusion && shadowedBy === null && (protectiveKind(p.text, filepathMatch) !== null || guardsWorkingTreeFile(ctx, p.text))) continue;
      if (p.exclusion && named.some((src) => src === p.text || selfOrParents(src).some((q) => filepathMatch(p.text, q)))) continue;
      if (p.exclusion && letsInGitIgnored(ctx, p.text)) continue;
      const literal = splitAtWildcard(p.text).literal;
      if (literal.length > 0 && ctx.submoduleOf?.(toByteString(literal.join("/"))) != null) continue;
      const braces = /\{[^{}]*,[^{}]*\}/.test(p.text);
      const inlineComment = /\s#/.test(p.text);
      const slashComment = !p.exclusion && /^\/\/\s*\S/.test(rawLine(ctx.ignore.content, rule.line) ?? "") && /\s/.test(p.text);
      out.push({ file: ignoreFileLocation(ctx), line: rule.line, data: { pattern: text(rule.pattern), line: rule.line, exception: p.exclusion, ...shadowedBy !== null ? { shadowedBy } : {}, ...braces ? { braces: true } : {}, ...inlineComment ? { inlineComment: true } : {}, ...slashComment ? { slashComment: true } : {} } });
    }
    return out;
  },
  message: (d) => `${d.exception ? "exception" : "pattern"} "${d.pattern}" decides nothing in this context${d.shadowedBy !== void 0 ? `: line ${d.shadowedBy} already excludes everything it could match` : ""}${d.braces === true ? "; Docker patterns have no {a,b} alternatives (the braces match themselves): write one line per name" : ""}${d.inlineComment === true ? '; a .dockerignore comment takes a whole line: the " #" and what follows are part of the pattern, so move the comment to a line of its own' : ""}${d.slashComment === true ? '; only "#" starts a .dockerignore comment: a line starting with "//" is a pattern (Docker cleans the slashes away), so write "#" there' : ""}`
});
function selfOrParents(p) {
  const out = [p];
  for (let i = p.lastIndexOf("/"); i > 0; i = p.lastIndexOf("/", i - 1)) out.push(p.slice(0, i));
  return out;
}

// src/rules/ctx303-root-anchored-pattern.ts
var UNAMBIGUOUS_LEFTOVER = /^(?:node_modules|bower_components|jspm_packages|\.venv|\.tox|\.nox|__pycache__|\.pytest_cache|\.mypy_cache|\.ruff_cache|\.hypothesis|\.nyc_output|\.next|\.nuxt|\.turbo|\.svelte-kit|\.parcel-cache|\.sass-cache|\.eslintcache|\.gradle|\.terraform|\.cache|\.idea|\.vscode|\.DS_Store|Thumbs\.db|\*\.(?:log|pyc|pyo|tmp|swp|swo|class|o)|\*\*\/\*\.(?:log|pyc))$/;
var isInertFile = (p) => /\.(?:md|markdown|mdx|rst|adoc|pdf|gz|tgz|zip|tar|bz2|xz|zst|7z|rar|log)$/i.test(p);
var servedDoc = (p) => /(?:^|\/)(?:public|static|assets|content|pages|posts|_posts|templates|www|site)\//i.test(p);
var onlyInertFiles = (paths) => paths.every(isInertFile) && !paths.every(servedDoc);
var isLiteral = (pattern) => !hasWildcard(pattern);
var PATHS_SHOWN = 20;
var rootAnchoredPattern = defineRule({
  id: "CTX303",
  name: "root-anchored-pattern",
  severity: "warning",
  docs: {
    summary: "A pattern written with gitignore habits matches only at the root while deeper matches are sent.",
    why: "In .gitignore, `node_modules` or `*.log` match at any depth. In .dockerignore every pattern is anchored at the context root, so `node_modules` excludes ./node_modules only and packages/api/node_modules is still sent.",
    fix: "Prefix the pattern with `**/` so it matches at any depth. Not reported for patterns anchored on purpose (`/x`, `./x`), nor for matches inside a `.git` directory (git's own files: `tags` matches `.git/refs/tags`, which `git describe --tags` in the build reads; `.git` itself is CTX003's), nor for deeper matches a later `!` line lets in (the `**/` form would change nothing: `!**/.env.example` after `.env.*`), nor for deeper matches a named COPY/ADD/bind source copies from (a `COPY src` that needs src/app/data): when some deeper match is needed, the finding lists the unneeded ones to exclude by path instead of proposing `**/x`. Reported as info only (a root-only line is often meant): a line whose every deeper match git tracks, when it names one file or directory literally (no wildcard) or its wildcard matches more than documents and archives deeper (`*.js` beside the JavaScript an app serves, `data*` beside Go sources) (a match in a git submodule counts, checked out or not: openlibrary's `vendor/infogami`, empty in a plain clone, which its CI checks out): those are the repository's own sources that share the name (`cypress/docker-compose.yml` beside the root's `docker-compose.yml`), not local leftovers. Under BuildKit, when the Dockerfile names its sources and BuildKit requests none of the deeper matches, also info (the legacy builder still sends them). A wildcard line whose deeper matches are only documents or archives (`*.md`, `*.gz`) outside the directories an app serves or renders pages from (`public/`, `static/`, `assets/`, `content/`, `pages/`, `posts/`, `templates/`, `www/`, `site/`: nitter renders `public/md/about.md` into its about page), a secret's name (`.env`, `.envrc`: the line leaves uncommitted ones in subdirectories unprotected), or any untracked deeper match (or no git index) keeps the warning. `suggest` proposes no change for a line whose every deeper match git tracks, wildcard or not: those are the repository's own files, which the image may read at run time though no COPY names them (NodeBB reads `install/data/welcome.md`, under `*.md`); nor, with no git index to read (an export, a tree never added), for a line that names no kind of path working trees make on their own (`models/`, unlike `node_modules` or `*.log`), whose deeper matches may be the application's own package; it lists the rewrite as rejected, with that reason, and the finding offers `**/x` only if no image built from this context (another Dockerfile may read the same ignore file) needs any of them.",
    bad: "# .dockerignore\nnode_modules\n*.log",
    good: "# .dockerignore\n**/node_modules\n**/*.log"
  },
  check(ctx) {
    const out = [];
    const bk = ctx.builder === "buildkit" ? ctx.crossCheck?.buildkit : null;
    const requested = bk && bk.error === null && bk.requestedPaths !== "all" ? bk.requestedList.map((q) => q.endsWith("/") ? q.slice(0, -1) : q).sort() : null;
    const anyRequestedAt = (p) => requested !== null && firstAtOrUnder(requested, p) !== void 0;
    for (const [i, r] of analyzeIgnore(ctx).rootAnchored) {
      const rule = ctx.ignore.rules[i];
      const pattern = text(rule.pattern);
      const committedElsewhere = r.allTracked && !protectsSecret(rule.pattern, filepathMatch) && (isLiteral(rule.pattern) || !(r.filesOnly && onlyInertFiles(r.paths))) ? `git tracks ${r.matches === 1 ? "the deeper match" : `all ${formatCount(r.matches)} deeper matches`}: ${r.matches === 1 ? `it is the repository's own ${r.filesOnly ? "file" : "directory"} that ${isLiteral(rule.pattern) ? "shares the name" : "matches it"}` : `they are the repository's own files that ${isLiteral(rule.pattern) ? "share the name" : "match it"}`}` : null;
      const notRequested = requested !== null && !r.paths.some(anyRequestedAt);
      out.push({
        file: ignoreFileLocation(ctx),
        line: rule.line,
        data: {
          pattern,
          line: rule.line,
          matches: r.matches,
          files: r.files,
          bytes: r.bytes,
          example: text(r.example),
          safe: r.needed.length === 0 && !r.allTracked,
          suggestion: r.needed.length === 0 ? "**/" + pattern.replace(/^\/+/, "") : null,
          paths: r.paths.slice(0, PATHS_SHOWN).map(text),
          needed: r.needed.length > 0 ? text(r.needed[0]) : null,
          neededBy: r.neededBy,
          committedElsewhere,
          deeperCommitted: r.allTracked,
          // (A line naming a kind of path working trees make on their own, node_modules, logs, build
          // output, caches: its deeper matches are that too, git index or not.)
          ...ctx.isGitTracked == null && !UNAMBIGUOUS_LEFTOVER.test(pattern.replace(/^\/+|\/+$/g, "")) ? { noGitIndex: true } : {},
          ...notRequested ? { notRequested: true } : {}
        },
        ...committedElsewhere !== null || notRequested ? { maxSeverity: "info" } : {}
      });
    }
    return out;
  },
  message: (d) => `"${d.pattern}" matches only at the context root; ${formatCount(d.matches)} deeper match${d.matches === 1 ? " is" : "es are"} ${d.notRequested === true ? "still in the context" : "still sent"} (${formatCount(d.files)} file${d.files === 1 ? "" : "s"}, ${formatSize(d.bytes)}, e.g. ${d.example}); ` + (d.suggestion !== null ? (
    // Every deeper match committed (influxdb's `.*` beside core/.cargo/config.toml): suggest
    // does not make this rewrite, so the advice says what it depends on. A literal name the
    // repository's own files share (croc's `croc` beside src/croc, which COPY . . builds from):
    // no advice to rewrite at all.
    d.committedElsewhere !== null ? `${d.committedElsewhere}, which "${d.suggestion}" would drop too: keep the line as it is unless no image built from this context needs them` : d.deeperCommitted ? `use "${d.suggestion}" if no image built from this context needs any of them (git tracks them all, so suggest leaves that to you)` : `use "${d.suggestion}"`
  ) : (
    // Not "the unused paths": after a COPY . . a build may read the rest too (evcc's go:embed'ed
    // templates/definition/*.yaml), which only its author knows.
    // (The repository's own files: nothing to exclude by name either; sweep 50/A-F2.)
    `"**/${d.pattern}" would also drop ${d.needed}, which ${d.neededBy} copies` + (d.committedElsewhere !== null ? `; ${d.committedElsewhere}: keep the line as it is` : `: exclude by name instead the ${d.matches === 1 ? "path" : "paths"} that no image built from this context needs`)
  )) + (d.notRequested === true ? "; BuildKit requests none of them for this Dockerfile (the legacy builder sends them)" : "")
});

// src/rules/ctx304-ineffective-exception.ts
var ineffectiveException = defineRule({
  id: "CTX304",
  name: "ineffective-exception",
  severity: "warning",
  docs: {
    summary: "A `!` exception cannot rescue anything because its directory is pruned.",
    why: 'The legacy builder prunes an excluded directory without looking inside, unless an exception\'s literal text starts with that directory. So `docs` followed by `!**/keep.md` never brings back docs/keep.md: the exception looks right and silently does nothing, and the build fails later with "file not found".',
    fix: "Write the exception with the directory spelled out (`!docs/keep.md`), or exclude the directory's contents (`docs/*`) instead of the directory itself.",
    bad: "# .dockerignore\ndocs\n!**/keep.md",
    good: "# .dockerignore\ndocs\n!docs/keep.md"
  },
  check(ctx) {
    const out = [];
    for (const [i, r] of analyzeIgnore(ctx).ineffective) {
      const rule = ctx.ignore.rules[i];
      out.push({
        file: ignoreFileLocation(ctx),
        line: rule.line,
        data: { pattern: text(rule.pattern), line: rule.line, lost: r.lost, example: text(r.example), prunedDir: text(r.prunedDir), prunedDirs: r.prunedDirs.map(text) }
      });
    }
    return out;
  },
  message: (d) => `"${d.pattern}" cannot rescue ${d.lost} matching file${d.lost === 1 ? "" : "s"} (e.g. ${d.example}) because ${d.prunedDir}/ is pruned before it is read`
});

// src/rules/ctx305-builder-ignore-mismatch.ts
var builderIgnoreMismatch = crossCheckRule(
  "CTX305",
  {
    summary: "A `<Dockerfile>.dockerignore` exists: BuildKit uses it, the legacy builder does not, so they send different sets.",
    why: "BuildKit replaces .dockerignore with the Dockerfile-specific file (they are not merged); the legacy builder (DOCKER_BUILDKIT=0, some CI systems, older tooling) ignores it and archives it as an ordinary file. The same command then ships different files depending on the builder.",
    fix: "Keep one ignore file, or keep both identical, or pin the builder your CI uses. Info only when both send the same entries today, or when no stage of the Dockerfile reads the context (only `COPY --from` another stage or image): then only the legacy upload differs, not the image.",
    bad: "Dockerfile\nDockerfile.dockerignore   # *\\n!src\n.dockerignore             # (absent)",
    good: "Dockerfile\n.dockerignore             # *\\n!src"
  },
  // The two files decide alike here (great_expectations' empty Dockerfile.tests.dockerignore and no
  // .dockerignore; sweep 48/B-F2): nothing differs yet, so it is no warning that the sets differ.
  // Nor when no stage reads the context (sweep 51/N-F8): only the legacy upload differs, no image.
  (raw) => typeof raw.data.sameEntries === "number" || raw.data.readsNothing === true ? { ...raw, maxSeverity: "info" } : raw
);

// src/rules/ctx901-unused-suppression.ts
var unusedSuppression = defineRule({
  id: "CTX901",
  name: "unused-suppression",
  severity: "info",
  docs: {
    summary: "A `# ctx-audit ignore=` comment in the Dockerfile suppressed nothing.",
    why: "A suppression outlives the problem it hid: once the COPY is fixed or moved, the comment silently hides the next, different problem on that line. A misspelt rule id suppresses nothing at all. Suppressions for rules the config turns off are not reported.",
    fix: "Delete the comment, or fix the rule id. The comment applies to the next instruction only (blank lines and other comments may sit between).",
    bad: "# ctx-audit ignore=CTX101\nCOPY package.json ./   # package.json exists: nothing to suppress",
    good: "COPY package.json ./"
  },
  // Findings come from unusedSuppressionFindings, called by the suppression step.
  check: () => [],
  message: (d) => !d.isKnownRule ? `ignore=${d.rule} names no rule (see ctx-audit rules), so it suppresses nothing` : d.instructionLine === null ? `ignore=${d.rule} is not followed by any instruction, so it suppresses nothing` : `ignore=${d.rule} suppresses nothing on the instruction at line ${d.instructionLine}`
});
function unusedSuppressionFindings(unused, dockerfile) {
  return unused.map((u) => ({
    file: dockerfile,
    line: u.suppression.line,
    data: { rule: u.rule, isKnownRule: u.ruleId !== null, instructionLine: u.suppression.instruction?.startLine ?? null }
  }));
}

// src/rules/registry.ts
var RULE_IDS = [
  "CTX001",
  "CTX002",
  "CTX003",
  "CTX004",
  "CTX005",
  "CTX006",
  "CTX100",
  "CTX101",
  "CTX102",
  "CTX103",
  "CTX201",
  "CTX202",
  "CTX203",
  "CTX301",
  "CTX302",
  "CTX303",
  "CTX304",
  "CTX305",
  "CTX901"
];
var RULES = {
  CTX001: largeFile,
  CTX002: contextTooLarge,
  CTX003: heavyDirectory,
  CTX004: unusedFile,
  CTX005: wholeContextCopy,
  CTX006: manySmallFiles,
  CTX100: dockerfileUnparseable,
  CTX101: missingCopySource,
  CTX102: copySourceIgnored,
  CTX103: copySourceOutsideContext,
  CTX201: secretFile,
  CTX202: secretContent,
  CTX203: gitignoredButSent,
  CTX301: missingDockerignore,
  CTX302: unusedIgnorePattern,
  CTX303: rootAnchoredPattern,
  CTX304: ineffectiveException,
  CTX305: builderIgnoreMismatch,
  CTX901: unusedSuppression
};
function isRuleId(id) {
  return RULE_IDS.includes(id);
}
function allRules() {
  return RULE_IDS.map((id) => RULES[id]);
}
function findRule(idOrName) {
  const upper = idOrName.toUpperCase();
  return allRules().find((r) => r.id === upper || r.name === idOrName);
}
var REPOSITORY_URL = "https://github.com/ctx-audit/ctx-audit";
var RULE_DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules.md`;
function helpUri(rule) {
  return `${RULE_DOCS_BASE}#${rule.id.toLowerCase()}-${rule.name}`;
}

// src/findings/copied-into-image.ts
var COPY_RANKED_RULES = /* @__PURE__ */ new Set(["CTX001", "CTX003", "CTX201", "CTX202"]);
var MAX_NAMED = 3;
var RAISED = { info: "warning", warning: "error", error: "error" };
function copiedByLookup(cross) {
  if (!cross) return () => ({ image: [], stage: [] });
  const byLine = /* @__PURE__ */ new Map();
  for (const r of cross.resolved.resolutions) {
    if (r.source.instruction === "RUN --mount") continue;
    if (r.source.openArgs.length > 0) continue;
    const list = byLine.get(r.source.line);
    if (list) list.push(r);
    else byLine.set(r.source.line, [r]);
  }
  const { parsed } = cross;
  const { target, stages: needed } = cross.resolved.needed;
  let keys = null;
  return (path12, isDirectory, skip) => {
    const found = /* @__PURE__ */ new Map();
    const add = (refs) => {
      for (const r of refs ?? []) if (byLine.has(r.line)) found.set(`${r.file}:${r.line}`, r);
    };
    add(cross.references.get(path12));
    if (isDirectory) {
      keys ??= [...cross.references.keys()];
      const prefix = path12 + "/";
      for (const k of keys) if (k.startsWith(prefix) && !skip?.(k)) add(cross.references.get(k));
    }
    const image = [];
    const stage = [];
    for (const ref of found.values()) {
      const all = byLine.get(ref.line);
      const under4 = (p, d) => p === d || p.startsWith(d + "/");
      const taking = all.filter((r) => r.status === "whole-context" || r.sentMatches.some((m) => under4(path12, m) || under4(m, path12)));
      const rs = taking.length > 0 ? taking : all;
      const answers = rs.map((r) => ({ r, a: placementOf(parsed, target, needed, r, path12, isDirectory) }));
      const reaches = answers.find((x) => x.a.placement === "final-stage");
      if (reaches) image.push(reaches.a.via.length > 0 ? { ...ref, via: reaches.a.via } : ref);
      else {
        const si = answers[0].r.stage;
        stage.push({ ...ref, stage: si, stageName: parsed.stages[si]?.name ?? null });
      }
    }
    const order = (a, b) => a.line - b.line || (a.file < b.file ? -1 : 1);
    return { image: image.sort(order), stage: stage.sort(order) };
  };
}
function copiedByText(refs) {
  const named = refs.slice(0, MAX_NAMED).map((r) => `${r.file}:${r.line}${r.via?.length ? ` (into a build stage; shipped by the COPY --from at line ${r.via.join(", then ")})` : ""}`);
  return `copied into the image by ${named.join(", ")}${refs.length > MAX_NAMED ? ", \u2026" : ""}`;
}
function copiedIntoStageText(refs) {
  const byStage = /* @__PURE__ */ new Map();
  for (const r of refs) {
    const k = r.stageName ?? String(r.stage);
    byStage.set(k, [...byStage.get(k) ?? [], r]);
  }
  const parts = [...byStage].map(([name, rs]) => {
    const named = rs.slice(0, MAX_NAMED).map((r) => `${r.file}:${r.line}`);
    return `build stage \`${name}\` by ${named.join(", ")}${rs.length > MAX_NAMED ? ", \u2026" : ""}`;
  });
  return `copied into ${parts.join(" and ")} (no COPY --from brings this path into the image; what a RUN there makes of it still can)`;
}

// src/findings/finding.ts
var SEVERITY_RANK = { error: 3, warning: 2, info: 1 };
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || ((a.path ?? "") < (b.path ?? "") ? -1 : (a.path ?? "") > (b.path ?? "") ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0);
}

// src/findings/suppressions.ts
var import_dockerfile_ast2 = __toESM(require_main(), 1);
var PRAGMA = /^#\s*ctx-audit\s+ignore\s*=\s*(.*?)\s*$/i;
function readSuppressions(dockerfile) {
  const text2 = typeof dockerfile === "string" ? dockerfile : dockerfile.toString("utf8");
  let ranges;
  try {
    ranges = import_dockerfile_ast2.DockerfileParser.parse(text2).getInstructions().map((ins) => ({ startLine: ins.getRange().start.line + 1, endLine: ins.getRange().end.line + 1 }));
  } catch {
    return [];
  }
  const inside = (line) => ranges.some((r) => line >= r.startLine && line <= r.endLine);
  const out = [];
  text2.split("\n").forEach((raw, i) => {
    const line = i + 1;
    const m = PRAGMA.exec(raw.trim());
    if (!m || inside(line)) return;
    const rules = m[1].split(",").map((s) => s.trim()).filter((s) => s !== "");
    const next = ranges.find((r) => r.startLine > line) ?? null;
    out.push({ line, rules, instruction: next });
  });
  return out;
}
function applySuppressions(findings, suppressions, dockerfile, resolve9, isActive) {
  const used = /* @__PURE__ */ new Set();
  const key = (s, rule) => `${s.line}\0${rule}`;
  const kept = findings.filter((f) => {
    if (f.file !== dockerfile || f.line === void 0) return true;
    let drop = false;
    for (const s of suppressions) {
      if (!s.instruction || f.line < s.instruction.startLine || f.line > s.instruction.endLine) continue;
      for (const rule of s.rules) {
        if (resolve9(rule) !== f.ruleId) continue;
        used.add(key(s, rule));
        drop = true;
      }
    }
    return !drop;
  });
  const unused = [];
  for (const s of suppressions) {
    for (const rule of s.rules) {
      const ruleId = resolve9(rule);
      if (used.has(key(s, rule)) || ruleId !== null && !isActive(ruleId)) continue;
      unused.push({ suppression: s, rule, ruleId });
    }
  }
  return { kept, unused };
}

// src/findings/collect.ts
function collectFindings(ctx, opts = {}) {
  const ignores = (opts.ignores ?? []).map((i) => ({ matcher: (0, import_ignore2.default)().add(i.paths), rules: i.rules }));
  const severityOf = (id) => opts.severity?.[id] ?? RULES[id].severity;
  const copiedBy = copiedByLookup(ctx.crossCheck);
  const notRequested = notRequestedLookup(ctx);
  let deliberate;
  const toFinding = (rule, severity, raw) => {
    const path12 = raw.path === void 0 ? void 0 : byteStringToText(raw.path);
    if (path12 !== void 0 && ignores.some((i) => (!i.rules || i.rules.includes(rule.id)) && isIgnoredPath(i.matcher, path12))) return null;
    let data = raw.data;
    let message = rule.message(data);
    if (raw.path !== void 0 && SENT_ENTRY_RULES.has(rule.id) && ctx.gitContext) message = gitContextWording(message);
    else if (raw.path !== void 0 && SENT_ENTRY_RULES.has(rule.id) && notRequested(raw.path, rule.id === "CTX004")) {
      data = { ...data, requested: false };
      message = eligibleWording(message, rule.id);
    }
    if (raw.path !== void 0 && COPY_RANKED_RULES.has(rule.id)) {
      const skip = rule.id === "CTX003" && raw.data.deliberate ? (f2) => (deliberate ??= deliberateLookup(ctx))(f2, raw.path) : void 0;
      const { image, stage } = copiedBy(raw.path, rule.id === "CTX003", skip);
      if (image.length > 0) {
        data = { ...data, copiedBy: image.map((r) => ({ file: r.file, line: r.line, ...r.via ? { via: r.via } : {} })) };
        message += `; ${copiedByText(image)}`;
        severity = RAISED[severity];
      } else if (stage.length > 0) {
        data = { ...data, copiedIntoStage: stage.map((r) => ({ file: r.file, line: r.line, stage: r.stageName ?? r.stage })) };
        message += `; ${copiedIntoStageText(stage)}`;
      }
      if (image.length === 0 && SECRET_RULES.has(rule.id) && data.committed === true && data.requested !== false && SEVERITY_RANK[severity] > SEVERITY_RANK.warning) {
        severity = ctx.gitContext && stage.length === 0 && !boundByRun(ctx, raw.path) ? "info" : "warning";
        const notCopied = stage.length > 0 ? "" : " and not copied into the image";
        message += typeof data.copyOf === "string" ? `; the same bytes as ${data.copyOf}, which git tracks${notCopied}: the builder gets nothing the repository does not already hold` : `; committed to git${notCopied}: the builder gets nothing the repository does not already hold`;
      }
    }
    if (raw.maxSeverity !== void 0 && SEVERITY_RANK[severity] > SEVERITY_RANK[raw.maxSeverity]) severity = raw.maxSeverity;
    const changed = ctx.ignoreFileChangedBy;
    if (changed && severity === "error" && dependsOnIgnoreFile(rule.id, data)) {
      severity = "warning";
      data = { ...data, ignoreFileChangedBy: changed.step };
      message += `; but ${changed.because ?? `${changed.step} ${changed.removes ? "deletes" : "writes"} the ${ignoreFileLocation(ctx)} this build reads before the build`}: what it is sent is not known here`;
    }
    if (data.requested === false) severity = "info";
    const f = { ruleId: rule.id, name: rule.name, severity, message, data };
    if (path12 !== void 0) f.path = path12;
    if (raw.file !== void 0) f.file = raw.file;
    if (raw.line !== void 0) f.line = raw.line;
    if (raw.column !== void 0) f.column = raw.column;
    return f;
  };
  const findings = [];
  for (const rule of allRules()) {
    const severity = severityOf(rule.id);
    if (severity === "off") continue;
    for (const raw of rule.check(ctx)) {
      const f = toFinding(rule, severity, raw);
      if (f) findings.push(f);
    }
  }
  if (!opts.dockerfile) return aggregateRepeated(withoutCoveredLargeFiles(withFixtureKeys(findings)).sort(compareFindings));
  const { name, text: text2 } = opts.dockerfile;
  const { kept, unused } = applySuppressions(
    findings,
    readSuppressions(text2),
    name,
    (rule) => findRule(rule)?.id ?? null,
    (id) => severityOf(id) !== "off"
  );
  const ctx901 = severityOf("CTX901");
  if (ctx901 !== "off") {
    for (const raw of unusedSuppressionFindings(unused, name)) {
      const f = toFinding(RULES.CTX901, ctx901, raw);
      if (f) kept.push(f);
    }
  }
  return aggregateRepeated(withoutCoveredLargeFiles(withFixtureKeys(kept)).sort(compareFindings));
}
function withFixtureKeys(findings) {
  const sameKey = /* @__PURE__ */ new Map();
  for (const f of findings) {
    if (f.ruleId !== "CTX202" || f.path === void 0) continue;
    const as = typeof f.data.sameKeyAs === "string" && f.severity === "info" ? f.data.sameKeyAs : null;
    sameKey.set(f.path, sameKey.has(f.path) && sameKey.get(f.path) === null ? null : as);
  }
  if (![...sameKey.values()].some((v) => v !== null)) return findings;
  return findings.map((f) => {
    const keyFile = f.data.kind === "private-key-or-certificate" || f.data.kind === "ssh-private-key";
    const as = f.ruleId === "CTX201" && keyFile && f.path !== void 0 && f.data.evidence === "content" && f.severity !== "info" ? sameKey.get(f.path) : void 0;
    if (as === void 0 || as === null) return f;
    return { ...f, severity: "info", data: { ...f.data, sameKeyAs: as }, message: `${f.message}; the same key as ${as}, a committed fixture or example (CTX202): check it is not a live one` };
  });
}
function withoutCoveredLargeFiles(findings) {
  const dirs = findings.filter((f) => f.ruleId === "CTX003" && f.path !== void 0);
  if (dirs.length === 0) return findings;
  return findings.filter(
    (f) => f.ruleId !== "CTX001" || f.path === void 0 || !dirs.some((d) => f.path.startsWith(d.path.replace(/\/$/, "") + "/") && SEVERITY_RANK[d.severity] >= SEVERITY_RANK[f.severity])
  );
}
var MAX_FINDINGS_PER_RULE = 100;
function aggregateRepeated(sorted, cap = MAX_FINDINGS_PER_RULE) {
  const seen = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of sorted) {
    const n = (seen.get(f.ruleId) ?? 0) + 1;
    seen.set(f.ruleId, n);
    if (n <= cap) out.push(f);
    else {
      const list = dropped.get(f.ruleId);
      if (list) list.push(f);
      else dropped.set(f.ruleId, [f]);
    }
  }
  if (dropped.size === 0) return sorted;
  const result = [];
  for (let i = 0; i < out.length; i++) {
    result.push(out[i]);
    const rest = dropped.get(out[i].ruleId);
    if (!rest || out.slice(i + 1).some((f) => f.ruleId === out[i].ruleId)) continue;
    const first = rest[0];
    const files = new Set(rest.map((f) => f.file));
    result.push({
      ruleId: first.ruleId,
      name: first.name,
      severity: first.severity,
      message: `${formatCount(rest.length)} more ${first.ruleId} findings like the ones above are not listed (at most ${cap} per rule)`,
      ...files.size === 1 && first.file !== void 0 ? { file: first.file } : {},
      data: { aggregated: rest.length }
    });
  }
  return result;
}
function notRequestedLookup(ctx) {
  const bk = ctx.crossCheck?.buildkit;
  if (ctx.builder !== "buildkit" || !bk || bk.error !== null || bk.followPaths === "all") return () => false;
  if (!bk.usesContext) return () => true;
  const requested = bk.requestedList.map((p) => p.replace(/\/$/, "")).sort();
  return (path12, unused = false) => {
    if (unused) return true;
    if (path12 === "" || path12 === ".") return false;
    return firstAtOrUnder(requested, path12) === void 0;
  };
}
function dependsOnIgnoreFile(id, data) {
  if (SENT_ENTRY_RULES.has(id) || id === "CTX002" || id === "CTX005" || id === "CTX006" || id === "CTX102") return true;
  return id === "CTX101" && data.ignoreLine !== void 0;
}
var SENT_ENTRY_RULES = /* @__PURE__ */ new Set(["CTX001", "CTX003", "CTX004", "CTX201", "CTX202", "CTX203"]);
var SECRET_RULES = /* @__PURE__ */ new Set(["CTX201", "CTX202"]);
function eligibleWording(message, ruleId) {
  if (ruleId === "CTX004") return message.replace(/\b(is|are) sent \(|^directory sent \(/, (m) => m.replace("sent", "eligible")).replace(/\) but no /, ") but not requested: no ");
  const note = " (BuildKit would not request it for this target)";
  if (/\b(is|are) sent\b/.test(message)) return message.replace(/\b(is|are) sent\b/, (_m, v) => `${v} eligible${note}`);
  if (/^directory sent \(/.test(message)) return message.replace(/^directory sent \(/, `directory eligible${note} (`);
  if (/^sent file\b/.test(message)) return message.replace(/^sent file\b/, `eligible file${note}`);
  return message;
}
function gitContextWording(message) {
  return message.replace(/\b(is|are) sent\b/, (_m, v) => `${v} in the Git context BuildKit clones`).replace(/^directory sent \(/, "directory in the Git context BuildKit clones (").replace(/^sent file\b/, "file in the Git context BuildKit clones");
}
function isIgnoredPath(m, path12) {
  try {
    return m.ignores(path12);
  } catch {
    return false;
  }
}
function boundByRun(ctx, p) {
  return (ctx.crossCheck?.resolved.resolutions ?? []).some(
    (r) => r.source.instruction === "RUN --mount" && (r.source.mountType === null || r.source.mountType === "bind") && (r.status === "whole-context" || r.path === "" || r.path === "." || p === r.path || p.startsWith(r.path + "/") || r.sentMatches.some((m) => p === m || p.startsWith(m + "/")))
  );
}

// src/targets/named-context.ts
const fs9 = require("node:fs");
const path10 = require("node:path");
function isLocalContextValue(value) {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !/^(git@|github\.com\/|service:|target:)/.test(value);
}
function analyzeNamedContext(name, value, cwd, walk = walkContext) {
  if (!isLocalContextValue(value)) return { report: { name, root: null, value: hideUrlCredentials(value), ignoreFile: null, entries: 0, files: 0, bytes: 0 }, view: null };
  const given = path10.resolve(cwd, value);
  let root;
  try {
    root = fs9.realpathSync(given);
    if (!fs9.statSync(root).isDirectory()) throw new Error("not a directory");
  } catch {
    throw new InputError(`named context "${name}": ${value} is not a directory`);
  }
  const ignore3 = readDockerignore(root);
  let matcher;
  let result;
  try {
    matcher = PatternMatcher.create(ignore3.rules.map((r) => r.pattern));
    result = walk({ root, tarMatcher: matcher, validationMatcher: matcher, checkPermissions: false, permissionFailures: "record", measureExcluded: true, exceptionDescent: "fsutil" });
  } catch (e) {
    if (e instanceof PatternError) throw new InputError(`named context "${name}": ${path10.join(root, ".dockerignore")}: ${e.message}`);
    throw e;
  }
  let files = 0;
  let bytes = 0;
  for (const e of result.entries) {
    if (e.kind === "dir") continue;
    files++;
    bytes += e.contentBytes;
  }
  return {
    report: { name, root, value, ignoreFile: ignore3.path ? ".dockerignore" : null, entries: result.entries.length, files, bytes },
    view: { entries: result.entries, excluded: result.excluded, matcher, rules: ignore3.rules, ignoreFileName: ".dockerignore", root }
  };
}

// src/audit.ts
var SCHEMA_VERSION = 1;
var DEFAULT_SETTINGS = {
  maxFileSize: 10 * 1e3 * 1e3,
  maxContextSize: null,
  secretContent: { enabled: true, maxBytes: 1024 * 1024 }
};
var MAX_DOCKERFILE_BYTES = 4 * 1024 * 1024;
function readDockerfile(abs) {
  if (abs === null) return null;
  try {
    const st = fs10.statSync(fsPath(abs));
    if (st.isDirectory()) return { unreadable: "is a directory" };
    if (!st.isFile() || st.size > MAX_DOCKERFILE_BYTES) return null;
    return { text: fs10.readFileSync(fsPath(abs)) };
  } catch (e) {
    return isPermissionError(e) ? { denied: true } : null;
  }
}
function buildkitReport(fig, target) {
  if (!fig) return null;
  return {
    ignoreFile: fig.ignoreFile === null ? null : displayPath(fig.ignoreFile),
    followPaths: fig.followPaths === "all" ? "all" : fig.followPaths.map(displayPath),
    fallbackReason: fig.fallbackReason,
    usesContext: fig.usesContext,
    eligible: { ...fig.eligible },
    requested: { ...fig.requested },
    // The files sent empty are notices (byte-string paths); the figure itself counts them as empty.
    transfer: fig.transfer ? { bytes: fig.transfer.bytes, figure: fig.transfer.figure, entries: fig.transfer.entries, requestedFiles: fig.transfer.requestedFiles, requestedBytes: fig.transfer.requestedBytes, xattrs: "not-read" } : null,
    dockerignoreTransfer: fig.dockerignoreTransfer ? { ...fig.dockerignoreTransfer, xattrs: "not-read" } : null,
    target: target ?? null,
    error: fig.error
  };
}
function displayPath(p) {
  return byteStringToText(p);
}
function figure(p) {
  return { path: displayPath(p.path), tarBytes: p.tarBytes, contentBytes: p.contentBytes, files: p.files };
}
var SHARE_AFTER_ENTRIES = 2e4;
var SHARE_MIN_CHUNKS = 64;
function runAudit(opts) {
  const mode = opts.parallel ?? parallelMode();
  let worker = null;
  const startWorker = () => {
    if (mode === "never" || mode === "auto" && cpuCount() < 2) return null;
    let started = null;
    homeUntil(() => started === null || started.started || !started.usable);
    return worker = started = SyncWorker.start();
  };
  try {
    const cwd = path11.resolve(opts.cwd);
    return withDirectoryReads(() => audit({ ...opts, cwd }, mode, startWorker));
  } finally {
    worker?.close();
  }
}
function assertAuditInputsInsideRepo(given) {
  const b = given.repository;
  if (!b || b.allowOutside) return;
  const lowercase = given.builder === "buildkit" ? buildxLowercaseDockerfile(given.cwd, given.file) : null;
  const opts = lowercase === null ? given : { ...given, file: lowercase.file };
  assertInsideRepo(b, path11.resolve(opts.cwd, opts.context), "context", opts.context);
  const fromStdin = opts.file === "-";
  const resolved = resolveContext(opts.context, opts.file, opts.cwd, fromStdin ? Buffer.alloc(0) : void 0);
  const shown = (abs) => isInside(opts.cwd, abs) ? path11.relative(opts.cwd, abs) || "." : abs;
  if (fromStdin) {
  } else if (opts.file !== void 0 && opts.file !== "") assertInsideRepo(b, path11.resolve(opts.cwd, opts.file), "Dockerfile", opts.file);
  else for (const name of ["Dockerfile", "dockerfile"]) assertInsideRepoIfExists(b, path11.join(resolved.root, name), "Dockerfile", shown);
  assertInsideRepoIfExists(b, path11.join(resolved.root, ".dockerignore"), "ignore file", shown);
  if (!fromStdin) assertInsideRepoIfExists(b, dockerfileSpecificIgnorePath(resolved.root, opts.file, opts.cwd), "ignore file", shown);
  for (const [name, value] of Object.entries(opts.namedContexts ?? {})) {
    if (!isLocalContextValue(value)) continue;
    const dir = path11.resolve(opts.cwd, value);
    assertInsideRepo(b, dir, `named context ${name}:`, value);
    assertInsideRepoIfExists(b, path11.join(dir, ".dockerignore"), "ignore file", shown);
  }
}
function ignoreFileUnknown(opts, root, ignoreFile) {
  if (opts.readsContainerignore && fs10.lstatSync(fsPath(root + "/.containerignore"), { throwIfNoEntry: false }) !== void 0) {
    return { step: "buildah", removes: false, because: "buildah reads the context's .containerignore instead of the .dockerignore ctx-audit reads" };
  }
  return opts.contextPreparers?.length ? ignoreFileChangedBy(opts.contextPreparers, root, ignoreFile) : null;
}
function audit(opts, mode, startWorker) {
  const lowercase = opts.builder === "buildkit" && !opts.archiveUpload ? buildxLowercaseDockerfile(opts.cwd, opts.file) : null;
  if (lowercase !== null) opts = { ...opts, file: lowercase.file };
  assertAuditInputsInsideRepo(opts);
  if (opts.archiveUpload) opts = { ...opts, builder: "legacy" };
  const isBuildkit = opts.builder === "buildkit";
  const wantsCrossCheck = opts.crossCheck !== false;
  const settings = { ...DEFAULT_SETTINGS, ...opts.settings };
  const recorded = isBuildkit || wantsCrossCheck;
  const shared = recorded && !opts.walk && mode !== "never" ? prefetchTree({ afterEntries: mode === "always" ? 0 : SHARE_AFTER_ENTRIES, minChunks: SHARE_MIN_CHUNKS, startWorker }) : null;
  const tree = shared ?? (recorded ? recordingTree() : null);
  const measured = tree ? /* @__PURE__ */ new Map() : void 0;
  const legacy = analyzeLegacyContext({ context: opts.context, file: opts.file, cwd: opts.cwd, walk: opts.walk, source: tree ? () => tree : void 0, onProgress: opts.onProgress, measured, measureExcluded: opts.measureExcluded === true, dockerfileStdin: opts.dockerfileStdin, uploadBytes: opts.archiveUpload?.bytes, refusalAsData: isBuildkit });
  const worker = shared?.worker ?? null;
  shared?.finishSharing();
  const prescanned = worker && opts.runRules !== false && settings.secretContent.enabled && opts.findings?.severity?.CTX202 !== "off" ? startSecretPrescan(worker, legacy.resolved.root, legacy.walk.entries, settings.secretContent.maxBytes, opts.onSecretScan) : null;
  const summary = summarize(legacy.walk.entries, legacy.walk.excluded, opts.top ?? 10);
  const gitContext = isBuildkit ? opts.gitContext : void 0;
  const bkEligible = recorded && !opts.archiveUpload ? gitContext ? analyzeGitContext(legacy.resolved.root, gitContext, opts.buildArgs, opts.repository) : analyzeBuildkitEligible(legacy.resolved, opts.file, opts.cwd, opts.walk, tree?.replay(), legacy.walk.entries, measured, opts.measureExcluded === true, { walk: legacy.walk, patternsAlone: legacy.tarMatcher === legacy.validationMatcher, measureExcluded: opts.measureExcluded === true, appended: legacy.tarMatcher.patterns.slice(legacy.validationMatcher.patterns.length).map((p) => p.text) }) : null;
  const eligible = isBuildkit ? bkEligible : null;
  const named = isBuildkit ? Object.entries(opts.namedContexts ?? {}).map(([name, value]) => analyzeNamedContext(name, value, opts.cwd, opts.walk)) : [];
  const namedViews = new Map(named.flatMap((n) => n.view ? [[n.report.name, n.view]] : []));
  const walk = eligible?.walk ?? legacy.walk;
  const ignore3 = eligible?.ignore ?? legacy.ignore;
  const ignoreLocation = eligible?.ignoreLocation ?? ".dockerignore";
  const read = legacy.resolved.dockerfileStdin ? { text: legacy.resolved.dockerfileStdin } : readDockerfile(legacy.resolved.dockerfileAbs);
  if (read !== null && "denied" in read && isBuildkit) throw new InputError("the Dockerfile cannot be empty");
  const linkOut = isBuildkit && !gitContext && read !== null && "text" in read && !legacy.resolved.dockerfileStdin && legacy.resolved.dockerfileGiven ? buildkitDockerfileLinkOut(legacy.resolved.dockerfileGiven) : null;
  const dockerfileRead = read !== null && "denied" in read ? null : linkOut !== null ? { unreadable: `is a link to ${byteStringToText(linkOut)}, which is not inside the directory BuildKit sends it from` } : read;
  const dockerfileText = dockerfileRead !== null && "text" in dockerfileRead ? dockerfileRead.text : null;
  const removed = isBuildkit ? [] : removedByDaemon(legacy);
  const cross = dockerfileRead === null || !wantsCrossCheck ? null : crossCheck({
    dockerfileText: "text" in dockerfileRead ? dockerfileRead.text : Buffer.alloc(0),
    ..."unreadable" in dockerfileRead ? { dockerfileUnreadable: dockerfileRead.unreadable } : {},
    dockerfileName: displayPath(legacy.resolved.relDockerfile),
    // What the legacy builder's COPY sees: the upload less the build files the daemon deletes.
    ...removed.length === 0 ? { entries: walk.entries, excluded: walk.excluded } : { entries: walk.entries.filter((e) => !removed.some((x) => x.path === e.path)), excluded: [...walk.excluded, ...removed] },
    matcher: eligible?.matcher ?? legacy.validationMatcher,
    ignoreRules: ignore3.rules,
    ignoreFileName: ignoreLocation,
    // No root for a Git context: BuildKit requests nothing from here, so there is no figure to compute.
    root: gitContext ? void 0 : legacy.resolved.root,
    buildArgs: opts.buildArgs ?? {},
    runTimeArgs: Object.keys(opts.argsAtRunTime ?? {}),
    target: opts.target,
    ...opts.targetNamedBy !== void 0 ? { targetNamedBy: opts.targetNamedBy } : {},
    builder: isBuildkit ? "buildkit" : "legacy",
    buildah: opts.readsContainerignore === true,
    ignoreFileExists: legacy.ignore.path !== null,
    dockerfileSpecificIgnore: eligible?.dockerfileSpecificIgnore != null ? displayPath(eligible.dockerfileSpecificIgnore) : gitContext ? null : specificIgnoreForLegacy(legacy.resolved.root, opts),
    // The same rules, and so the same entries (the review of 6b44d318: entries alone change with
    // the checkout, an `npm ci` away from differing).
    ...bkEligible !== null && !gitContext && sameRules(legacy.ignore.rules, bkEligible.ignore.rules) && sameEntries(legacy.walk, bkEligible.walk) ? { sameEntriesBothBuilders: legacy.walk.entries.length } : {},
    namedContexts: namedViews,
    // The engine's walk drops sockets (a tar cannot hold them); BuildKit sends them, so a
    // context with one is walked again by the figure.
    // A Git context is cloned on the builder: nothing is requested from here.
    buildkitEligible: bkEligible && !gitContext && !bkEligible.walk.stoppedByPatternError && !bkEligible.walk.notices.some((n) => n.message.startsWith("socket not sent")) ? transferFromWalk(bkEligible.walk.entries, bkEligible.walk.notices) : void 0,
    source: tree?.replay(),
    buildkitIgnore: bkEligible && !gitContext ? {
      rules: bkEligible.ignore.rules,
      file: bkEligible.ignore.path === null ? null : bkEligible.dockerfileSpecificIgnore !== null ? displayPath(bkEligible.dockerfileSpecificIgnore) : bkEligible.ignore.displayName,
      dockerfileSpecific: bkEligible.ignoreFromDockerfile
    } : void 0
  });
  if (cross?.missingTarget && opts.target !== void 0 && opts.targetNamedBy === void 0) {
    const { problem, stages } = cross.missingTarget;
    throw new InputError(`--target: ${problem}${stages.length ? ` (stages: ${stages.join(", ")})` : ""}`);
  }
  const refused = isBuildkit ? cross?.buildkit?.refused ?? null : null;
  if (refused !== null) throw new InputError(`error from sender: ${refused.op} ${path11.join(opts.context, displayPath(refused.path))}: permission denied`);
  const git = opts.runRules === false ? null : gitOracles(legacy.resolved.root, walk.entries, opts.repository);
  const reader = fsContextReader(legacy.resolved.root, tree?.replay());
  const ruleContext = {
    ...opts.otherBuilds !== void 0 && opts.otherBuilds.length > 0 ? { otherBuilds: opts.otherBuilds } : {},
    entries: walk.entries,
    excluded: walk.excluded,
    ignore: ignore3,
    ignoreLocation,
    tarMatcher: eligible?.matcher ?? legacy.tarMatcher,
    // CTX002 budgets what the selected builder sends: BuildKit's requested bytes, or the legacy tar.
    tarBytes: isBuildkit && cross?.buildkit ? cross.buildkit.requestedBytes : gitContext ? walk.entries.reduce((n, e) => n + e.tarBytes, 0) : legacy.tarBytes,
    settings,
    reader,
    isGitIgnored: git?.isIgnored ?? null,
    isGitIgnoredByRules: git?.ignoredByRules ?? null,
    isGitTracked: git?.isTracked ?? null,
    indexHolds: git?.indexHolds ?? null,
    isGitException: git?.keptByException ?? null,
    committedCopyOf: git?.trackedBlob !== void 0 ? committedCopyLookup(git.trackedBlob, reader) : null,
    gitReadBy: dockerfileText === null ? null : once(() => gitReader(legacy.resolved.root, [{ label: displayPath(legacy.resolved.relDockerfile), text: dockerfileText, argsGiven: /* @__PURE__ */ new Set([...Object.entries(opts.buildArgs ?? {}).filter(([, v]) => v !== "").map(([k]) => k), ...Object.keys(opts.argsAtRunTime ?? {})]) }], walk.entries.filter((e) => e.kind === "file").map((e) => byteStringToText(e.path)), { definite: true, ...cross ? { neededStages: new Set(cross.resolved.needed.stages) } : {} })),
    notRemadeBy: dockerfileText === null ? null : (name) => notRemadeBy(name, dockerfileText),
    repoPath: git?.inRepo ?? null,
    writtenByScript: git?.repoRoot !== void 0 && git.inRepo !== void 0 ? scriptWriterLookup(git.repoRoot, git.inRepo, opts.declaredByWorkflow === true) : null,
    submoduleOf: git?.repoRoot !== void 0 && git.inRepo !== void 0 ? submoduleLookup(git.repoRoot, git.inRepo) : null,
    inSubmodule: git?.repoRoot !== void 0 && git.inRepo !== void 0 ? (p) => submoduleHolding(git.repoRoot, byteStringToText(git.inRepo(p))) : null,
    // A `<dir>/<name>` source is the context's: its module directory is looked up from the repository
    // root through the context (the review of d22d3b9: context svc's `client/client` is not the root's).
    goCommandFor: git?.repoRoot !== void 0 ? (name) => goCommandFor(git.repoRoot, byteStringToText(name.includes("/") && git.inRepo !== void 0 ? git.inRepo(name) : name)) : null,
    buildTargetFor: git?.repoRoot !== void 0 ? (name) => buildTargetFor(git.repoRoot, byteStringToText(name)) : null,
    // Nothing a step before the build writes is in a Git context.
    contextPreparedBy: gitContext ? null : opts.contextPreparedBy ?? (legacy.resolved.dockerfileAbs ? dockerHubHook(byteStringToText(path11.posix.dirname(legacy.resolved.dockerfileAbs))) : null),
    contextPreparedFor: gitContext || !opts.contextPreparers?.length || opts.contextPreparedBy === void 0 ? null : (relPath) => mayPreparerOf(opts.contextPreparers, legacy.resolved.root, byteStringToText(relPath), opts.contextPreparedBy),
    preparedFor: gitContext || !opts.contextPreparers?.length ? null : (relPath) => preparerOf(opts.contextPreparers, legacy.resolved.root, byteStringToText(relPath)),
    builtBy: gitContext || !opts.contextPreparers?.length ? null : (relPath) => toolBuilds(opts.contextPreparers, legacy.resolved.root, byteStringToText(relPath)),
    filledBy: gitContext || !opts.contextPreparers?.length ? null : (relPath) => filledBy(opts.contextPreparers, legacy.resolved.root, byteStringToText(relPath)),
    writtenFirstBy: gitContext || !opts.contextPreparers?.length ? null : (relPath) => preparerOf(opts.contextPreparers, legacy.resolved.root, byteStringToText(relPath), false, true),
    ignoreFileChangedBy: gitContext ? null : ignoreFileUnknown(opts, legacy.resolved.root, byteStringToText(ignoreLocation)),
    gitContext: gitContext?.source ?? null,
    checkoutOnly: gitContext ? null : opts.checkoutOnly ?? null,
    argsAtRunTime: opts.argsAtRunTime ?? null,
    crossCheck: cross,
    dockerfilePath: legacy.resolved.dockerfileOutside || legacy.resolved.dockerfileAbs === null ? null : legacy.resolved.relDockerfile,
    builder: opts.builder,
    sentEmpty: sentEmptyLookup(isBuildkit ? cross?.buildkit?.transfer?.unreadable : void 0),
    prescanned,
    // One run's scans of this directory's files (the same bytes whichever target reads them).
    secretScans: opts.secretScans ? scopedScans(opts.secretScans, legacy.resolved.root) : void 0,
    // With the worker's answers, the prescan reports the reading; otherwise the rule does.
    progress: prescanned ? void 0 : opts.onSecretScan
  };
  const dockerfile = dockerfileText === null ? void 0 : { name: displayPath(legacy.resolved.relDockerfile), text: dockerfileText };
  if (opts.runRules !== false) opts.onRules?.(ignore3.rules.length, walk.entries.length + walk.excluded.length);
  const findings = opts.runRules === false ? [] : collectFindings(ruleContext, { ...opts.findings, dockerfile });
  const context = {
    root: legacy.resolved.root,
    dockerfile: displayPath(legacy.resolved.relDockerfile),
    ignoreFile: legacy.ignore.path ? legacy.ignore.displayName : null,
    builder: opts.builder,
    figuresFor: "legacy",
    entries: summary.entries + legacy.injected.length,
    files: summary.files,
    directories: summary.directories,
    symlinks: summary.symlinks,
    hardlinks: summary.hardlinks,
    otherEntries: summary.other,
    contentBytes: summary.contentBytes,
    tarBytes: legacy.tarBytes,
    tarBytesAlternatives: legacy.tarBytesAlternatives,
    dockerFigure: humanSize(legacy.tarBytes),
    endMarker: legacy.endMarker,
    legacyRefusedBy: lowercase?.legacyRefusal ?? legacy.refusedBy,
    excluded: summary.excluded,
    largestFiles: summary.largestFiles.map(figure),
    largestFilesByContent: summary.largestFilesByContent.map(figure),
    heaviestDirectories: summary.heaviestDirectories.map(figure),
    protectedPatterns: legacy.protectedPatterns,
    notices: [
      ...gitContext ? [gitContextNotice(gitContext, legacy.ignore.path !== null ? legacy.ignore.rules.length : null, keepsGitDir(opts.buildArgs), keepsGitDir(opts.buildArgs) ? null : ruleContext.gitReadBy?.() ?? null)] : [],
      ...legacy.walk.notices.map((n) => ({ path: displayPath(n.path), message: n.message })),
      ...isBuildkit ? (cross?.buildkit?.transfer?.unreadable ?? []).map((p) => ({ path: displayPath(p), message: "cannot be read by this user: BuildKit sends it empty (the build goes on with an empty file)" })) : [],
      ...git?.notice ? [git.notice] : []
    ],
    buildkit: opts.archiveUpload || opts.fetchedByBuildkit || gitContext ? null : buildkitReport(cross?.buildkit ?? null, opts.target)
  };
  if (gitContext && eligible) {
    const g = summarize(eligible.walk.entries, [], opts.top ?? 10);
    context.gitContext = { source: gitContext.source, files: g.files, directories: g.directories, links: g.symlinks + g.hardlinks + g.other, contentBytes: g.contentBytes, ...keepsGitDir(opts.buildArgs) ? { keepsGitDir: true } : {} };
    context.largestFiles = g.largestFiles.map(figure);
    context.largestFilesByContent = g.largestFilesByContent.map(figure);
    context.heaviestDirectories = g.heaviestDirectories.map(figure);
  }
  if (opts.namedContexts && Object.keys(opts.namedContexts).length > 0) context.namedContexts = named.map((n) => n.report);
  const parallel = worker && shared ? { ...shared.sharing(), secretsScannedByWorker: prescanned?.scannedByWorker() ?? null } : null;
  const result = { schemaVersion: SCHEMA_VERSION, context, findings, legacy, buildkitEligible: eligible, crossCheck: cross, summary, parallel };
  if (tree && !opts.walk && opts.keepRecording) result.replay = () => tree.replay();
  return result;
}
function sentEmptyLookup(paths) {
  if (paths === void 0 || paths.length === 0) return null;
  const set = new Set(paths);
  return (p) => set.has(p);
}
function sameRules(a, b) {
  return a.length === b.length && a.every((r, i) => r.pattern === b[i].pattern);
}
function sameEntries(a, b) {
  if (a.entries.length !== b.entries.length || a.stoppedByPatternError || b.stoppedByPatternError) return false;
  for (let i = 0; i < a.entries.length; i++) if (a.entries[i].path !== b.entries[i].path) return false;
  return true;
}
function specificIgnoreForLegacy(root, opts) {
  if (opts.file === "-" && opts.dockerfileStdin) return null;
  const p = dockerfileSpecificIgnorePath(root, opts.file, opts.cwd);
  const rel = path11.relative(root, p);
  if (rel.startsWith("..") || path11.isAbsolute(rel)) return null;
  return fs10.existsSync(p) ? rel : null;
}
var COPY_COMPARE_BYTES = 1024 * 1024;
function committedCopyLookup(trackedBlob, reader) {
  return (p, size) => {
    if (size === 0 || size > COPY_COMPARE_BYTES) return null;
    const buf = reader.readPrefix(p, size);
    return buf === null || buf.length !== size ? null : trackedBlob(blobId(buf));
  };
}
function scopedScans(all, root) {
  const prefix = `${root}\0`;
  return { get: (k) => all.get(prefix + k), set: (k, v) => all.set(prefix + k, v) };
}
function submoduleLookup(repoRoot, inRepo) {
  return (p) => uncheckedSubmodule(repoRoot, byteStringToText(inRepo(p)));
}
function scriptWriterLookup(repoRoot, inRepo, notWorkflows) {
  return (p) => scriptWriting(repoRoot, byteStringToText(inRepo(p)), notWorkflows);
}
function once(f) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

// src/baseline/baseline.ts
const fs11 = require("node:fs");
var LIST_LIMIT2 = 100;
function parseMaxGrowth(value) {
  const pct = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (pct) return { percent: Number(pct[1]) };
  const bytes = parseSize(value);
  if (bytes === null) throw new UsageError(`--max-growth: expected bytes, a size like 10MB or a percentage like 5%, got "${value}"`);
  return { bytes };
}
function findingKey(f) {
  return `${f.ruleId}\0${f.path ?? f.file ?? ""}`;
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isCount = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
function readBaseline(file, shownAs = file) {
  let text2;
  try {
    text2 = fs11.readFileSync(file, "utf8");
  } catch (e) {
    throw new InputError(`${shownAs}: cannot read the baseline (${e.code ?? "error"})`);
  }
  let doc;
  try {
    doc = JSON.parse(text2);
  } catch {
    throw new InputError(`${shownAs}: the baseline is not JSON (write it with ctx-audit --format json)`);
  }
  const bad = (what) => {
    throw new InputError(`${shownAs}: not a ctx-audit JSON report (schemaVersion 1): ${what}`);
  };
  if (!isObject(doc) || doc.schemaVersion !== 1) bad("schemaVersion is not 1");
  const d = doc;
  if (!isObject(d.context) || !isCount(d.context.tarBytes)) bad("no context.tarBytes");
  const ctx = d.context;
  const bk = ctx.buildkit;
  const requested = isObject(bk) && isObject(bk.requested) && isCount(bk.requested.bytes) && bk.error == null ? bk.requested.bytes : null;
  let sentFiles = null;
  if (d.sentFiles !== void 0) {
    if (!Array.isArray(d.sentFiles)) bad("sentFiles is not a list");
    sentFiles = d.sentFiles.map((f, i) => {
      if (!isObject(f) || typeof f.path !== "string" || !isCount(f.bytes)) return bad(`sentFiles[${i}] is not { path, bytes }`);
      return { path: f.path, bytes: f.bytes };
    });
  }
  if (!Array.isArray(d.findings)) bad("no findings list");
  const findings = d.findings.map((f, i) => {
    if (!isObject(f) || typeof f.ruleId !== "string") return bad(`findings[${i}] has no ruleId`);
    return { ruleId: f.ruleId, path: typeof f.path === "string" ? f.path : void 0, file: typeof f.file === "string" ? f.file : void 0 };
  });
  return { tarBytes: ctx.tarBytes, buildkitRequestedBytes: requested, sentFiles, findings };
}
function sentFilesOf(result, displayPath2) {
  return result.legacy.walk.entries.filter((e) => e.kind === "file").map((e) => sentFile(e, displayPath2));
}
function sentFile(e, displayPath2) {
  return { path: displayPath2(e.path), bytes: e.contentBytes };
}
var delta = (before, after) => ({ before, after, delta: before === null || after === null ? null : after - before });
var byBytes = (size) => (a, b) => size(b) - size(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
function compareFiles(before, after) {
  const old = new Map(before.map((f) => [f.path, f.bytes]));
  const now = new Map(after.map((f) => [f.path, f.bytes]));
  const added = [];
  const removed = [];
  const grown = [];
  let shrunkCount = 0;
  for (const [path12, bytes] of now) {
    const was = old.get(path12);
    if (was === void 0) added.push({ path: path12, bytes });
    else if (bytes > was) grown.push({ path: path12, before: was, after: bytes, delta: bytes - was });
    else if (bytes < was) shrunkCount++;
  }
  for (const [path12, bytes] of old) if (!now.has(path12)) removed.push({ path: path12, bytes });
  const sum = (xs, k) => xs.reduce((s, x) => s + (x[k] ?? 0), 0);
  return {
    added: added.sort(byBytes((x) => x.bytes)).slice(0, LIST_LIMIT2),
    removed: removed.sort(byBytes((x) => x.bytes)).slice(0, LIST_LIMIT2),
    grown: grown.sort(byBytes((x) => x.delta)).slice(0, LIST_LIMIT2),
    addedCount: added.length,
    addedBytes: sum(added, "bytes"),
    removedCount: removed.length,
    removedBytes: sum(removed, "bytes"),
    grownCount: grown.length,
    grownBytes: sum(grown, "delta"),
    shrunkCount
  };
}
function compareWithBaseline(result, base2, opts) {
  const bkNow = result.context.buildkit && !result.context.buildkit.error ? result.context.buildkit.requested.bytes : null;
  const legacy = delta(base2.tarBytes, result.context.tarBytes);
  const buildkit = delta(base2.buildkitRequestedBytes, bkNow);
  let useBuildkit = opts.builder === "buildkit";
  if (useBuildkit && buildkit.delta === null) {
    if (opts.maxGrowth !== null) throw new InputError(`${opts.file}: --max-growth: no BuildKit figure on both sides to compare (a Dockerfile could not be read); use --builder legacy`);
    useBuildkit = false;
  }
  const gate = { before: useBuildkit ? buildkit.before : legacy.before, after: useBuildkit ? buildkit.after : legacy.after };
  const growthBytes = gate.after - gate.before;
  const percent2 = gate.before === 0 ? null : growthBytes / gate.before * 100;
  const limit = opts.maxGrowth;
  const exceeded = limit === null ? false : "bytes" in limit ? growthBytes > limit.bytes : growthBytes > 0 && (percent2 === null || percent2 > limit.percent);
  const left = /* @__PURE__ */ new Map();
  for (const f of base2.findings) left.set(findingKey(f), (left.get(findingKey(f)) ?? 0) + 1);
  let fresh = 0;
  for (const f of result.findings) {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    f.baselineState = n > 0 ? "unchanged" : "new";
    if (n > 0) left.set(key, n - 1);
    else fresh++;
  }
  const fixed = base2.findings.filter((f) => {
    const key = findingKey(f);
    const n = left.get(key) ?? 0;
    if (n === 0) return false;
    left.set(key, n - 1);
    return true;
  });
  return {
    file: opts.file,
    legacyTarBytes: legacy,
    buildkitRequestedBytes: buildkit,
    files: base2.sentFiles === null ? null : compareFiles(base2.sentFiles, opts.sentFiles),
    findings: { new: fresh, unchanged: result.findings.length - fresh, fixed: fixed.map((f) => ({ ruleId: f.ruleId, ...f.path !== void 0 ? { path: f.path } : {} })) },
    growth: { measure: useBuildkit ? "buildkit-requested-bytes" : "legacy-tar-bytes", before: gate.before, after: gate.after, delta: growthBytes, percent: percent2, limit, exceeded }
  };
}

// src/reporters/json.ts
var FILES_PER_CHUNK = 4096;
function* renderJsonChunks(result) {
  for (const chunk of jsonChunks(result)) yield neutralizeJson(chunk);
}
function* jsonChunks(result) {
  const doc = {
    schemaVersion: result.schemaVersion,
    tool: { name: "ctx-audit", version: VERSION },
    context: result.context,
    findings: result.findings,
    ...result.baseline ? { baseline: result.baseline } : {}
  };
  const head = JSON.stringify(doc, null, 2).replace(/\n}$/, "");
  const entries = result.legacy.walk.entries;
  let lines = [];
  let any = false;
  yield `${head},
  "sentFiles": [`;
  for (const e of entries) {
    if (e.kind !== "file") continue;
    lines.push((any ? ",\n    " : "\n    ") + JSON.stringify(sentFile(e, displayPath)));
    any = true;
    if (lines.length === FILES_PER_CHUNK) {
      yield lines.join("");
      lines = [];
    }
  }
  if (lines.length > 0) yield lines.join("");
  yield `${any ? "\n  " : ""}]
}
`;
}
function renderJsonMulti(multi) {
  const doc = {
    schemaVersion: multi.schemaVersion,
    tool: { name: "ctx-audit", version: VERSION },
    targets: multi.targets.map((t) => ({
      name: t.name,
      names: t.names,
      declaredIn: t.declaredIn,
      kind: t.kind,
      summary: summarizeTarget(multi, t),
      args: t.args,
      namedContexts: t.namedContexts,
      error: t.error,
      skipped: t.skipped,
      context: t.result?.context ?? null
    })),
    walks: multi.walks,
    findings: multi.findings
  };
  return neutralizeJson(JSON.stringify(doc, null, 2) + "\n");
}

// src/findings/verdict.ts
function failsAt(findings, failOn) {
  if (failOn === "never") return false;
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
}
function verdictOf(findings, failOn, growthExceeded = false) {
  const counts2 = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts2[f.severity]++;
  return { failOn, failed: failsAt(findings, failOn) || growthExceeded, growthExceeded, counts: counts2 };
}

// src/reporters/verdict-text.ts
function countsText(c) {
  if (c.error + c.warning + c.info === 0) return "no findings";
  return `${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}${c.info > 0 ? `, ${formatCount(c.info)} info` : ""}`;
}
function multiCountsText(distinct, byTarget2) {
  const note = perTargetNote(distinct, byTarget2);
  return note === null ? countsText(distinct) : `${countsText(distinct)} ${note}`;
}
function perTargetNote(distinct, byTarget2) {
  const more = [
    ...byTarget2.error !== distinct.error ? [plural(byTarget2.error, "error", "errors")] : [],
    ...byTarget2.warning !== distinct.warning ? [plural(byTarget2.warning, "warning", "warnings")] : [],
    ...byTarget2.info !== distinct.info ? [`${formatCount(byTarget2.info)} info`] : []
  ];
  return more.length === 0 ? null : `(counted per target: ${more.join(", ")})`;
}
function verdictSegments(ctx, v) {
  const why = v.growthExceeded && v.failOn !== "never" ? `--fail-on ${v.failOn}, --max-growth exceeded` : v.growthExceeded ? "--max-growth exceeded" : `--fail-on ${v.failOn}`;
  const git = ctx.gitContext;
  const sends = [...git ? [`Git context: ${plural(git.files, "file", "files")}, ${formatSize(git.contentBytes)} (cloned on the builder)`] : [], ctx.legacyRefusedBy ? "legacy: refuses the context" : `legacy: ${plural(ctx.files, "file", "files")}, ${formatSize(ctx.tarBytes)}`];
  const bk = ctx.buildkit;
  if (bk) {
    if (bk.error) sends.push("BuildKit: cannot tell (see below)");
    else if (!bk.usesContext) sends.push("BuildKit: nothing (no stage reads the context)");
    else if (bk.transfer) sends.push(`BuildKit: ${plural(bk.transfer.requestedFiles, "file", "files")}, ${formatSize(bk.transfer.bytes)}`);
    else sends.push(`BuildKit: ${plural(bk.requested.files - bk.requested.links, "file", "files")}, ${formatSize(bk.requested.bytes)}`);
  }
  return { word: v.failed ? "FAIL" : "PASS", detail: `(${why}): ${countsText(v.counts)}`, sends };
}
function verdictLine(ctx, v) {
  const s = verdictSegments(ctx, v);
  return `${s.word} ${s.detail} \xB7 ${s.sends.join(" \xB7 ")}`;
}
function tarOverheadNote(ctx) {
  const overhead = ctx.tarBytes - ctx.contentBytes;
  if (overhead <= ctx.contentBytes || overhead < MANY_SMALL_FILES_MIN_OVERHEAD) return null;
  return `Tar overhead: ${formatSize(overhead)} of the ${formatSize(ctx.tarBytes)} legacy upload is tar headers and padding, not content (${formatSize(ctx.contentBytes)}): each of the ${formatCount(ctx.entries)} entries takes a 512-byte header and each file is padded to a multiple of 512 bytes, so here the number of files is the cost (see CTX006).`;
}
var GIT_CONTEXT_LINE = "a Git context: BuildKit clones the commit, so no .dockerignore applies, there is no .git, and nothing an earlier step writes is in it";
function gitContextLine(g) {
  return g.keepsGitDir === true ? "a Git context: BuildKit clones the commit, so no .dockerignore applies, its .git is kept (BUILDKIT_CONTEXT_KEEP_GIT_DIR=1), and nothing an earlier step writes is in it" : GIT_CONTEXT_LINE;
}

// src/reporters/baseline.ts
var count = (n) => formatCount(n);
var signed = (n) => (n > 0 ? "+" : n < 0 ? "\u2212" : "\xB1") + count(Math.abs(n));
function deltaText(d) {
  if (d.before === null || d.after === null || d.delta === null) return "not comparable (no figure on one side)";
  const pct = d.before === 0 ? "" : `, ${d.delta >= 0 ? "+" : "\u2212"}${Math.abs(d.delta / d.before * 100).toFixed(1)}%`;
  return `${count(d.before)} B \u2192 ${count(d.after)} B (${signed(d.delta)} B${pct})`;
}
function limitText(l) {
  return "bytes" in l ? `${count(l.bytes)} B` : `${l.percent}%`;
}
var MEASURE = { "legacy-tar-bytes": "legacy tar bytes", "buildkit-requested-bytes": "BuildKit requested bytes" };
function gateText(b) {
  const g = b.growth;
  if (!g.limit) return null;
  const grew = `${MEASURE[g.measure]} grew ${signed(g.delta)} B${g.percent === null ? "" : ` (${g.percent >= 0 ? "+" : "\u2212"}${Math.abs(g.percent).toFixed(1)}%)`}`;
  return `--max-growth ${limitText(g.limit)}: ${g.exceeded ? "EXCEEDED" : "ok"}, ${grew}`;
}
function filesSummary(b) {
  const f = b.files;
  if (!f) return "not compared (the baseline has no sentFiles list)";
  return `${count(f.addedCount)} added (${signed(f.addedBytes)} B), ${count(f.removedCount)} removed (${signed(-f.removedBytes)} B), ${count(f.grownCount)} grown (${signed(f.grownBytes)} B), ${count(f.shrunkCount)} shrunk`;
}
function changeRows(b, top) {
  const f = b.files;
  if (!f) return [];
  return [
    ...f.added.slice(0, top).map((x) => ["added", x.path, signed(x.bytes) + " B"]),
    ...f.grown.slice(0, top).map((x) => ["grown", x.path, `${signed(x.delta)} B (${count(x.before)} \u2192 ${count(x.after)})`]),
    ...f.removed.slice(0, top).map((x) => ["removed", x.path, signed(-x.bytes) + " B"])
  ];
}
function findingsText(b) {
  return `${b.findings.new} new, ${b.findings.unchanged} unchanged, ${b.findings.fixed.length} fixed`;
}
function renderBaselineText(b, clean, top = 10) {
  const out = [`Compared with ${clean(b.file)}`];
  out.push(`  legacy tar:          ${deltaText(b.legacyTarBytes)}`);
  out.push(`  BuildKit requested:  ${deltaText(b.buildkitRequestedBytes)}`);
  out.push(`  files:               ${filesSummary(b)}`);
  for (const [kind, path12, bytes] of changeRows(b, top)) out.push(`    ${kind.padEnd(8)} ${clean(path12)}  ${bytes}`);
  out.push(`  findings:            ${findingsText(b)}`);
  const gate = gateText(b);
  if (gate) out.push(`  ${gate}`);
  return out;
}
function renderBaselineMarkdown(b, md2, top = 5, name = md2) {
  const out = [`**Compared with ${name(b.file)}**`, ""];
  out.push("| | before \u2192 after |", "|---|---|");
  out.push(`| legacy tar | ${deltaText(b.legacyTarBytes)} |`);
  out.push(`| BuildKit requested | ${deltaText(b.buildkitRequestedBytes)} |`);
  out.push(`| files | ${filesSummary(b)} |`);
  out.push(`| findings | ${findingsText(b)} |`);
  const gate = gateText(b);
  if (gate) out.push(`| gate | ${b.growth.exceeded ? "\u{1F534} " : ""}${md2(gate)} |`);
  const rows = changeRows(b, top);
  if (rows.length > 0) {
    out.push("", "| change | path | bytes |", "|---|---|---:|");
    for (const [kind, path12, bytes] of rows) out.push(`| ${kind} | ${name(path12)} | ${bytes} |`);
  }
  out.push("");
  return out;
}

// src/reporters/markdown.ts
function codeSpan(text2, cell) {
  if (text2 === "") return "";
  const t = cell ? text2.replace(/\|/g, "\\|") : text2;
  const fence = "`".repeat(Math.max(0, ...(t.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(t) ? " " : "";
  return fence + pad + t + pad + fence;
}
function mdName(s, cell = true) {
  return codeSpan(safeText(s), cell);
}
var LINKY = /@|#|:\/\/|www\./i;
function md(s, cell = true) {
  return safeText(s).split(/(\s+)/).map(
    (w, i) => i % 2 === 1 ? w : LINKY.test(w) ? codeSpan(w, cell) : w.replace(/[\\`*_{}[\]()|~>]/g, (c) => "\\" + c).replace(/&/g, "&amp;").replace(/</g, "&lt;")
  ).join("");
}
var ICON = { error: "\u{1F534}", warning: "\u{1F7E0}", info: "\u{1F535}" };
var FINDINGS_SHOWN = 10;
function ruleCell(f) {
  const rule = findRule(f.ruleId);
  return rule ? `[${f.ruleId}](${helpUri(rule)}) ${f.name}` : `${f.ruleId} ${f.name}`;
}
function findingRows(findings, at) {
  return findings.map((f) => {
    const where2 = f.file ? `${at(f.file)}${f.line ? `:${f.line}` : ""}` : f.path !== void 0 ? at(f.path) : "";
    const state = f.baselineState === "new" ? " \xB7 **new**" : f.baselineState === "unchanged" ? " \xB7 in baseline" : "";
    return `| ${ICON[f.severity]} ${f.severity} | ${ruleCell(f)}${state} | ${mdName(where2)} | ${md(f.message)} |`;
  });
}
var FINDINGS_HEAD = ["| | rule | where | message |", "|---|---|---|---|"];
function details(summary, body) {
  return ["<details>", `<summary>${summary}</summary>`, "", ...body, "", "</details>", ""];
}
function renderMarkdown(result, opts = {}) {
  const ctx = result.context;
  const top = opts.top ?? 10;
  const at = (rel) => locate(opts.base, ctx.root, rel);
  const verdict = verdictOf(result.findings, opts.failOn ?? "error", result.baseline?.growth.exceeded === true);
  const v = verdictSegments(ctx, verdict);
  const out = [];
  out.push(`### ctx-audit: ${v.word === "FAIL" ? "\u274C" : "\u2705"} ${v.word} ${v.detail}`);
  out.push("");
  const bk = ctx.buildkit;
  out.push("| builder | files | sends | docker prints |", "|---|---:|---:|---|");
  if (ctx.legacyRefusedBy) out.push(`| legacy (\`DOCKER_BUILDKIT=0\`) | ${formatCount(ctx.files)} | nothing: it refuses the context | ${md(ctx.legacyRefusedBy)} |`);
  else out.push(`| legacy (\`DOCKER_BUILDKIT=0\`) | ${formatCount(ctx.files)} | ${formatBytes(ctx.tarBytes)} of tar | \`Sending build context to Docker daemon  ${ctx.dockerFigure}\` |`);
  if (ctx.compressed) out.push(`| legacy \`--compress\` (BuildKit ignores it) | ${formatCount(ctx.files)} | ${md(compressedBytes(ctx.compressed))} of gzip | \`Sending build context to Docker daemon  ${compressedFigure(ctx.compressed)}\` |`);
  if (bk) {
    if (bk.error) out.push(`| BuildKit | | cannot tell: ${md(bk.error)} | |`);
    else if (!bk.usesContext) out.push("| BuildKit | 0 | nothing (no stage reads the context) | |");
    else if (bk.transfer) out.push(`| BuildKit | ${formatCount(bk.transfer.requestedFiles)} | ${formatBytes(bk.transfer.bytes)} transferred | \`transferring context: ${bk.transfer.figure}\` |`);
    else out.push(`| BuildKit (requested) | ${formatCount(bk.requested.files - bk.requested.links)} | ${formatSize(bk.requested.bytes)} | |`);
  }
  out.push("");
  if (ctx.compressed && !ctx.compressed.exact) out.push(md(compressedSentence(ctx.compressed, ctx.tarBytes)), "");
  const overhead = tarOverheadNote(ctx);
  if (overhead) out.push(`> ${md(overhead)}`, "");
  const context = at(".");
  const kept = `keeps out ${excludedText(ctx.excluded)}${ctx.excluded.unmeasuredDirectories > 0 ? "; `--measure-excluded` totals them" : ""}`;
  out.push(`Context: ${mdName(context === "." ? "./" : context + "/", false)} \xB7 Dockerfile: ${mdName(ctx.dockerfile, false)} \xB7 ignore file: ${ctx.ignoreFile ? `${mdName(ctx.ignoreFile, false)} (${kept})` : "none"}`);
  out.push("");
  if (result.findings.length > 0) {
    out.push("**Findings**", "", ...FINDINGS_HEAD);
    const rows = findingRows(result.findings, at);
    out.push(...rows.slice(0, FINDINGS_SHOWN), "");
    if (rows.length > FINDINGS_SHOWN) out.push(...details(`${rows.length - FINDINGS_SHOWN} more findings`, [...FINDINGS_HEAD, ...rows.slice(FINDINGS_SHOWN)]));
  }
  if (result.baseline) out.push(...renderBaselineMarkdown(result.baseline, md, 5, mdName));
  const files = ctx.largestFilesByContent ?? ctx.largestFiles;
  if (files.length > 0) {
    out.push(
      ...details(`Largest files (by content, top ${Math.min(top, files.length)}; paths in the context)`, [
        "| path | size | in the tar |",
        "|---|---:|---:|",
        ...files.slice(0, top).map((f) => `| ${mdName(f.path)} | ${formatSize(f.contentBytes)} | ${formatSize(f.tarBytes)} |`)
      ])
    );
  }
  if (ctx.heaviestDirectories.length > 0) {
    out.push(
      ...details(`Heaviest directories (by upload, top ${Math.min(top, ctx.heaviestDirectories.length)}; paths in the context)`, [
        "| path | files | content | in the tar |",
        "|---|---:|---:|---:|",
        ...ctx.heaviestDirectories.slice(0, top).map((d) => `| ${mdName(d.path + "/")} | ${formatCount(d.files)} | ${formatSize(d.contentBytes)} | ${formatSize(d.tarBytes)} |`)
      ])
    );
  }
  return neutralizeCommands(out.join("\n").replace(/\n+$/, "") + "\n");
}
function renderMarkdownMulti(multi, opts = {}) {
  const groups = groupFindings(multi);
  const verdict = verdictOf(groups.map((g) => g.finding), opts.failOn ?? "error");
  const broken = multi.targets.filter((t) => t.error).length;
  const word = broken > 0 ? "\u274C ERROR" : verdict.failed ? "\u274C FAIL" : "\u2705 PASS";
  const out = [];
  out.push(
    `### ctx-audit: ${word} (--fail-on ${verdict.failOn}): ${multiCountsText(verdict.counts, byTarget(multi))} \xB7 ${targetsText(multi.targets)}`
  );
  out.push("");
  out.push("| target | context | Dockerfile | legacy tar bytes | BuildKit requested | BuildKit prints | findings |");
  out.push("|---|---|---|---:|---:|---:|---|");
  const n = (x) => x === null ? "\u2013" : formatCount(x);
  for (const s of summarizeTargets(multi)) {
    const findings = s.status === "ok" ? severityCounts(s.findings) : md(s.status);
    out.push(`| ${mdName(s.target)} | ${mdName(s.context)} | ${mdName(s.dockerfile)}${s.stage ? ` (${mdName(s.stage)})` : ""} | ${n(s.legacyTarBytes)} | ${n(s.buildkitRequestedBytes)} | ${s.gitContext ? "Git context" : s.buildkitFigure ?? "\u2013"} | ${findings} |`);
  }
  for (const t of multi.targets) {
    const { shown: mine, shownUnder: elsewhere } = targetShare(groups, t.name);
    if (mine.length === 0 && elsewhere.size === 0) continue;
    out.push("");
    out.push(`#### ${mdName(t.name, false)}`);
    out.push("");
    if (t.result?.context.gitContext !== void 0) out.push(`_${md(gitContextLine(t.result.context.gitContext))}_`, "");
    if (mine.length > 0) {
      out.push("| | rule | where | message |");
      out.push("|---|---|---|---|");
    }
    for (const { finding: f, targets } of mine) {
      const rel = f.file ?? f.path;
      const where2 = rel === void 0 ? "" : findingLocation(multi, t, rel) + (f.file && f.line ? `:${f.line}` : "");
      const also = targets.length > 1 ? ` _(${alsoForText(targets.slice(1), (x) => mdName(x))})_` : "";
      out.push(`| ${ICON[f.severity]} ${f.severity} | ${ruleCell(f)} | ${mdName(where2)} | ${md(f.message)}${also} |`);
    }
    if (mine.length > 0 && elsewhere.size > 0) out.push("");
    for (const [first, count2] of elsewhere) out.push(`+ ${plural(count2, "finding", "findings")} listed under ${mdName(first)}`);
  }
  if (multi.findings.length === 0) out.push("", "No findings.");
  return neutralizeCommands(out.join("\n") + "\n");
}

// src/reporters/sarif.ts
var LEVEL = { error: "error", warning: "warning", info: "note" };
function pascalCase(kebab) {
  return kebab.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
}
function pathToUri(path12) {
  return path12.split("/").map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase())).join("/");
}
function fileUri(abs) {
  return "file://" + pathToUri(abs.endsWith("/") ? abs : abs + "/");
}
function sarifTool(rules) {
  return {
    driver: {
      name: "ctx-audit",
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: REPOSITORY_URL,
      rules: rules.map((r) => ({
        id: r.id,
        name: pascalCase(r.name),
        shortDescription: { text: r.docs.summary },
        fullDescription: { text: r.docs.why },
        help: {
          text: `${r.docs.why}

How to fix: ${r.docs.fix}`,
          markdown: `${r.docs.why}

**How to fix:** ${r.docs.fix}

Bad:

\`\`\`
${r.docs.bad}
\`\`\`

Good:

\`\`\`
${r.docs.good}
\`\`\``
        },
        helpUri: helpUri(r),
        defaultConfiguration: { level: LEVEL[r.severity] },
        // GitHub code scanning ranks security alerts by `security-severity` (a string holding a
        // number) and treats a rule as a security rule only when it is tagged `security`.
        properties: r.security ? { tags: ["docker", "build-context", "security"], "security-severity": r.security.severity.toFixed(1) } : { tags: ["docker", "build-context"] }
      }))
    }
  };
}
function renderSarif(result, opts = {}) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const baseId = opts.base === void 0 ? "CONTEXTROOT" : "PROJECTROOT";
  const doc = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: sarifTool(rules),
        originalUriBaseIds: { [baseId]: { uri: fileUri(opts.base ?? result.context.root) } },
        // --compress: the figures in the run's property bag, and the sentence as a notification.
        ...result.context.compressed ? {
          properties: { compressedUpload: result.context.compressed },
          invocations: [
            {
              executionSuccessful: true,
              toolExecutionNotifications: [{ level: "note", message: { text: compressedSentence(result.context.compressed, result.context.tarBytes) } }]
            }
          ]
        } : {},
        results: result.findings.map((f) => {
          const target = f.file ?? f.path ?? result.context.dockerfile;
          const where2 = locate(opts.base, result.context.root, target);
          const artifactLocation = where2.startsWith("/") ? { uri: fileUri(where2).replace(/\/$/, "") } : { uri: pathToUri(where2), uriBaseId: baseId };
          const physicalLocation = { artifactLocation };
          if (f.line) physicalLocation.region = { startLine: f.line, ...f.column ? { startColumn: f.column } : {} };
          return {
            ruleId: f.ruleId,
            ruleIndex: index.get(f.ruleId) ?? -1,
            level: LEVEL[f.severity],
            message: { text: safeText(f.path !== void 0 && f.file === void 0 ? `${locate(opts.base, result.context.root, f.path)}: ${f.message}` : f.message) },
            locations: [{ physicalLocation }],
            // Stable across runs and message wording: rule + where.
            partialFingerprints: { "ctxAudit/v1": `${f.ruleId}:${target}:${f.line ?? 0}` },
            // SARIF's own baselineState; with --baseline only.
            ...f.baselineState ? { baselineState: f.baselineState } : {}
          };
        })
      }
    ]
  };
  return neutralizeJson(JSON.stringify(doc, null, 2) + "\n");
}
function renderSarifMulti(multi) {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const byName = new Map(multi.targets.map((t) => [t.name, t]));
  const results = groupFindings(multi).map(({ finding: f, targets }) => {
    const t = byName.get(f.target);
    const who = f.target + (targets.length > 1 ? ` (${alsoForText(targets.slice(1), (x) => x, 1)})` : "");
    const where2 = findingLocation(multi, t, f.file ?? f.path ?? t.dockerfile);
    const artifactLocation = where2.startsWith("/") ? { uri: fileUri(where2).replace(/\/$/, "") } : { uri: pathToUri(where2), uriBaseId: "PROJECTROOT" };
    const physicalLocation = { artifactLocation };
    if (f.line) physicalLocation.region = { startLine: f.line, ...f.column ? { startColumn: f.column } : {} };
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId) ?? -1,
      level: LEVEL[f.severity],
      message: { text: safeText(`[${who}] ${f.path !== void 0 && f.file === void 0 ? `${f.path}: ${f.message}` : f.message}`) },
      locations: [{ physicalLocation }],
      partialFingerprints: { "ctxAudit/v1": `${f.ruleId}:${f.target}:${where2}:${f.line ?? 0}` },
      properties: { target: f.target, ...targets.length > 1 ? { targets } : {} }
    };
  });
  const doc = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{ tool: sarifTool(rules), originalUriBaseIds: { PROJECTROOT: { uri: fileUri(multi.baseDir) } }, results }]
  };
  return neutralizeJson(JSON.stringify(doc, null, 2) + "\n");
}

// src/reporters/table.ts
var import_cli_table3 = __toESM(require_cli_table3(), 1);

// src/reporters/layout.ts
init_string_width();
var DEFAULT_WIDTH = 80;
var MIN_WIDTH = 40;
function layoutWidth(columns) {
  return columns !== void 0 && Number.isFinite(columns) && columns > 0 ? Math.max(MIN_WIDTH, Math.floor(columns)) : DEFAULT_WIDTH;
}
function visibleWidth(s) {
  return stringWidth(s);
}
var CLUSTER_TAIL = /^[\p{M}\u200D\uFE00-\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]$/u;
function clusters(s) {
  const out = [];
  for (const ch of s) {
    const w = stringWidth(ch);
    const prev = out[out.length - 1];
    if (prev !== void 0 && (w === 0 || CLUSTER_TAIL.test(ch) || prev.text.endsWith("\u200D"))) {
      const last = out[out.length - 1];
      last.text += ch;
      last.width = stringWidth(last.text);
    } else out.push({ text: ch, width: w });
  }
  return out;
}
function takeWidth(cs, max, fromEnd = false) {
  let used = 0;
  const kept = [];
  for (let i = 0; i < cs.length; i++) {
    const c = cs[fromEnd ? cs.length - 1 - i : i];
    if (used + c.width > max) break;
    used += c.width;
    kept.push(c.text);
  }
  return (fromEnd ? kept.reverse() : kept).join("");
}
function shortenMiddle(s, max) {
  if (visibleWidth(s) <= max) return s;
  if (max <= 1) return "\u2026".slice(0, Math.max(0, max));
  const cs = clusters(s);
  const slash = s.lastIndexOf("/", s.length - 2);
  const last = slash < 0 ? 0 : visibleWidth(s.slice(slash));
  const share = Math.ceil((max - 1) * 0.6);
  const tail = takeWidth(cs, last > share && last <= max - 1 - 4 ? last : share, true);
  return takeWidth(cs, max - 1 - visibleWidth(tail)) + "\u2026" + tail;
}
function wrapSpans(spans, width, indent) {
  const words = [];
  for (const span of spans) {
    const pieces = span.whole ? [span.text] : span.text.split(" ");
    pieces.forEach((p, i) => {
      if (p === "" && !span.whole) return;
      words.push({ text: p, style: span.style, gap: i > 0 || words.length > 0 });
    });
  }
  const lines = [];
  let line = "";
  let used = 0;
  const room = () => lines.length === 0 ? width : width - indent;
  const flush = () => {
    lines.push((lines.length === 0 ? "" : " ".repeat(indent)) + line);
    line = "";
    used = 0;
  };
  for (const w of words) {
    let text2 = w.text;
    let len = visibleWidth(text2);
    if (used > 0 && used + 1 + len > room()) flush();
    if (len > room()) {
      text2 = shortenMiddle(text2, room() - (used > 0 ? used + 1 : 0));
      len = visibleWidth(text2);
    }
    if (used > 0) {
      line += " ";
      used++;
    }
    line += w.style ? w.style(text2) : text2;
    used += len;
  }
  if (used > 0 || lines.length === 0) flush();
  return lines;
}
function fitColumns(cells, width, shrinkable, minimum = 8) {
  const min = (i) => typeof minimum === "number" ? minimum : minimum[i] ?? 8;
  const columns = Math.max(0, ...cells.map((r) => r.length));
  const cellWidth = (cell) => Math.max(0, ...cell.split("\n").map(visibleWidth));
  const natural = Array.from({ length: columns }, (_, i) => Math.max(0, ...cells.map((r) => cellWidth(r[i] ?? ""))));
  const total = () => natural.reduce((a, w) => a + w + 3, 1);
  while (total() > width) {
    const candidates = shrinkable.filter((i) => natural[i] > min(i));
    if (candidates.length === 0) break;
    const widest = candidates.reduce((a, b) => natural[b] >= natural[a] ? b : a);
    natural[widest]--;
  }
  return natural.map((w) => w + 2);
}
function wrapCell(s, max, maxLines = 4) {
  if (max < 1 || visibleWidth(s) <= max) return s;
  const pieces = s.match(/[^ /:_-]*(?:[ /:_-]|$)/g)?.filter((p) => p !== "") ?? [s];
  const lines = [];
  let line = "";
  for (let i = 0; i < pieces.length; i++) {
    if (lines.length === maxLines - 1) {
      lines.push(shortenMiddle((line + pieces.slice(i).join("")).trim(), max));
      return lines.join("\n");
    }
    const p = pieces[i];
    if (visibleWidth((line + p).trimEnd()) <= max) {
      line += p;
      continue;
    }
    if (line !== "") {
      lines.push(line.trimEnd());
      line = "";
      i--;
      continue;
    }
    const cs = clusters(p);
    const head = takeWidth(cs, max) || cs[0].text;
    lines.push(head);
    pieces[i] = p.slice(head.length);
    i--;
  }
  if (line.trimEnd() !== "") lines.push(line.trimEnd());
  return lines.join("\n");
}

// src/reporters/table.ts
var BAR_MAX = 24;
var BAR_MIN = 8;
var PATH_MIN = 16;
function bar(value, max, width, c) {
  if (max <= 0 || width <= 0) return "";
  const cells = value / max * width;
  const full = Math.floor(cells);
  const partial = cells - full >= 0.5 ? "\u258C" : "";
  return c.cyan("\u2588".repeat(full) + partial) + " ".repeat(Math.max(0, width - full - (partial ? 1 : 0)));
}
function newTable(head, c, align, colWidths, compact = true) {
  return new import_cli_table3.default({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact },
    colAligns: align,
    colWidths,
    wordWrap: false
  });
}
function fittedTable(head, rows, c, align, width, shrinkable, fit = "shorten") {
  const minimums = (h) => h.map((x) => Math.max(4, ...x.split("\n").map((l) => l.length)));
  let widths = fitColumns([head, ...rows], width, shrinkable, minimums(head));
  if (widths.reduce((a, w) => a + w + 1, 1) > width) {
    head = head.map((h) => h.replace(" ", "\n"));
    widths = fitColumns([head, ...rows], width, shrinkable, minimums(head));
  }
  const cells = rows.map((r) => r.map((cell, i) => !shrinkable.includes(i) ? cell : fit === "wrap" ? wrapCell(cell, widths[i] - 2) : shortenMiddle(cell, widths[i] - 2)));
  const t = newTable(head, c, align, widths, !cells.some((r) => r.some((cell) => cell.includes("\n"))));
  for (const r of cells) t.push(r);
  return t.toString();
}
function pathTable(title, rows, columns, measure, c, width, suffix = "") {
  if (rows.length === 0) return "";
  const nums = rows.map((_, i) => String(i + 1));
  const paths = rows.map((r) => safeText(r.path) + suffix);
  const figures = rows.map((r) => columns.map((col) => col.cell(r)));
  const natural = (head2, cells) => Math.max(head2.length, ...cells.map(visibleWidth));
  const fixed = natural("#", nums) + columns.reduce((a, col, i) => a + natural(col.head, figures.map((f) => f[i])), 0);
  const pathNatural = natural("path", paths);
  const borders = (n2) => 3 * n2 + 1;
  const n = 2 + columns.length;
  const left = width - fixed - borders(n + 1);
  let barWidth = Math.min(BAR_MAX, Math.max(BAR_MIN, left - pathNatural));
  let pathWidth = Math.min(pathNatural, left - barWidth);
  if (pathWidth < Math.min(PATH_MIN, pathNatural)) {
    barWidth = 0;
    pathWidth = Math.max(4, Math.min(pathNatural, width - fixed - borders(n)));
  }
  const max = Math.max(...rows.map(measure));
  const head = ["#", "path", ...columns.map((col) => col.head), ...barWidth > 0 ? [""] : []];
  const align = ["right", "left", ...columns.map((col) => col.align), "left"];
  const t = newTable(head, c, align, [
    natural("#", nums) + 2,
    pathWidth + 2,
    ...columns.map((col, i) => natural(col.head, figures.map((f) => f[i])) + 2),
    ...barWidth > 0 ? [barWidth + 2] : []
  ]);
  rows.forEach((r, i) => t.push([nums[i], shortenMiddle(paths[i], pathWidth), ...figures[i], ...barWidth > 0 ? [bar(measure(r), max, barWidth, c)] : []]));
  return `${c.bold(title)}
${t.toString()}
`;
}
var percent = (part, whole) => whole > 0 ? `${(part / whole * 100).toFixed(1)}%` : "";
var SEVERITY_STYLE = {
  error: (c, s) => c.red.bold(s),
  warning: (c, s) => c.yellow(s),
  info: (c, s) => c.blue(s)
};
function where(f) {
  return f.file ? `${safeText(f.file)}${f.line ? `:${f.line}` : ""}` : f.path !== void 0 ? safeText(f.path) : "";
}
function baselineNote(f) {
  return f.baselineState === "new" ? "(new)" : f.baselineState === "unchanged" ? "(in baseline)" : "";
}
function findingLines(f, c, width) {
  const loc = where(f);
  const note = baselineNote(f);
  const prefix = `  ${f.severity.padEnd(7)} ${f.ruleId} `;
  const indent = width - prefix.length >= 40 ? prefix.length : 4;
  const spans = [
    { text: `  ${SEVERITY_STYLE[f.severity](c, f.severity.padEnd(7))} ${c.dim(f.ruleId)}`, whole: true },
    ...loc ? [{ text: shortenMiddle(loc, width - prefix.length), style: (s) => c.bold(s), whole: true }] : [],
    { text: safeText(f.message) },
    ...note ? [{ text: note, style: (s) => f.baselineState === "new" ? c.bold(s) : c.dim(s), whole: true }] : []
  ];
  const lines = wrapSpans([{ text: "X".repeat(prefix.length - 1), whole: true }, ...spans.slice(1)], width, indent);
  lines[0] = spans[0].text + lines[0].slice(prefix.length - 1);
  return lines;
}
function noteLines(f, text2, c, width) {
  const prefix = `  ${f.severity.padEnd(7)} ${f.ruleId} `.length;
  const indent = width - prefix >= 40 ? prefix : 4;
  return wrapSpans([{ text: " ".repeat(indent - 1), whole: true }, { text: text2, style: (s) => c.dim(s) }], width, indent);
}
function quietLine(f) {
  const loc = where(f);
  const note = baselineNote(f);
  return `${loc ? loc + ": " : ""}${f.severity} ${f.ruleId} ${safeText(f.message)}${note ? " " + note : ""}`;
}
function verdictLines(ctx, v, c, width) {
  const s = verdictSegments(ctx, v);
  const word = s.word === "FAIL" ? c.red.bold(s.word) : c.green.bold(s.word);
  const parts = [`${s.word} ${s.detail}`, ...s.sends];
  const lines = wrapSpans(
    parts.map((p, i) => ({ text: p + (i < parts.length - 1 ? " \xB7" : ""), whole: true })),
    width,
    2
  );
  lines[0] = word + lines[0].slice(s.word.length);
  return lines;
}
function details2(result, c, width) {
  const ctx = result.context;
  const out = [];
  const wrap = (text2, style) => wrapSpans([{ text: text2, style }], width, 2);
  out.push(...wrapSpans([{ text: "ctx-audit", style: (s) => c.bold(s), whole: true }, { text: shortenMiddle(safeText(ctx.root), width - 10), whole: true }], width, 2));
  const bk = ctx.buildkit;
  const rulesFor = ctx.builder === "buildkit" ? `BuildKit (ignore file: ${safeText(bk?.ignoreFile ?? "none")})` : "the legacy builder (DOCKER_BUILDKIT=0)";
  out.push(...wrap(`Dockerfile: ${safeText(ctx.dockerfile)} \xB7 findings for ${rulesFor}${bk?.target ? ` \xB7 target: ${safeText(bk.target)}` : ""}`, (s) => c.dim(s)));
  out.push("");
  const git = ctx.gitContext;
  const head = ["", "legacy builder", ...bk ? ["BuildKit: eligible", "BuildKit: requested"] : [], ...git ? ["BuildKit: Git context"] : []];
  const rows = [];
  const requested = bk ? { ...bk.requested, ...bk.transfer ? { files: bk.transfer.requestedFiles, links: bk.requested.files - bk.transfer.requestedFiles, bytes: bk.transfer.requestedBytes } : {} } : null;
  const bkCells = (f) => bk ? [f(bk.eligible), bk.usesContext ? f(requested) : "0"] : [];
  const g = (cell) => git ? [cell] : [];
  rows.push(["files", formatCount(ctx.files), ...bkCells((x) => formatCount(x.files - x.links)), ...g(git ? formatCount(git.files) : "")]);
  rows.push(["directories", formatCount(ctx.directories), ...bkCells((x) => formatCount(x.directories)), ...g(git ? formatCount(git.directories) : "")]);
  const links = ctx.symlinks + ctx.hardlinks + ctx.otherEntries;
  if (links > 0 || bk && bk.eligible.links > 0 || git && git.links > 0) rows.push(["links, special files", formatCount(links), ...bkCells((x) => formatCount(x.links)), ...g(git ? formatCount(git.links) : "")]);
  rows.push(["content", formatSize(ctx.contentBytes), ...bkCells((x) => formatSize(x.bytes)), ...g(git ? formatSize(git.contentBytes) : "")]);
  rows.push(["upload", ctx.legacyRefusedBy ? "refused" : `${formatBytes(ctx.tarBytes)} tar`, ...bk ? ["", "files, no tar"] : [], ...g("none: cloned on the builder")]);
  for (const alt of ctx.tarBytesAlternatives) rows.push(["  or", `${formatBytes(alt)} tar`, ...bk ? ["", ""] : [], ...g("")]);
  rows.push(["ignore file", safeText(ctx.ignoreFile ?? "none"), ...bk ? [safeText(bk.ignoreFile ?? "none"), ""] : [], ...g("none applies")]);
  const unmeasured = ctx.excluded.unmeasuredDirectories;
  rows.push(["excluded", unmeasured > 0 ? "not measured" : excludedText(ctx.excluded), ...bk ? ["", ""] : [], ...g(".git, and what the commit lacks")]);
  out.push(fittedTable(head, rows, c, ["left", "right", "right", "right"], width, bk ? [1, 2, 3] : git ? [1, 2] : [1]));
  if (unmeasured > 0) out.push(...wrap(`excluded: ${excludedText(ctx.excluded)}: like Docker, the audit does not look inside what the ignore file prunes; --measure-excluded totals it.`, (s) => c.dim(s)));
  if (bk && ctx.hardlinks > 0) out.push(...wrap(`Hard links: the legacy tar sends a later name of a file as a link (counted under links); BuildKit's eligible column counts every name as a file, since any of them may be requested.`, (s) => c.dim(s)));
  out.push(
    ...wrapSpans(
      [
        ...ctx.legacyRefusedBy ? [
          { text: "docker build (legacy) fails:", style: (s) => c.dim(s), whole: true },
          { text: safeText(ctx.legacyRefusedBy), style: (s) => c.bold(s) },
          { text: "(this user cannot read that path; BuildKit does not check, and sends what it requests)", style: (s) => c.dim(s) }
        ] : [
          { text: "docker build (legacy) prints:", style: (s) => c.dim(s), whole: true },
          { text: `Sending build context to Docker daemon  ${ctx.dockerFigure}`, style: (s) => c.bold(s), whole: true }
        ]
      ],
      width,
      2
    )
  );
  if (bk && !bk.error) {
    const ig = bk.dockerignoreTransfer ? `.dockerignore: ${bk.dockerignoreTransfer.figure}; ` : "";
    out.push(
      ...wrapSpans(
        [
          { text: "docker build (BuildKit) prints:", style: (s) => c.dim(s), whole: true },
          { text: bk.transfer ? `transferring context: ${bk.transfer.figure}` : "no build-context transfer", style: (s) => c.bold(s), whole: true },
          { text: `(${ig}xattrs not counted)`, style: (s) => c.dim(s) }
        ],
        width,
        2
      )
    );
  }
  if (ctx.compressed) {
    const z = ctx.compressed;
    out.push(
      ...wrapSpans(
        [
          { text: "with --compress it prints:", style: (s) => c.dim(s), whole: true },
          { text: `Sending build context to Docker daemon  ${compressedFigure(z)}`, style: (s) => c.bold(s), whole: true },
          { text: `(${compressedBytes(z)} of gzip; BuildKit ignores --compress)`, style: (s) => c.dim(s) }
        ],
        width,
        2
      )
    );
    if (!z.exact) out.push(...wrap(z.unreproducible ? `Not exact: ${z.unreproducible}.` : `A range: docker writes part of the stream at build time (a Dockerfile from outside the context or stdin, under a random name or with the build time) (${z.samples} draws${z.topMargin ? `, the top ${z.topMargin} B above their largest for rarer names` : ""}).`, (s) => c.dim(s)));
  }
  if (bk) {
    let what;
    if (bk.error) what = `cannot tell: ${safeText(bk.error)}`;
    else if (!bk.usesContext) what = "nothing from the context (no stage this target needs reads it)";
    else if (bk.followPaths === "all") what = `the whole eligible context (${safeText(bk.fallbackReason ?? "a source covers it")})`;
    else what = `${plural(bk.followPaths.length, "path", "paths")}: ${bk.followPaths.slice(0, 6).map(safeText).join(", ")}${bk.followPaths.length > 6 ? ", \u2026" : ""}`;
    out.push(...wrapSpans([{ text: "BuildKit requests:", style: (s) => c.dim(s), whole: true }, { text: what, style: bk.error ? (s) => c.red(s) : void 0 }], width, 2));
  }
  if (!ctx.endMarker) {
    const note = ctx.dockerfile.startsWith("../") || ctx.dockerfile === "-" ? `Note: the Dockerfile ${ctx.dockerfile === "-" ? "comes from stdin (-f -)" : "is outside the context"}, so docker appends it under a random .dockerfile.<hex> name and ends the stream without the tar end marker` + (ctx.tarBytesAlternatives.length > 0 ? "; the two totals are the two orders it may append its entries in." : ".") : "Note: docker sends this stream without the tar end marker (see notices).";
    out.push(...wrap(note, (s) => c.yellow(s)));
  }
  const overhead = tarOverheadNote(ctx);
  if (overhead) out.push(...wrap(overhead, (s) => c.yellow(s)));
  out.push("");
  const files = pathTable(
    ctx.gitContext ? "Largest files of the Git context (by content)" : "Largest files (by content)",
    ctx.largestFilesByContent ?? ctx.largestFiles,
    [
      { head: "size", align: "right", cell: (r) => formatSize(r.contentBytes) },
      { head: "share", align: "right", cell: (r) => percent(r.contentBytes, ctx.gitContext?.contentBytes ?? ctx.contentBytes) }
    ],
    (r) => r.contentBytes,
    c,
    width
  );
  if (files) out.push(files);
  const dirs = pathTable(
    git ? "Heaviest directories of the Git context" : "Heaviest directories (by upload)",
    ctx.heaviestDirectories,
    [
      { head: "files", align: "right", cell: (r) => formatCount(r.files) },
      { head: "content", align: "right", cell: (r) => formatSize(r.contentBytes) },
      ...git ? [{ head: "share", align: "right", cell: (r) => percent(r.contentBytes, git.contentBytes) }] : [
        { head: "upload", align: "right", cell: (r) => formatSize(r.tarBytes) },
        { head: "share", align: "right", cell: (r) => percent(r.tarBytes, ctx.tarBytes) }
      ]
    ],
    (r) => git ? r.contentBytes : r.tarBytes,
    c,
    width,
    "/"
  );
  if (dirs) out.push(dirs);
  if (ctx.notices.length > 0) {
    out.push(c.bold("Notices"));
    for (const n of ctx.notices) out.push(...wrapSpans([{ text: `  ${safeText(n.path)}:`, whole: true }, { text: safeText(n.message) }], width, 4));
    out.push("");
  }
  return out;
}
function renderTable(result, opts) {
  const c = opts.colors;
  const ctx = result.context;
  const verdict = verdictOf(result.findings, opts.failOn ?? "error", result.baseline?.growth.exceeded === true);
  if (opts.quiet) return neutralizeCommands([verdictLine(ctx, verdict), ...result.findings.map(quietLine)].join("\n") + "\n");
  const width = layoutWidth(opts.width);
  const out = [...verdictLines(ctx, verdict, c, width), ""];
  if (result.findings.length > 0) {
    out.push(c.bold("Findings"));
    for (const f of result.findings) out.push(...findingLines(f, c, width));
    out.push("");
  }
  if (result.baseline) {
    const [title, ...rest] = renderBaselineText(result.baseline, safeText);
    out.push(c.bold(title), ...rest, "");
  }
  out.push(...details2(result, c, width));
  return neutralizeCommands(out.join("\n").replace(/\n+$/, "") + "\n");
}
function renderTableMulti(multi, opts) {
  const c = opts.colors;
  const width = layoutWidth(opts.width);
  const out = [];
  const groups = groupFindings(multi);
  const verdict = verdictOf(groups.map((g) => g.finding), opts.failOn ?? "error");
  const broken = multi.targets.filter((t) => t.error).length;
  const word = broken > 0 ? "ERROR" : verdict.failed ? "FAIL" : "PASS";
  if (opts.quiet) {
    const lines = [`${word} (--fail-on ${verdict.failOn}): ${multiCountsText(verdict.counts, byTarget(multi))} \xB7 ${targetsText(multi.targets)}`];
    for (const t of multi.targets) if (t.error) lines.push(`${safeText(t.name)}: cannot audit: ${safeText(t.error)}`);
    for (const { finding: f, targets } of groups) lines.push(`${safeText(f.target)}${targets.length > 1 ? ` (${alsoForText(targets.slice(1), safeText)})` : ""}: ${quietLine(f)}`);
    return neutralizeCommands(lines.join("\n") + "\n");
  }
  const styled = word === "PASS" ? c.green.bold(word) : c.red.bold(word);
  const tail = targetsText(multi.targets);
  const note = perTargetNote(verdict.counts, byTarget(multi));
  const first = wrapSpans([{ text: `${word} (--fail-on ${verdict.failOn}): ${countsText(verdict.counts)}${note === null ? " \xB7" : ""}`, whole: true }, ...note !== null ? [{ text: `${note} \xB7`, whole: true }] : [], { text: tail, whole: true }], width, 2);
  first[0] = styled + first[0].slice(word.length);
  out.push(...first, "");
  out.push(`${c.bold("ctx-audit")} ${multi.targets.length} target${multi.targets.length === 1 ? "" : "s"} under ${safeText(multi.baseDir)}`);
  const w = multi.walks;
  out.push(...wrapSpans([{ text: `contexts: ${formatCount(w.contexts)} \xB7 walks: ${formatCount(w.performed)} (a legacy and a BuildKit view of each context; ${formatCount(w.requested)} asked for by ${plural(multi.targets.length, "target", "targets")}, shared ones reused)`, style: (s) => c.dim(s) }], width, 2));
  out.push("");
  const head = ["target", "context", "Dockerfile", "legacy", "BuildKit", "E", "W", "I"];
  const size = (n) => n === null ? "\u2013" : formatSize(n);
  const summaries = summarizeTargets(multi);
  const rows = summaries.map((s) => {
    const counts2 = s.status === "ok" ? [String(s.findings.error), String(s.findings.warning), String(s.findings.info)] : ["", "", ""];
    return [safeText(s.target), safeText(s.context), safeText(s.dockerfile) + (s.stage ? ` (${safeText(s.stage)})` : ""), size(s.legacyTarBytes), s.gitContext ? "Git" : s.buildkitFigure ?? "\u2013", ...counts2];
  });
  out.push(fittedTable(head, rows, c, ["left", "left", "left", "right", "right", "right", "right", "right"], width, [0, 1, 2], "wrap"));
  out.push(
    ...wrapSpans(
      [
        {
          text: `legacy: the tar docker sends (as 'Sending build context' rounds it) \xB7 BuildKit: its 'transferring context' figure, as it prints it${summaries.some((s) => s.gitContext) ? "; Git: a Git context, the commit BuildKit clones (nothing sent from here)" : ""} \xB7 E/W/I: errors, warnings, info`,
          style: (x) => c.dim(x)
        }
      ],
      width,
      0
    )
  );
  out.push("");
  for (const target of multi.targets) {
    const { shown, shownUnder } = targetShare(groups, target.name);
    if (target.error) out.push(`${c.bold(safeText(target.name))}: ${c.red(`cannot audit: ${safeText(target.error)}`)}`);
    else if (target.skipped) out.push(`${c.bold(safeText(target.name))}: ${c.dim(`skipped: ${safeText(target.skipped)}`)}`);
    else if (shown.length === 0 && shownUnder.size === 0) out.push(`${c.bold(safeText(target.name))}: ${c.green("no findings")}`);
    else {
      out.push(c.bold(`${safeText(target.name)}: ${severityCounts(target.counts)}`));
      for (const g of shown) {
        out.push(...findingLines(g.finding, c, width));
        if (g.targets.length > 1) out.push(...noteLines(g.finding, alsoForText(g.targets.slice(1), safeText), c, width));
      }
      for (const [first2, n] of shownUnder) out.push(...wrapSpans([{ text: " ", whole: true }, { text: `+ ${plural(n, "finding", "findings")} shown under ${safeText(first2)}`, style: (x) => c.dim(x) }], width, 4));
    }
    if (target.result?.context.gitContext !== void 0) out.push(...wrapSpans([{ text: gitContextLine(target.result.context.gitContext), style: (x) => c.dim(x) }], width, 2));
    out.push("");
  }
  return neutralizeCommands(out.join("\n"));
}

// src/reporters/formats.ts
var FORMATS = ["table", "json", "sarif", "github", "markdown", "html"];
var REPORTERS = {
  table: {
    render: (r, o) => [renderTable(r, { colors: o.colors, quiet: o.quiet, width: o.width, failOn: o.failOn })],
    renderMulti: (m, o) => renderTableMulti(m, { colors: o.colors, width: o.width, failOn: o.failOn, quiet: o.quiet })
  },
  json: { render: (r) => renderJsonChunks(r), renderMulti: (m) => renderJsonMulti(m) },
  sarif: { render: (r, o) => [renderSarif(r, { base: o.base })], renderMulti: (m) => renderSarifMulti(m) },
  github: { render: (r, o) => [renderGithub(r, { base: o.base })], renderMulti: (m) => renderGithubMulti(m) },
  markdown: { render: (r, o) => [renderMarkdown(r, { base: o.base, failOn: o.failOn })], renderMulti: (m, o) => renderMarkdownMulti(m, { failOn: o.failOn }) },
  // Loaded on demand: start-up is part of every pre-commit run, and the page is rarely asked for.
  html: { render: async (r) => [(await import("./html-SSJUAXAU.mjs")).renderHtml(r)], renderMulti: null, needsExcludedTotals: true }
};
async function renderReport(format, result, opts) {
  return REPORTERS[format].render(result, opts);
}
function needsExcludedTotals(format) {
  return REPORTERS[format].needsExcludedTotals === true;
}
function hasMultiReport(format) {
  return REPORTERS[format].renderMulti !== null;
}
function renderMultiReport(format, multi, opts) {
  const render = REPORTERS[format].renderMulti;
  if (render === null) throw new Error(`--format ${format}: no multi-target report`);
  return render(multi, opts);
}

// src/cli/exit-code.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_CANNOT_RUN = 2;
function exitCodeFor(findings, failOn) {
  return failsAt(findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
}

export {
  writeText,
  cleanPath,
  readIgnoreRules,
  PatternError,
  PatternMatcher,
  stageIndexOf,
  neededStages,
  stagesFor,
  filepathMatch,
  indexContext,
  contextPathOf,
  resolveSource,
  withoutJsonComments,
  WORKFLOW_DIRS,
  isWorkflowFile,
  escapeRegExp,
  scriptWritingForBuild,
  scriptCopyingInto,
  lineWriting,
  recipeWrites,
  preparerOf,
  mergedPreparers,
  uncheckedSubmodules,
  uncheckedSubmodule,
  packageScripts,
  resolveContext,
  buildxLowercaseDockerfile,
  walkContext,
  protectBuildFiles,
  followPathsFor,
  transferFromWalk,
  dockerfileSpecificIgnorePath,
  analyzeBuildkitEligible,
  gitDirOf,
  readGitIndex,
  isTracked,
  hasTrackedBelow,
  parseGoBool,
  commitReadable,
  indexPaths,
  nearestPath,
  parseDockerfile,
  customFrontend,
  INSTRUCTIONS,
  computeBuildkitFigure,
  gitReader,
  notRemadeBy,
  require_ignore,
  placementOf,
  gitOracles,
  gitIgnoresMissingPath,
  namedSourceEntries,
  runNaming,
  protectiveKind,
  isRuleId,
  allRules,
  findRule,
  helpUri,
  isLocalContextValue,
  DEFAULT_SETTINGS,
  displayPath,
  runAudit,
  assertAuditInputsInsideRepo,
  parseMaxGrowth,
  readBaseline,
  sentFilesOf,
  compareWithBaseline,
  relativeToBase,
  FORMATS,
  renderReport,
  needsExcludedTotals,
  hasMultiReport,
  renderMultiReport,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_CANNOT_RUN,
  exitCodeFor
};

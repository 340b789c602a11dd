/**
 * Kubernetes YAML in bounded memory. `kubectl get -A -o yaml` writes one `kind: List` document holding
 * every object; parsed whole, its `yaml` node tree (several GB for 100,000 objects) stayed alive for
 * the locators. Here the text is cut into documents at `---` lines and a List into one chunk per item,
 * each chunk is parsed on its own, and a locator keeps only the chunk's offsets: it re-parses that one
 * chunk when a finding asks for a position (the last chunk is cached; the engine locates object by object).
 *
 * Cutting is exact because YAML block structure is decided by indentation: a `---` at column 0 ends
 * every node of the document before it (YAML 1.2, 9.1.2, block scalars included), and a `-` entry at the
 * items sequence's indentation ends every node of the entry before it. Anchors are fine inside one item
 * (an alias resolves to the nearest anchor before it, which is then in the same item); an alias to an
 * anchor outside its item does not resolve in the item alone, and sends the List back to a whole parse,
 * as does anything else less clear-cut (flow `items: [...]`, directives, odd indentation, errors
 * outside the items). The whole parse is what the loader always did.
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document } from "yaml";
import type { KeyPath, Locator } from "../facts.js";
import { emptyFacts, formatKeyPath } from "../facts.js";
import { yamlOffset, yamlPosition } from "../yaml-locate.js";
import type { KubeWalk } from "./kube.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

/** YAML aliases a document may expand before it counts as an alias bomb. */
const MAX_ALIAS_COUNT = 1000;

const PARSE_OPTIONS = { prettyErrors: false, uniqueKeys: false } as const;

/** A slice of the text that parses on its own: `[start, end)`, beginning at 1-based line `line`. */
interface Chunk {
  start: number;
  end: number;
  line: number;
}

interface Parsed {
  docs: Document.Parsed[];
  lineCounter: LineCounter;
}

/** Parses chunks of one text; remembers the last one, so that locating one object's findings parses it once. */
class ChunkParser {
  private last: { chunk: Chunk; parsed: Parsed } | undefined;

  constructor(readonly text: string) {}

  parse(chunk: Chunk, remember: boolean): Parsed {
    if (this.last?.chunk === chunk) return this.last.parsed;
    const lineCounter = new LineCounter();
    const source = this.text.slice(chunk.start, chunk.end);
    const docs = parseAllDocuments(source, { ...PARSE_OPTIONS, lineCounter }) as Document.Parsed[];
    const parsed = { docs, lineCounter };
    this.last = remember ? { chunk, parsed } : undefined;
    return parsed;
  }

  /** File position of an offset inside a chunk's parse. */
  position(chunk: Chunk, parsed: Parsed, offset: number): { line: number; column: number } {
    const p = yamlPosition(parsed.lineCounter, offset);
    return { line: chunk.line + p.line - 1, column: p.column };
  }

  /** A locator for document `doc` of `chunk`; `root` is prepended to every path inside that document. */
  locator(file: string, chunk: Chunk, doc: number, root: KeyPath): Locator {
    return (path, formatted) => {
      const parsed = this.parse(chunk, true);
      const offset = yamlOffset(parsed.docs[doc]?.contents, [...root, ...path]);
      return { file, ...this.position(chunk, parsed, offset), path: formatted ?? formatKeyPath(path) };
    };
  }
}

/** Loads Kubernetes YAML chunk by chunk; facts and problems are those of {@link loadKubeYamlWhole}. */
export function loadKubeYamlSplit(file: string, text: string, sink: LoadSink, walk: KubeWalk): void {
  const parser = new ChunkParser(text);
  const chunks = splitDocuments(text);
  let docNo = 0;
  if (!chunks) {
    loadChunk(file, parser, { start: 0, end: text.length, line: 1 }, 0, sink, walk);
    return;
  }
  for (const chunk of chunks) {
    if (loadList(file, parser, chunk, docNo, sink, walk)) docNo += 1;
    else docNo += loadChunk(file, parser, chunk, docNo, sink, walk);
  }
}

/** Parses a chunk whole (any number of documents); returns how many documents it held. */
function loadChunk(
  file: string,
  parser: ChunkParser,
  chunk: Chunk,
  docNo: number,
  sink: LoadSink,
  walk: KubeWalk,
): number {
  let parsed: Parsed;
  try {
    parsed = parser.parse(chunk, false);
  } catch (err) {
    addProblem(sink, {
      file,
      code: "invalid-yaml",
      message: `invalid YAML: ${err instanceof Error ? err.message : String(err)}`,
    });
    return 0;
  }
  // A loop, not a callback: a locator made in a closure that sees `parsed` would keep every node tree.
  for (let i = 0; i < parsed.docs.length; i++) {
    const doc = parsed.docs[i] as Document.Parsed;
    if (doc.errors.length > 0) {
      reportErrors(file, parser, chunk, parsed, doc, docNo + i, sink);
      continue;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      addProblem(sink, {
        file,
        ...parser.position(chunk, parsed, doc.contents?.range?.[0] ?? 0),
        code: "yaml-alias-limit",
        message: `document ${docNo + i + 1} could not be expanded: ${err instanceof Error ? err.message : String(err)}`,
        hint: "Remove the YAML aliases that expand exponentially (an alias bomb), or expand them by hand.",
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    walk(value, [], sink, file, "kubernetes", locatorsFor(parser, file, chunk, i, 0));
  }
  return parsed.docs.length;
}

/**
 * Locators for the objects of one document of a chunk. For an item chunk (`drop` 2) the walk's base
 * `["items", i, ...]` becomes `[0, ...]`: the item is entry 0 of the chunk's sequence. Made here, at
 * module level, so that the closures keep only the chunk's offsets, never a parse.
 */
function locatorsFor(
  parser: ChunkParser,
  file: string,
  chunk: Chunk,
  doc: number,
  drop: 0 | 2,
): (base: (string | number)[]) => Locator {
  return (base) => parser.locator(file, chunk, doc, drop === 0 ? base : [0, ...base.slice(drop)]);
}

function reportErrors(
  file: string,
  parser: ChunkParser,
  chunk: Chunk,
  parsed: Parsed,
  doc: Document.Parsed,
  docIndex: number,
  sink: LoadSink,
  hint = "Fix the YAML syntax; other documents in the file were still audited.",
): void {
  for (const e of doc.errors)
    addProblem(sink, {
      file,
      ...parser.position(chunk, parsed, e.pos[0]),
      code: "invalid-yaml",
      message: `invalid YAML in document ${docIndex + 1}: ${e.message.split("\n")[0] ?? e.code}`,
      hint,
    });
}

/**
 * Loads a chunk that is one `kind: ...List` document with a block `items:` sequence, one item at a time.
 * Returns false, having added nothing, when the document is not such a List or is not safe to cut.
 */
function loadList(
  file: string,
  parser: ChunkParser,
  chunk: Chunk,
  docNo: number,
  sink: LoadSink,
  walk: KubeWalk,
): boolean {
  const cut = planList(parser.text, chunk);
  if (!cut) return false;
  // Facts and problems wait here until every item is known to be safe to load on its own.
  const local: LoadSink = { facts: emptyFacts(), problems: [] };
  for (let i = 0; i < cut.items.length; i++) {
    const item = cut.items[i] as Chunk;
    let parsed: Parsed;
    try {
      parsed = parser.parse(item, false);
    } catch {
      return false;
    }
    const doc = parsed.docs[0];
    if (parsed.docs.length !== 1 || !doc) return false;
    if (doc.errors.length > 0) {
      const hint = "Fix the YAML syntax; the other items and documents in the file were still audited.";
      reportErrors(file, parser, item, parsed, doc, docNo, local, hint);
      continue;
    }
    if (!isSeq(doc.contents) || doc.contents.items.length !== 1) return false;
    let value: unknown;
    try {
      value = (doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown[])[0];
    } catch {
      // An alias to an anchor outside the item, or an alias bomb: the whole document decides.
      return false;
    }
    walk(value, ["items", i], local, file, "kubernetes", locatorsFor(parser, file, item, 0, 2));
  }
  for (const p of local.problems) sink.problems.push(p);
  for (const o of local.facts.kubeObjects) sink.facts.kubeObjects.push(o);
  return true;
}

/** A List document cut into the text around its items (`header`, `trailer`) and one chunk per item. */
interface ListCut {
  /** End of the header: the start of the first item. */
  headerEnd: number;
  /** Offset of the `items:` key, relative to the chunk. */
  itemsKey: number;
  trailerStart: number;
  items: Chunk[];
}

function planList(text: string, chunk: Chunk): ListCut | undefined {
  const cut = cutList(text, chunk);
  return cut && listSkeletonOk(text, chunk, cut) ? cut : undefined;
}

/**
 * How the split loader cuts a text, for tests: per document chunk, the number of List items parsed one
 * by one, or `whole`. Undefined when the text is parsed whole (directives). Anchors found while loading
 * still send a List back to a whole parse.
 */
export function yamlSplitPlan(text: string): (number | "whole")[] | undefined {
  return splitDocuments(text)?.map((c) => planList(text, c)?.items.length ?? "whole");
}

const ITEMS_KEY = /^items:(?:[ \t]+(?:#.*)?)?\r?$/;

/**
 * Finds `items:` at column 0 followed by block entries (`- `) at one indentation. Undefined when there
 * is no such key or a line in the items does not fit (less indented than the entries but not a
 * top-level key, a whitespace line with a tab that a block scalar might swallow).
 */
function cutList(text: string, chunk: Chunk): ListCut | undefined {
  let pos = chunk.start;
  let line = chunk.line;
  const next = (): string => {
    const nl = text.indexOf("\n", pos);
    const end = nl === -1 || nl >= chunk.end ? chunk.end : nl + 1;
    const s = text.slice(pos, nl === -1 || nl >= chunk.end ? chunk.end : nl);
    pos = end;
    line += 1;
    return s;
  };
  // The `items:` line.
  let itemsKey = -1;
  while (pos < chunk.end) {
    const at = pos;
    if (ITEMS_KEY.test(next())) {
      itemsKey = at - chunk.start;
      break;
    }
  }
  if (itemsKey < 0) return undefined;
  // Comments and blank lines, then the entries: the first sets the indentation; lines indented deeper
  // belong to the entry above; a top-level line ends the items.
  let indent = -1;
  let entryStart = -1;
  let entryLine = 0;
  const items: Chunk[] = [];
  let trailerStart = chunk.end;
  while (pos < chunk.end) {
    const at = pos;
    const atLine = line;
    const s = next();
    const k = shape(s);
    if (k.blank) {
      if (s.includes("\t")) return undefined;
      continue;
    }
    if (s[k.indent] === "#") continue;
    if (indent < 0) {
      if (!isEntry(s, k.indent)) return undefined;
      indent = k.indent;
      entryStart = at;
      entryLine = atLine;
      continue;
    }
    if (k.indent > indent) continue;
    if (k.indent === indent && isEntry(s, indent)) {
      items.push({ start: entryStart, end: at, line: entryLine });
      entryStart = at;
      entryLine = atLine;
      continue;
    }
    if (k.indent !== 0) return undefined;
    trailerStart = at;
    break;
  }
  if (indent < 0) return undefined;
  items.push({ start: entryStart, end: trailerStart, line: entryLine });
  return { headerEnd: (items[0] as Chunk).start, itemsKey, trailerStart, items };
}

function shape(s: string): { indent: number; blank: boolean } {
  let i = 0;
  while (s.charCodeAt(i) === 32) i++;
  let j = i;
  while (j < s.length && (s[j] === " " || s[j] === "\t" || s[j] === "\r")) j++;
  return { indent: i, blank: j === s.length };
}

/** `-` at `indent` followed by a space or the end of the line: a block sequence entry. */
function isEntry(s: string, indent: number): boolean {
  if (s[indent] !== "-") return false;
  const after = s.slice(indent + 1);
  return after === "" || after === "\r" || after[0] === " ";
}

/**
 * The List without its items (header and trailer) must parse cleanly as one mapping whose only `items`
 * key is the one cut, with no value, and a `kind` that the loader treats as a List. (An alias in the
 * trailer to an anchor in an item fails to resolve here.)
 */
function listSkeletonOk(text: string, chunk: Chunk, cut: ListCut): boolean {
  const source = text.slice(chunk.start, cut.headerEnd) + text.slice(cut.trailerStart, chunk.end);
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(source, PARSE_OPTIONS) as Document.Parsed[];
  } catch {
    return false;
  }
  const doc = docs[0];
  if (docs.length !== 1 || !doc || doc.errors.length > 0 || !isMap(doc.contents)) return false;
  const itemsPairs = doc.contents.items.filter((p) => !isScalar(p.key) || String(p.key.value) === "items");
  const key = itemsPairs[0]?.key;
  if (itemsPairs.length !== 1 || !isScalar(key) || key.range?.[0] !== cut.itemsKey) return false;
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    return false;
  }
  return (
    isRecord(value) && value.items === null && typeof value.kind === "string" && value.kind.endsWith("List")
  );
}

/**
 * Cuts the text before every `---` line at column 0. Undefined when a line starts with `%`: directives
 * belong to the document after them, so such a text is parsed whole.
 */
function splitDocuments(text: string): Chunk[] | undefined {
  const chunks: Chunk[] = [];
  let start = 0;
  let startLine = 1;
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const first = pos === 0 && text.charCodeAt(0) === 0xfeff ? 1 : pos;
    if (text[first] === "%") return undefined;
    if (pos > 0 && text.startsWith("---", pos) && " \t\r\n".includes(text[pos + 3] ?? " ")) {
      chunks.push({ start, end: pos, line: startLine });
      start = pos;
      startLine = line;
    }
    const nl = text.indexOf("\n", pos);
    if (nl === -1) break;
    pos = nl + 1;
    line += 1;
  }
  chunks.push({ start, end: text.length, line: startLine });
  return chunks;
}

/**
 * The loader as it was: every document parsed whole, locators closing over its node tree. Kept as the
 * reference the split loader is tested against.
 */
export function loadKubeYamlWhole(file: string, text: string, sink: LoadSink, walk: KubeWalk): void {
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { ...PARSE_OPTIONS, lineCounter }) as Document.Parsed[];
  } catch (err) {
    addProblem(sink, {
      file,
      code: "invalid-yaml",
      message: `invalid YAML: ${err instanceof Error ? err.message : String(err)}`,
    });
    return;
  }
  if (!Array.isArray(docs)) docs = [docs];
  docs.forEach((doc, i) => {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = yamlPosition(lineCounter, e.pos[0]);
        addProblem(sink, {
          file,
          ...pos,
          code: "invalid-yaml",
          message: `invalid YAML in document ${i + 1}: ${e.message.split("\n")[0] ?? e.code}`,
          hint: "Fix the YAML syntax; other documents in the file were still audited.",
        });
      }
      return;
    }
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (err) {
      const pos = yamlPosition(lineCounter, doc.contents?.range?.[0] ?? 0);
      addProblem(sink, {
        file,
        ...pos,
        code: "yaml-alias-limit",
        message: `document ${i + 1} could not be expanded: ${err instanceof Error ? err.message : String(err)}`,
        hint: "Remove the YAML aliases that expand exponentially (an alias bomb), or expand them by hand.",
      });
      return;
    }
    if (value === null || value === undefined) return;
    const locatorAt =
      (base: (string | number)[]): Locator =>
      (path) => ({
        file,
        ...yamlPosition(lineCounter, yamlOffset(doc.contents, [...base, ...path])),
        path: formatKeyPath(path),
      });
    walk(value, [], sink, file, "kubernetes", locatorAt);
  });
}

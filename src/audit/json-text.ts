/**
 * Source positions inside JSON text, computed on demand. The JSON loaders parse with `JSON.parse` (fast)
 * and keep the text; only when a finding needs a location do they scan for the key path here. Scans skip
 * whole values with `indexOf` on strings and bracket counting, so a lookup costs the bytes before the key
 * inside its object, not the whole file.
 */
import type { KeyPath } from "./facts.js";
import { jsonSkipper, type JsonSkipper, type JsonStructure } from "./json-structure.js";

/** Where a key path was found: the offset of its value, and how many path segments matched. */
export interface JsonHit {
  /** Offset of the last matched key (its opening quote), or of the value when the last segment was an index. */
  offset: number;
  matched: number;
}

/** How far back (characters) `position` counts lines from its cursor before it indexes every line. */
const BACK_LIMIT = 1 << 20;

/**
 * Per object offset: the keys indexed so far and where indexing goes on (-1: done); with `skip`, `next`
 * is the last key found, whose value is still to be skipped.
 */
type ObjectIndex = Map<number, { keys: Map<string, number>; next: number; skip: boolean }>;
type ArrayIndex = Map<number, ArrayLike<number>>;

export class JsonText {
  private lineStarts: ArrayLike<number> | undefined;
  /** Forward line counting (`position`): the last offset asked, its line and that line's start. */
  private cursorOffset = 0;
  private cursorLine = 1;
  private cursorLineStart = 0;
  /** Key and element indexes of the values `find` walked through (kept: the path to each object). */
  private readonly arrayIndex: ArrayIndex = new Map();
  private readonly objectIndex: ObjectIndex = new Map();
  /** The same for the one value `findIn` answers about; dropped when it moves to another value. */
  private localStart = -1;
  private localArrays: ArrayIndex = new Map();
  private localObjects: ObjectIndex = new Map();

  /** Whitespace, string and value skipping, shared with the worker's scan (`json-structure.ts`). */
  private readonly skip: JsonSkipper;

  constructor(readonly text: string) {
    this.skip = jsonSkipper(text);
  }

  /**
   * Takes the element offsets of one array and the line starts from a scan done elsewhere (a worker,
   * `json-structure.ts`) instead of finding them on first use. They must be of this same text.
   */
  adopt(structure: JsonStructure): void {
    if (structure.arrayOffset >= 0) this.arrayIndex.set(structure.arrayOffset, structure.elements);
    this.lineStarts = structure.lineStarts;
  }

  /**
   * Same answer as `find(start, path)`, with the indexes of the keys and elements inside the value at
   * `start` kept only until a lookup asks about another value, so memory stays bounded; callers that
   * locate many paths should ask about one value at a time (the engine resolves findings grouped by
   * object). Each of the value's objects and arrays is indexed only as far as the paths asked for.
   */
  findIn(start: number, path: KeyPath): JsonHit {
    const at = this.skipWs(start);
    if (this.localStart !== at) {
      this.localStart = at;
      this.localArrays = new Map();
      this.localObjects = new Map();
    }
    return this.walk(at, path, this.localObjects, this.localArrays);
  }

  /**
   * 1-based line and column of a character offset. Offsets asked in increasing order (the engine
   * locates objects in file order) cost one forward count of newlines in total, with no index of every
   * line; short steps back count back from there, and only a step back of more than `BACK_LIMIT`
   * characters builds the index of every line (or a worker supplied it, `adopt`).
   */
  position(offset: number): { line: number; column: number } {
    // Short steps back (findings inside one object, located in rule order) count back from there.
    if (!this.lineStarts && offset >= this.cursorLineStart - BACK_LIMIT) {
      const t = this.text;
      let line = this.cursorLine;
      let start = this.cursorLineStart;
      while (offset < start) {
        line--;
        start = t.lastIndexOf("\n", start - 2) + 1;
      }
      let i = t.indexOf("\n", Math.max(start, Math.min(this.cursorOffset, offset)));
      while (i >= 0 && i < offset) {
        line++;
        start = i + 1;
        i = t.indexOf("\n", start);
      }
      this.cursorOffset = offset;
      this.cursorLine = line;
      this.cursorLineStart = start;
      return { line, column: offset - start + 1 };
    }
    const starts = this.lines();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /** The first value in the text (skips a UTF-8 BOM and whitespace). */
  rootOffset(): number {
    let i = 0;
    if (this.text.charCodeAt(0) === 0xfeff) i = 1;
    return this.skipWs(i);
  }

  /**
   * Follows `path` from the value at `start`. Returns the offset of the deepest value found; when a key
   * is missing, the offset of its parent (so a finding about a missing property points at the object
   * that lacks it).
   */
  find(start: number, path: KeyPath): JsonHit {
    return this.walk(this.skipWs(start), path, this.objectIndex, this.arrayIndex);
  }

  private walk(start: number, path: KeyPath, objects: ObjectIndex, arrays: ArrayIndex): JsonHit {
    let at = start;
    let shown = at;
    let matched = 0;
    for (const seg of path) {
      if (typeof seg === "number") {
        const next = this.element(at, seg, arrays);
        if (next === undefined) break;
        at = shown = next;
      } else {
        const key = this.keyOffset(at, seg, objects);
        if (key === undefined) break;
        shown = key;
        at = this.valueAfterKey(key);
      }
      matched++;
    }
    return { offset: shown, matched };
  }

  /**
   * Offset of the opening quote of `key` in the object at `at`. Each object's keys are indexed once,
   * and only as far as the keys asked for: a key near the start of a huge object (`items` in a kubectl
   * List) does not cost a scan of everything after it.
   */
  keyOffset(at: number, key: string, objects: ObjectIndex = this.objectIndex): number | undefined {
    let index = objects.get(at);
    if (!index) {
      index = {
        keys: new Map(),
        next: this.text.charCodeAt(at) === 0x7b ? this.skipWs(at + 1) : -1,
        skip: false,
      };
      objects.set(at, index);
    }
    const known = index.keys.get(key);
    if (known !== undefined || index.next < 0) return known;
    const t = this.text;
    let i = index.next;
    if (index.skip) {
      // The value of the key found last time is skipped only now that a later key is asked for: the
      // `items` array of a kubectl List is the whole file.
      index.skip = false;
      const v = this.skipWs(this.skipValue(this.valueAfterKey(i)));
      i = t.charCodeAt(v) === 0x2c ? this.skipWs(v + 1) : -1;
    }
    while (i >= 0 && i < t.length && t.charCodeAt(i) === 0x22) {
      const end = this.stringEnd(i);
      const raw = t.slice(i + 1, end - 1);
      const name = raw.includes("\\") ? safeJsonString(t.slice(i, end)) : raw;
      const fresh = !index.keys.has(name);
      if (fresh) index.keys.set(name, i);
      if (fresh && name === key) {
        index.next = i;
        index.skip = true;
        return i;
      }
      const v = this.skipWs(this.skipValue(this.valueAfterKey(i)));
      i = t.charCodeAt(v) === 0x2c ? this.skipWs(v + 1) : -1;
    }
    index.next = -1;
    return undefined;
  }

  /** Offset of element `index` of the array at `at`; indexes of large arrays are cached after one scan. */
  element(at: number, index: number, arrays: ArrayIndex = this.arrayIndex): number | undefined {
    const t = this.text;
    if (t.charCodeAt(at) !== 0x5b) return undefined;
    let starts = arrays.get(at);
    if (!starts) {
      const found: number[] = [];
      starts = found;
      let i = this.skipWs(at + 1);
      if (t.charCodeAt(i) !== 0x5d) {
        while (i < t.length) {
          found.push(i);
          i = this.skipWs(this.skipValue(i));
          if (t.charCodeAt(i) !== 0x2c) break;
          i = this.skipWs(i + 1);
        }
      }
      arrays.set(at, starts);
    }
    return starts[index];
  }

  /** Offset just past the value starting at `i`. */
  skipValue(i: number): number {
    return this.skip.skipValue(i);
  }

  private valueAfterKey(keyStart: number): number {
    let i = this.skipWs(this.stringEnd(keyStart));
    if (this.text.charCodeAt(i) === 0x3a) i++;
    return this.skipWs(i);
  }

  private stringEnd(i: number): number {
    return this.skip.stringEnd(i);
  }

  private skipWs(i: number): number {
    return this.skip.ws(i);
  }

  private lines(): ArrayLike<number> {
    if (this.lineStarts) return this.lineStarts;
    const starts: number[] = [0];
    const t = this.text;
    let i = t.indexOf("\n");
    while (i >= 0) {
      starts.push(i + 1);
      i = t.indexOf("\n", i + 1);
    }
    this.lineStarts = starts;
    return starts;
  }
}

function safeJsonString(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

/**
 * Position of a JSON.parse error message ("... at position 42" / "(line 3 column 5)"), as an offset.
 * Node's messages differ across versions; falls back to 0.
 */
export function jsonErrorOffset(message: string, text: JsonText): number {
  const pos = /position (\d+)/.exec(message);
  if (pos?.[1]) return Number(pos[1]);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc?.[1] && lc[2]) {
    const line = Number(lc[1]);
    const starts: number[] = [];
    let i = 0;
    starts.push(0);
    while (starts.length < line) {
      const n = text.text.indexOf("\n", i);
      if (n < 0) break;
      starts.push(n + 1);
      i = n + 1;
    }
    return (starts[line - 1] ?? 0) + Number(lc[2]) - 1;
  }
  if (/end of JSON input/.test(message)) return text.text.length;
  // Node 20: `Unexpected token '}', ..."  "kind": }" is not valid JSON` — find the quoted context.
  const ctx = /Unexpected token '(.+?)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
  if (ctx?.[1] && ctx[2]) {
    const at = text.text.indexOf(ctx[2]);
    if (at >= 0) return at + Math.max(0, ctx[2].lastIndexOf(ctx[1]));
  }
  return 0;
}

/**
 * The structure of a large JSON text, computed on a second thread while the main thread runs
 * `JSON.parse` on the same text: where each element of the list that holds the objects starts (the
 * `items` array of a `kubectl get -o json` List, or a root array) and where each line starts. Locating
 * a finding then needs neither a scan of everything before its object nor a count of the newlines
 * before it (DESIGN.md quality bars: 100,000 objects, positions exact).
 *
 * Only for pure ASCII text, where a byte offset is a character offset; `JSON.parse` must have
 * accepted the same text (the scanner trusts it to be valid JSON). Anything else, or a failing worker,
 * leaves `JsonText` to find the same offsets itself, lazily.
 */
import { Worker } from "node:worker_threads";

export interface JsonStructure {
  /** Offset of the `[` whose elements are listed; -1 when the text holds no such array. */
  arrayOffset: number;
  /** Offset of each element of that array, in order. */
  elements: Uint32Array;
  /** Offset of the first character of every line, in order (line 1 starts at 0). */
  lineStarts: Uint32Array;
}

/** Skipping through JSON text without parsing it: whitespace, a string, a whole value. */
export interface JsonSkipper {
  /** The first non-whitespace offset at or after `i`. */
  ws: (i: number) => number;
  /** Offset just past the string whose opening quote is at `i`. */
  stringEnd: (i: number) => number;
  /** Offset just past the value starting at `i`. */
  skipValue: (i: number) => number;
}

/**
 * The skipping `JsonText` and the worker's scan share: containers are skipped by jumping between quotes
 * and brackets with a regular expression (`test`, so no match array per quote), strings with `indexOf`.
 * Self-contained on purpose (no imports, no outer names): the worker runs its source text.
 */
export function jsonSkipper(text: string): JsonSkipper {
  const n = text.length;
  const structural = /["{}[\]]/g;
  const ws = (i: number): number => {
    let c = text.charCodeAt(i);
    while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = text.charCodeAt(++i);
    return i;
  };
  const stringEnd = (i: number): number => {
    let j = i + 1;
    for (;;) {
      const q = text.indexOf('"', j);
      if (q < 0) return n;
      let k = q - 1;
      while (k > i && text.charCodeAt(k) === 0x5c) k--;
      if ((q - 1 - k) % 2 === 0) return q + 1;
      j = q + 1;
    }
  };
  const skipValue = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c === 0x22) return stringEnd(i);
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      structural.lastIndex = i;
      while (structural.test(text)) {
        const j = structural.lastIndex - 1;
        const ch = text.charCodeAt(j);
        if (ch === 0x22) {
          structural.lastIndex = stringEnd(j);
          continue;
        }
        if (ch === 0x7b || ch === 0x5b) depth++;
        else if (--depth === 0) return j + 1;
      }
      return n;
    }
    let j = i;
    while (j < n) {
      const ch = text.charCodeAt(j);
      if (
        ch === 0x2c ||
        ch === 0x7d ||
        ch === 0x5d ||
        ch === 0x20 ||
        ch === 0x0a ||
        ch === 0x0d ||
        ch === 0x09
      )
        break;
      j++;
    }
    return j === i ? i + 1 : j;
  };
  return { ws, stringEnd, skipValue };
}

/**
 * Scans a JSON text once for the element offsets of its listed array and its line starts, the way
 * `JsonText` finds them. Self-contained but for `jsonSkipper` (the worker runs the source text of
 * both). The array listed is the root array, or the value of the root object's first key named
 * `items` (without escapes) when that value is an array.
 */
export function scanJsonStructure(text: string): JsonStructure {
  const n = text.length;
  const { ws, stringEnd, skipValue } = jsonSkipper(text);
  const grow = (a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> => {
    const b = new Uint32Array(a.length * 2);
    b.set(a);
    return b;
  };

  let lines = new Uint32Array(1024);
  let lineCount = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (lineCount === lines.length) lines = grow(lines);
    lines[lineCount++] = i + 1;
  }

  let arrayOffset = -1;
  let root = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  root = ws(root);
  if (text.charCodeAt(root) === 0x5b) arrayOffset = root;
  else if (text.charCodeAt(root) === 0x7b) {
    let i = ws(root + 1);
    while (i < n && text.charCodeAt(i) === 0x22) {
      const end = stringEnd(i);
      const value = ws(ws(end) + 1);
      if (text.slice(i, end) === '"items"') {
        if (text.charCodeAt(value) === 0x5b) arrayOffset = value;
        break;
      }
      const after = ws(skipValue(value));
      if (text.charCodeAt(after) !== 0x2c) break;
      i = ws(after + 1);
    }
  }
  let elements = new Uint32Array(1024);
  let elementCount = 0;
  if (arrayOffset >= 0) {
    let i = ws(arrayOffset + 1);
    if (text.charCodeAt(i) !== 0x5d) {
      while (i < n) {
        if (elementCount === elements.length) elements = grow(elements);
        elements[elementCount++] = i;
        i = ws(skipValue(i));
        if (text.charCodeAt(i) !== 0x2c) break;
        i = ws(i + 1);
      }
    }
  }
  return {
    arrayOffset,
    elements: elements.slice(0, elementCount),
    lineStarts: lines.slice(0, lineCount),
  };
}

/** Texts smaller than this are indexed lazily on the main thread: a worker costs ~30 ms to start. */
export const WORKER_MIN_BYTES = 8 * 1024 * 1024;

/**
 * Runs `scanJsonStructure` on a worker thread over `bytes`, which are transferred (zero-copy) when
 * they own their whole buffer and copied otherwise. Resolves undefined if the worker fails; never
 * rejects. `cancel` stops it (the parse failed, nothing will ask).
 */
export function scanJsonStructureInWorker(bytes: Uint8Array): {
  result: Promise<JsonStructure | undefined>;
  cancel: () => void;
} {
  const own =
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
      ? bytes
      : bytes.slice();
  // `__name` covers transpilers that keep function names (esbuild's keepNames) in the source text.
  const source = `const __name = (f) => f;
const { parentPort, workerData } = require("node:worker_threads");
const { Buffer } = require("node:buffer");
const jsonSkipper = ${jsonSkipper.toString()};
const scanJsonStructure = ${scanJsonStructure.toString()};
const s = scanJsonStructure(Buffer.from(workerData).latin1Slice());
parentPort.postMessage(s, [s.elements.buffer, s.lineStarts.buffer]);`;
  let worker: Worker | undefined;
  const result = new Promise<JsonStructure | undefined>((resolve) => {
    try {
      worker = new Worker(source, {
        eval: true,
        workerData: own.buffer,
        transferList: [own.buffer as ArrayBuffer],
      });
    } catch {
      resolve(undefined);
      return;
    }
    worker.once("message", (m: JsonStructure) => resolve(m));
    worker.once("error", () => resolve(undefined));
    worker.once("exit", () => resolve(undefined));
  });
  return {
    result,
    cancel: () => {
      void worker?.terminate();
    },
  };
}

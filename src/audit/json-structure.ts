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

/**
 * Scans JSON bytes once. Self-contained on purpose (no imports, no outer names): the worker runs its
 * source text. The array listed is the root array, or the value of the root object's first `items`
 * key when that value is an array (`JsonText.keyOffset` also takes the first of duplicate keys).
 */
export function scanJsonStructure(bytes: Uint8Array): JsonStructure {
  const n = bytes.length;
  let lines = new Uint32Array(1024);
  let lineCount = 1;
  lines[0] = 0;
  let elements = new Uint32Array(1024);
  let elementCount = 0;
  let arrayOffset = -1;
  // Depth of the listed array's elements' container (1 for a root array, 2 for `items`), 0 = none yet.
  let listDepth = 0;
  let listDone = false;
  let expectElement = false;
  let rootIsObject = false;
  let itemsKeySeen = false;
  let awaitingItemsValue = false;
  let depth = 0;
  const pushElement = (at: number): void => {
    if (elementCount === elements.length) {
      const grown = new Uint32Array(elements.length * 2);
      grown.set(elements);
      elements = grown;
    }
    elements[elementCount++] = at;
  };
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === 0x0a) {
      if (lineCount === lines.length) {
        const grown = new Uint32Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[lineCount++] = i + 1;
      continue;
    }
    if (c === 0x20 || c === 0x0d || c === 0x09) continue;
    if (expectElement && depth === listDepth && c !== 0x5d) {
      pushElement(i);
      expectElement = false;
    }
    if (c === 0x22) {
      if (awaitingItemsValue && depth === 1) awaitingItemsValue = false;
      const start = i;
      i++;
      while (i < n) {
        const d = bytes[i] as number;
        if (d === 0x22) break;
        if (d === 0x5c) i++;
        i++;
      }
      // A key of the root object spelled exactly "items" (escapes are not looked through).
      if (
        rootIsObject &&
        depth === 1 &&
        !itemsKeySeen &&
        i - start === 6 &&
        bytes[start + 1] === 0x69 &&
        bytes[start + 2] === 0x74 &&
        bytes[start + 3] === 0x65 &&
        bytes[start + 4] === 0x6d &&
        bytes[start + 5] === 0x73
      ) {
        let j = i + 1;
        while (j < n && (bytes[j] === 0x20 || bytes[j] === 0x0a || bytes[j] === 0x0d || bytes[j] === 0x09))
          j++;
        if (bytes[j] === 0x3a) {
          itemsKeySeen = true;
          awaitingItemsValue = true;
        }
      }
      continue;
    }
    if (c === 0x3a) continue;
    if (c === 0x7b || c === 0x5b) {
      if (depth === 0) {
        rootIsObject = c === 0x7b;
        if (c === 0x5b) {
          arrayOffset = i;
          listDepth = 1;
          expectElement = true;
        }
      } else if (awaitingItemsValue && depth === 1) {
        awaitingItemsValue = false;
        if (c === 0x5b && !listDone && listDepth === 0) {
          arrayOffset = i;
          listDepth = 2;
          expectElement = true;
        }
      }
      depth++;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      depth--;
      if (listDepth > 0 && depth === listDepth - 1 && c === 0x5d) {
        listDone = true;
        expectElement = false;
        listDepth = -1;
      }
      continue;
    }
    if (c === 0x2c) {
      if (depth === listDepth && !listDone) expectElement = true;
      continue;
    }
    // A scalar (number, true, false, null): the value of the items key, if it was one, is not an array.
    if (awaitingItemsValue && depth === 1) awaitingItemsValue = false;
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
const scanJsonStructure = ${scanJsonStructure.toString()};
const s = scanJsonStructure(new Uint8Array(workerData));
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

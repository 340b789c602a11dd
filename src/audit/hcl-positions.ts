/**
 * Positions of blocks and attributes in HCL text. `@cdktf/hcl2json` parses HCL into values but keeps no
 * positions, so this scanner reads the same text for structure only: which attribute and which block
 * starts where. It understands strings with `${}` templates, heredocs and the three comment styles, and
 * never fails — on text it cannot follow it returns what it found so far.
 */

export interface HclPos {
  line: number;
  column: number;
}

export interface HclBlock {
  type: string;
  labels: string[];
  pos: HclPos;
  body: HclBody;
}

export interface HclBody {
  attributes: Map<string, HclPos>;
  blocks: HclBlock[];
}

export function scanHcl(text: string): HclBody {
  return new Scanner(text).body(false);
}

/** The `index`-th nested block of `type` in a body. */
export function childBlock(body: HclBody | undefined, type: string, index = 0): HclBlock | undefined {
  if (!body) return undefined;
  let n = 0;
  for (const b of body.blocks) {
    if (b.type !== type) continue;
    if (n === index) return b;
    n++;
  }
  return undefined;
}

class Scanner {
  private i = 0;
  private line = 1;
  private col = 1;
  constructor(private readonly s: string) {}

  body(nested: boolean): HclBody {
    const out: HclBody = { attributes: new Map(), blocks: [] };
    for (;;) {
      this.skipTrivia(true);
      if (this.i >= this.s.length) return out;
      const c = this.s[this.i];
      if (c === "}") {
        if (nested) this.advance();
        else this.advance();
        if (nested) return out;
        continue;
      }
      const pos = { line: this.line, column: this.col };
      const name = this.ident();
      if (!name) {
        // Not an identifier: skip a character so that the scan always progresses.
        this.advance();
        continue;
      }
      this.skipTrivia(false);
      if (this.s[this.i] === "=" && this.s[this.i + 1] !== "=") {
        this.advance();
        out.attributes.set(name, pos);
        this.skipExpression();
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.skipTrivia(false);
        const ch = this.s[this.i];
        if (ch === '"') labels.push(this.stringLiteral());
        else if (ch === "{") break;
        else {
          const id = this.ident();
          if (!id) break;
          labels.push(id);
        }
      }
      if (this.s[this.i] !== "{") continue;
      this.advance();
      const block: HclBlock = { type: name, labels, pos, body: this.body(true) };
      out.blocks.push(block);
    }
  }

  private ident(): string {
    const start = this.i;
    while (this.i < this.s.length && /[\w-]/.test(this.s[this.i] ?? "")) this.advance();
    return this.s.slice(start, this.i);
  }

  private stringLiteral(): string {
    const start = this.i + 1;
    this.skipString();
    return this.s.slice(start, this.i - 1);
  }

  /** Skips an attribute's expression: up to the newline (or closing brace) at bracket depth 0. */
  private skipExpression(): void {
    let depth = 0;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === '"') {
        this.skipString();
        continue;
      }
      if (c === "<" && this.s[this.i + 1] === "<" && /[-A-Za-z_]/.test(this.s[this.i + 2] ?? "")) {
        this.skipHeredoc();
        continue;
      }
      if (c === "#" || (c === "/" && this.s[this.i + 1] === "/")) {
        // A line comment ends the line but not the expression inside brackets; keep the newline.
        while (this.i < this.s.length && this.s[this.i] !== "\n") this.advance();
        continue;
      }
      if (c === "/" && this.s[this.i + 1] === "*") {
        this.skipBlockComment();
        continue;
      }
      if (c === "(" || c === "[" || c === "{") depth++;
      else if (c === ")" || c === "]" || c === "}") {
        if (depth === 0) return;
        depth--;
      } else if (c === "\n" && depth === 0) return;
      this.advance();
    }
  }

  private skipString(): void {
    this.advance();
    let templateDepth = 0;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === "\\") {
        this.advance();
        this.advance();
        continue;
      }
      if ((c === "$" || c === "%") && this.s[this.i + 1] === "{") {
        templateDepth++;
        this.advance();
        this.advance();
        continue;
      }
      if (templateDepth > 0) {
        if (c === "}") templateDepth--;
        else if (c === '"') {
          this.skipString();
          continue;
        }
        this.advance();
        continue;
      }
      if (c === '"') {
        this.advance();
        return;
      }
      if (c === "\n") return;
      this.advance();
    }
  }

  private skipHeredoc(): void {
    const m = /^<<-?([A-Za-z_][\w]*)/.exec(this.s.slice(this.i, this.i + 200));
    if (!m?.[1]) {
      this.advance();
      return;
    }
    const marker = m[1];
    this.skipLine();
    while (this.i < this.s.length) {
      const lineEnd = this.s.indexOf("\n", this.i);
      const text = this.s.slice(this.i, lineEnd < 0 ? this.s.length : lineEnd).trim();
      this.skipLine();
      if (text === marker) return;
    }
  }

  private skipLine(): void {
    while (this.i < this.s.length && this.s[this.i] !== "\n") this.advance();
    if (this.i < this.s.length) this.advance();
  }

  private skipBlockComment(): void {
    this.advance();
    this.advance();
    while (this.i < this.s.length && !(this.s[this.i] === "*" && this.s[this.i + 1] === "/")) this.advance();
    this.advance();
    this.advance();
  }

  private skipTrivia(newlines: boolean): void {
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.advance();
      else if (newlines && (c === "#" || (c === "/" && this.s[this.i + 1] === "/"))) this.skipLine();
      else if (c === "/" && this.s[this.i + 1] === "*") this.skipBlockComment();
      else return;
    }
  }

  private advance(): void {
    if (this.i >= this.s.length) return;
    if (this.s[this.i] === "\n") {
      this.line++;
      this.col = 1;
    } else this.col++;
    this.i++;
  }
}

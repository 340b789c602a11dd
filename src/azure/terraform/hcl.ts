/**
 * A small HCL writer: a tree of blocks, attributes and expressions rendered the way `terraform fmt`
 * formats it (two-space indent, `=` aligned within runs of consecutive single-line attributes, one space
 * before `{`, lists `[a, b]`), so the generated files pass `terraform fmt -check` unchanged.
 *
 * Alignment follows hclwrite's rule: a line whose value opens a multi-line expression (`x = {`) is not
 * aligned and ends the run; a heredoc opener line is aligned with the lines before it and ends the run.
 */

/** An HCL expression. JS scalars, arrays and plain objects are literals; `raw()` is verbatim HCL. */
export type Expr =
  string | number | boolean | null | Raw | Heredoc | Expr[] | { [key: string]: Expr | undefined };

export class Raw {
  constructor(readonly text: string) {}
}

export class Heredoc {
  constructor(readonly text: string) {}
}

/** A verbatim HCL expression: a reference (`var.location`), a function call or a conditional. */
export function raw(text: string): Raw {
  return new Raw(text);
}

/** A `<<-EOT` heredoc string (content is written as is, indented to the attribute). */
export function heredoc(text: string): Heredoc {
  return new Heredoc(text);
}

export interface Attribute {
  kind: "attribute";
  name: string;
  value: Expr;
}

export interface Block {
  kind: "block";
  type: string;
  labels: string[];
  body: BodyItem[];
}

export interface Comment {
  kind: "comment";
  text: string;
}

export type BodyItem = Attribute | Block | Comment;

/** `undefined` values are dropped, so optional attributes can be written inline. */
export function attr(name: string, value: Expr | undefined): Attribute[] {
  return value === undefined ? [] : [{ kind: "attribute", name, value }];
}

export function block(type: string, labels: string[], body: (BodyItem | BodyItem[])[]): Block {
  return { kind: "block", type, labels, body: body.flat() };
}

export function comment(text: string): Comment {
  return { kind: "comment", text };
}

/** Attributes from an object, in the object's key order; `undefined` values are dropped. */
export function attrs(values: Record<string, Expr | undefined>): Attribute[] {
  return Object.entries(values).flatMap(([k, v]) => attr(k, v));
}

/** `dynamic "name" { for_each = ...; content { ... } }`. */
export function dynamic(name: string, forEach: string, content: (BodyItem | BodyItem[])[]): Block {
  return block("dynamic", [name], [attr("for_each", raw(forEach)), block("content", [], content)]);
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** Escapes a string for a quoted HCL template (interpolation markers are doubled). */
export function quote(s: string): string {
  const body = s
    .replace(/\\/g, "\\\\")
    .replace(/"/g, '\\"')
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, "%%{");
  return `"${body}"`;
}

function isObject(e: Expr): e is { [key: string]: Expr | undefined } {
  return (
    typeof e === "object" && e !== null && !Array.isArray(e) && !(e instanceof Raw) && !(e instanceof Heredoc)
  );
}

function objectKey(k: string): string {
  return IDENT.test(k) ? k : quote(k);
}

/** Expression text; `indent` is the indentation of the line the expression starts on. */
function renderExpr(e: Expr, indent: string): string {
  if (e instanceof Raw) {
    // Multi-line expressions are written as if their attribute sat at a two-space indent.
    const [first, ...rest] = e.text.split("\n");
    return [first, ...rest.map((l) => (l === "" ? "" : indent + l.replace(/^ {2}/, "")))].join("\n");
  }
  if (e instanceof Heredoc) {
    const lines = e.text.replace(/\n$/, "").split("\n");
    const inner = indent + "  ";
    return `<<-EOT\n${lines.map((l) => (l === "" ? "" : inner + l)).join("\n")}\n${inner}EOT`;
  }
  if (e === null) return "null";
  if (typeof e === "string") return quote(e);
  if (typeof e === "number" || typeof e === "boolean") return String(e);
  if (Array.isArray(e)) {
    if (e.length === 0) return "[]";
    const oneLine = e.map((x) => (isSimple(x) ? renderExpr(x, indent) : undefined));
    const text = `[${oneLine.join(", ")}]`;
    if (oneLine.every((x) => x !== undefined) && indent.length + text.length <= 100) return text;
    const inner = indent + "  ";
    return `[\n${e.map((x) => `${inner}${renderExpr(x, inner)},`).join("\n")}\n${indent}]`;
  }
  const entries = Object.entries(e).filter((kv): kv is [string, Expr] => kv[1] !== undefined);
  if (entries.length === 0) return "{}";
  const inner = indent + "  ";
  const lines = renderAssignments(
    entries.map(([k, v]) => ({ key: objectKey(k), value: v })),
    inner,
  );
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function isSimple(e: Expr): boolean {
  return !Array.isArray(e) && !isObject(e) && !(e instanceof Heredoc);
}

/** `key = value` lines with terraform fmt's `=` alignment. Each value is rendered once. */
function renderAssignments(items: { key: string; value: Expr }[], indent: string): string[] {
  const out: string[] = [];
  let run: { key: string; text: string }[] = [];
  const flush = () => {
    const width = Math.max(0, ...run.map((r) => r.key.length));
    for (const r of run) out.push(`${indent}${r.key.padEnd(width)} = ${r.text}`);
    run = [];
  };
  for (const item of items) {
    const text = renderExpr(item.value, indent);
    // A value that opens a bracket and spans lines is not aligned and ends the run.
    if (!(item.value instanceof Heredoc) && text.includes("\n")) {
      flush();
      out.push(`${indent}${item.key} = ${text}`);
    } else {
      run.push({ key: item.key, text });
      if (item.value instanceof Heredoc) flush();
    }
  }
  flush();
  return out;
}

function renderBody(items: BodyItem[], indent: string): string[] {
  const out: string[] = [];
  let attrsRun: Attribute[] = [];
  let previous: "attribute" | "block" | "comment" | undefined;
  const flushAttrs = () => {
    if (attrsRun.length === 0) return;
    out.push(
      ...renderAssignments(
        attrsRun.map((a) => ({ key: a.name, value: a.value })),
        indent,
      ),
    );
    attrsRun = [];
  };
  for (const item of items) {
    if (item.kind === "attribute") {
      if (previous === "block") out.push("");
      attrsRun.push(item);
    } else if (item.kind === "comment") {
      flushAttrs();
      if (previous === "block") out.push("");
      out.push(...item.text.split("\n").map((l) => `${indent}#${l ? " " + l : ""}`));
    } else {
      flushAttrs();
      if (previous !== undefined && previous !== "comment") out.push("");
      out.push(...renderBlock(item, indent));
    }
    previous = item.kind;
  }
  flushAttrs();
  return out;
}

function renderBlock(b: Block, indent: string): string[] {
  const head = [b.type, ...b.labels.map(quote)].join(" ");
  if (b.body.length === 0) return [`${indent}${head} {}`];
  return [`${indent}${head} {`, ...renderBody(b.body, indent + "  "), `${indent}}`];
}

/** A whole file: top-level items separated by blank lines, ending with one newline. */
export function renderFile(items: BodyItem[], headerText = ""): string {
  const body = renderBody(items, "").join("\n");
  return `${headerText}${headerText && body ? "\n" : ""}${body}\n`;
}

/** One `name = value` line per entry for a .tfvars or backend .hcl file, aligned like `terraform fmt`. */
export function renderAssignmentsFile(values: { key: string; value: Expr }[], headerText = ""): string {
  const body = renderAssignments(values, "").join("\n");
  return `${headerText}${headerText && body ? "\n" : ""}${body}\n`;
}

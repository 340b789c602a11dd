/**
 * A small evaluator for ARM template expressions (`[parameters('x')]`, `[concat(...)]`, `[if(...)]`...).
 * It knows the functions that decide the values rules read (parameters, variables, string, logical and
 * comparison functions); anything else — `resourceGroup()`, `reference()`, `resourceId()`, a function it
 * does not know, a syntax it cannot read — evaluates to `Unknown`, never to an error. Unknown spreads:
 * a function of an unknown argument is unknown.
 */
import { Unknown, isUnknown } from "./facts.js";

export interface ArmScope {
  parameters: Record<string, unknown>;
  variables: Record<string, unknown>;
}

/** Is this string an ARM expression (`[...]` but not the `[[` escape)? */
export function isArmExpression(s: string): boolean {
  return s.length >= 2 && s.startsWith("[") && s.endsWith("]") && !s.startsWith("[[");
}

/** Evaluates every expression string inside a JSON value (deeply). */
export function evaluateDeep(value: unknown, scope: ArmScope, depth = 0): unknown {
  if (depth > 64) return new Unknown("<too deep>");
  if (typeof value === "string") return evaluateString(value, scope);
  if (Array.isArray(value)) return value.map((v) => evaluateDeep(v, scope, depth + 1));
  if (value && typeof value === "object" && !isUnknown(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = evaluateDeep(v, scope, depth + 1);
    return out;
  }
  return value;
}

export function evaluateString(s: string, scope: ArmScope): unknown {
  if (s.startsWith("[[")) return s.slice(1);
  if (!isArmExpression(s)) return s;
  try {
    const p = new Parser(s.slice(1, -1));
    const ast = p.expression();
    p.end();
    return evaluate(ast, scope, s, 0);
  } catch {
    return new Unknown(s);
  }
}

type Ast =
  | { t: "lit"; v: unknown }
  | { t: "call"; name: string; args: Ast[] }
  | { t: "prop"; of: Ast; name: string }
  | { t: "index"; of: Ast; index: Ast };

class Parser {
  private i = 0;
  constructor(private readonly s: string) {}

  end(): void {
    this.ws();
    if (this.i !== this.s.length) throw new Error("trailing text");
  }

  expression(): Ast {
    this.ws();
    let node = this.primary();
    for (;;) {
      this.ws();
      const c = this.s[this.i];
      if (c === ".") {
        this.i++;
        node = { t: "prop", of: node, name: this.ident() };
      } else if (c === "[") {
        this.i++;
        const index = this.expression();
        this.expect("]");
        node = { t: "index", of: node, index };
      } else return node;
    }
  }

  private primary(): Ast {
    const c = this.s[this.i];
    if (c === "'") return { t: "lit", v: this.string() };
    if (c !== undefined && /[-\d]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(this.s.slice(this.i));
      if (!m) throw new Error("bad number");
      this.i += m[0].length;
      return { t: "lit", v: Number(m[0]) };
    }
    const name = this.ident();
    this.ws();
    if (this.s[this.i] !== "(") {
      if (name === "true") return { t: "lit", v: true };
      if (name === "false") return { t: "lit", v: false };
      if (name === "null") return { t: "lit", v: null };
      throw new Error("bare identifier");
    }
    this.i++;
    const args: Ast[] = [];
    this.ws();
    if (this.s[this.i] === ")") {
      this.i++;
      return { t: "call", name: name.toLowerCase(), args };
    }
    for (;;) {
      args.push(this.expression());
      this.ws();
      if (this.s[this.i] === ",") {
        this.i++;
        continue;
      }
      this.expect(")");
      return { t: "call", name: name.toLowerCase(), args };
    }
  }

  private string(): string {
    let out = "";
    this.i++;
    while (this.i < this.s.length) {
      const c = this.s[this.i];
      if (c === "'") {
        if (this.s[this.i + 1] === "'") {
          out += "'";
          this.i += 2;
          continue;
        }
        this.i++;
        return out;
      }
      out += c;
      this.i++;
    }
    throw new Error("unterminated string");
  }

  private ident(): string {
    const m = /^[A-Za-z_][\w]*/.exec(this.s.slice(this.i));
    if (!m) throw new Error("expected identifier");
    this.i += m[0].length;
    return m[0];
  }

  private expect(c: string): void {
    this.ws();
    if (this.s[this.i] !== c) throw new Error(`expected ${c}`);
    this.i++;
  }

  private ws(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i] ?? "")) this.i++;
  }
}

function evaluate(ast: Ast, scope: ArmScope, source: string, depth: number): unknown {
  if (depth > 32) return new Unknown(source);
  const ev = (a: Ast): unknown => evaluate(a, scope, source, depth + 1);
  switch (ast.t) {
    case "lit":
      return ast.v;
    case "prop": {
      const of = ev(ast.of);
      if (of && typeof of === "object" && !isUnknown(of) && !Array.isArray(of))
        return Object.hasOwn(of, ast.name) ? (of as Record<string, unknown>)[ast.name] : new Unknown(source);
      return new Unknown(source);
    }
    case "index": {
      const of = ev(ast.of);
      const ix = ev(ast.index);
      if (Array.isArray(of) && typeof ix === "number") return of[ix] ?? new Unknown(source);
      if (of && typeof of === "object" && !isUnknown(of) && typeof ix === "string")
        return (of as Record<string, unknown>)[ix] ?? new Unknown(source);
      return new Unknown(source);
    }
    case "call":
      return call(ast.name, ast.args.map(ev), scope, source);
  }
}

function call(name: string, args: unknown[], scope: ArmScope, source: string): unknown {
  const unknown = new Unknown(source);
  // `if` may pick a known branch even when the other one is unknown.
  if (name === "if") {
    const [cond, a, b] = args;
    if (typeof cond !== "boolean") return unknown;
    return cond ? a : b;
  }
  if (args.some(isUnknown)) return unknown;
  switch (name) {
    case "parameters": {
      const key = String(args[0]);
      return Object.hasOwn(scope.parameters, key) ? scope.parameters[key] : unknown;
    }
    case "variables": {
      const key = String(args[0]);
      return Object.hasOwn(scope.variables, key) ? scope.variables[key] : unknown;
    }
    case "concat":
      if (args.every(Array.isArray)) return (args as unknown[][]).flat();
      if (args.every((a) => typeof a === "string" || typeof a === "number" || typeof a === "boolean"))
        return args.map(String).join("");
      return unknown;
    case "format": {
      const [fmt, ...rest] = args;
      if (typeof fmt !== "string") return unknown;
      return fmt.replace(/\{(\d+)(?::[^}]*)?\}/g, (_m, n: string) => scalarText(rest[Number(n)]));
    }
    case "tolower":
      return typeof args[0] === "string" ? args[0].toLowerCase() : unknown;
    case "toupper":
      return typeof args[0] === "string" ? args[0].toUpperCase() : unknown;
    case "string":
      return typeof args[0] === "string" ? args[0] : JSON.stringify(args[0]);
    case "int":
      return Number.isFinite(Number(args[0])) ? Math.trunc(Number(args[0])) : unknown;
    case "bool":
      if (typeof args[0] === "boolean") return args[0];
      if (args[0] === "true" || args[0] === 1) return true;
      if (args[0] === "false" || args[0] === 0) return false;
      return unknown;
    case "equals":
      return JSON.stringify(args[0]) === JSON.stringify(args[1]);
    case "not":
      return typeof args[0] === "boolean" ? !args[0] : unknown;
    case "and":
      return args.every((a) => typeof a === "boolean") ? args.every(Boolean) : unknown;
    case "or":
      return args.every((a) => typeof a === "boolean") ? args.some(Boolean) : unknown;
    case "empty":
      if (args[0] === null || args[0] === "") return true;
      if (Array.isArray(args[0])) return args[0].length === 0;
      if (typeof args[0] === "object") return Object.keys(args[0]).length === 0;
      return unknown;
    case "length":
      if (typeof args[0] === "string" || Array.isArray(args[0])) return args[0].length;
      if (args[0] && typeof args[0] === "object") return Object.keys(args[0]).length;
      return unknown;
    case "contains": {
      const [c, v] = args;
      if (typeof c === "string" && typeof v === "string") return c.includes(v);
      if (Array.isArray(c)) return c.some((x) => JSON.stringify(x) === JSON.stringify(v));
      if (c && typeof c === "object" && typeof v === "string") return Object.hasOwn(c, v);
      return unknown;
    }
    case "createarray":
      return args;
    case "createobject": {
      const out: Record<string, unknown> = {};
      for (let i = 0; i + 1 < args.length; i += 2) out[String(args[i])] = args[i + 1];
      return out;
    }
    case "json":
      try {
        return typeof args[0] === "string" ? (JSON.parse(args[0]) as unknown) : unknown;
      } catch {
        return unknown;
      }
    case "union":
      if (args.every(Array.isArray)) return [...new Set((args as unknown[][]).flat())];
      if (args.every((a) => a && typeof a === "object"))
        return Object.assign({}, ...(args as object[])) as unknown;
      return unknown;
    case "coalesce":
      return args.find((a) => a !== null && a !== undefined) ?? null;
    case "greater":
      return typeof args[0] === typeof args[1] ? (args[0] as number) > (args[1] as number) : unknown;
    case "less":
      return typeof args[0] === typeof args[1] ? (args[0] as number) < (args[1] as number) : unknown;
    case "greaterorequals":
      return typeof args[0] === typeof args[1] ? (args[0] as number) >= (args[1] as number) : unknown;
    case "lessorequals":
      return typeof args[0] === typeof args[1] ? (args[0] as number) <= (args[1] as number) : unknown;
    case "replace":
      return args.every((a) => typeof a === "string")
        ? (args[0] as string).split(args[1] as string).join(args[2])
        : unknown;
    case "split":
      return typeof args[0] === "string" && typeof args[1] === "string" ? args[0].split(args[1]) : unknown;
    case "first":
      return Array.isArray(args[0])
        ? (args[0][0] ?? unknown)
        : typeof args[0] === "string"
          ? args[0][0]
          : unknown;
    case "last":
      return Array.isArray(args[0]) ? (args[0].at(-1) ?? unknown) : unknown;
    default:
      // resourceGroup(), subscription(), reference(), resourceId(), uniqueString(), guid(), utcNow()...
      return unknown;
  }
}

function scalarText(v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

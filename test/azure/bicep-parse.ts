/**
 * Test helper: a parser and evaluator for the Bicep subset akskit emits (params, resources, existing
 * resources, modules, objects, arrays, strings with interpolation, numbers, booleans, null, member
 * access, function calls, `==` and `?:`), and a reader of ARM templates. Both produce the same
 * normalized resource records so that the Bicep output can be compared with the ARM output.
 * Expressions normalize to strings starting with `=`: `=id(type|a/b)`, `=ref(<id>).path`, `=guid(...)`,
 * `=concat(...)`, `=tenantId()`, ...
 */

// ---------------------------------------------------------------------------------------------------
// Tokens and AST

type Tok =
  | { k: "id"; v: string }
  | { k: "str"; parts: (string | Tok[])[] }
  | { k: "num"; v: number }
  | { k: "p"; v: string }
  | { k: "nl" };

export type Ast =
  | { t: "str"; parts: (string | Ast)[] }
  | { t: "num"; v: number }
  | { t: "bool"; v: boolean }
  | { t: "null" }
  | { t: "id"; name: string }
  | { t: "obj"; entries: [string | Ast, Ast][] }
  | { t: "arr"; items: Ast[] }
  | { t: "member"; obj: Ast; name: string }
  | { t: "index"; obj: Ast; index: Ast }
  | { t: "call"; fn: string; args: Ast[] }
  | { t: "tern"; c: Ast; a: Ast; b: Ast }
  | { t: "eq"; a: Ast; b: Ast };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "/" && src[i + 1] === "/") {
      while (i < src.length && src[i] !== "\n") i++;
      continue;
    }
    if (c === "\n") {
      out.push({ k: "nl" });
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r") {
      i++;
      continue;
    }
    if (c === "'") {
      const parts: (string | Tok[])[] = [];
      let text = "";
      i++;
      while (src[i] !== "'") {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === "\\") {
          const n = src[i + 1]!;
          text += n === "n" ? "\n" : n === "t" ? "\t" : n === "r" ? "\r" : n === "$" ? "$" : n;
          i += 2;
        } else if (src[i] === "$" && src[i + 1] === "{") {
          if (text) parts.push(text);
          text = "";
          let depth = 1;
          let j = i + 2;
          while (depth > 0) {
            if (src[j] === "{") depth++;
            else if (src[j] === "}") depth--;
            else if (src[j] === "'") {
              j++;
              while (src[j] !== "'") j += src[j] === "\\" ? 2 : 1;
            }
            j++;
          }
          parts.push(tokenize(src.slice(i + 2, j - 1)));
          i = j;
        } else text += src[i++];
      }
      i++;
      if (text || parts.length === 0) parts.push(text);
      out.push({ k: "str", parts });
      continue;
    }
    if (/[0-9]/.test(c) || (c === "-" && /[0-9]/.test(src[i + 1] ?? ""))) {
      let j = i + 1;
      while (/[0-9.]/.test(src[j] ?? "")) j++;
      out.push({ k: "num", v: Number(src.slice(i, j)) });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i + 1;
      while (/[A-Za-z0-9_]/.test(src[j] ?? "")) j++;
      out.push({ k: "id", v: src.slice(i, j) });
      i = j;
      continue;
    }
    if (c === "=" && src[i + 1] === "=") {
      out.push({ k: "p", v: "==" });
      i += 2;
      continue;
    }
    out.push({ k: "p", v: c });
    i++;
  }
  return out;
}

class Parser {
  i = 0;
  constructor(readonly toks: Tok[]) {}
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  skipNl(): void {
    while (this.peek()?.k === "nl") this.i++;
  }
  isP(v: string): boolean {
    const t = this.peek();
    return t?.k === "p" && t.v === v;
  }
  expectP(v: string): void {
    if (!this.isP(v)) throw new Error(`expected ${v} at token ${this.i}: ${JSON.stringify(this.peek())}`);
    this.i++;
  }
  ident(): string {
    const t = this.toks[this.i++];
    if (t?.k !== "id") throw new Error(`expected identifier, got ${JSON.stringify(t)}`);
    return t.v;
  }
  expr(): Ast {
    const c = this.equality();
    if (this.isP("?")) {
      this.i++;
      this.skipNl();
      const a = this.expr();
      this.skipNl();
      this.expectP(":");
      this.skipNl();
      const b = this.expr();
      return { t: "tern", c, a, b };
    }
    return c;
  }
  equality(): Ast {
    const a = this.postfix();
    if (this.isP("==")) {
      this.i++;
      return { t: "eq", a, b: this.postfix() };
    }
    return a;
  }
  postfix(): Ast {
    let e = this.primary();
    for (;;) {
      if (this.isP(".")) {
        this.i++;
        e = { t: "member", obj: e, name: this.ident() };
      } else if (this.isP("[") && e.t !== "arr") {
        this.i++;
        const index = this.expr();
        this.expectP("]");
        e = { t: "index", obj: e, index };
      } else return e;
    }
  }
  primary(): Ast {
    const t = this.toks[this.i++];
    if (!t) throw new Error("unexpected end");
    if (t.k === "num") return { t: "num", v: t.v };
    if (t.k === "str")
      return {
        t: "str",
        parts: t.parts.map((p) => (typeof p === "string" ? p : new Parser(p).expr())),
      };
    if (t.k === "id") {
      if (t.v === "true" || t.v === "false") return { t: "bool", v: t.v === "true" };
      if (t.v === "null") return { t: "null" };
      if (this.isP("(")) {
        this.i++;
        const args: Ast[] = [];
        this.skipNl();
        while (!this.isP(")")) {
          args.push(this.expr());
          this.skipNl();
          if (this.isP(",")) this.i++;
          this.skipNl();
        }
        this.i++;
        return { t: "call", fn: t.v, args };
      }
      return { t: "id", name: t.v };
    }
    if (t.k === "p" && t.v === "(") {
      this.skipNl();
      const e = this.expr();
      this.skipNl();
      this.expectP(")");
      return e;
    }
    if (t.k === "p" && t.v === "{") {
      const entries: [string | Ast, Ast][] = [];
      this.skipNl();
      while (!this.isP("}")) {
        const k = this.toks[this.i++]!;
        const key: string | Ast =
          k.k === "id"
            ? k.v
            : k.k === "str"
              ? new Parser([k]).primary()
              : (() => {
                  throw new Error("bad key");
                })();
        const keyValue =
          typeof key !== "string" && key.t === "str" && key.parts.every((p) => typeof p === "string")
            ? key.parts.join("")
            : key;
        this.expectP(":");
        entries.push([keyValue, this.expr()]);
        this.skipNl();
      }
      this.i++;
      return { t: "obj", entries };
    }
    if (t.k === "p" && t.v === "[") {
      const items: Ast[] = [];
      this.skipNl();
      while (!this.isP("]")) {
        items.push(this.expr());
        this.skipNl();
      }
      this.i++;
      return { t: "arr", items };
    }
    throw new Error(`unexpected token ${JSON.stringify(t)}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Files

export interface BicepParam {
  name: string;
  type?: string;
  default?: Ast;
  value?: Ast;
}
export interface BicepResource {
  symbol: string;
  type: string;
  apiVersion: string;
  existing: boolean;
  condition?: Ast;
  body: Ast & { t: "obj" };
}
export interface BicepModule {
  symbol: string;
  path: string;
  condition?: Ast;
  body: Ast & { t: "obj" };
}
export interface BicepFile {
  params: BicepParam[];
  resources: BicepResource[];
  modules: BicepModule[];
  using?: string;
}

export function parseBicep(src: string): BicepFile {
  const p = new Parser(tokenize(src));
  const file: BicepFile = { params: [], resources: [], modules: [] };
  for (;;) {
    p.skipNl();
    const t = p.peek();
    if (!t) return file;
    if (t.k === "p" && t.v === "@") {
      p.i++;
      p.ident();
      p.primary(); // (args)
      continue;
    }
    const kw = p.ident();
    if (kw === "targetScope") {
      p.expectP("=");
      p.expr();
    } else if (kw === "using") {
      const s = p.primary();
      file.using = s.t === "str" ? (s.parts[0] as string) : undefined;
    } else if (kw === "param") {
      const name = p.ident();
      if (p.isP("=")) {
        p.i++;
        file.params.push({ name, value: p.expr() });
      } else {
        const type = p.ident();
        if (p.isP("?")) p.i++;
        let def: Ast | undefined;
        if (p.isP("=")) {
          p.i++;
          def = p.expr();
        }
        file.params.push({ name, type, ...(def ? { default: def } : {}) });
      }
    } else if (kw === "resource" || kw === "module") {
      const symbol = p.ident();
      const str = p.primary();
      const text = str.t === "str" ? (str.parts[0] as string) : "";
      let existing = false;
      if (p.peek()?.k === "id" && (p.peek() as { v: string }).v === "existing") {
        p.i++;
        existing = true;
      }
      p.expectP("=");
      let condition: Ast | undefined;
      if (p.peek()?.k === "id" && (p.peek() as { v: string }).v === "if") {
        p.i++;
        p.expectP("(");
        condition = p.expr();
        p.expectP(")");
      }
      const body = p.primary();
      if (body.t !== "obj") throw new Error(`${symbol}: body is not an object`);
      if (kw === "resource") {
        const [type, apiVersion] = text.split("@") as [string, string];
        file.resources.push({
          symbol,
          type,
          apiVersion,
          existing,
          body,
          ...(condition ? { condition } : {}),
        });
      } else file.modules.push({ symbol, path: text, body, ...(condition ? { condition } : {}) });
    } else throw new Error(`unexpected statement ${kw}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Normalized resources

export type N = string | number | boolean | null | N[] | { [k: string]: N };

export interface NormalizedResource {
  type: string;
  apiVersion: string;
  /** `type|name` (extension resources: `type|<scope type/name>::name`). */
  key: string;
  body: { [k: string]: N };
}

/** Text of a normalized value (expressions and strings as they are, the rest as JSON). */
const txt = (v: N | undefined): string => (typeof v === "string" ? v : JSON.stringify(v));
const inner = (v: N): string => (typeof v === "string" && v.startsWith("=") ? v.slice(1) : JSON.stringify(v));

function concatN(parts: N[]): N {
  const merged: N[] = [];
  for (const p of parts) {
    const last = merged[merged.length - 1];
    if (typeof p === "string" && !p.startsWith("=") && typeof last === "string" && !last.startsWith("="))
      merged[merged.length - 1] = last + p;
    else merged.push(p);
  }
  if (merged.length === 1) return merged[0]!;
  return `=concat(${merged.map(inner).join(",")})`;
}

/** Drops null values and empty `properties`, so that absent and null compare equal. */
export function clean(v: N): N {
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === "object") {
    const out: { [k: string]: N } = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === null) continue;
      // An empty `properties` object is the same as none.
      if (
        k === "properties" &&
        x &&
        typeof x === "object" &&
        !Array.isArray(x) &&
        Object.keys(x).length === 0
      )
        continue;
      out[k] = clean(x);
    }
    return out;
  }
  return v;
}

const idN = (type: string, segs: N[]) =>
  `=id(${type}|${segs.map((s) => (typeof s === "string" && !s.startsWith("=") ? s : inner(s))).join("/")})`;

// ---------------------------------------------------------------------------------------------------
// Bicep evaluation

interface Sym {
  res: BicepResource;
  name: N;
  fullName: N;
  scopeKey?: string;
  id: N;
}

export function evaluateBicep(
  files: Map<string, string>,
  mainPath: string,
  paramPath: string,
): NormalizedResource[] {
  const parsed = new Map<string, BicepFile>();
  const get = (path: string) => {
    if (!parsed.has(path)) parsed.set(path, parseBicep(files.get(path) ?? ""));
    return parsed.get(path)!;
  };
  const paramFile = get(paramPath);
  const main = get(mainPath);
  const given = new Map<string, N>();
  for (const p of paramFile.params) if (p.value) given.set(p.name, evalAst(p.value, new Map(), new Map()));
  const out: NormalizedResource[] = [];
  evalFile(main, given, mainPath);
  return out;

  function evalFile(file: BicepFile, given: Map<string, N>, path: string): void {
    const params = new Map<string, N>();
    for (const p of file.params) {
      if (given.has(p.name)) params.set(p.name, given.get(p.name)!);
      else if (p.default) params.set(p.name, evalAst(p.default, params, new Map()));
      else params.set(p.name, null);
    }
    const syms = new Map<string, Sym>();
    // Symbols first (any order: Bicep allows references to later declarations), then bodies.
    const pending = [...file.resources];
    while (pending.length > 0) {
      const before = pending.length;
      for (const r of [...pending]) {
        const get = (k: string) => r.body.entries.find(([key]) => key === k)?.[1];
        const parentAst = get("parent");
        const scopeAst = get("scope");
        const waitFor =
          parentAst?.t === "id" ? parentAst.name : scopeAst?.t === "id" ? scopeAst.name : undefined;
        if (waitFor && !syms.has(waitFor)) continue;
        pending.splice(pending.indexOf(r), 1);
        const name = evalAst(get("name")!, params, syms);
        let fullName = name;
        let scopeKey: string | undefined;
        let id: N;
        if (parentAst && parentAst.t === "id") {
          const parent = syms.get(parentAst.name)!;
          fullName = concatN([parent.fullName, "/", name]);
          const segs =
            typeof parent.fullName === "string" && !parent.fullName.startsWith("=")
              ? parent.fullName.split("/")
              : [parent.fullName];
          id = idN(r.type, [...segs, name]);
        } else if (scopeAst && scopeAst.t === "id") {
          const target = syms.get(scopeAst.name)!;
          scopeKey = `${target.res.type}/${txt(target.fullName)}`;
          id = `=id(${inner(target.id)}::${r.type}|${inner(name)})`;
        } else id = idN(r.type, [name]);
        syms.set(r.symbol, { res: r, name, fullName, ...(scopeKey ? { scopeKey } : {}), id });
      }
      if (pending.length === before)
        throw new Error(`unresolvable parents: ${pending.map((r) => r.symbol).join(", ")}`);
    }
    for (const r of file.resources) {
      if (r.existing) continue;
      if (r.condition && evalAst(r.condition, params, syms) !== true) continue;
      const s = syms.get(r.symbol)!;
      const body: { [k: string]: N } = {};
      for (const [k, v] of r.body.entries) {
        if (typeof k !== "string" || ["name", "parent", "scope", "dependsOn"].includes(k)) continue;
        body[k] = evalAst(v, params, syms);
      }
      out.push({
        type: r.type,
        apiVersion: r.apiVersion,
        key: `${r.type}|${s.scopeKey ? `${s.scopeKey}::` : ""}${inner(s.fullName).replace(/^"|"$/g, "")}`,
        body: clean(body) as { [k: string]: N },
      });
    }
    for (const m of file.modules) {
      if (m.condition && evalAst(m.condition, params, syms) !== true) continue;
      const paramsAst = m.body.entries.find(([k]) => k === "params")?.[1];
      const passed = new Map<string, N>();
      if (paramsAst?.t === "obj")
        for (const [k, v] of paramsAst.entries) passed.set(k as string, evalAst(v, params, syms));
      const modulePath = path.replace(/[^/]*$/, "") + m.path;
      evalFile(get(modulePath), passed, modulePath);
    }
  }
}

function evalAst(a: Ast, params: Map<string, N>, syms: Map<string, Sym>): N {
  const ev = (x: Ast) => evalAst(x, params, syms);
  switch (a.t) {
    case "str":
      return concatN(a.parts.map((p) => (typeof p === "string" ? p : ev(p))));
    case "num":
      return a.v;
    case "bool":
      return a.v;
    case "null":
      return null;
    case "id":
      if (params.has(a.name)) return params.get(a.name)!;
      throw new Error(`unknown identifier ${a.name}`);
    case "obj": {
      const o: { [k: string]: N } = {};
      for (const [k, v] of a.entries) o[typeof k === "string" ? k : txt(ev(k))] = ev(v);
      return o;
    }
    case "arr":
      return a.items.map(ev);
    case "eq":
      return JSON.stringify(ev(a.a)) === JSON.stringify(ev(a.b));
    case "tern":
      return ev(a.c) === true ? ev(a.a) : ev(a.b);
    case "index":
    case "member": {
      // symbol.id / symbol.properties.path / symbol.identity.path; or a value's member
      const chain: string[] = [];
      let base: Ast = a;
      while (base.t === "member" || base.t === "index") {
        chain.unshift(base.t === "member" ? `.${base.name}` : `[${txt(ev(base.index))}]`);
        base = base.obj;
      }
      if (base.t === "id" && syms.has(base.name)) {
        const s = syms.get(base.name)!;
        if (chain[0] === ".id" && chain.length === 1) return s.id;
        if (chain[0] === ".properties") return `=ref(${inner(s.id)})${chain.slice(1).join("")}`;
        return `=ref!(${inner(s.id)})${chain.join("")}`;
      }
      if (base.t === "call") return `=${inner(ev(base))}${chain.join("")}`;
      throw new Error(`cannot evaluate member access on ${base.t}`);
    }
    case "call":
      return callN(a.fn, a.args.map(ev));
  }
}

function callN(fn: string, args: N[]): N {
  if (fn === "subscriptionResourceId" && args[0] === "Microsoft.Authorization/roleDefinitions")
    return `=roleDefinition(${txt(args[1])})`;
  if (fn === "resourceId") {
    const type = args.find((x) => typeof x === "string" && x.includes("/")) as string;
    const nNames = type.split("/").length - 1;
    return idN(type, args.slice(args.length - nNames));
  }
  if (fn === "extensionResourceId")
    return `=id(${inner(args[0]!)}::${txt(args[1])}|${args.slice(2).map(inner).join("/")})`;
  if (fn === "concat" || fn === "format") return concatN(args);
  if (fn === "createArray") return args;
  if (fn === "subscription" || fn === "resourceGroup") return `=${fn}()`;
  return `=${fn}(${args.map(inner).join(",")})`;
}

/** `=subscription().tenantId` → `=tenantId()` (the same in both languages). */
export function canonical(v: N): N {
  if (typeof v === "string")
    return v
      .replace(/subscription\(\)\.tenantId/g, "tenantId()")
      .replace(/subscription\(\)\.subscriptionId/g, "subscriptionId()")
      .replace(/resourceGroup\(\)\.id/g, "resourceGroupId()");
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [canonical(k) as string, canonical(x)]));
  return v;
}

// ---------------------------------------------------------------------------------------------------
// ARM

function parseArmExpr(src: string, params: Map<string, N>): N {
  let i = 0;
  const ws = () => {
    while (src[i] === " ") i++;
  };
  const value = (): N => {
    ws();
    let v: N;
    if (src[i] === "'") {
      let s = "";
      i++;
      for (;;) {
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i += 2;
        } else if (src[i] === "'") {
          i++;
          break;
        } else s += src[i++];
      }
      v = s;
    } else if (/[0-9-]/.test(src[i]!)) {
      let j = i + 1;
      while (/[0-9.]/.test(src[j] ?? "")) j++;
      v = Number(src.slice(i, j));
      i = j;
    } else {
      let j = i;
      while (/[A-Za-z0-9_]/.test(src[j] ?? "")) j++;
      const fn = src.slice(i, j);
      i = j;
      ws();
      const args: N[] = [];
      if (src[i] === "(") {
        i++;
        ws();
        while (src[i] !== ")") {
          args.push(value());
          ws();
          if (src[i] === ",") i++;
          ws();
        }
        i++;
      }
      if (fn === "parameters") v = params.get(txt(args[0])) ?? null;
      else if (fn === "reference") {
        const full = args[2] === "Full";
        // property chain follows
        let chain = "";
        while (src[i] === "." || src[i] === "[") {
          if (src[i] === ".") {
            let j2 = i + 1;
            while (/[A-Za-z0-9_]/.test(src[j2] ?? "")) j2++;
            chain += src.slice(i, j2);
            i = j2;
          } else {
            const j2 = src.indexOf("]", i);
            chain += src.slice(i, j2 + 1);
            i = j2 + 1;
          }
        }
        return full ? `=ref!(${inner(args[0]!)})${chain}` : `=ref(${inner(args[0]!)})${chain}`;
      } else v = callN(fn, args);
    }
    // member access on calls like subscription().tenantId
    while (src[i] === ".") {
      let j = i + 1;
      while (/[A-Za-z0-9_]/.test(src[j] ?? "")) j++;
      v = `=${inner(v)}${src.slice(i, j)}`;
      i = j;
    }
    return v;
  };
  return value();
}

function armN(v: unknown, params: Map<string, N>): N {
  if (typeof v === "string") {
    if (v.startsWith("[[")) return v.slice(1);
    if (v.startsWith("[") && v.endsWith("]")) return parseArmExpr(v.slice(1, -1), params);
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => armN(x, params));
  if (v && typeof v === "object") {
    const o: { [k: string]: N } = {};
    for (const [k, x] of Object.entries(v)) o[txt(armN(k, params))] = armN(x, params);
    return o;
  }
  return v as N;
}

interface ArmRes {
  type: string;
  apiVersion: string;
  name: string;
  scope?: string;
  resources?: ArmRes[];
  properties?: Record<string, unknown>;
  [k: string]: unknown;
}

/** Every resource of a template, nested deployments and nested children flattened. */
export function readArm(template: {
  parameters?: Record<string, { defaultValue?: unknown }>;
  resources: ArmRes[];
}): NormalizedResource[] {
  const params = new Map<string, N>();
  for (const [k, p] of Object.entries(template.parameters ?? {})) params.set(k, p.defaultValue as N);
  const out: NormalizedResource[] = [];
  const walk = (list: ArmRes[], ps: Map<string, N>, parentType?: string, parentName?: N) => {
    for (const r of list) {
      const type = parentType ? `${parentType}/${r.type}` : r.type;
      if (type === "Microsoft.Resources/deployments") {
        const props = r.properties as {
          parameters: Record<string, { value: unknown }>;
          template: { resources: ArmRes[] };
        };
        const inner = new Map<string, N>();
        for (const [k, p] of Object.entries(props.parameters ?? {})) inner.set(k, armN(p.value, ps));
        walk(props.template.resources, inner);
        continue;
      }
      const ownName = armN(r.name, ps);
      const name = parentName !== undefined ? concatN([parentName, "/", ownName]) : ownName;
      const body: { [k: string]: N } = {};
      for (const [k, v] of Object.entries(r))
        if (!["type", "apiVersion", "name", "scope", "resources", "dependsOn"].includes(k))
          body[k] = armN(v, ps);
      out.push({
        type,
        apiVersion: r.apiVersion,
        key: `${type}|${r.scope ? `${r.scope}::` : ""}${inner(name).replace(/^"|"$/g, "")}`,
        body: clean(body) as { [k: string]: N },
      });
      if (r.resources) walk(r.resources, ps, type, name);
    }
  };
  walk(template.resources, params);
  return out;
}

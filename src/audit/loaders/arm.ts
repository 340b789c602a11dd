/**
 * ARM templates (JSON, including Bicep's compiled output): parameters from their defaults and from
 * parameter files, variables, child resources, nested deployments with inner or outer expression scope,
 * symbolic-name resources (languageVersion 2.0). Expressions the evaluator cannot resolve become
 * `Unknown` values; they are never load failures.
 */
import type { ArmResource, KeyPath, Locator } from "../facts.js";
import { formatKeyPath, Unknown } from "../facts.js";
import { evaluateDeep, evaluateString, type ArmScope } from "../arm-expr.js";
import { JsonText, jsonErrorOffset } from "../json-text.js";
import { addArmResources, nameText, sameType, type LocatedResource } from "./arm-facts.js";
import { addProblem, isRecord, type LoadSink } from "./sink.js";

export interface JsonFile {
  file: string;
  text: string;
}

/** Parses JSON text; on a syntax error records a problem and returns undefined. */
export function parseJsonFile(f: JsonFile, sink: LoadSink): { value: unknown; jt: JsonText } | undefined {
  const jt = new JsonText(f.text);
  try {
    return { value: JSON.parse(f.text) as unknown, jt };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    addProblem(sink, {
      file: f.file,
      ...jt.position(jsonErrorOffset(msg, jt)),
      code: "invalid-json",
      message: `invalid JSON: ${msg}`,
      hint: "Fix the JSON syntax.",
    });
    return undefined;
  }
}

export function isArmTemplate(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const schema = typeof v.$schema === "string" ? v.$schema.toLowerCase() : "";
  if (schema.includes("deploymenttemplate")) return true;
  return "contentVersion" in v && (Array.isArray(v.resources) || isRecord(v.resources));
}

export function isArmParameters(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const schema = typeof v.$schema === "string" ? v.$schema.toLowerCase() : "";
  return schema.includes("deploymentparameters");
}

/** Loads one template, with an optional parameters file. */
export function loadArm(template: JsonFile, sink: LoadSink, parameters?: JsonFile): void {
  const parsed = parseJsonFile(template, sink);
  if (!parsed) return;
  let values: Record<string, unknown> = {};
  if (parameters) {
    const p = parseJsonFile(parameters, sink);
    if (p) values = armParameterValues(p.value);
  }
  addArmTemplate(template.file, parsed.value, parsed.jt, values, sink);
}

/** The values of a parameters file (`{ parameters: { x: { value } } }`). */
export function armParameterValues(file: unknown): Record<string, unknown> {
  return isRecord(file) && isRecord(file.parameters) ? parameterValues(file.parameters) : {};
}

/** Adds the resources of a parsed template whose text is `jt`. */
export function addArmTemplate(
  file: string,
  value: unknown,
  jt: JsonText,
  values: Record<string, unknown>,
  sink: LoadSink,
): void {
  if (!isRecord(value)) {
    addProblem(sink, { file, code: "not-arm", message: "an ARM template must be a JSON object" });
    return;
  }
  const root = jt.rootOffset();
  const locatorAt =
    (prefix: KeyPath): Locator =>
    (path) => {
      const hit = jt.find(root, [...prefix, ...path]);
      return { file, ...jt.position(hit.offset), path: formatKeyPath(path) };
    };
  const out: LocatedResource[] = [];
  collectTemplate(value, [], values, undefined, locatorAt, out, sink, file, 0);
  addArmResources(out, file, "arm", sink);
}

/** `{ x: { value: 1 } }` → `{ x: 1 }`; Key Vault references become Unknown (the value is a secret). */
function parameterValues(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    if (!isRecord(v)) continue;
    if ("value" in v) out[k] = v.value;
    else if ("reference" in v) out[k] = new Unknown(`[reference to Key Vault secret for '${k}']`);
  }
  return out;
}

function collectTemplate(
  template: Record<string, unknown>,
  prefix: KeyPath,
  given: Record<string, unknown>,
  outer: ArmScope | undefined,
  locatorAt: (prefix: KeyPath) => Locator,
  out: LocatedResource[],
  sink: LoadSink,
  file: string,
  depth: number,
): void {
  if (depth > 10) return;
  const scope: ArmScope = outer ?? buildScope(template, given);
  const resources = template.resources;
  const entries: [string | number, unknown][] = Array.isArray(resources)
    ? resources.map((r, i) => [i, r])
    : isRecord(resources)
      ? Object.entries(resources)
      : [];
  for (const [key, raw] of entries) {
    collectResource(raw, [...prefix, "resources", key], undefined, scope, locatorAt, out, sink, file, depth);
  }
}

function buildScope(template: Record<string, unknown>, given: Record<string, unknown>): ArmScope {
  const scope: ArmScope = { parameters: {}, variables: {} };
  const declared = isRecord(template.parameters) ? template.parameters : {};
  for (const [name, decl] of Object.entries(declared)) {
    if (Object.hasOwn(given, name)) scope.parameters[name] = given[name];
    else if (isRecord(decl) && "defaultValue" in decl) scope.parameters[name] = decl.defaultValue;
    else scope.parameters[name] = new Unknown(`[parameters('${name}')]`);
  }
  // Defaults may refer to other parameters; evaluate after all are known.
  for (const [name, v] of Object.entries(scope.parameters)) scope.parameters[name] = evaluateDeep(v, scope);
  const vars = isRecord(template.variables) ? template.variables : {};
  for (const name of Object.keys(vars)) scope.variables[name] = new Unknown(`[variables('${name}')]`);
  // Variables may refer to later variables: two passes settle the common chains.
  for (let pass = 0; pass < 2; pass++)
    for (const [name, v] of Object.entries(vars))
      if (name !== "copy") scope.variables[name] = evaluateDeep(v, scope);
  return scope;
}

function collectResource(
  raw: unknown,
  path: KeyPath,
  parent: { type: string; name: string } | undefined,
  scope: ArmScope,
  locatorAt: (prefix: KeyPath) => Locator,
  out: LocatedResource[],
  sink: LoadSink,
  file: string,
  depth: number,
): void {
  if (!isRecord(raw)) return;
  if (raw.existing === true) return;
  const condition = typeof raw.condition === "string" ? evaluateString(raw.condition, scope) : raw.condition;
  if (condition === false) return;
  let type = typeof raw.type === "string" ? raw.type : "";
  const evaluatedName = typeof raw.name === "string" ? evaluateString(raw.name, scope) : raw.name;
  let name: unknown = evaluatedName;
  if (parent) {
    if (!type.includes(".") || !type.includes("/")) type = `${parent.type}/${type}`;
    const n = nameText(evaluatedName);
    if (!n.startsWith(`${parent.name}/`))
      name = typeof evaluatedName === "string" ? `${parent.name}/${n}` : evaluatedName;
  }
  if (sameType(type, "Microsoft.Resources/deployments")) {
    collectDeployment(raw, path, scope, locatorAt, out, sink, file, depth);
    return;
  }
  const { resources: children, ...rest } = raw;
  const resource = evaluateDeep(rest, scope) as ArmResource;
  resource.type = type;
  resource.name = name as string | Unknown;
  if (parent) resource.__parent = parent.name;
  out.push({ resource, locate: locatorAt(path) });
  if (Array.isArray(children)) {
    children.forEach((c, i) =>
      collectResource(
        c,
        [...path, "resources", i],
        { type, name: nameText(name) },
        scope,
        locatorAt,
        out,
        sink,
        file,
        depth,
      ),
    );
  }
}

function collectDeployment(
  raw: Record<string, unknown>,
  path: KeyPath,
  scope: ArmScope,
  locatorAt: (prefix: KeyPath) => Locator,
  out: LocatedResource[],
  sink: LoadSink,
  file: string,
  depth: number,
): void {
  const props = isRecord(raw.properties) ? raw.properties : {};
  if (!isRecord(props.template)) {
    if (props.templateLink !== undefined) {
      const loc = locatorAt(path)(["properties", "templateLink"]);
      addProblem(sink, {
        file,
        line: loc.line,
        column: loc.column,
        path: formatKeyPath([...path, "properties", "templateLink"]),
        code: "linked-template",
        message: "linked template was not followed; its resources were not audited",
        hint: "Audit the linked template file too, or build the Bicep/ARM project into one template first.",
        severity: "warning",
      });
    }
    return;
  }
  const options = isRecord(props.expressionEvaluationOptions) ? props.expressionEvaluationOptions : {};
  const inner = typeof options.scope === "string" && options.scope.toLowerCase() === "inner";
  const templatePath = [...path, "properties", "template"];
  if (inner) {
    const given: Record<string, unknown> = {};
    if (isRecord(props.parameters))
      for (const [k, v] of Object.entries(props.parameters))
        if (isRecord(v) && "value" in v) given[k] = evaluateDeep(v.value, scope);
    collectTemplate(props.template, templatePath, given, undefined, locatorAt, out, sink, file, depth + 1);
  } else {
    collectTemplate(props.template, templatePath, {}, scope, locatorAt, out, sink, file, depth + 1);
  }
}

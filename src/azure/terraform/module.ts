/**
 * One Terraform root module shared by several environments. Builders declare the variables they read
 * (with type, description, validation and a value per environment); the module renders variables.tf
 * and one tfvars file per environment from those declarations, so the two cannot disagree.
 *
 * A feature that every environment has is written as a plain block or resource; one that no environment
 * has is left out; one that only some environments have is gated by a bool variable (`count` or a
 * `dynamic` block), so the `.tf` files stay the same for every environment.
 */
import type { ClusterModel } from "../../model/types.js";
import { attr, dynamic, raw, type BodyItem, type Expr, type Raw } from "./hcl.js";

export interface Validation {
  condition: string;
  message: string;
}

export interface VariableDef {
  name: string;
  /** HCL type constraint, e.g. `string`, `list(string)`, `map(object({ ... }))`. */
  type: string;
  description: string;
  validation?: Validation[];
  /** The value may be null (written as `nullable = true`, the Terraform default, only for clarity). */
  nullable?: boolean;
  sensitive?: boolean;
  /** The value for one environment. */
  value: (m: ClusterModel) => Expr;
}

export type Presence = "all" | "none" | "some";

/** A feature's presence across environments; `some` carries the bool variable that switches it. */
export interface Gate {
  presence: Presence;
  variable?: string;
}

export class TfModule {
  private readonly vars = new Map<string, VariableDef>();

  constructor(readonly models: readonly ClusterModel[]) {}

  /** Declares a variable (once; later declarations of the same name must agree) and returns `var.<name>`. */
  variable(def: VariableDef): Raw {
    const existing = this.vars.get(def.name);
    if (existing && existing.type !== def.type)
      throw new Error(`Terraform variable ${def.name} declared twice with different types`);
    if (!existing) this.vars.set(def.name, def);
    return raw(`var.${def.name}`);
  }

  variables(): VariableDef[] {
    return [...this.vars.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  presence(fn: (m: ClusterModel) => boolean): Presence {
    const n = this.models.filter(fn).length;
    return n === 0 ? "none" : n === this.models.length ? "all" : "some";
  }

  /** A feature switch: a bool variable is declared only when environments disagree. */
  gate(variable: string, description: string, fn: (m: ClusterModel) => boolean): Gate {
    const presence = this.presence(fn);
    if (presence !== "some") return { presence };
    this.variable({ name: variable, type: "bool", description, value: (m) => fn(m) });
    return { presence, variable };
  }
}

/** `count = var.x ? 1 : 0` for a gated resource; nothing when the feature is everywhere. */
export function countFor(g: Gate): BodyItem[] {
  return g.presence === "some" ? attr("count", raw(`var.${g.variable} ? 1 : 0`)) : [];
}

/** A reference to an attribute of a possibly gated single resource (`one()` is null when it is absent). */
export function ref(g: Gate, address: string, attribute: string): string {
  return g.presence === "some" ? `one(${address}[*].${attribute})` : `${address}.${attribute}`;
}

/** A nested block that is static when every environment has it and `dynamic` when only some do. */
export function optionalBlock(g: Gate, name: string, content: (BodyItem | BodyItem[])[]): BodyItem[] {
  const body = content.flat();
  if (g.presence === "none") return [];
  if (g.presence === "all") return [{ kind: "block", type: name, labels: [], body }];
  return [dynamic(name, `var.${g.variable} ? [1] : []`, body)];
}

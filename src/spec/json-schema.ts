/** The published JSON Schema of the spec, generated from the same zod source (never edited by hand). */
import { z } from "zod";
import { PlatformDocument } from "./schema.js";

export const SCHEMA_ID = "https://akskit.dev/schemas/v1alpha1/platform.json";

export function specJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlatformDocument, {
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: "akskit Platform",
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$schema")),
  };
}

/** Stable text: two-space JSON with a trailing newline. */
export function specJsonSchemaText(): string {
  return JSON.stringify(specJsonSchema(), null, 2) + "\n";
}

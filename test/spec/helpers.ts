import { InputError, type Diagnostic } from "../../src/errors.js";
import { loadPlatformText } from "../../src/spec/index.js";

/** Loads spec text and returns the diagnostics it fails with (or the warnings when it loads). */
export function diagnosticsOf(text: string, file = "spec.yaml"): Diagnostic[] {
  try {
    return loadPlatformText(file, text).validation.diagnostics;
  } catch (err) {
    if (err instanceof InputError) return err.diagnostics;
    throw err;
  }
}

export function errorsOf(text: string): Diagnostic[] {
  return diagnosticsOf(text).filter((d) => d.severity === "error");
}

/** A small valid production spec; tests change one thing at a time. */
export const BASE = `apiVersion: akskit.dev/v1alpha1
kind: Platform
metadata: { name: contoso }
spec:
  preset: production
  location: westeurope
  identity: { adminGroupObjectIds: [3f2c9a51-7d4e-4b8a-9c1f-2e6d8a0b5c47] }
  ingress: { tls: { issuer: letsencrypt, email: ops@contoso.io } }
  environments:
    prod: {}
`;

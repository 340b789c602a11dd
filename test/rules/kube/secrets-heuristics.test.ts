import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isPlaceholderValue, looksLikeSecretValue, SECRET_VALUE } from "../../../src/rules/kube/secrets.js";

/** The definition the placeholder fast path must agree with: its regular expressions alone. */
function placeholderByRegex(value: string): boolean {
  const v = value.trim();
  return (
    v === "" ||
    /^\$[({]/.test(v) ||
    /^<[^>]*>$/.test(v) ||
    /^\/[\w./-]*$/.test(v) ||
    /^(true|false|yes|no|on|off|null|none|changeme)$/i.test(v) ||
    /^-?\d+(\.\d+)?$/.test(v)
  );
}

/** Strings built from the pieces the patterns look for, so that the properties reach every branch. */
const pieces = fc.constantFrom(
  ..."$ ( { < > / - . 0 7 a Z _ = ; @ : \t".split(" "),
  " ",
  "://",
  "user:pass@",
  "eyJ",
  "eyJhbGciOiJIUzI1NiJ9",
  "ghp_",
  "AKIA",
  "ABCDEFGHIJKLMNOP",
  "-----BEGIN ",
  "RSA PRIVATE KEY-----",
  "AccountKey=",
  "accountkey=",
  "SharedAccessKey=",
  "Password=",
  "pwd =",
  "sv=2024-01-01&",
  "sig=",
  "abcdefghijklmnopqrstuvwxyz0123456789",
  "true",
  "Off",
  "changeme",
  "null",
);
const values = fc.oneof(
  fc.string(),
  fc.array(pieces, { maxLength: 8 }).map((p) => p.join("")),
);

describe("secret heuristics", () => {
  it("isPlaceholderValue agrees with its regular expressions", () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(isPlaceholderValue(v)).toBe(placeholderByRegex(v));
      }),
      { numRuns: 5000 },
    );
  });

  it("looksLikeSecretValue agrees with its regular expressions alone (no literal pre-check)", () => {
    fc.assert(
      fc.property(values, (v) => {
        expect(looksLikeSecretValue(v)).toBe(SECRET_VALUE.some((re) => re.test(v)));
      }),
      { numRuns: 5000 },
    );
  });

  it("recognises the cases it was written for", () => {
    expect(isPlaceholderValue(" ${DB_PASSWORD} ")).toBe(true);
    expect(isPlaceholderValue("<your-key>")).toBe(true);
    expect(isPlaceholderValue("/var/run/secret")).toBe(true);
    expect(isPlaceholderValue("-1.5")).toBe(true);
    expect(isPlaceholderValue("CHANGEME")).toBe(true);
    expect(isPlaceholderValue("s3cr3t-value")).toBe(false);
    expect(looksLikeSecretValue("Server=x;Password=hunter22")).toBe(true);
    expect(looksLikeSecretValue("postgres://app:pa55word@db:5432/app")).toBe(true);
    expect(looksLikeSecretValue(`ghp_${"a".repeat(36)}`)).toBe(true);
    expect(looksLikeSecretValue("app-db.svc.cluster.local")).toBe(false);
  });
});

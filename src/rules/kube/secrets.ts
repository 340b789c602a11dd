/**
 * Heuristics for secrets written in plain text (env values, ConfigMap data). Callers name the key and
 * never print the value: reports must not leak what they find.
 */

const SENSITIVE_NAME =
  /(secret|passw(or)?d|passwd|pwd|token|api[-_.]?key|apikey|private[-_.]?key|credential|connection[-_.]?string|conn[-_.]?str|access[-_.]?key|account[-_.]?key|client[-_.]?secret|sas[-_.]?key|auth[-_.]?key)/i;

/** Names that only look sensitive: references to secrets, not secrets. */
const BENIGN_NAME =
  /(_|-|\.)(file|path|dir|name|ref|url|endpoint|header|audience|issuer|length|ttl|expiry|expiration|seconds|minutes)$/i;

/** Whether a key name suggests the value is a credential. */
export function isSensitiveName(name: string): boolean {
  return SENSITIVE_NAME.test(name) && !BENIGN_NAME.test(name);
}

/** Values that are placeholders, paths, numbers or flags rather than secrets. */
export function isPlaceholderValue(value: string): boolean {
  const v = value.trim();
  if (v === "") return true;
  // Each pattern only where its first character (or length) allows it: most values meet none.
  const c = v.charCodeAt(0);
  return (
    (c === 0x24 && /^\$[({]/.test(v)) ||
    (c === 0x3c && /^<[^>]*>$/.test(v)) ||
    (c === 0x2f && /^\/[\w./-]*$/.test(v)) ||
    (v.length <= 8 && /^(true|false|yes|no|on|off|null|none|changeme)$/i.test(v)) ||
    ((c === 0x2d || (c >= 0x30 && c <= 0x39)) && /^-?\d+(\.\d+)?$/.test(v))
  );
}

/** Credential shapes: private keys, connection strings with a key, URLs with a password, JWTs, tokens. */
export const SECRET_VALUE: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /AccountKey=[^;\s]{8,}/i,
  /SharedAccessKey=[^;\s]{8,}/i,
  /(^|;)\s*(Password|Pwd)\s*=\s*[^;\s]{3,}/i,
  /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]{3,}@/i,
  /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/,
  /\b(sv=\d{4}-\d{2}-\d{2}&.*sig=[A-Za-z0-9%]{20,})/,
  /\bghp_[A-Za-z0-9]{36}\b/,
  /\bAKIA[0-9A-Z]{16}\b/,
];

/** Whether a value has the shape of a credential (private key, connection string with a key, URL with a password, JWT). */
export function looksLikeSecretValue(value: string): boolean {
  // Every pattern needs one of these literals (case as written, or no letters): most values have none,
  // and six `includes` cost less than nine regular expressions.
  if (
    !value.includes("=") &&
    !value.includes("://") &&
    !value.includes("eyJ") &&
    !value.includes("ghp_") &&
    !value.includes("AKIA") &&
    !value.includes("-----BEGIN ")
  )
    return false;
  return SECRET_VALUE.some((re) => re.test(value));
}

/** What the message says instead of the value. */
export function redacted(value: string): string {
  return `<redacted, ${value.length} characters>`;
}

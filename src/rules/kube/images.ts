/** Container image references: registry, repository, tag and digest, as the container runtime reads them. */

export interface ImageRef {
  /** Registry host, `docker.io` when the reference names none. */
  registry: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
}

/** Parses `[registry/]repository[:tag][@digest]`; undefined for an empty reference. */
export function parseImage(image: string): ImageRef | undefined {
  const ref = image.trim();
  if (!ref) return undefined;
  const at = ref.indexOf("@");
  const digest = at >= 0 ? ref.slice(at + 1) : undefined;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const slash = named.indexOf("/");
  const first = slash >= 0 ? named.slice(0, slash) : "";
  const hasRegistry = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost");
  const registry = hasRegistry ? first.toLowerCase() : "docker.io";
  const rest = hasRegistry ? named.slice(slash + 1) : named;
  const colon = rest.lastIndexOf(":");
  const tag = colon >= 0 ? rest.slice(colon + 1) : undefined;
  const repository = colon >= 0 ? rest.slice(0, colon) : rest;
  return { registry, repository, tag: tag || undefined, digest: digest || undefined };
}

/** A digest the runtime can pin to: `sha256:` followed by 64 hex digits. */
export function isPinnedDigest(digest: string | undefined): boolean {
  return digest !== undefined && /^sha256:[a-f0-9]{64}$/.test(digest);
}

/** Registries allowed when the input names none: Azure Container Registry and the Microsoft registry. */
export const DEFAULT_ALLOWED_REGISTRIES: readonly string[] = ["*.azurecr.io", "mcr.microsoft.com"];

/**
 * Whether `image` comes from an allowed source. A pattern without `/` is a registry host, `*.` matching
 * any subdomain (`*.azurecr.io`); a pattern with `/` is a prefix of the full reference (`myacr.azurecr.io/team/`).
 */
export function imageAllowed(image: string, patterns: readonly string[], parsed?: ImageRef): boolean {
  const ref = parsed ?? parseImage(image);
  if (!ref) return false;
  const full = `${ref.registry}/${ref.repository}`;
  return patterns.some((raw) => {
    const p = raw.trim().toLowerCase();
    if (!p) return false;
    if (p.includes("/")) return full.startsWith(p) || image.toLowerCase().startsWith(p);
    if (p.startsWith("*.")) return ref.registry.endsWith(p.slice(1));
    return ref.registry === p;
  });
}

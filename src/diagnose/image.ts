/** Container image references: `registry/repository:tag` split the way container runtimes read them. */

export interface ImageRef {
  /** Registry host, `docker.io` when the image names none. */
  registry: string;
  repository: string;
  tag: string | undefined;
  digest: string | undefined;
  /** The ACR name (`contosoacr` for `contosoacr.azurecr.io`), when the registry is an Azure Container Registry. */
  acrName: string | undefined;
}

export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry = "docker.io";
  const slash = rest.indexOf("/");
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(":");
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  if (registry === "docker.io" && !rest.includes("/")) rest = `library/${rest}`;
  const acr = /^([a-z0-9]+)\.azurecr\.(io|cn|us)$/i.exec(registry);
  return { registry, repository: rest, tag, digest, acrName: acr ? acr[1]!.toLowerCase() : undefined };
}

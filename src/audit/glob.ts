/**
 * Path globs for `--exclude` and suppression targets: `**` any number of path segments, `*` anything
 * within one segment (or, for object ids, within one `/`-separated part), `?` one character.
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? "";
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          re += "(?:.*/)?";
        } else re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** Does `path` (with `/` separators) match the glob, anchored at the start or at any directory? */
export function matchesPathGlob(path: string, glob: string): boolean {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "");
  const re = globToRegExp(glob.replace(/^\.\//, "").replace(/\/$/, "/**"));
  if (re.test(p)) return true;
  const parts = p.split("/");
  for (let i = 1; i < parts.length; i++) if (re.test(parts.slice(i).join("/"))) return true;
  return false;
}

/** A file akskit generates: its path relative to the output folder (POSIX separators) and its exact content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

/** Comment syntax of each generated file kind, for the header. */
export type CommentStyle = "hash" | "slash" | "none";

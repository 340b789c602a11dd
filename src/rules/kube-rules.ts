import type { Rule } from "./types.js";

/** Rules over Kubernetes objects and their relations. */
export const KUBE_RULES: readonly Rule[] = [];

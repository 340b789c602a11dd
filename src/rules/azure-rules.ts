import type { Rule } from "./types.js";

/** Rules over managed clusters, node pools and other Azure resources. */
export const AZURE_RULES: readonly Rule[] = [];

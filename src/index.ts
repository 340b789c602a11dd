/** akskit's library API: the same functions the CLI uses. */
export { definePlatform, loadSpecFile, loadSpecText } from "./spec/load.js";
export { loadPlatform, loadPlatformText } from "./spec/index.js";
export type {
  PlatformDocumentT as PlatformDocument,
  Settings,
  NodePool,
  Namespace,
  Workload,
  PresetName,
} from "./spec/schema.js";
export { PRESETS } from "./spec/presets.js";
export { resolvePlatform } from "./model/resolve.js";
export type { ClusterModel, PlatformModel } from "./model/types.js";
export { InputError, UsageError } from "./errors.js";
export type { Diagnostic, SourceLocation } from "./errors.js";

/** The Azure infrastructure targets of `akskit generate`: ARM JSON, Bicep and the az CLI script. */
export { buildArmFiles, ARM_DIR } from "./emit/arm.js";
export { buildBicepFiles, BICEP_DIR } from "./emit/bicep.js";
export { buildEnvironment } from "./build.js";
export type { ArmResourceDef, Concern } from "./resources.js";

import { InputError, UsageError, formatDiagnostic } from "../errors.js";

/** Exit codes used by every command (DESIGN.md). */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 70 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
}

export const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
};

/**
 * Runs a command body and turns every error into the right exit code and message.
 * Users never see a stack trace; set AKSKIT_DEBUG=1 to get one for a bug report.
 */
export async function runAction(io: Io, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (err) {
    return reportError(io, err);
  }
}

export function reportError(io: Io, err: unknown): number {
  if (err instanceof InputError) {
    for (const d of err.diagnostics) io.stderr(formatDiagnostic(d) + "\n");
    const n = err.diagnostics.filter((d) => d.severity === "error").length;
    io.stderr(`akskit: ${n} error${n === 1 ? "" : "s"}; nothing was written.\n`);
    return EXIT.badInput;
  }
  if (err instanceof UsageError) {
    io.stderr(`akskit: ${err.message}\n`);
    return EXIT.badInput;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr(
    `akskit: internal error: ${message}\nThis is a bug in akskit; please report it with the input that caused it.\n`,
  );
  if (process.env.AKSKIT_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + "\n");
  return EXIT.internal;
}

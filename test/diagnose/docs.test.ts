import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import type { Io } from "../../src/cli/run.js";

/** The example sessions in docs/ are real output: every complete `$ akskit …` example must match the command. */
interface Example {
  doc: string;
  args: string[];
  output: string;
  exit: number | undefined;
}

function examples(doc: string): Example[] {
  const lines = readFileSync(join(import.meta.dirname, "../../docs", doc), "utf8").split("\n");
  const out: Example[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!fence) {
      const m = /^(`{3,})console$/.exec(line);
      if (m) fence = m[1];
      continue;
    }
    if (line === fence) {
      fence = undefined;
      continue;
    }
    if (!line.startsWith("$ akskit ")) continue;
    let command = line;
    while (command.endsWith("\\")) command = command.slice(0, -1) + " " + lines[++i]!.trim();
    const output: string[] = [];
    while (i + 1 < lines.length && !lines[i + 1]!.startsWith("$ ") && lines[i + 1] !== fence)
      output.push(lines[++i]!);
    let exit: number | undefined;
    if (lines[i + 1] === "$ echo $?") exit = Number(lines[i + 2]);
    if (output.includes("...")) continue; // shortened examples
    out.push({
      doc,
      args: command.slice("$ akskit ".length).split(/\s+/).filter(Boolean),
      output: output.join("\n"),
      exit,
    });
  }
  return out;
}

function capture(): Io & { text: string } {
  const io = {
    text: "",
    isTTY: false,
    stdout: (t: string) => {
      io.text += t;
    },
    stderr: (t: string) => {
      io.text += t;
    },
  };
  return io;
}

describe("docs example sessions", () => {
  const all = [...examples("diagnose.md"), ...examples("upgrade-plan.md")];

  it("finds the examples", () => {
    expect(all.length).toBe(6);
  });

  for (const ex of all) {
    it(`${ex.doc}: akskit ${ex.args.slice(0, 2).join(" ")} …`, async () => {
      const io = capture();
      const code = await main(ex.args, io);
      expect(io.text.trimEnd()).toBe(ex.output);
      if (ex.exit !== undefined) expect(code).toBe(ex.exit);
    });
  }
});

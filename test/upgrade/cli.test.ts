import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import type { Io } from "../../src/cli/run.js";
import { f } from "./helpers.js";

function capture(): Io & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    isTTY: false,
    stdout: (t: string) => {
      io.out += t;
    },
    stderr: (t: string) => {
      io.err += t;
    },
  };
  return io;
}

describe("akskit upgrade-plan", () => {
  it("exits 1 when the plan has blockers", async () => {
    const io = capture();
    const code = await main(["upgrade-plan", "--cluster", f("aks.json"), "--to", "1.32", f("manifests")], io);
    expect(code).toBe(1);
    expect(io.out.split("\n")[0]).toBe(
      "Upgrade plan for aks-contoso-prod (rg-contoso-prod): 1.30.6 → 1.32, network azure (overlay), strategy rolling",
    );
    expect(io.out).toContain("Result: 4 blockers, 3 warnings: resolve the blockers before upgrading.");
  });

  it("exits 0 when the plan has no blockers", async () => {
    const io = capture();
    const args = ["upgrade-plan", "--cluster", f("aks.json"), "--to", "1.31", "--subnet", f("subnet.json")];
    expect(await main([...args, "--maintenance", f("maintenance.json"), f("clean")], io)).toBe(0);
    expect(io.out.trimEnd().split("\n").pop()).toBe("Result: no blockers, 0 warnings.");
  });

  it("takes the blue-green strategy from the spec's environment", async () => {
    const io = capture();
    await main(
      [
        "upgrade-plan",
        "--cluster",
        f("aks.json"),
        "--to",
        "1.31",
        "--spec",
        f("spec-blue-green.yaml"),
        "--env",
        "prod",
      ],
      io,
    );
    expect(io.out.split("\n")[0]).toContain("strategy blue-green (from the spec)");
    expect(io.out).toContain("by blue-green: new pool appsv131, then drain and delete apps");
  });

  it("--nodepools replaces the pools of az aks show (apps scaled to 9 nodes, maxSurge 50%: 5 surge nodes)", async () => {
    const io = capture();
    await main(
      ["upgrade-plan", "--cluster", f("aks.json"), "--nodepools", f("nodepools.json"), "--to", "1.31"],
      io,
    );
    expect(io.out).toContain(
      "     Surge: 5 extra node(s) (maxSurge 50%), 5 subnet address(es) (1 per node).\n",
    );
    expect(io.out).toContain("--name apps --kubernetes-version 1.31 --max-surge 50% --yes");
  });

  it("JSON and Markdown outputs", async () => {
    const json = capture();
    await main(["upgrade-plan", "--format", "json", "--cluster", f("aks.json"), "--to", "1.31"], json);
    const doc = JSON.parse(json.out);
    expect(doc.steps[0].kind).toBe("control-plane");
    expect(doc.cluster).toEqual({
      name: "aks-contoso-prod",
      resourceGroup: "rg-contoso-prod",
      controlPlane: "1.30.6",
      target: "1.31",
      networkPlugin: "azure (overlay)",
    });
    const md = capture();
    await main(["upgrade-plan", "--format", "markdown", "--cluster", f("aks.json"), "--to", "1.31"], md);
    expect(md.out).toContain("### 1. Control plane 1.30.6 → 1.31");
    expect(md.out).toContain("| Status | Check | Finding |");
  });

  it("exits 2 on bad input: missing flags, bad version, bad strategy, malformed cluster JSON", async () => {
    const a = capture();
    expect(await main(["upgrade-plan", "--to", "1.31"], a)).toBe(2);
    expect(a.err).toBe("akskit: --cluster is required: pass the output of `az aks show -o json`\n");
    const b = capture();
    expect(await main(["upgrade-plan", "--cluster", f("aks.json"), "--to", "latest"], b)).toBe(2);
    expect(b.err).toBe('akskit: --to "latest" is not a Kubernetes version; write it as 1.32 or 1.32.4\n');
    const c = capture();
    expect(
      await main(["upgrade-plan", "--cluster", f("aks.json"), "--to", "1.31", "--strategy", "canary"], c),
    ).toBe(2);
    const d = capture();
    expect(await main(["upgrade-plan", "--cluster", f("truncated.json"), "--to", "1.31"], d)).toBe(2);
    expect(d.err).toMatch(/truncated\.json:\d+:\d+: error: /);
  });
});

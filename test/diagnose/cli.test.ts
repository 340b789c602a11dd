import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/program.js";
import type { Io } from "../../src/cli/run.js";
import { FIXTURES } from "./helpers.js";

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

const f = (name: string) => join(FIXTURES, name);

describe("akskit diagnose", () => {
  it("exits 1 and prints each problem when problems are found", async () => {
    const io = capture();
    const code = await main(["diagnose", f("nodes.json"), f("crashloop.json")], io);
    expect(code).toBe(1);
    expect(io.out).toContain(
      "✗ Pod payments/api-gateway-7d9f8c6b5-x2k4p: Container api-gateway is in CrashLoopBackOff (restarted 7 times, last exit code 1) [crashloop]",
    );
    expect(io.out.trimEnd().split("\n").pop()).toBe(
      "1 problem on 1 object (read 1 pods, 8 nodes, 2 events, 0 services, 0 HPAs).",
    );
  });

  it("exits 0 on a healthy input", async () => {
    const io = capture();
    expect(await main(["diagnose", f("healthy.json")], io)).toBe(0);
    expect(io.out).toBe("No problems found in 1 pods, 0 nodes, 0 events, 1 services, 0 HPAs.\n");
  });

  it("JSON output is parseable and stable", async () => {
    const io = capture();
    await main(["diagnose", "--format", "json", f("nodes.json"), f("oom.json")], io);
    const doc = JSON.parse(io.out);
    expect(doc.summary.problems).toBe(1);
    expect(doc.diagnoses[0].id).toBe("oom-killed");
    expect(Object.keys(doc.diagnoses[0])).toEqual([
      "id",
      "object",
      "summary",
      "evidence",
      "cause",
      "confirm",
      "fix",
      "source",
    ]);
    const again = capture();
    await main(["diagnose", "--format", "json", f("nodes.json"), f("oom.json")], again);
    expect(again.out).toBe(io.out);
  });

  it("Markdown output has a table and a section per problem", async () => {
    const io = capture();
    await main(["diagnose", "--format", "markdown", f("nodes.json"), f("image-pull-unauthorized.json")], io);
    expect(io.out).toContain("| Object | Problem | Id |");
    expect(io.out).toContain("## Pod payments/api-gateway-6f5d8b7c9-h7r2t: Container api cannot pull");
    expect(io.out).toContain(
      "```sh\naz aks check-acr --resource-group <resource-group> --name <cluster> --acr contosoacr.azurecr.io",
    );
  });

  it("--cluster fills the resource group and cluster name from az aks show", async () => {
    const io = capture();
    await main(
      ["diagnose", "--cluster", join(FIXTURES, "../upgrade/aks.json"), f("image-pull-unauthorized.json")],
      io,
    );
    expect(io.out).toContain(
      "$ az aks check-acr --resource-group rg-contoso-prod --name aks-contoso-prod --acr contosoacr.azurecr.io",
    );
  });

  it("--cluster pool sizes turn a Pending pod into the exact autoscaler change", async () => {
    const io = capture();
    await main(["diagnose", "--cluster", f("aks.json"), f("nodes.json"), f("pending-insufficient.json")], io);
    expect(io.out).toContain("Pool(s) apps (3/3) are at their autoscaler maximum, so no node will be added.");
    expect(io.out).toContain(
      "    - az aks nodepool update --resource-group rg-contoso-prod --cluster-name aks-contoso-prod --name apps --update-cluster-autoscaler --min-count 3 --max-count 5\n",
    );
    expect(io.out).not.toContain("--name spot --update-cluster-autoscaler");
  });

  it("--resource-group and --name override the placeholders", async () => {
    const io = capture();
    await main(
      ["diagnose", "--resource-group", "rg-x", "--name", "aks-x", f("image-pull-unauthorized.json")],
      io,
    );
    expect(io.out).toContain(
      "$ az aks check-acr --resource-group rg-x --name aks-x --acr contosoacr.azurecr.io",
    );
  });

  it("exits 2 with a message on a bad format, a missing file or malformed input", async () => {
    const a = capture();
    expect(await main(["diagnose", "--format", "html", f("healthy.json")], a)).toBe(2);
    expect(a.err).toBe('akskit: --format must be text, json or markdown, not "html"\n');
    const b = capture();
    expect(await main(["diagnose", "/nonexistent/pods.json"], b)).toBe(2);
    expect(b.err).toContain("/nonexistent/pods.json does not exist");
    const c = capture();
    expect(await main(["diagnose", f("../upgrade/truncated.json")], c)).toBe(2);
    expect(c.err).toMatch(/truncated\.json:\d+:\d+: error: /);
    expect(c.err).not.toMatch(/\n\s+at /);
  });

  it("refuses files together with --live", async () => {
    const io = capture();
    expect(await main(["diagnose", "--live", f("healthy.json")], io)).toBe(2);
    expect(io.err).toBe("akskit: pass either files or --live/--context, not both\n");
  });
});

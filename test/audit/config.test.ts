import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/audit/config.js";
import { InputError } from "../../src/errors.js";

describe(".akskit.yaml", () => {
  it("reads settings and suppressions with their source positions", () => {
    const c = parseConfig(
      ".akskit.yaml",
      [
        "profile: regulated",
        "failOn: medium",
        "exclude: [charts/**]",
        "suppressions:",
        "  - rule: workload/probes-defined",
        "    target: Deployment/legacy/*",
        "    reason: Probes land with the Q3 rewrite.",
        "    expires: 2026-09-30",
        "",
      ].join("\n"),
    );
    expect(c).toEqual({
      profile: "regulated",
      failOn: "medium",
      exclude: ["charts/**"],
      suppressions: [
        {
          rule: "workload/probes-defined",
          target: "Deployment/legacy/*",
          reason: "Probes land with the Q3 rewrite.",
          expires: "2026-09-30",
          source: ".akskit.yaml:5:5",
        },
      ],
    });
  });

  it("rejects unknown keys, missing reasons and bad dates with their location", () => {
    let err: unknown;
    try {
      parseConfig(".akskit.yaml", "suppressions:\n  - rule: a/b\n    expires: next week\n    owner: me\n");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    const d = (err as InputError).diagnostics;
    expect(d.map((x) => [x.location.line, x.message])).toEqual(
      expect.arrayContaining([
        [4, "unknown key 'owner'"],
        [3, "expected a date as YYYY-MM-DD"],
      ]),
    );
    expect(d.some((x) => x.location.path === "suppressions[0].reason" || x.message.includes("reason"))).toBe(
      true,
    );
  });

  it("rejects invalid YAML", () => {
    expect(() => parseConfig(".akskit.yaml", "profile: [x\n")).toThrow(InputError);
  });
});

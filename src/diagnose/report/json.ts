/** JSON report: stable key order, no timestamps. */
import type { DiagnoseResult } from "../index.js";

export function renderJson(result: DiagnoseResult): string {
  return (
    JSON.stringify(
      {
        summary: { problems: result.diagnoses.length, read: result.counts },
        diagnoses: result.diagnoses.map((d) => ({
          id: d.id,
          object: d.object,
          summary: d.summary,
          evidence: d.evidence,
          cause: d.cause,
          confirm: d.confirm,
          fix: d.fix,
          source: d.source,
        })),
      },
      null,
      2,
    ) + "\n"
  );
}

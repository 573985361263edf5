import { writeTree } from '../helpers/tree';

/** A plan with one step of every kind (and a deferred one), and a checklist. */
export const DEMO_PLAN = `version: 1
name: demo
root: code
scope: src
layers:
  L5: { title: Engines, paths: ["**/engines/**", "**/schemas/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
  LEGACY_IMPORT: { modules: ["src/legacy/**"] }
frozen:
  - { files: [drivers/x.ts, engines/x.ts], tag: M25_FROZEN, allow: [header, move, imports] }
checklist:
  - item: All files in drivers/ are L6
    rules: [HEADER_LAYER]
    files: [drivers/**]
  - item: No legacy imports
    rules: [LEGACY_IMPORT]
  - item: No actionable violation
    expect: { actionable: 0 }
phases:
  - id: phase-1
    title: Header Corrections
    steps:
      - header: drivers/d.ts
        set: { Layer: "L6 — Drivers" }
      - header: drivers/x.ts
        set: { Layer: "L5 — Engines" }
  - id: phase-2
    title: File Relocations
    steps:
      - move: drivers/x.ts
        to: engines/x.ts
        reason: Pure business logic
  - id: phase-3
    title: File Splits
    steps:
      - split: engines/x.ts
        extract: [X]
        to: schemas/x_schema.ts
  - id: phase-4
    title: Legacy Import Updates
    steps:
      - rewrite-imports: { from: "src/legacy/helper", to: "shared/helper" }
      - rewrite-imports: { from: "src/legacy/other", to: "TBD" }
        deferred: until other is migrated
  - id: phase-5
    title: Init File Updates
    steps:
      - barrel: drivers
  - id: phase-6
    title: Verification
    steps:
      - verify: { expect: { actionable: 0 } }
`;

/** The demo code base before the plan: a header to fix, a file to move and split, a legacy import, a stale barrel. */
export function demoProject(plan = DEMO_PLAN): string {
  return writeTree({
    'remediate.yaml': plan,
    'code/src/drivers/d.ts': '// Layer: L4 — Domain Engine\nimport { helper } from "../legacy/helper";\nexport const d = helper;\n',
    'code/src/drivers/x.ts': '// Layer: L5 — Engines\nexport interface X {\n  id: string;\n}\n\nexport function useX(x: X): string {\n  return x.id;\n}\n',
    'code/src/drivers/index.ts': '// Layer: L6 — Drivers\nexport { d } from "./d";\n',
    'code/src/legacy/helper.ts': 'export const helper = 1;\n',
    'code/src/legacy/other.ts': 'export const other = 1;\n',
    'code/src/shared/helper.ts': 'export const helper = 1;\n',
  });
}

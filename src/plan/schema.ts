import { z } from 'zod';

// The raw YAML shapes of plan-format.md v1. Every object is strict: an unknown key is an error,
// because a misspelt key that is silently ignored changes what a plan does.

const str = z.string().min(1);
const strList = z.array(str);
const common = {
  reason: z.string().optional().describe('Why this step exists (shown in dry runs and reports).'),
  deferred: z.string().optional().describe('Listed and reported, never applied; the text says until when.'),
};

const layerNames = z.array(str);
export const expectationSchema = z.strictObject({
  actionable: z.number().int().min(0).optional().describe('Maximum number of actionable violations.'),
  max: z.record(str, z.number().int().min(0)).optional().describe('Maximum violations per rule category.'),
});

const kindName = z.enum(['interface', 'type', 'enum', 'class', 'function', 'const', 'dataclass', 'constant', 'variable', 'type-alias']);

/** One schema per step kind; the kind is the key that names the step's subject. */
export const stepSchemas = {
  header: z.strictObject({
    header: str.describe('The file whose header block is edited.'),
    set: z.record(str, z.string()).optional().describe('Header keys to set, e.g. { Layer: "L6 — Drivers" }.'),
    tags: strList.optional().describe('Markers to add (HYBRID, M25_FROZEN); "-TAG" removes one.'),
    ...common,
  }),
  move: z.strictObject({
    move: str.describe('A file or folder to move; every importer in root is updated.'),
    to: str,
    ...common,
  }),
  split: z.strictObject({
    split: str.describe('The file declarations are extracted from.'),
    extract: z.union([
      strList,
      z.strictObject({ kinds: z.array(kindName).optional(), uses: strList.optional() }),
    ]),
    to: str,
    'with-dependencies': z.boolean().optional(),
    reexport: z.boolean().optional(),
    ...common,
  }),
  'rewrite-imports': z.strictObject({
    'rewrite-imports': z.strictObject({ from: str, to: str }),
    files: strList.optional().describe('Globs (relative to scope) narrowing the importers touched.'),
    ...common,
  }),
  barrel: z.strictObject({
    barrel: str.describe('The folder whose index.ts is regenerated.'),
    layers: layerNames.optional(),
    include: strList.optional(),
    exclude: strList.optional(),
    ...common,
  }),
  verify: z.strictObject({
    verify: z.strictObject({ expect: expectationSchema.optional() }).nullable(),
    ...common,
  }),
} as const;
export type StepKindKey = keyof typeof stepSchemas;
export const stepKinds = Object.keys(stepSchemas) as StepKindKey[];

const empty = z.strictObject({}).nullable();
const typecheckFlag = z.boolean().optional();

export const rulesSchema = z.strictObject({
  BANNED_NAMING: z.strictObject({ files: strList }).optional(),
  LEGACY_IMPORT: z.strictObject({ modules: strList }).optional(),
  ORM_RUNTIME: z.strictObject({ modules: strList, layers: layerNames.optional() }).optional(),
  LAYER_BOUNDARY: z
    .record(
      str,
      z.strictObject({
        deny: layerNames.describe('Layers files of this layer may not import.'),
        'allow-type-only': z.boolean().optional().describe('Let `import type` reach denied layers (e.g. reporters that may import nothing but types).'),
      }),
    )
    .optional(),
  HEADER_LAYER: empty.optional(),
  AUDIENCE_BOUNDARY: empty.optional(),
  BARREL_STALE: z.strictObject({ barrels: strList.optional() }).nullable().optional(),
  UNRESOLVED_IMPORT: empty.optional(),
});

/** The plan's top level; `steps` are checked one by one against `stepSchemas` for precise errors. */
export function planSchema(step: z.ZodType) {
  return z.strictObject({
    version: z.literal(1),
    name: str,
    root: str.describe('The code base, relative to this plan file.'),
    scope: z.string().optional().describe('Step paths are relative to scope; //x is relative to root.'),
    python: z
      .strictObject({ roots: strList.optional().describe('Import roots (what sys.path holds), relative to root.') })
      .optional()
      .describe('Python code bases: default roots are found from pyproject.toml / setup.cfg, else root.'),
    ignore: strList
      .optional()
      .describe('Globs (relative to root) of paths left out of the workspace entirely: never read as code, never edited; a step may not name one.'),
    sources: z
      .enum(['all', 'tsconfig'])
      .optional()
      .describe('tsconfig: TypeScript/JavaScript files outside every tsconfig\'s include/files are not read as code (default all).'),
    typecheck: typecheckFlag.describe('Type-check every phase: a phase that adds a TypeScript diagnostic (with the code base\'s own tsconfig) is refused.'),
    layers: z.record(str, z.strictObject({ title: str, paths: strList })).optional(),
    audiences: z.record(str, str).optional(),
    rules: rulesSchema.optional(),
    debt: z
      .array(
        z.strictObject({
          rule: str,
          file: str,
          module: str.optional().describe('A module pattern (as in LEGACY_IMPORT): the entry covers only findings of imports that match it.'),
          reason: str,
        }),
      )
      .optional(),
    frozen: z
      .array(z.strictObject({ files: strList, tag: str, allow: z.array(z.enum(['header', 'move', 'imports'])) }))
      .optional(),
    checklist: z
      .array(
        z.strictObject({
          item: str,
          rules: strList.optional(),
          files: strList.optional(),
          expect: expectationSchema.optional(),
        }),
      )
      .optional(),
    phases: z
      .array(z.strictObject({ id: str, title: str, typecheck: typecheckFlag.describe('Type-check this phase (see the plan\'s typecheck).'), steps: z.array(step) }))
      .optional().describe('Omitted in a plan that only verifies.'),
  });
}

/** Raw plan as validated, before paths are resolved. */
export type RawPlan = z.infer<ReturnType<typeof planSchema>>;
export type RawStep = { [K in StepKindKey]: z.infer<(typeof stepSchemas)[K]> }[StepKindKey];

/** The JSON Schema editors use for autocompletion (written to schema/plan.schema.json). */
export function planJsonSchema(): unknown {
  const anyStep = z.union(stepKinds.map((k) => stepSchemas[k]) as unknown as [z.ZodType, z.ZodType]);
  return z.toJSONSchema(planSchema(anyStep), { target: 'draft-7' });
}

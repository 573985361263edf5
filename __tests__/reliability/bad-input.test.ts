import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli';
import { snapshotDiff, snapshotTree } from '../helpers/snapshot';
import { writeTree } from '../helpers/tree';

// Bad plans and code-base states: each exits 2 (bad usage or plan) or 3 (a code base the phase cannot
// apply to) with one exact line on stderr, no stack trace, and a byte-identical tree.

const HEAD = `version: 1
name: bad
root: code
layers:
  L5: { title: Engines, paths: ["**/engines/**"] }
  L6: { title: Drivers, paths: ["**/drivers/**"] }
rules:
  HEADER_LAYER: {}
`;

/** A plan with one phase of the given steps (indented as list items under `steps:`). */
function plan(steps: string, head = HEAD): string {
  return `${head}phases:\n  - id: phase-1\n    title: Fix\n    steps:\n${steps.replace(/^/gm, '      ')}\n`;
}

const FILES: Record<string, string> = {
  'code/src/drivers/d.ts': '// Layer: L6 — Drivers\nimport { e } from "../engines/e";\nexport const d = e;\n',
  'code/src/engines/e.ts': '// Layer: L5 — Engines\nexport const e = 1;\n',
  'code/src/engines/sub/f.ts': 'export const f = 2;\n',
  'code/src/mixed.ts': 'export interface Shape { s: number }\nexport const make = (): Shape => ({ s: 1 });\n',
  'code/src/user.ts': "import { make, type Shape } from './mixed';\nexport const u: Shape = make();\n",
};

interface BadCase {
  /** What is wrong. */
  what: string;
  /** Files added to (or replacing) the base files; `remediate.yaml` is the plan. */
  files: Record<string, string>;
  argv: string[];
  code: 2 | 3;
  /** The stderr line without `remediate: ` and the newline; a RegExp when it holds a temp path. */
  message: string | RegExp;
  /** Extra preparation (symbolic links); gets the root and a folder outside it. */
  prepare?: (root: string, outside: string) => void;
}

const P = 'remediate.yaml';
const RUN = ['run', 'phase-1'];
/** A symbolic link src/link inside root to a folder outside root holding x.ts. */
const linkOut = (root: string, outside: string) => fs.symlinkSync(outside, path.join(root, 'code/src/link'));

const CASES: BadCase[] = [
  // The plan file itself.
  { what: 'a YAML syntax error', files: { [P]: 'version: 1\nname: [bad\nroot: code\n' }, argv: RUN, code: 2, message: 'remediate.yaml:3:1: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]' },
  { what: 'a tab-indented YAML block', files: { [P]: 'version: 1\nname: bad\nroot: code\nphases:\n\t- id: x\n' }, argv: RUN, code: 2, message: 'remediate.yaml:5:1: YAML: Tabs are not allowed as indentation' },
  { what: 'an empty plan file', files: { [P]: '' }, argv: RUN, code: 2, message: /^remediate\.yaml:1:1: the plan must be a mapping/ },
  { what: 'a plan that is a list', files: { [P]: '- version: 1\n' }, argv: RUN, code: 2, message: /^remediate\.yaml:1:\d+: the plan must be a mapping \(got a list\)$/ },
  { what: 'a misspelt top-level key', files: { [P]: plan('- header: src/engines/e.ts\n  set: { Owner: x }').replace('rules:', 'rulez:') }, argv: RUN, code: 2, message: 'remediate.yaml:7:1: unknown key "rulez" (did you mean "rules"?)' },
  { what: 'a misspelt step key', files: { [P]: plan('- move: src/drivers/d.ts\n  too: src/engines/d.ts') }, argv: RUN, code: 2, message: 'remediate.yaml:14:9: unknown key "too" in phases[0].steps[0] (did you mean "to"?)' },
  { what: 'a misspelt phase key', files: { [P]: plan('- header: src/engines/e.ts\n  set: { Owner: x }').replace('title: Fix', 'titel: Fix') }, argv: RUN, code: 2, message: 'remediate.yaml:11:5: unknown key "titel" in phases[0] (did you mean "title"?)' },
  { what: 'version 2', files: { [P]: plan('- verify: {}').replace('version: 1', 'version: 2') }, argv: RUN, code: 2, message: 'remediate.yaml:1:10: version must be one of 1' },
  { what: 'a string where a list of steps belongs', files: { [P]: `${HEAD}phases:\n  - id: phase-1\n    title: Fix\n    steps: move everything\n` }, argv: RUN, code: 2, message: /^remediate\.yaml:12:\d+: phases\[0\]\.steps must be a list \(got string "move everything"\)$/ },
  { what: 'a list where header `set` takes a mapping', files: { [P]: plan('- header: src/engines/e.ts\n  set: [Layer, L5]') }, argv: RUN, code: 2, message: /^remediate\.yaml:14:\d+: phases\[0\]\.steps\[0\]\.set must be a mapping \(got a list\)$/ },
  { what: 'a number where a path belongs', files: { [P]: plan('- move: 42\n  to: src/x.ts') }, argv: RUN, code: 2, message: /^remediate\.yaml:13:\d+: phases\[0\]\.steps\[0\]\.move must be a string \(got number 42\)$/ },
  { what: 'a negative expectation', files: { [P]: plan('- verify: { expect: { actionable: -1 } }') }, argv: RUN, code: 2, message: /^remediate\.yaml:13:\d+: phases\[0\]\.steps\[0\]\.verify\.expect\.actionable must (be (at least|≥|>=) 0|not be negative|be 0 or (more|greater))$/ },
  { what: 'an unknown step kind', files: { [P]: plan('- rename: src/drivers/d.ts\n  to: src/x.ts') }, argv: RUN, code: 2, message: 'remediate.yaml:13:9: unknown step kind: expected one of header, move, split, rewrite-imports, barrel, verify' },
  { what: 'a misspelt step kind', files: { [P]: plan('- heder: src/drivers/d.ts\n  set: { Layer: L6 }') }, argv: RUN, code: 2, message: 'remediate.yaml:13:9: unknown step kind: expected one of header, move, split, rewrite-imports, barrel, verify (did you mean "header"?)' },
  { what: 'a step with two kinds', files: { [P]: plan('- header: src/drivers/d.ts\n  move: src/drivers/d.ts\n  to: src/x.ts') }, argv: RUN, code: 2, message: 'remediate.yaml:13:9: a step has exactly one kind, found header and move' },
  { what: 'an unknown layer in a barrel step', files: { [P]: plan('- barrel: src/drivers\n  layers: [L7]') }, argv: RUN, code: 2, message: 'remediate.yaml:14:18: unknown layer "L7": the plan\'s layers are L5, L6 (did you mean "L5"?)' },
  { what: 'an unknown layer in a rule', files: { [P]: plan('- verify: {}', HEAD.replace('HEADER_LAYER: {}', 'LAYER_BOUNDARY: { L6: { deny: [L55] } }')) }, argv: RUN, code: 2, message: 'remediate.yaml:8:34: unknown layer "L55": the plan\'s layers are L5, L6 (did you mean "L5"?)' },
  { what: 'a debt entry with an unknown rule', files: { [P]: plan('- verify: {}', `${HEAD}debt:\n  - { rule: HEADER_LAYERS, file: src/x.ts, reason: later }\n`) }, argv: RUN, code: 2, message: 'remediate.yaml:10:13: unknown rule "HEADER_LAYERS" (did you mean "HEADER_LAYER"?)' },
  { what: 'an unknown rule in an expectation', files: { [P]: plan('- verify: { expect: { max: { LEGACY: 0 } } }') }, argv: RUN, code: 2, message: 'remediate.yaml:13:36: unknown rule "LEGACY": expected one of BANNED_NAMING, LEGACY_IMPORT, ORM_RUNTIME, LAYER_BOUNDARY, HEADER_LAYER, AUDIENCE_BOUNDARY, BARREL_STALE, UNRESOLVED_IMPORT' },
  { what: 'duplicate phase ids', files: { [P]: plan('- verify: {}') + '  - id: phase-1\n    title: Again\n    steps: []\n' }, argv: RUN, code: 2, message: 'remediate.yaml:14:9: duplicate phase id "phase-1" (first used by phases[0])' },
  { what: 'an absolute step path', files: { [P]: plan('- move: /etc/passwd\n  to: src/passwd.ts') }, argv: RUN, code: 2, message: 'remediate.yaml:13:15: absolute path refused: "/etc/passwd" (paths are relative to root, or written //x for root)' },
  { what: 'a step path leaving root', files: { [P]: plan('- move: src/drivers/d.ts\n  to: ../../outside.ts') }, argv: RUN, code: 2, message: /^remediate\.yaml:14:13: path "\.\.\/\.\.\/outside\.ts" leaves root \(\/tmp\/remediate-test-\w+\/code\)$/ },
  { what: 'a root path (//) leaving root', files: { [P]: plan('- header: //../x.ts\n  set: { Layer: L6 }') }, argv: RUN, code: 2, message: /^remediate\.yaml:13:17: path "\.\.\/x\.ts" leaves root \(\/tmp\/remediate-test-\w+\/code\)$/ },
  { what: 'a scope leaving root', files: { [P]: plan('- verify: {}', `${HEAD}scope: ../elsewhere\n`) }, argv: RUN, code: 2, message: /^remediate\.yaml:9:8: path "\.\.\/elsewhere" leaves root \(\/tmp\/remediate-test-\w+\/code\)$/ },
  { what: 'a plan whose root is missing', files: { [P]: plan('- verify: {}').replace('root: code', 'root: nowhere') }, argv: RUN, code: 2, message: /^remediate\.yaml:3:7: root folder not found: \/tmp\/remediate-test-\w+\/nowhere$/ },
  { what: 'a plan whose root is a file', files: { [P]: plan('- verify: {}').replace('root: code', 'root: code/src/user.ts') }, argv: RUN, code: 2, message: /^remediate\.yaml:3:7: root folder not found: \/tmp\/remediate-test-\w+\/code\/src\/user\.ts$/ },

  // The command line.
  { what: '--plan of a missing file', files: { [P]: plan('- verify: {}') }, argv: ['run', 'phase-1', '--plan', 'nope.yaml'], code: 2, message: 'nope.yaml:1:1: cannot read plan file nope.yaml' },
  { what: 'an unknown phase', files: { [P]: plan('- verify: {}') }, argv: ['run', 'phase-9'], code: 2, message: 'unknown phase "phase-9" in bad: the plan\'s phases are phase-1' },
  { what: 'run with neither a phase nor --all', files: { [P]: plan('- verify: {}') }, argv: ['run'], code: 2, message: 'name a phase (e.g. `remediate run phase-1`) or pass --all' },
  { what: 'run with a phase and --all', files: { [P]: plan('- verify: {}') }, argv: ['run', 'phase-1', '--all'], code: 2, message: 'give a phase or --all, not both' },
  { what: 'run of a plan whose phases list is empty', files: { [P]: `${HEAD}phases: []\n` }, argv: ['run', '--all'], code: 2, message: /no phases/ },
  { what: 'run of a phase of a plan without phases', files: { [P]: `${HEAD}phases: []\n` }, argv: ['run', '1'], code: 2, message: /no phases/ },
  { what: 'a misspelt --dry-run (the phase must not be written)', files: { [P]: plan('- header: src/engines/e.ts\n  set: { Owner: x }') }, argv: ['run', 'phase-1', '--dryrun'], code: 2,
    message: 'Unknown argument: dryrun\nRun `remediate --help` for usage.' },
  { what: 'an unknown verify option', files: { [P]: plan('- verify: {}') }, argv: ['verify', '--fromat', 'json'], code: 2,
    message: 'Unknown argument: fromat\nRun `remediate --help` for usage.' },
  { what: '--plan without its value', files: { [P]: plan('- verify: {}') }, argv: ['run', 'phase-1', '--plan'], code: 2,
    message: 'Not enough arguments following: plan\nRun `remediate --help` for usage.' },
  { what: 'an unknown command', files: { [P]: plan('- verify: {}') }, argv: ['apply', 'phase-1'], code: 2, message: 'Unknown arguments: apply, phase-1\nRun `remediate --help` for usage.' },
  { what: 'verify --format xml', files: { [P]: plan('- verify: {}') }, argv: ['verify', '--format', 'xml'], code: 2,
    message: 'Invalid values:\n  Argument: format, Given: "xml", Choices: "text", "json", "sarif", "markdown"\nRun `remediate --help` for usage.' },
  { what: 'verify --path leaving root', files: { [P]: plan('- verify: {}') }, argv: ['verify', '--path', '../..'], code: 2, message: '--path must be a folder inside root, got "../.."' },
  { what: '--commit with --dry-run', files: { [P]: plan('- verify: {}') }, argv: ['run', 'phase-1', '--commit', '--dry-run'], code: 2, message: '--commit and --dry-run do not mix: a dry run writes nothing to commit' },
  { what: 'no plan to be found', files: {}, argv: ['verify'], code: 2, message: /^no plan found: pass --plan FILE, set REMEDIATE_PLAN, or add remediate\.yaml \(searched from \/tmp\/remediate-test-\w+ upwards\)$/ },

  // The code base.
  { what: 'a move of a missing source', files: { [P]: plan('- move: src/drivers/nope.ts\n  to: src/engines/nope.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/drivers/nope.ts → src/engines/nope.ts): nothing to move: src/drivers/nope.ts is neither a file nor a folder' },
  { what: 'a move onto an existing file', files: { [P]: plan('- move: src/drivers/d.ts\n  to: src/engines/e.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/drivers/d.ts → src/engines/e.ts): target exists: src/engines/e.ts' },
  { what: 'a move onto an existing folder', files: { [P]: plan('- move: src/drivers/d.ts\n  to: src/engines') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/drivers/d.ts → src/engines): target exists: src/engines is a folder (to move src/drivers/d.ts into it, give the full path: src/engines/d.ts)' },
  { what: 'two moves onto one target', files: { [P]: plan('- move: src/drivers/d.ts\n  to: src/x.ts\n- move: src/engines/e.ts\n  to: src/x.ts') }, argv: RUN, code: 3,
    message: 'remediate.yaml:13:9: phase-1 step 1 (move src/drivers/d.ts → src/x.ts): two moves onto one target: src/engines/e.ts and src/drivers/d.ts both move to src/x.ts' },
  { what: 'a folder moved into itself', files: { [P]: plan('- move: src/engines\n  to: src/engines/sub/engines') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/engines → src/engines/sub/engines): cannot move folder src/engines into itself (src/engines/sub/engines)' },
  { what: 'a move into a symlinked folder leading out of root', files: { [P]: plan('- move: src/drivers/d.ts\n  to: src/link/d.ts') }, argv: RUN, code: 3, message: 'refusing to write through a symbolic link: src/link (in src/link/d.ts)', prepare: linkOut },
  { what: 'a move out of a symlinked folder leading out of root', files: { [P]: plan('- move: src/link/x.ts\n  to: src/x.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/link/x.ts → src/x.ts): nothing to move: src/link/x.ts is neither a file nor a folder', prepare: linkOut },
  { what: 'a header edit through a symlinked folder', files: { [P]: plan('- header: src/link/x.ts\n  set: { Layer: L6 }') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (header src/link/x.ts (Layer: L6)): file not found: src/link/x.ts', prepare: linkOut },
  { what: 'a split into a symlinked folder', files: { [P]: plan('- split: src/mixed.ts\n  extract: [Shape]\n  to: src/link/shape.ts') }, argv: RUN, code: 3, message: 'refusing to write through a symbolic link: src/link (in src/link/shape.ts)', prepare: linkOut },
  { what: 'a header edit of a symlink to a file outside root', files: { [P]: plan('- header: src/evil.ts\n  set: { Layer: L6 }') }, argv: RUN, code: 3,
    message: 'remediate.yaml:13:9: phase-1 step 1 (header src/evil.ts (Layer: L6)): file not found: src/evil.ts', prepare: (root, outside) => fs.symlinkSync(path.join(outside, 'x.ts'), path.join(root, 'code/src/evil.ts')) },
  { what: 'a move whose importer does not parse', files: { [P]: plan('- move: src/engines/e.ts\n  to: src/core/e.ts'), 'code/src/drivers/d.ts': 'import { e } from "../engines/e";\nexport const d = e +;\n' }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (move src/engines/e.ts → src/core/e.ts): cannot update imports: a file it must edit does not parse: src/drivers/d.ts:2:21 Expression expected.' },
  { what: 'a header edit of a missing file', files: { [P]: plan('- header: src/drivers/gone.ts\n  set: { Layer: L6 }') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (header src/drivers/gone.ts (Layer: L6)): file not found: src/drivers/gone.ts' },
  { what: 'a split of a missing name', files: { [P]: plan('- split: src/mixed.ts\n  extract: [Circle]\n  to: src/shapes.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (split src/mixed.ts [Circle] → src/shapes.ts): no declaration named Circle in src/mixed.ts' },
  { what: 'a split whose extract matches nothing', files: { [P]: plan('- split: src/mixed.ts\n  extract: { kinds: [enum] }\n  to: src/shapes.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (split src/mixed.ts kinds: enum → src/shapes.ts): extract kinds: enum matches no declaration in src/mixed.ts' },
  { what: 'a split into the file being split', files: { [P]: plan('- split: src/mixed.ts\n  extract: [Shape]\n  to: src/mixed.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (split src/mixed.ts [Shape] → src/mixed.ts): split target src/mixed.ts is the file being split' },
  { what: 'a split of a missing file', files: { [P]: plan('- split: src/gone.ts\n  extract: [Shape]\n  to: src/shapes.ts') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (split src/gone.ts [Shape] → src/shapes.ts): file not found: src/gone.ts' },
  { what: 'a rewrite to nowhere', files: { [P]: plan('- rewrite-imports: { from: src/engines/e, to: src/nowhere }') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (rewrite imports of src/engines/e → src/nowhere): "to" does not exist: no module or folder src/nowhere' },
  { what: 'a barrel of a missing folder', files: { [P]: plan('- barrel: src/gone') }, argv: RUN, code: 3, message: 'remediate.yaml:13:9: phase-1 step 1 (barrel src/gone/index.ts): no folder src/gone' },
  { what: 'a tsconfig.json that does not parse', files: { [P]: plan('- move: src/engines/e.ts\n  to: src/core/e.ts'), 'code/tsconfig.json': '{ "compilerOptions": { ' }, argv: RUN, code: 3, message: /^cannot read \/tmp\/remediate-test-\w+\/code\/tsconfig\.json: '}' expected\.$/ },
];

/** Runs one case in a fresh tree beside a folder outside it; both must come out byte-identical. */
async function check({ files, argv, code, message, prepare }: BadCase): Promise<void> {
  const root = writeTree({ ...FILES, ...files });
  const outside = writeTree({ 'x.ts': 'export const x = 1;\n' });
  prepare?.(root, outside);
  const before = [snapshotTree(root), snapshotTree(outside)];
  const r = await runCli(argv, root);
  expect({ code: r.code, stackTrace: r.stderr.includes('    at ') }).toEqual({ code, stackTrace: false });
  if (typeof message === 'string') expect(r.stderr).toBe(`remediate: ${message}\n`);
  else expect(r.stderr.replace(/^remediate: /, '').replace(/\n$/, '')).toMatch(message);
  expect([snapshotDiff(snapshotTree(root), before[0]), snapshotDiff(snapshotTree(outside), before[1])]).toEqual([[], []]);
}

describe('bad plans and code-base states', () => {
  it.each(CASES)('$what: exit $code, one message, tree untouched', async (c) => await check(c));
});

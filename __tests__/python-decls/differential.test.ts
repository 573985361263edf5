import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Node } from 'web-tree-sitter';
import { loadPythonParser as loadGrammar, parsePython } from '../../src/lang/python/parser';

const parse = (text: string) => parsePython(text).rootNode;
import { isImportStatement, typeCheckingImports } from '../../src/lang/python/decl-imports';
import { namedChildrenOf } from '../../src/lang/python/decl-scope';
import { statementNames } from '../../src/lang/python/names';
import { generateModules } from './generate';
import { OracleFile, runOracle, stdlibDirectory } from './oracle';

/** A difference between names.ts and CPython's symtable on one statement. */
interface Difference { file: string; line: number; field: string; onlyOurs: string[]; onlyOracle: string[] }

interface Tally { statements: number; agreeUses: number; agreeModuleUses: number; agreeAnnotationOnly: number; differences: Difference[] }

/** About 15 s of CPU for the oracle and the comparison together on an idle machine; PY_DECLS_FILE_CAP widens a manual run. */
const FILE_CAP = Number(process.env.PY_DECLS_FILE_CAP ?? 250);

function stdlibFiles(): string[] {
  const root = stdlibDirectory();
  const top = fs.readdirSync(root).filter((name) => name.endsWith('.py')).sort().map((name) => path.join(root, name));
  const packages = fs.readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !['test', 'site-packages', 'idlelib', 'lib2to3'].includes(entry.name) && !entry.name.startsWith('__'))
    .map((entry) => entry.name).sort()
    .flatMap((pkg) => fs.readdirSync(path.join(root, pkg)).filter((name) => name.endsWith('.py')).sort().map((name) => path.join(root, pkg, name)));
  return [...top, ...packages].slice(0, FILE_CAP);
}

function setDifference(ours: readonly string[], theirs: readonly string[]): { onlyOurs: string[]; onlyOracle: string[] } {
  return { onlyOurs: ours.filter((n) => !theirs.includes(n)), onlyOracle: theirs.filter((n) => !ours.includes(n)) };
}

function compareFile(oracle: OracleFile, root: Node, tally: Tally): void {
  const byLine = new Map(oracle.statements?.map((statement) => [statement.line, statement]));
  const moduleNames = new Set(oracle.moduleNames);
  for (const node of namedChildrenOf(root)) {
    if (node.type === 'comment' || isImportStatement(node) || typeCheckingImports(node)) continue;
    const expected = byLine.get(node.startPosition.row + 1);
    if (!expected) continue;
    const ours = statementNames(node);
    tally.statements++;
    const record = (field: string, a: string[], b: string[]): boolean => {
      const diff = setDifference(a, b);
      if (diff.onlyOurs.length + diff.onlyOracle.length === 0) return true;
      tally.differences.push({ file: oracle.path, line: expected.line, field, ...diff });
      return false;
    };
    if (record('uses', ours.uses, expected.uses)) tally.agreeUses++;
    const moduleLevel = setDifference(ours.uses.filter((n) => moduleNames.has(n)), expected.uses.filter((n) => moduleNames.has(n)));
    if (moduleLevel.onlyOurs.length + moduleLevel.onlyOracle.length === 0) tally.agreeModuleUses++;
    if (record('annotationOnly', ours.annotationOnlyUses, expected.annotationOnly)) tally.agreeAnnotationOnly++;
  }
}

function compareWithOracle(files: readonly string[]): Tally & { skipped: number } {
  const tally: Tally = { statements: 0, agreeUses: 0, agreeModuleUses: 0, agreeAnnotationOnly: 0, differences: [] };
  let skipped = 0;
  for (const oracle of runOracle(files)) {
    const root = parse(fs.readFileSync(oracle.path, 'utf8'));
    if (oracle.error || root.hasError) skipped++;
    else compareFile(oracle, root, tally);
  }
  const rate = (n: number): string => `${((100 * n) / tally.statements).toFixed(2)}%`;
  console.log(`${files.length} files (${skipped} skipped), ${tally.statements} statements: uses ${rate(tally.agreeUses)}, module-level uses ${rate(tally.agreeModuleUses)}, annotation-only ${rate(tally.agreeAnnotationOnly)}\n`
    + tally.differences.slice(0, 40).map((d) => `${d.file}:${d.line} ${d.field} ours+${JSON.stringify(d.onlyOurs)} oracle+${JSON.stringify(d.onlyOracle)}`).join('\n'));
  return { ...tally, skipped };
}

describe('free names against CPython symtable', () => {
  beforeAll(loadGrammar);

  it('agrees on the standard library', () => {
    const tally = compareWithOracle(stdlibFiles());
    expect(tally.statements).toBeGreaterThan(5000);
    expect(tally.differences).toEqual([]);
  }, 180_000);

  it('agrees on generated modules that reuse names across scopes', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'py-decls-'));
    const files = generateModules(300, 12).map((text, i) => {
      const file = path.join(dir, `m${i}.py`);
      fs.writeFileSync(file, text);
      return file;
    });
    const tally = compareWithOracle(files);
    fs.rmSync(dir, { recursive: true });
    expect(tally.statements).toBeGreaterThan(1000);
    expect(tally.differences).toEqual([]);
  });
});

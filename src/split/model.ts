import { Project, ts } from 'ts-morph';
import { parseHeader } from '../header/header';
import type { RelPath } from '../workspace/paths';
import type { Workspace } from '../workspace/workspace';
import { importBindings, type ImportBinding } from './bindings';
import { declNameNodes, groupUnits, localExports, topLevelDecls, type Decl, type LocalExport, type Unit } from './declarations';
import { statementRefs, type RefMap } from './references';

/** One analysed file of a split: its declarations, import bindings and each statement's references. */
export interface FileModel {
  path: RelPath;
  text: string;
  sf: ts.SourceFile;
  decls: Decl[];
  units: Unit[];
  unitOf: Map<string, Unit>;
  bindings: ImportBinding[];
  bindingOf: Map<string, ImportBinding>;
  refs: Map<ts.Statement, RefMap>;
  exports: LocalExport[];
  /** End of the file's header block (0 without one): its comments never move. */
  headerEnd: number;
}

/**
 * The files a split reads (source, target, importers), parsed from the staged tree into an in-memory
 * ts-morph project of only those files; the checker resolves names within each file, nothing more,
 * so no lib files or dependencies are loaded.
 */
export class SplitProject {
  private readonly project: Project;
  private checkerCache: ts.TypeChecker | undefined;

  constructor(
    private readonly ws: Workspace,
    files: RelPath[],
  ) {
    // ts-morph's own TypeScript (6.x) flags options the project's may still use (baseUrl, node10);
    // the project only resolves names, so those warnings are silenced rather than acted on.
    const compilerOptions = { ...ws.settings.options, noLib: true, types: [], noEmit: true, ignoreDeprecations: '6.0' };
    this.project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: compilerOptions as ts.CompilerOptions });
    for (const f of new Set(files)) this.project.createSourceFile(`/${f}`, ws.overlay.read(f), { overwrite: true });
  }

  /** The parsed file (ts-morph's own TypeScript nodes: never mix them with the `typescript` package's). */
  sourceFile(path: RelPath): ts.SourceFile {
    return this.project.getSourceFileOrThrow(`/${path}`).compilerNode;
  }

  checker(): ts.TypeChecker {
    this.checkerCache ??= this.project.getTypeChecker().compilerObject;
    return this.checkerCache;
  }

  /** Analyses one of the project's files. */
  model(path: RelPath): FileModel {
    const sf = this.sourceFile(path);
    const text = sf.getFullText();
    const resolver = this.ws.index().resolver;
    const decls = topLevelDecls(sf);
    const units = groupUnits(decls);
    const bindings = importBindings(sf, (spec) => resolver.resolve(path, spec, 'import'));
    const declaring = [...decls.flatMap((d) => declNameNodes(d.stmt)), ...bindings.map((b) => b.nameNode)];
    return {
      path,
      text,
      sf,
      decls,
      units,
      unitOf: new Map(units.flatMap((u) => u.names.map((n) => [n, u] as const))),
      bindings,
      bindingOf: new Map(bindings.map((b) => [b.local, b])),
      refs: statementRefs(sf, this.checker(), declaring),
      exports: localExports(sf),
      headerEnd: parseHeader(text)?.end ?? 0,
    };
  }
}

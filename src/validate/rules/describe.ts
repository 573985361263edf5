import type { Plan } from '../../plan/types';
import type { ResolvedImport } from '../../workspace/import-index';

/** `L5 (Domain Engine)`, or the bare id for a layer the plan does not define. */
export function layerLabel(plan: Plan, id: string): string {
  const title = plan.layers.find((l) => l.id === id)?.title;
  return title ? `${id} (${title})` : id;
}

/** How an import reads in a message: `import "x"`, `type-only import "x"`, `require("x")`. */
export function importLabel(imp: ResolvedImport): string {
  const spec = JSON.stringify(imp.specifier);
  switch (imp.kind) {
    case 'require':
    case 'dynamic':
      return `${imp.kind === 'require' ? 'require' : 'import'}(${spec})`;
    case 'mock':
      return `mock of ${spec}`;
    case 'require-resolve':
      return `require.resolve(${spec})`;
    case 'import-meta-resolve':
      return `import.meta.resolve(${spec})`;
    case 'augmentation':
      return `declare module ${spec}`;
    case 'reference-path':
    case 'reference-types':
      return `/// <reference ${imp.kind === 'reference-path' ? 'path' : 'types'}=${spec} />`;
    case 'jsdoc':
      return `JSDoc import(${spec})`;
    case 'export':
      return `${imp.typeOnly ? 'type-only ' : ''}re-export from ${spec}`;
    default:
      return `${imp.typeOnly ? 'type-only ' : ''}import ${spec}`;
  }
}

/** `"x"`, or `"x" (→ a/b/x.ts)` when the import resolves to a file of the tree. */
export function withTarget(imp: ResolvedImport): string {
  return imp.resolved === undefined ? importLabel(imp) : `${importLabel(imp)} (${imp.resolved})`;
}

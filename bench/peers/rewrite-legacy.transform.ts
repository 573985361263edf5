import type { API, FileInfo } from 'jscodeshift';

const FROM = /^(@?app)\/services\/legacy(?=\/|$)/;

/**
 * jscodeshift transform: repoint `app/services/legacy/...` (and `@app/services/legacy/...`) imports and
 * re-exports to `app/customer/general/legacy/...`. Returns null when a file has none (no write).
 */
export default function rewriteLegacy(file: FileInfo, api: API): string | null {
  const j = api.jscodeshift;
  const root = j(file.source);
  let changed = false;
  root.find(j.Node).forEach((p) => {
    const node = p.node as { type: string; source?: { value?: unknown } | null };
    const isModuleDecl = node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration'
      || node.type === 'ExportAllDeclaration';
    const value = isModuleDecl ? node.source?.value : undefined;
    if (typeof value === 'string' && FROM.test(value)) {
      node.source!.value = value.replace(FROM, '$1/customer/general/legacy');
      changed = true;
    }
  });
  return changed ? root.toSource({ quote: 'single' }) : null;
}

export const parser = 'ts';

import { HeaderPlant, PlantedRule, PyImport } from './imports';
import { PyAudience, PyModule } from './layout';
import { exportedName, importStatement } from './names';

/** A violation the generator planted, where a validator must report it. */
export interface PlantedViolation {
  readonly rule: PlantedRule | 'HEADER_LAYER' | 'BANNED_NAMING';
  readonly file: string;
  readonly line: number;
}

const LAYER_HEADER: Partial<Record<PyModule['kind'], string>> = {
  facade: 'L3 — Facades', runtime: 'L4 — Governed Runtime', engine: 'L5 — Domain Engine', driver: 'L6 — Drivers', schema: 'L7 — Schemas',
};

function audienceName(a: PyAudience): string {
  return a.toUpperCase();
}

/** The header block: layer, audience and role lines, with the planted lies. */
function header(m: PyModule, h: HeaderPlant | undefined, out: PlantedViolation[]): string[] {
  const layer = h?.hybrid ? 'L5/L6 — HYBRID' : h?.wrongLayer ? 'L6 — Drivers' : LAYER_HEADER[m.kind]!;
  if (h?.wrongLayer) out.push({ rule: 'HEADER_LAYER', file: m.path, line: 1 });
  const wrongAudience = h?.wrongAudience ? (m.audience === 'customer' ? 'internal' : 'customer') : m.audience!;
  if (h?.wrongAudience) out.push({ rule: 'AUDIENCE_BOUNDARY', file: m.path, line: 2 });
  return [`# Layer: ${layer}`, `# AUDIENCE: ${audienceName(wrongAudience)}`, `# Role: ${m.stem.replace(/_/g, ' ')} of ${m.domain?.name ?? 'the general runtime'}`];
}

/** Whether this import breaks ORM_RUNTIME only because the file's header says HYBRID (L5/L6). */
function hybridOrm(h: HeaderPlant | undefined, imp: PyImport): boolean {
  return !!h?.hybrid && !imp.typeOnly && imp.target?.kind === 'vendor';
}

/** The text of one domain or runtime module; planted violations are appended to `out` with their lines. */
export function renderPyModule(m: PyModule, imports: readonly PyImport[], h: HeaderPlant | undefined, out: PlantedViolation[]): string {
  const lines = header(m, h, out);
  if (m.stem.endsWith('_service')) out.push({ rule: 'BANNED_NAMING', file: m.path, line: 1 });
  lines.push(`"""The ${m.stem.replace(/_/g, ' ')} module of ${m.domain?.name ?? 'the general runtime'}."""`, '',
    'from __future__ import annotations', '', 'import enum', 'from dataclasses import dataclass, field', 'from typing import TYPE_CHECKING', '');
  const runtimeRefs: string[] = [];
  const typeRefs: string[] = [];
  const emit = (imp: PyImport, indent: string) => {
    const { line, ref } = importStatement(m, imp);
    lines.push(indent + line);
    if (imp.planted) out.push({ rule: imp.planted, file: m.path, line: lines.length });
    else if (hybridOrm(h, imp)) out.push({ rule: 'ORM_RUNTIME', file: m.path, line: lines.length });
    (imp.typeOnly ? typeRefs : runtimeRefs).push(ref);
  };
  for (const imp of imports) if (!imp.typeOnly) emit(imp, '');
  const typeOnly = imports.filter((i) => i.typeOnly);
  if (typeOnly.length) {
    lines.push('', 'if TYPE_CHECKING:');
    for (const imp of typeOnly) emit(imp, '    ');
  }
  lines.push(...body(m, runtimeRefs, typeRefs));
  return lines.join('\n') + '\n';
}

/** Dataclass, enum and functions (~40 lines) that use every imported name. */
function body(m: PyModule, runtimeRefs: string[], typeRefs: string[]): string[] {
  const record = exportedName(m);
  const kind = record.replace(/Record$/, 'Kind');
  const fn = m.stem;
  const deps = runtimeRefs.filter((r) => r !== 'select' && r !== 'Session');
  const orm = runtimeRefs.includes('select') ? ['', '', `def query_${fn}(key: str) -> object:`, '    """The ORM statement for one key."""',
    '    return select(key).where(key)'] : [];
  const session = runtimeRefs.includes('Session') ? ['', '', `def open_${fn}() -> Session:`, '    """A fresh session."""', '    return Session()'] : [];
  const types = typeRefs.length ? ['', '', `def describe_${fn}(*refs: ${typeRefs.join(' | ')}) -> int:`, '    """How many typed references were passed."""', '    return len(refs)'] : [];
  return ['', '', `class ${kind}(enum.Enum):`, `    """States a ${fn.replace(/_/g, ' ')} record moves through."""`, '',
    '    DRAFT = "draft"', '    ACTIVE = "active"', '    CLOSED = "closed"', '', '',
    '@dataclass(frozen=True)', `class ${record}:`, `    """One ${fn.replace(/_/g, ' ')} entry."""`, '',
    '    key: str', '    amount: int', `    kind: ${kind} = ${kind}.DRAFT`, '    tags: tuple[str, ...] = field(default_factory=tuple)', '',
    '    def weight(self) -> int:', '        """The amount, doubled for active records."""',
    `        return self.amount * 2 if self.kind is ${kind}.ACTIVE else self.amount`, '', '',
    `DEPENDENCIES: tuple[object, ...] = (${deps.join(', ')}${deps.length === 1 ? ',' : ''})`, '', '',
    `def build_${fn}(key: str, amount: int) -> ${record}:`, '    """A record, with a negative amount clamped to zero."""',
    '    if amount < 0:', '        amount = 0', `    kind = ${kind}.ACTIVE if amount > 100 else ${kind}.DRAFT`,
    `    return ${record}(key=key, amount=amount, kind=kind)`, '', '',
    `def summarize_${fn}(records: list[${record}]) -> dict[str, int]:`, '    """Weighted totals per kind."""',
    '    totals: dict[str, int] = {}', '    for record in records:', '        totals[record.kind.value] = totals.get(record.kind.value, 0) + record.weight()',
    '    return totals', ...orm, ...session, ...types];
}

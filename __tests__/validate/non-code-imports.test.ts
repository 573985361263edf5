import { hits, planText, validateTree } from '../helpers/rule-cases';

const files = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@ui/*': ['app/ui/*'] } } }),
  'app/ui/bar.ts': [
    "import './actionbar.css';",
    "import styles from './BrandLogo.module.css';",
    "import data from './data.json';",
    "import logo from './logo.svg';",
    "import '@ui/theme.css';",
    "import './missing.css';",
    'export const bar = [styles, data, logo];',
  ].join('\n'),
  'app/ui/actionbar.css': '.bar {}\n',
  'app/ui/BrandLogo.module.css': '.logo {}\n',
  'app/ui/data.json': '{ "a": 1 }\n',
  'app/ui/logo.svg': '<svg/>\n',
  'app/ui/theme.css': ':root {}\n',
  'app/core/engine.ts': "import '../ui/theme.css';\nexport const engine = 1;\n",
};

const plan = planText(`
layers:
  UI: { title: Interface, paths: ["app/ui/**"] }
  CORE: { title: Core, paths: ["app/core/**"] }
rules:
  UNRESOLVED_IMPORT: {}
  LAYER_BOUNDARY: { CORE: { deny: [UI] } }
`);

describe('imports of files that are not code (stylesheets, JSON, assets)', () => {
  const { result } = validateTree(files, plan);

  it('resolve to the file: only a reference to nothing is unresolved', () => {
    expect(hits(result).filter(([rule]) => rule === 'UNRESOLVED_IMPORT')).toEqual([['UNRESOLVED_IMPORT', 'app/ui/bar.ts', 6]]);
    expect(result.violations.find((v) => v.rule === 'UNRESOLVED_IMPORT')?.message).toBe('import "./missing.css" resolves to no file');
  });

  it('are layer edges: a stylesheet imported across layers is a LAYER_BOUNDARY violation', () => {
    expect(hits(result).filter(([rule]) => rule === 'LAYER_BOUNDARY')).toEqual([['LAYER_BOUNDARY', 'app/core/engine.ts', 1]]);
    expect(result.violations.find((v) => v.rule === 'LAYER_BOUNDARY')?.message).toContain('app/ui/theme.css');
  });
});

import { planText, ruleTable } from '../helpers/rule-cases';

const U = 'UNRESOLVED_IMPORT';
const tsconfig = JSON.stringify({ compilerOptions: { baseUrl: 'src', paths: { '@app/*': ['app/*'] } } });

ruleTable('UNRESOLVED_IMPORT', planText('rules:\n  UNRESOLVED_IMPORT: {}'), {
  valid: [
    {
      name: 'relative, alias, baseUrl and folder imports that resolve; packages',
      files: {
        'tsconfig.json': tsconfig,
        'src/app/a.ts': 'export const a = 1;\n',
        'src/app/lib/index.ts': 'export const lib = 1;\n',
        'src/app/b.ts': "import { a } from './a';\nimport { lib } from './lib';\nimport { a as b } from '@app/a';\nimport { a as c } from 'app/a';\nimport { z } from 'zod';\n",
      },
    },
  ],
  invalid: [
    {
      name: 'relative, alias and baseUrl imports of nothing',
      files: {
        'tsconfig.json': tsconfig,
        'src/app/a.ts': 'export const a = 1;\n',
        'src/app/b.ts': "import { a } from './gone';\nimport { x } from '@app/moved';\nimport { y } from 'app/old/y';\n",
      },
      expected: [[U, 'src/app/b.ts', 1], [U, 'src/app/b.ts', 2], [U, 'src/app/b.ts', 3]],
    },
  ],
});

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generatePyTree } from '../../bench/python/generate';
import { countPyrightErrors } from '../../bench/python/typecheck';

describe('Python bench corpus under pyright', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'py-pyright-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('has no pyright errors (the planted unresolved imports carry `# pyright: ignore`)', async () => {
    const dir = path.join(tmp, 'tree');
    const tree = generatePyTree({ files: 240, seed: 3, dir });
    expect(tree.planted.some((p) => p.rule === 'UNRESOLVED_IMPORT')).toBe(true);
    expect(await countPyrightErrors(dir)).toBe(0);
  }, 240_000);

  it('counts the errors a broken import leaves', async () => {
    const dir = path.join(tmp, 'broken');
    generatePyTree({ files: 240, seed: 3, dir });
    const victim = path.join(dir, 'backend/vendor/sqlalchemy/orm.py');
    fs.writeFileSync(victim, fs.readFileSync(victim, 'utf8').replace('from sqlalchemy import Select', 'from sqlalchemy import Selected as Select'));
    expect(await countPyrightErrors(dir)).toBe(1);
  }, 240_000);
});

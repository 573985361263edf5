import { writeSpecifier } from '../../src/workspace/specifier';
import { Workspace } from '../../src/workspace/workspace';
import { MONOREPO } from './fixture';

describe("writeSpecifier with the importer's project and the workspace packages", () => {
  const { settings } = Workspace.open(MONOREPO);

  it("keeps a per-package alias an alias of the importer's package", () => {
    expect(writeSpecifier(settings, 'packages/a/src/lib/shout.ts', 'packages/a/src/core/util.ts', '@a/lib/util')).toBe('@a/core/util');
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/b/src/shared/helper.ts', '@b/helpers/helper')).toBe('@b/shared/helper');
  });

  it("writes another package's alias the way the importer's project can: baseUrl-rooted, else relative", () => {
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/b/src/x.ts', '@a/lib/util')).toBe('src/x');
    expect(writeSpecifier(settings, 'packages/c/src/index.ts', 'packages/c/src/x.ts', '@a/lib/util')).toBe('./x');
  });

  it('names a workspace package by an entry that maps the new place, else relative', () => {
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/c/src/math/twice.ts', '@org/c/lib/twice')).toBe('@org/c/math/twice');
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/c/src/index.ts', '@org/c/lib/twice')).toBe('@org/c');
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/a/src/index.ts', '@org/a')).toBe('@org/a');
    expect(writeSpecifier(settings, 'packages/b/src/main.ts', 'packages/c/test/x.ts', '@org/c/lib/twice')).toBe('../../c/test/x');
  });
});

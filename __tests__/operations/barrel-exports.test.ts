import { ExportReader } from '../../src/codemod/module-exports';
import { ModuleResolver } from '../../src/workspace/resolver';
import { Workspace } from '../../src/workspace/workspace';
import { writeTree } from '../helpers/tree';

/** The names a module exports, as `name:type|value@origin`, sorted. */
function exportsOf(files: Record<string, string>, file: string): { names: string[]; opaque: boolean } {
  const ws = Workspace.open(writeTree(files));
  const { names, opaque } = new ExportReader(ws.overlay, new ModuleResolver(ws.overlay, ws.settings)).exportsOf(file);
  return { names: [...names].map(([n, e]) => `${n}:${e.typeOnly ? 'type' : 'value'}@${e.origin}`).sort(), opaque };
}

describe('ExportReader (what a barrel re-exports)', () => {
  it('reads every declaration form, telling types from values', () => {
    const src = [
      'export interface I {}', 'export type T = 1;', 'export class C {}', 'export function f() {}', 'export enum E { A }',
      'export const enum CE { A }', 'export declare const d: number;', 'export const { a, b: [c] } = { a: 1, b: [2] };',
      'export namespace N { export const n = 1; }', 'export default class {}', 'interface Local {}', 'const v = 1;',
      'export { v as renamed, type Local };', 'export type { Local as AlsoLocal };',
    ].join('\n');
    expect(exportsOf({ 'm.ts': src }, 'm.ts')).toEqual({
      names: ['AlsoLocal:type@m.ts', 'C:value@m.ts', 'CE:value@m.ts', 'E:value@m.ts', 'I:type@m.ts', 'Local:type@m.ts', 'N:value@m.ts', 'T:type@m.ts', 'a:value@m.ts', 'c:value@m.ts', 'd:value@m.ts', 'default:value@m.ts', 'f:value@m.ts', 'renamed:value@m.ts'],
      opaque: false,
    });
  });

  it('follows re-exports and imported names to their declarations, across a cycle', () => {
    const files = {
      'a.ts': "export * from './b';\nexport * as ns from './c';\nimport { Shape } from './c';\nexport { Shape };\nexport { x as y } from './c';\n",
      'b.ts': "export type B = 1;\nexport * from './a';\n",
      'c.ts': 'export interface Shape {}\nexport const x = 1;\nexport default 1;\n',
    };
    expect(exportsOf(files, 'a.ts')).toEqual({ names: ['B:type@b.ts', 'Shape:type@c.ts', 'ns:value@c.ts', 'y:value@c.ts'], opaque: false });
  });

  it('is opaque when it re-exports all of a package', () => {
    expect(exportsOf({ 'p.ts': "export * from 'some-package';\nexport const own = 1;\n" }, 'p.ts')).toEqual({ names: ['own:value@p.ts'], opaque: true });
  });
});

import type { TsSettings } from '../../workspace/ts-projects';
import type { CodeBase } from '../types';

/** The TypeScript settings of a code base: the root tsconfig's, every project's and the workspace packages. */
export function tsSettings(base: CodeBase): TsSettings {
  return base.settingsOf<TsSettings>('typescript');
}

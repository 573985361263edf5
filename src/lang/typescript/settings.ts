import type { ModuleSettings } from '../../workspace/tsconfig';
import type { CodeBase } from '../types';

/** The tsconfig settings of a code base. */
export function tsSettings(base: CodeBase): ModuleSettings {
  return base.settingsOf<ModuleSettings>('typescript');
}

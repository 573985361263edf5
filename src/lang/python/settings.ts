import type { CodeBase } from '../types';
import type { PythonSettings } from './roots';

/** The import roots of a code base (read once by the workspace). */
export function pySettings(base: CodeBase): PythonSettings {
  return base.settingsOf<PythonSettings>('python');
}

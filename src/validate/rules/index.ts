import type { RuleId } from '../../plan/types';
import type { Rule } from '../types';
import { headerLayerRule } from './header-layer';
import { unresolvedImportRule } from './unresolved-import';

/** Every rule by id; a plan enables a rule by naming it under `rules`. */
export const rules: { [Id in RuleId]?: Rule<Id> } = {
  HEADER_LAYER: headerLayerRule,
  UNRESOLVED_IMPORT: unresolvedImportRule,
};

import type { RuleId } from '../../plan/types';
import type { Rule } from '../types';
import { audienceBoundaryRule } from './audience-boundary';
import { bannedNamingRule } from './banned-naming';
import { barrelStaleRule } from './barrel-stale';
import { headerLayerRule } from './header-layer';
import { layerBoundaryRule } from './layer-boundary';
import { legacyImportRule } from './legacy-import';
import { ormRuntimeRule } from './orm-runtime';
import { unresolvedImportRule } from './unresolved-import';

/** Every rule by id; a plan enables a rule by naming it under `rules`. */
export const rules: { [Id in RuleId]?: Rule<Id> } = {
  BANNED_NAMING: bannedNamingRule,
  LEGACY_IMPORT: legacyImportRule,
  ORM_RUNTIME: ormRuntimeRule,
  LAYER_BOUNDARY: layerBoundaryRule,
  HEADER_LAYER: headerLayerRule,
  AUDIENCE_BOUNDARY: audienceBoundaryRule,
  BARREL_STALE: barrelStaleRule,
  UNRESOLVED_IMPORT: unresolvedImportRule,
};

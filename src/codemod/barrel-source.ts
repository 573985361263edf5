import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import { ModuleResolver } from '../workspace/resolver';
import type { Workspace } from '../workspace/workspace';
import type { BarrelSource } from './barrel';

/** The staged tree and the plan's layers, as barrel generation reads them. */
export function barrelSource(ws: Workspace, plan: Plan, resolver = new ModuleResolver(ws.overlay, ws.settings)): BarrelSource {
  return { overlay: ws.overlay, settings: ws.settings, resolver, layerOf: classifier(plan).layerOf, layers: plan.layers };
}

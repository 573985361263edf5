import type { Plan } from '../plan/types';
import { classifier } from '../validate/classify';
import { ModuleResolver } from '../workspace/resolver';
import type { Workspace } from '../workspace/workspace';
import type { BarrelSource } from './barrel';

/** The staged tree and the plan's layers, as barrel generation reads them. */
export function barrelSource(ws: Workspace, plan: Plan, resolver = new ModuleResolver(ws.overlay, ws.settings)): BarrelSource {
  const { layerOf } = classifier(plan);
  return {
    overlay: ws.overlay,
    settings: ws.settings,
    resolver,
    layerOf,
    layerLabel: (id) => {
      const layer = plan.layers.find((l) => l.id === id);
      return layer && `${layer.id} — ${layer.title}`;
    },
  };
}

import type { CostSnapshot, Granularity } from "@app/schemas/cost_snapshot_schemas"

export function title(snapshot: CostSnapshot, granularity: Granularity): string {
  return `${snapshot.id} (${granularity})`
}

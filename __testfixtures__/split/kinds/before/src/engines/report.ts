import type { CostSnapshot, Granularity } from "@app/drivers/cost_snapshots"

export function title(snapshot: CostSnapshot, granularity: Granularity): string {
  return `${snapshot.id} (${granularity})`
}

// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Runs loop events through their bridges and records every event it handles
// Callers: general/runtime/execution/loop_runtime.ts

import { DataSource, MoreThanOrEqual } from 'typeorm';
import type { LoopEvent, LoopEventType, LoopStage, LoopStatus } from './events';
import { BridgeResult, LoopBridge, createDefaultBridges } from './bridges';

/** A handled event as stored in `loop_events`. */
export interface LoopEventRecord {
  id: string;
  tenantId: string;
  incidentId: string;
  type: LoopEventType;
  stage: LoopStage;
  status: LoopStatus;
  recordedAt: Date;
}

export interface DispatchOutcome {
  eventId: string;
  status: LoopStatus;
  results: BridgeResult[];
}

const STAGES: readonly LoopStage[] = [
  'incident_detected',
  'pattern_matched',
  'recovery_suggested',
  'policy_proposed',
  'routing_adjusted',
];
/** Each hop advances at least one stage, so a loop settles within one hop per stage. */
const MAX_HOPS = STAGES.length;

export class IntegrationDispatcher {
  private readonly bridges: LoopBridge[];

  constructor(
    private readonly dataSource: DataSource,
    bridges?: LoopBridge[],
  ) {
    this.bridges = bridges ?? createDefaultBridges(dataSource);
  }

  /** Follows the event and everything its bridges emit until the loop settles. */
  async dispatch(event: LoopEvent): Promise<DispatchOutcome> {
    const results: BridgeResult[] = [];
    let frontier: LoopEvent[] = [event];
    for (let hop = 0; hop < MAX_HOPS && frontier.length > 0; hop += 1) {
      const emitted: LoopEvent[] = [];
      for (const current of frontier) {
        const handlers = this.bridges.filter((bridge) => bridge.handles(current));
        for (const bridge of handlers) {
          const result = await bridge.process(current);
          results.push(result);
          emitted.push(...result.emitted);
        }
        await this.record(current, handlers.length > 0 ? 'completed' : 'pending');
      }
      frontier = emitted;
    }
    const status = frontier.length > 0 ? 'blocked' : 'completed';
    return { eventId: event.id, status, results };
  }

  /** A tenant's events recorded since `since`, oldest first. */
  async history(tenantId: string, since: Date): Promise<LoopEventRecord[]> {
    return this.events().find({
      where: { tenantId, recordedAt: MoreThanOrEqual(since) },
      order: { recordedAt: 'ASC' },
    });
  }

  private async record(event: LoopEvent, status: LoopStatus): Promise<void> {
    const { id, tenantId, incidentId, type, stage } = event;
    await this.events().save({ id, tenantId, incidentId, type, stage, status, recordedAt: new Date() });
  }

  private events() {
    return this.dataSource.getRepository<LoopEventRecord>('loop_events');
  }
}

// Layer: L4 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Bridges that carry a loop event from one M25 stage to the next

import { DataSource, MoreThanOrEqual, QueryFailedError } from 'typeorm';
import type { LoopEvent, LoopEventType, LoopStage } from './events';

/** Audit row written each time the loop activates a prevention policy. */
export interface PolicyActivationAudit {
  id: string;
  tenantId: string;
  policyId: string;
  sourceIncidentId: string;
  stage: LoopStage;
  confidence: number;
  activatedAt: Date;
}

/** What one bridge did with one event. */
export interface BridgeResult {
  bridge: string;
  emitted: LoopEvent[];
  skippedReason?: string;
}

export interface LoopBridge {
  readonly name: string;
  handles(event: LoopEvent): boolean;
  process(event: LoopEvent): Promise<BridgeResult>;
}

/** Below this confidence a matched pattern only gets observed, never turned into a policy. */
const POLICY_CONFIDENCE_FLOOR = 0.8;
/** A policy activated for a tenant within this window is not activated again. */
const ACTIVATION_COOLDOWN_MS = 6 * 60 * 60 * 1000;

/** Stores a policy activation; activating the same one twice returns the stored row. */
export async function recordPolicyActivation(
  dataSource: DataSource,
  audit: PolicyActivationAudit,
): Promise<PolicyActivationAudit> {
  const audits = dataSource.getRepository<PolicyActivationAudit>('policy_activation_audit');
  try {
    return await audits.insert(audit);
  } catch (error) {
    if (!(error instanceof QueryFailedError) || error.code !== 'unique_violation') throw error;
    const stored = await audits.findOneBy({ id: audit.id });
    if (stored === null) throw error;
    return stored;
  }
}

function nextEvent(event: LoopEvent, type: LoopEventType, stage: LoopStage): LoopEvent {
  return { ...event, id: `${event.incidentId}:${stage}`, type, stage, occurredAt: new Date() };
}

function skipped(bridge: string, reason: string): BridgeResult {
  return { bridge, emitted: [], skippedReason: reason };
}

/** Incident → pattern: an incident carrying a known signature becomes a pattern match. */
export class IncidentToPatternBridge implements LoopBridge {
  readonly name = 'incident_to_pattern';

  handles(event: LoopEvent): boolean {
    return event.type === 'incident_created';
  }

  async process(event: LoopEvent): Promise<BridgeResult> {
    const signature = event.payload['signature'];
    if (typeof signature !== 'string') return skipped(this.name, 'incident has no signature');
    const matched = nextEvent(event, 'pattern_matched', 'pattern_matched');
    matched.payload = { ...event.payload, patternId: `pattern:${signature}` };
    return { bridge: this.name, emitted: [matched] };
  }
}

/** Pattern → policy: a confident match activates its prevention policy, once per cooldown. */
export class PatternToPolicyBridge implements LoopBridge {
  readonly name = 'pattern_to_policy';

  constructor(private readonly dataSource: DataSource) {}

  handles(event: LoopEvent): boolean {
    return event.type === 'pattern_matched';
  }

  async process(event: LoopEvent): Promise<BridgeResult> {
    if (event.confidence < POLICY_CONFIDENCE_FLOOR) return skipped(this.name, 'confidence below floor');
    const policyId = `policy:${String(event.payload['patternId'])}`;
    const since = new Date(event.occurredAt.getTime() - ACTIVATION_COOLDOWN_MS);
    const recent = await this.dataSource
      .getRepository<PolicyActivationAudit>('policy_activation_audit')
      .count({ tenantId: event.tenantId, policyId, activatedAt: MoreThanOrEqual(since) });
    if (recent > 0) return skipped(this.name, 'policy activated within cooldown');
    await recordPolicyActivation(this.dataSource, {
      id: `${event.tenantId}:${policyId}:${event.incidentId}`,
      tenantId: event.tenantId,
      policyId,
      sourceIncidentId: event.incidentId,
      stage: 'policy_proposed',
      confidence: event.confidence,
      activatedAt: event.occurredAt,
    });
    const activated = nextEvent(event, 'policy_activated', 'policy_proposed');
    activated.payload = { ...event.payload, policyId };
    return { bridge: this.name, emitted: [activated] };
  }
}

/** The bridges the dispatcher runs when it is given none. */
export function createDefaultBridges(dataSource: DataSource): LoopBridge[] {
  return [new IncidentToPatternBridge(), new PatternToPolicyBridge(dataSource)];
}

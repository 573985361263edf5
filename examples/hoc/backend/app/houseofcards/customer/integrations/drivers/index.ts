// Layer: L4 — Domain Services
// AUDIENCE: CUSTOMER
// Role: Public surface of the integrations drivers

export * from './events';
export { ConnectorRegistry, ConnectorRow } from './connector_registry';
export { ConnectorExecutionDriver, ExecutionRecord } from './execution';
export { CostLoopBridge } from './cost_bridges';
export { CostSafetyRailStore, SafetyRail } from './cost_safety_rails';
export { CostSnapshotStore } from './cost_snapshots';
export { DispatchOutcome, IntegrationDispatcher } from './dispatcher';
export { ExternalResponseStore } from './external_response_service';
export { IdentityResolver } from './identity_resolver';
export { KnowledgePlaneStore } from './knowledge_plane';
export { McpServerRegistry } from './server_registry';

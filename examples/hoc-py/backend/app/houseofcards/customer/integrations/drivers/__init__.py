# Layer: L4 — Domain Services
# AUDIENCE: CUSTOMER
# Role: Public surface of the integrations drivers

from .events import *
from .connector_registry import ConnectorRegistry, ConnectorRow
from .execution import ConnectorExecutionDriver, ExecutionRecord
from .cost_bridges import CostLoopBridge
from .cost_safety_rails import CostSafetyRailStore, SafetyRail
from .cost_snapshots import CostSnapshotStore
from .dispatcher import DispatchOutcome, IntegrationDispatcher
from .external_response_service import ExternalResponseStore
from .identity_resolver import IdentityResolver
from .knowledge_plane import KnowledgePlaneStore
from .server_registry import McpServerRegistry

__all__ = [
    "LoopEvent",
    "LoopEventType",
    "LoopStage",
    "LoopStatus",
    "ConnectorRegistry",
    "ConnectorRow",
    "ConnectorExecutionDriver",
    "ExecutionRecord",
    "CostLoopBridge",
    "CostSafetyRailStore",
    "SafetyRail",
    "CostSnapshotStore",
    "DispatchOutcome",
    "IntegrationDispatcher",
    "ExternalResponseStore",
    "IdentityResolver",
    "KnowledgePlaneStore",
    "McpServerRegistry",
]

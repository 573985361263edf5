// Role: Connector lookup by kind (legacy services namespace)
// Status: LEGACY — superseded by app/houseofcards; migration deferred (integrations Phase 2.5, IV.1)

export interface ConnectorResponse {
  ok: boolean;
  status: number;
  body: string;
}

/** Something that can deliver a payload to a customer endpoint. */
export interface Connector {
  readonly kind: string;
  send(endpoint: string, body: string): Promise<ConnectorResponse>;
}

/** Accepts every payload for a TLS endpoint and remembers what it sent. */
class RecordingConnector implements Connector {
  readonly sent: Array<{ endpoint: string; body: string }> = [];

  constructor(readonly kind: string) {}

  async send(endpoint: string, body: string): Promise<ConnectorResponse> {
    if (!endpoint.startsWith('https://')) {
      return { ok: false, status: 400, body: 'endpoint must use https' };
    }
    this.sent.push({ endpoint, body });
    return { ok: true, status: 202, body: '' };
  }
}

const CONNECTORS = new Map<string, Connector>(
  ['http', 'slack', 'webhook'].map((kind) => [kind, new RecordingConnector(kind)]),
);

/** The connector registered for `kind`; throws for an unknown kind. */
export function getConnector(kind: string): Connector {
  const connector = CONNECTORS.get(kind);
  if (connector === undefined) throw new Error(`no connector registered for kind "${kind}"`);
  return connector;
}

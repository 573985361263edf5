// Layer: L5 — Domain Engine
// AUDIENCE: INTERNAL
// Role: Operator rules for approving an MCP server before customers may connect it

import { McpReviewStore, McpServerReview } from '../drivers/mcp_review_store';

/** Hosts whose servers operators approve without reading them. */
const TRUSTED_HOSTS: readonly string[] = ['mcp.github.com', 'mcp.slack.com'];

/** Why a server cannot be approved automatically, or null when it can. */
export function autoApprovalBlocker(review: McpServerReview): string | null {
  const match = /^(\w+):\/\/([^/:]+)/.exec(review.serverUrl);
  if (match === null) return 'server url does not parse';
  const [, scheme, host] = match;
  if (scheme !== 'https') return 'server url is not https';
  return TRUSTED_HOSTS.includes(host) ? null : `host ${host} is not trusted`;
}

/** Approves every pending review without a blocker and returns the ones still waiting. */
export async function approveTrusted(store: McpReviewStore): Promise<McpServerReview[]> {
  const waiting: McpServerReview[] = [];
  for (const review of await store.pending()) {
    if (autoApprovalBlocker(review) === null) await store.decide(review, 'approved');
    else waiting.push(review);
  }
  return waiting;
}

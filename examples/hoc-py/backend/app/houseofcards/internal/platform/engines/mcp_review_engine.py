# Layer: L5 — Domain Engine
# AUDIENCE: INTERNAL
# Role: Operator rules for approving an MCP server before customers may connect it

from __future__ import annotations

import re

from ..drivers.mcp_review_store import McpReviewStore, McpServerReview

# Hosts whose servers operators approve without reading them.
_TRUSTED_HOSTS: frozenset[str] = frozenset({"mcp.github.com", "mcp.slack.com"})

_URL = re.compile(r"^(\w+)://([^/:]+)")


def auto_approval_blocker(review: McpServerReview) -> str | None:
    """Why a server cannot be approved automatically, or None when it can."""
    match = _URL.match(review.server_url)
    if match is None:
        return "server url does not parse"
    scheme, host = match.group(1), match.group(2)
    if scheme != "https":
        return "server url is not https"
    return None if host in _TRUSTED_HOSTS else f"host {host} is not trusted"


def approve_trusted(store: McpReviewStore) -> list[McpServerReview]:
    """Approves every pending review without a blocker and returns the ones still waiting."""
    waiting: list[McpServerReview] = []
    for review in store.pending():
        if auto_approval_blocker(review) is None:
            store.decide(review, "approved")
        else:
            waiting.append(review)
    return waiting

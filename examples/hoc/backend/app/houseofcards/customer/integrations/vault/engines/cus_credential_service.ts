// Layer: L5 — Domain Engine
// AUDIENCE: CUSTOMER
// Role: Rotation policy for the integration credentials a customer keeps in the vault

export interface CredentialMetadata {
  id: string;
  tenantId: string;
  connectorId: string;
  createdAt: Date;
  lastRotatedAt: Date | null;
  expiresAt: Date;
}

export enum RotationDecision {
  Keep = 'keep',
  Rotate = 'rotate',
  Revoke = 'revoke',
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_AGE_DAYS = 90;
/** Rotate this long before expiry so a failed rotation can be retried. */
const ROTATE_BEFORE_EXPIRY_DAYS = 7;

/** Expired credentials are revoked; old or nearly expired ones are rotated. */
export function rotationDecision(credential: CredentialMetadata, now: Date = new Date()): RotationDecision {
  if (credential.expiresAt.getTime() <= now.getTime()) return RotationDecision.Revoke;
  const lastChange = credential.lastRotatedAt ?? credential.createdAt;
  const ageDays = (now.getTime() - lastChange.getTime()) / DAY_MS;
  const daysLeft = (credential.expiresAt.getTime() - now.getTime()) / DAY_MS;
  return ageDays >= MAX_AGE_DAYS || daysLeft <= ROTATE_BEFORE_EXPIRY_DAYS
    ? RotationDecision.Rotate
    : RotationDecision.Keep;
}

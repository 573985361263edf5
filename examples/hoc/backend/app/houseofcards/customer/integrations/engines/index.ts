// Layer: L4 — Domain Services
// AUDIENCE: CUSTOMER
// Role: Public surface of the integrations engines

export * from './cus_health_service';
export * from './iam_service';

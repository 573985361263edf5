// Layer: L4 — Domain Services
// AUDIENCE: CUSTOMER
// Role: Public surface of the integrations schemas

export * from './connector_config';

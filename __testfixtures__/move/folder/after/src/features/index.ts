export * from '../domains/finance/billing';

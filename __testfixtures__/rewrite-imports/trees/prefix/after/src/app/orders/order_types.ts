export type OrderId = string;

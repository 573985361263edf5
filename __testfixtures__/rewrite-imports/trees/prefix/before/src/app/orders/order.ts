// Orders: legacy connector still in use
import type { OrderId } from './order_types';
import { connect } from "legacy/services/connectors"

export const place = (id: OrderId) => connect(id)

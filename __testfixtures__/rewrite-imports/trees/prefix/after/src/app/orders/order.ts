// Orders: legacy connector still in use
import type { OrderId } from './order_types';
import { connect } from "../services/connectors"

export const place = (id: OrderId) => connect(id)

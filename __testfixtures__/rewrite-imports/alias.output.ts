import { money } from "@app/money"
import type { Connect } from "@app/services/connectors"
export * from '@app/services/connectors'

export const fmt: Connect = (n) => money(n.length)

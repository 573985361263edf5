import { money } from "@app/money"
import type { Connect } from "@legacy/connectors"
export * from '@legacy/connectors'

export const fmt: Connect = (n) => money(n.length)

import { price } from "./pricing"

export function quote(n: number): string {
  return `${price(n)}`
}

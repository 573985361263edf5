import { x } from "../lib/x"

export const price = (n: number) => n * x

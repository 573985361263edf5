export interface Audit {
  id: string;
}

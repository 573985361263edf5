export type Id = string;

export interface Row {
  id: Id;
}

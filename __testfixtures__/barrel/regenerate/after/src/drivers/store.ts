export class Store {
  rows: StoreRow[] = [];
}

export interface StoreRow {
  id: string;
}

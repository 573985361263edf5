// Role: a stand-in for an ORM package, mapped to the `orm` specifier by tsconfig paths

export class QueryFailedError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface Repository<T> {
  insert(row: T): Promise<T>;
  find(): Promise<T[]>;
  findOneBy(where: Partial<T>): Promise<T | null>;
}

export class DataSource {
  getRepository<T>(name: string): Repository<T> {
    throw new Error(`no table ${name}`);
  }
}

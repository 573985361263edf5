// Role: In-memory stand-in for the slice of the typeorm API this example uses
// Note: not the real package; tsconfig.json maps the `typeorm` specifier to this folder

/** Compares one column against a value other than by equality, e.g. MoreThanOrEqual(date). */
export class FindOperator<T> {
  constructor(
    readonly kind: 'moreThanOrEqual' | 'in',
    readonly value: T | readonly T[],
  ) {}

  matches(actual: unknown): boolean {
    if (this.kind === 'in') return (this.value as readonly unknown[]).includes(actual);
    return (actual as number) >= (this.value as unknown as number);
  }
}

export function MoreThanOrEqual<T>(value: T): FindOperator<T> {
  return new FindOperator<T>('moreThanOrEqual', value);
}

export function In<T>(values: readonly T[]): FindOperator<T> {
  return new FindOperator<T>('in', values);
}

export type FindOptionsWhere<T> = { [K in keyof T]?: T[K] | FindOperator<T[K]> };

export interface FindManyOptions<T> {
  where?: FindOptionsWhere<T>;
  order?: { [K in keyof T]?: 'ASC' | 'DESC' };
  take?: number;
}

/** Raised when a statement fails, e.g. `unique_violation` on a duplicate primary key. */
export class QueryFailedError extends Error {
  constructor(
    readonly query: string,
    readonly code: string,
  ) {
    super(`${code}: ${query}`);
  }
}

/** Rows of one table, keyed by their `id` column. */
export class Repository<T extends object> {
  private readonly rows = new Map<unknown, T>();

  constructor(readonly tableName: string) {}

  async find(options: FindManyOptions<T> = {}): Promise<T[]> {
    const found = [...this.rows.values()].filter((row) => matchesWhere(row, options.where ?? {}));
    for (const [column, direction] of Object.entries(options.order ?? {})) {
      const sign = direction === 'DESC' ? -1 : 1;
      found.sort((a, b) => sign * compare(field(a, column), field(b, column)));
    }
    return found.slice(0, options.take ?? found.length);
  }

  async findOneBy(where: FindOptionsWhere<T>): Promise<T | null> {
    return (await this.find({ where, take: 1 }))[0] ?? null;
  }

  async count(where: FindOptionsWhere<T>): Promise<number> {
    return (await this.find({ where })).length;
  }

  /** Inserts or replaces the row with the same id. */
  async save(row: T): Promise<T> {
    this.rows.set(field(row, 'id'), row);
    return row;
  }

  /** Inserts a new row; a second row with the same id fails like a primary key would. */
  async insert(row: T): Promise<T> {
    if (this.rows.has(field(row, 'id'))) {
      throw new QueryFailedError(`INSERT INTO ${this.tableName}`, 'unique_violation');
    }
    return this.save(row);
  }
}

/** Connection options plus one repository per table name. */
export class DataSource {
  private readonly repositories = new Map<string, Repository<object>>();

  constructor(readonly options: { type: 'postgres'; url: string }) {}

  getRepository<T extends object>(tableName: string): Repository<T> {
    let repository = this.repositories.get(tableName);
    if (repository === undefined) {
      repository = new Repository<object>(tableName);
      this.repositories.set(tableName, repository);
    }
    return repository as Repository<T>;
  }
}

function field(row: object, column: string): unknown {
  return (row as Record<string, unknown>)[column];
}

function compare(a: unknown, b: unknown): number {
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
}

function matchesWhere(row: object, where: object): boolean {
  return Object.entries(where).every(([column, expected]) =>
    expected instanceof FindOperator ? expected.matches(field(row, column)) : field(row, column) === expected,
  );
}

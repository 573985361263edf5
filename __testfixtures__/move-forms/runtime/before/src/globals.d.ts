declare const jest: {
  mock(path: string, factory?: () => unknown): void;
  requireActual<T = unknown>(path: string): T;
  setMock(path: string, value: unknown): void;
};
declare const vi: { mock(path: string): void; importActual<T = unknown>(path: string): Promise<T> };
declare const require: { (path: string): unknown; resolve(path: string): string };

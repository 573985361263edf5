import '../c/y';

declare module '../c/y' {
  interface Shape {
    b?: string;
  }
}

import '../a/x';

declare module '../a/x' {
  interface Shape {
    b?: string;
  }
}

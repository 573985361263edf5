interface ImportMeta {
  resolve(specifier: string): string;
}

export enum Stage {
  Open = 'open',
  Closed = 'closed',
}

import * as bridges from './drivers/bridges';

export function run(): string {
  const audit: bridges.Audit = bridges.record({ id: 'y' });
  return bridges.process(audit.id).id;
}

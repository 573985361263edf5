import { pythonModuleMatcher } from '../../src/lang/python/module-pattern';

describe('pythonModuleMatcher: dotted patterns', () => {
  it.each<[string, string, boolean]>([
    ['app.services', 'app.services', true],
    ['app.services', 'app.services.x', true],
    ['app.services', 'app.services.x.y', true],
    ['app.services', 'app.servicesx', false],
    ['app.services', 'app', false],
    ['app.services', 'other.app.services', false],
    ['sqlalchemy', 'sqlalchemy.orm', true],
    ['app.*.events', 'app.x.events', true],
    ['app.*.events', 'app.x.events.loop', true],
    ['app.*.events', 'app.events', false],
    ['app.*.events', 'app.x.y.events', false],
    ['app.**.events', 'app.events', true],
    ['app.**.events', 'app.x.y.events', true],
    ['app.**.events', 'app.x.y.events.z', true],
    ['app.**.events', 'app.x.eventsx', false],
    ['app.**.events', 'other.events', false],
    ['**.drivers.*', 'app.drivers.bridges', true],
    ['**.drivers.*', 'drivers.x', true],
    ['**.drivers.*', 'app.drivers', false],
    ['**.drivers.*', 'app.x.drivers.y.z', true],
    ['**', 'anything.at.all', true],
    ['app.serv*', 'app.services.x', true],
    ['app.serv*', 'app.other', false],
    ['app.*_service', 'app.mail_service', true],
    ['app.*_service', 'app.mail_services', false],
  ])('%s ~ %s → %s', (pattern, module, expected) => {
    expect(pythonModuleMatcher(pattern)(module, undefined)).toBe(expected);
  });

  it('matches a dotted pattern against the module, never the resolved file', () => {
    expect(pythonModuleMatcher('app.services')('lib.x', 'app/services/x.py')).toBe(false);
  });

  it('refuses an empty segment', () => {
    expect(() => pythonModuleMatcher('app..x')).toThrow("Python module pattern 'app..x' has an empty segment");
  });
});

describe('pythonModuleMatcher: path patterns', () => {
  it.each<[string, string | undefined, boolean]>([
    ['app/services/**', 'app/services/x.py', true],
    ['app/services/**', 'app/services/__init__.py', true],
    ['app/services/**', 'app/servicesx/y.py', false],
    ['app/services', 'app/services/__init__.py', true],
    ['app/services', 'app/services.py', true],
    ['app/services', 'app/services.pyi', true],
    ['app/services', 'app/services/mail.py', true],
    ['app/services', 'app/servicesx.py', false],
    ['**/drivers/*', 'backend/app/drivers/bridges.py', true],
    ['**/drivers/*', 'backend/app/drivers/__init__.py', true],
    ['**/drivers', 'backend/app/drivers/__init__.py', true],
    ['**/drivers', 'backend/app/drivers/x/y.py', false],
    ['backend/**/events.py', 'backend/app/events.py', true],
    ['backend/**/events.py', 'frontend/app/events.py', false],
    ['app/.hidden/**', 'app/.hidden/x.py', true],
    ['app/services/**', undefined, false],
  ])('%s ~ %s → %s', (pattern, resolved, expected) => {
    const match = pythonModuleMatcher(pattern);
    expect([match('unused.module', resolved), match('unused.module', resolved)]).toEqual([expected, expected]);
  });
});

jest.mock('../core/util', () => ({ shout: () => 'mocked' }));
import { shout } from '../core/util';

test('mocked', () => expect(shout('a')).toBe('mocked'));

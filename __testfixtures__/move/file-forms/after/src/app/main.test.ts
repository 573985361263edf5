jest.mock('../shared/text/util', () => ({ shout: () => 'mocked' }));
import { shout } from '../shared/text/util';

test('mocked', () => expect(shout('a')).toBe('mocked'));

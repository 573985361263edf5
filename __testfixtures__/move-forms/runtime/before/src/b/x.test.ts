jest.mock('../a/x', () => ({ area: () => 0 }));
jest.setMock(`../a/x`, {});
vi.mock("../a/x");

const actual = jest.requireActual<typeof import('../a/x')>('../a/x');
const where = require.resolve('../a/x');
const loaded = require(`../a/x`);
const later = vi.importActual<typeof import('../a/x')>(`../a/x`);

export { actual, where, loaded, later };

jest.mock('../c/y', () => ({ area: () => 0 }));
jest.setMock(`../c/y`, {});
vi.mock("../c/y");

const actual = jest.requireActual<typeof import('../c/y')>('../c/y');
const where = require.resolve('../c/y');
const loaded = require(`../c/y`);
const later = vi.importActual<typeof import('../c/y')>(`../c/y`);

export { actual, where, loaded, later };

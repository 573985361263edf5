/** @typedef {import('../a/x').Shape} Shape */

/** @type {import("../a/x").Shape} */
const s = { a: 1 };

/** @param {Shape} shape */
function show(shape) {
  return shape.a;
}

module.exports = { s, show };

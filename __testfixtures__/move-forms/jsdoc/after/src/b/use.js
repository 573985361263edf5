/** @typedef {import('../c/y').Shape} Shape */

/** @type {import("../c/y").Shape} */
const s = { a: 1 };

/** @param {Shape} shape */
function show(shape) {
  return shape.a;
}

module.exports = { s, show };

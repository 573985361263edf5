const legacy = require('src/legacy/connectors'); // no other import to copy: the import keeps its style

export default legacy;

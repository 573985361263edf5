const legacy = require('src/app/services/connectors'); // no other import to copy: the import keeps its style

export default legacy;

import connectors = require('legacy/services/connectors');

export const run = (): string => connectors.connect('script');

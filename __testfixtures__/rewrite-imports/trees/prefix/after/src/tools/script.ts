import connectors = require('app/services/connectors');

export const run = (): string => connectors.connect('script');

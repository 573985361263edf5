// Reports: a legacy import beside relative ones becomes relative like them
import { connect } from './src/app/services/connectors';
import { money } from './src/app/money';

export const use = [connect, money];

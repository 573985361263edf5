import { DataSource } from 'orm';
import { PatternToPolicyBridge } from '../drivers/bridges';

export const bridge = new PatternToPolicyBridge(new DataSource());

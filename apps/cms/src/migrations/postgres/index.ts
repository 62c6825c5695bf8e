import * as migration_20261125_195835_initial from './20261125_195835_initial';
import * as migration_20261130_003822_search from './20261130_003822_search';

export const migrations = [
  {
    up: migration_20261125_195835_initial.up,
    down: migration_20261125_195835_initial.down,
    name: '20261125_195835_initial',
  },
  {
    up: migration_20261130_003822_search.up,
    down: migration_20261130_003822_search.down,
    name: '20261130_003822_search'
  },
];

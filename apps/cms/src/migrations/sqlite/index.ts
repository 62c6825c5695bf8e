import * as migration_20261125_195829_initial from './20261125_195829_initial';
import * as migration_20261130_003727_search from './20261130_003727_search';

export const migrations = [
  {
    up: migration_20261125_195829_initial.up,
    down: migration_20261125_195829_initial.down,
    name: '20261125_195829_initial',
  },
  {
    up: migration_20261130_003727_search.up,
    down: migration_20261130_003727_search.down,
    name: '20261130_003727_search'
  },
];

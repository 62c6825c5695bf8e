import * as migration_20261125_195835_initial from './20261125_195835_initial';

export const migrations = [
  {
    up: migration_20261125_195835_initial.up,
    down: migration_20261125_195835_initial.down,
    name: '20261125_195835_initial'
  },
];

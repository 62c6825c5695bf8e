import * as migration_20261125_194553_initial from './20261125_194553_initial';

export const migrations = [
  {
    up: migration_20261125_194553_initial.up,
    down: migration_20261125_194553_initial.down,
    name: '20261125_194553_initial'
  },
];

import * as migration_20261125_184015_initial from './20261125_184015_initial';

export const migrations = [
  {
    up: migration_20261125_184015_initial.up,
    down: migration_20261125_184015_initial.down,
    name: '20261125_184015_initial'
  },
];

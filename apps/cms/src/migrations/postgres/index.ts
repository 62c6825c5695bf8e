import * as migration_20261125_195835_initial from './20261125_195835_initial';
import * as migration_20261130_004240_editorial_workflow from './20261130_004240_editorial_workflow';

export const migrations = [
  {
    up: migration_20261125_195835_initial.up,
    down: migration_20261125_195835_initial.down,
    name: '20261125_195835_initial',
  },
  {
    up: migration_20261130_004240_editorial_workflow.up,
    down: migration_20261130_004240_editorial_workflow.down,
    name: '20261130_004240_editorial_workflow'
  },
];

import * as migration_20261125_195829_initial from './20261125_195829_initial';
import * as migration_20261130_004214_editorial_workflow from './20261130_004214_editorial_workflow';

export const migrations = [
  {
    up: migration_20261125_195829_initial.up,
    down: migration_20261125_195829_initial.down,
    name: '20261125_195829_initial',
  },
  {
    up: migration_20261130_004214_editorial_workflow.up,
    down: migration_20261130_004214_editorial_workflow.down,
    name: '20261130_004214_editorial_workflow'
  },
];

import * as migration_20261125_195829_initial from './20261125_195829_initial';
import * as migration_20261130_021629_search_workflow_consent from './20261130_021629_search_workflow_consent';
import * as migration_20261203_073804_import_records from './20261203_073804_import_records';

export const migrations = [
  {
    up: migration_20261125_195829_initial.up,
    down: migration_20261125_195829_initial.down,
    name: '20261125_195829_initial',
  },
  {
    up: migration_20261130_021629_search_workflow_consent.up,
    down: migration_20261130_021629_search_workflow_consent.down,
    name: '20261130_021629_search_workflow_consent',
  },
  {
    up: migration_20261203_073804_import_records.up,
    down: migration_20261203_073804_import_records.down,
    name: '20261203_073804_import_records'
  },
];

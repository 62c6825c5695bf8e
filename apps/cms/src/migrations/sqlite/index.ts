import * as migration_20261125_195829_initial from './20261125_195829_initial';
import * as migration_20261130_003727_search from './20261130_003727_search';
import * as migration_20261130_003942_consent_settings from './20261130_003942_consent_settings';
import * as migration_20261130_004615_newsletter_forms from './20261130_004615_newsletter_forms';

export const migrations = [
  {
    up: migration_20261125_195829_initial.up,
    down: migration_20261125_195829_initial.down,
    name: '20261125_195829_initial',
  },
  {
    up: migration_20261130_003727_search.up,
    down: migration_20261130_003727_search.down,
    name: '20261130_003727_search',
  },
  {
    up: migration_20261130_003942_consent_settings.up,
    down: migration_20261130_003942_consent_settings.down,
    name: '20261130_003942_consent_settings',
  },
  {
    up: migration_20261130_004615_newsletter_forms.up,
    down: migration_20261130_004615_newsletter_forms.down,
    name: '20261130_004615_newsletter_forms'
  },
];

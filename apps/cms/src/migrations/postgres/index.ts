import * as migration_20261125_195835_initial from './20261125_195835_initial';
import * as migration_20261130_003822_search from './20261130_003822_search';
import * as migration_20261130_004010_consent_settings from './20261130_004010_consent_settings';
import * as migration_20261130_004651_newsletter_forms from './20261130_004651_newsletter_forms';

export const migrations = [
  {
    up: migration_20261125_195835_initial.up,
    down: migration_20261125_195835_initial.down,
    name: '20261125_195835_initial',
  },
  {
    up: migration_20261130_003822_search.up,
    down: migration_20261130_003822_search.down,
    name: '20261130_003822_search',
  },
  {
    up: migration_20261130_004010_consent_settings.up,
    down: migration_20261130_004010_consent_settings.down,
    name: '20261130_004010_consent_settings',
  },
  {
    up: migration_20261130_004651_newsletter_forms.up,
    down: migration_20261130_004651_newsletter_forms.down,
    name: '20261130_004651_newsletter_forms'
  },
];

import * as migration_20261125_195835_initial from './20261125_195835_initial';
import * as migration_20261130_021640_search_workflow_consent from './20261130_021640_search_workflow_consent';
import * as migration_20261201_085246_badge_refresh from './20261201_085246_badge_refresh';
import * as migration_20261203_125156_security_and_import from './20261203_125156_security_and_import';
import * as migration_20261203_133000_one_latest_version from './20261203_133000_one_latest_version';
import * as migration_20261204_182103_partner_logos from './20261204_182103_partner_logos';
import * as migration_20261204_190849_article_sources from './20261204_190849_article_sources';
import * as migration_20261204_190939_topic_hubs from './20261204_190939_topic_hubs';
import * as migration_20261204_210647_therapist_directory from './20261204_210647_therapist_directory';
import * as migration_20261204_223345_review_reminders from './20261204_223345_review_reminders';

export const migrations = [
  {
    up: migration_20261125_195835_initial.up,
    down: migration_20261125_195835_initial.down,
    name: '20261125_195835_initial',
  },
  {
    up: migration_20261130_021640_search_workflow_consent.up,
    down: migration_20261130_021640_search_workflow_consent.down,
    name: '20261130_021640_search_workflow_consent',
  },
  {
    up: migration_20261201_085246_badge_refresh.up,
    down: migration_20261201_085246_badge_refresh.down,
    name: '20261201_085246_badge_refresh',
  },
  {
    up: migration_20261203_125156_security_and_import.up,
    down: migration_20261203_125156_security_and_import.down,
    name: '20261203_125156_security_and_import',
  },
  {
    up: migration_20261203_133000_one_latest_version.up,
    down: migration_20261203_133000_one_latest_version.down,
    name: '20261203_133000_one_latest_version',
  },
  {
    up: migration_20261204_182103_partner_logos.up,
    down: migration_20261204_182103_partner_logos.down,
    name: '20261204_182103_partner_logos',
  },
  {
    up: migration_20261204_190849_article_sources.up,
    down: migration_20261204_190849_article_sources.down,
    name: '20261204_190849_article_sources',
  },
  {
    up: migration_20261204_190939_topic_hubs.up,
    down: migration_20261204_190939_topic_hubs.down,
    name: '20261204_190939_topic_hubs',
  },
  {
    up: migration_20261204_210647_therapist_directory.up,
    down: migration_20261204_210647_therapist_directory.down,
    name: '20261204_210647_therapist_directory',
  },
  {
    up: migration_20261204_223345_review_reminders.up,
    down: migration_20261204_223345_review_reminders.down,
    name: '20261204_223345_review_reminders'
  },
];

import * as migration_20261125_195829_initial from './20261125_195829_initial';
import * as migration_20261130_021629_search_workflow_consent from './20261130_021629_search_workflow_consent';
import * as migration_20261203_081500_one_latest_version from './20261203_081500_one_latest_version';
import * as migration_20261203_125141_security_and_import from './20261203_125141_security_and_import';
import * as migration_20261204_182020_partner_logos from './20261204_182020_partner_logos';
import * as migration_20261204_190837_article_sources from './20261204_190837_article_sources';
import * as migration_20261204_190929_topic_hubs from './20261204_190929_topic_hubs';
import * as migration_20261204_210522_therapist_directory from './20261204_210522_therapist_directory';

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
    up: migration_20261203_081500_one_latest_version.up,
    down: migration_20261203_081500_one_latest_version.down,
    name: '20261203_081500_one_latest_version',
  },
  {
    up: migration_20261203_125141_security_and_import.up,
    down: migration_20261203_125141_security_and_import.down,
    name: '20261203_125141_security_and_import',
  },
  {
    up: migration_20261204_182020_partner_logos.up,
    down: migration_20261204_182020_partner_logos.down,
    name: '20261204_182020_partner_logos',
  },
  {
    up: migration_20261204_190837_article_sources.up,
    down: migration_20261204_190837_article_sources.down,
    name: '20261204_190837_article_sources',
  },
  {
    up: migration_20261204_190929_topic_hubs.up,
    down: migration_20261204_190929_topic_hubs.down,
    name: '20261204_190929_topic_hubs',
  },
  {
    up: migration_20261204_210522_therapist_directory.up,
    down: migration_20261204_210522_therapist_directory.down,
    name: '20261204_210522_therapist_directory'
  },
];

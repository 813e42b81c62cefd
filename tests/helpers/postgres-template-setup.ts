import { createMigratedTemplate, MIGRATED_TEMPLATE_ENV } from './postgres.ts';

/**
 * vitest globalSetup of the servers-on-PostgreSQL project: one database migrated for the run, named to the test
 * processes in MIGRATED_TEMPLATE_ENV, so that each test server's database is a copy of it (createMigratedDatabase)
 * rather than 18 migration steps again; dropped when the run ends. Migrating an empty database stays tested where
 * servers start on one (first-run, masking-existing, faq-save-training, the clusters) and in the storage contract.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const template = await createMigratedTemplate();
  process.env[MIGRATED_TEMPLATE_ENV] = template.name;
  return () => template.drop();
}

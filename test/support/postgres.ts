import { randomBytes } from 'node:crypto';

/** The PostgreSQL server the read-model tests use; unset, they are skipped (and say so). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? '';

export const describePostgres: jest.Describe = TEST_DATABASE_URL ? describe : describe.skip;

if (!TEST_DATABASE_URL) {
  console.warn('TEST_DATABASE_URL is not set: the PostgreSQL tests are skipped. Run TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm test.');
}

/** A schema of its own for one test, so tests never see each other's rows. */
export function freshSchema(): string {
  return `t_${randomBytes(5).toString('hex')}`;
}

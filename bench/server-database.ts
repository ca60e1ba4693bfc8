/**
 * A database of its own on the PostgreSQL server for one benchmark run, dropped afterwards, so benchmarks
 * never write into the tests' database.
 */
import pg from 'pg';

export async function withServerDatabase<T>(
  url: string,
  name: string,
  work: (databaseUrl: string) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`drop database if exists ${name}`);
  await admin.query(`create database ${name}`);
  try {
    const target = new URL(url);
    target.pathname = `/${name}`;
    return await work(target.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

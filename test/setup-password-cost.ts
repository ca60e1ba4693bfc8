/**
 * Runs before every test file: hash passwords at a cheap scrypt cost, so the suites' hundreds of accounts
 * and logins take seconds instead of minutes. The hashing code is the same; passwords.test.ts checks the
 * real cost.
 */
import { setPasswordCostForTests } from '../src/services/passwords.ts';

setPasswordCostForTests();

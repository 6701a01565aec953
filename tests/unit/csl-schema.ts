// The CSL-JSON schema (tests/fixtures/csl/csl-data.json, MIT, a copy of
// ../shared/spec/csl/csl-data.json that csl.test.ts keeps equal) as an ajv validator.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

export const CSL_SCHEMA_FILE = join(__dirname, '..', 'fixtures', 'csl', 'csl-data.json');

export function cslValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(CSL_SCHEMA_FILE, 'utf8')));
}

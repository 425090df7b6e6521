/** Reads the committed necessity fixtures as File objects, the way the options page hands them over. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function fixture(name: string): File {
  return new File([readFileSync(join('tests/fixtures/necessity', name))], name.split('/').pop()!);
}

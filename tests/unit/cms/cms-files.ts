/** Reads the committed CMS-layout fixtures as File objects, the way the options page hands them over. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/fixtures/cms';

export function fixture(name: string): File {
  return new File([readFileSync(join(FIXTURES, name))], name.split('/').pop()!);
}

// Removes earlier build output so a renamed element leaves no stale entry behind.
import { rmSync } from 'node:fs';

for (const dir of ['dist', 'lib']) rmSync(dir, { recursive: true, force: true });

// Removes earlier build output so a renamed element leaves no stale entry behind.
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });

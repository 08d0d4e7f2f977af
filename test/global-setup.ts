// The CLI tests run the built binary (dist/): build first when a source or the build's own
// inputs are newer than it, so that `npx vitest run` never tests a stale dist/.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export default function setup(): void {
  // The bundle the binary loads is the build's last step.
  const built = modified('dist/bundle/cli.js');
  const inputs = Math.max(
    newest('src'),
    modified('scripts/gazetteer.js'),
    modified('scripts/bundle.js'),
    modified('tsconfig.build.json'),
    modified('package.json'),
  );
  if (built < inputs) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const at = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(at) : modified(at));
  }
  return latest;
}

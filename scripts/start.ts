/** `npm start`: build the front ends when they are missing, then run the server. */
import { spawnSync } from 'node:child_process';
import { frontEndBuilt } from '../server/routes/pages.ts';

if (!frontEndBuilt()) {
  console.log('Building the widget and console (first start)…');
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
await import('../server/main.ts');

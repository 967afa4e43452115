/** Builds the app into OUT_DIR and runs `vite preview` on it for the benchmark. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { BASE, OUT_DIR, PORT } from './config.ts';

export function build() {
  const result = spawnSync('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}

export function startServer(): ChildProcess {
  // detached: the server gets its own process group, so npx and vite can be killed together.
  return spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1', '--outDir', OUT_DIR], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function stopServer(server: ChildProcess) {
  if (server.pid === undefined || server.exitCode !== null) return;
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** Resolves once the server answers on BASE; throws with the server's output if it exits or takes over 30 s. */
export async function waitForServer(server: ChildProcess) {
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer on ${BASE} within 30 s:\n${log}`);
}

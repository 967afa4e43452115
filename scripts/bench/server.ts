/** Builds the app and the reference page, and runs `vite preview` on each for the benchmark. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { OUT_DIR, REF_OUT_DIR } from './config.ts';

function vite(args: string[]) {
  const result = spawnSync('npx', ['vite', ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`vite ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

/** The app with the project's build (`npm run build`, so the prerender runs too) and the reference page. */
export function build() {
  vite(['build', '--outDir', OUT_DIR, '--emptyOutDir']);
  vite(['build', '--config', 'bench/vite.config.ts', '--outDir', resolve(REF_OUT_DIR), '--emptyOutDir']);
}

export function startServer(port: number, outDir: string): ChildProcess {
  // detached: the server gets its own process group, so npx and vite can be killed together.
  return spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1', '--outDir', outDir], {
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

/** Resolves once the server answers on `base`; throws with the server's output if it exits or takes over 30 s. */
export async function waitForServer(server: ChildProcess, base: string) {
  let log = '';
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`vite preview exited (${server.exitCode}):\n${log}`);
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`vite preview did not answer on ${base} within 30 s:\n${log}`);
}

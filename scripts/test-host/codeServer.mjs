// Starts code-server (a real VS Code build) in its own process group on 127.0.0.1 and stops that whole group:
// the extension host and tsserver outlive the server process itself.
import { spawn } from 'node:child_process';
import * as net from 'node:net';

/** A port the OS reports free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Spawns code-server; await `server.ready()` before loading pages. `server.exited` resolves with {code, signal};
 * `server.output()` is its recent output (shown when it dies unexpectedly); `server.stop()` ends the whole group.
 */
export function launchCodeServer({ host, sandbox, port, extraArgs = [], verbose = false, workspaceTrust = false }) {
  const args = [`${host.codeServer}/out/node/entry.js`,
    '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', ...(workspaceTrust ? [] : ['--disable-workspace-trust']), '--ignore-last-opened',
    '--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions,
    // Built VS Code honours ?payload= (extension development and tests paths) only with the smoke-test driver.
    '--vscode-option', 'enable-smoke-test-driver',
    ...extraArgs];
  const child = spawn(host.node, args, { env: sandbox.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const keep = chunk => {
    if (verbose) {
      process.stderr.write(chunk);
    }
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - 40));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve({ code, signal })));
  const origin = `http://127.0.0.1:${port}`;
  const output = () => tail.join('\n');
  return {
    pid: child.pid,
    origin,
    exited,
    output,
    stop: () => stopGroup(child.pid, exited),
    async ready() {
      const deadline = Date.now() + 60_000;
      while (!(await healthy(origin))) {
        if (await Promise.race([exited, sleep(200)]) || Date.now() > deadline) {
          throw new Error(`code-server did not come up on ${origin}:\n${output()}`);
        }
      }
    },
  };
}

async function healthy(origin) {
  try {
    return (await fetch(`${origin}/healthz`)).ok;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, SIGKILL whatever is left after 3 s. */
async function stopGroup(pid, exited) {
  killGroup(pid, 'SIGTERM');
  await Promise.race([exited, sleep(3000)]);
  for (let i = 0; i < 10 && groupAlive(pid); i++) {
    await sleep(100);
  }
  killGroup(pid, 'SIGKILL');
}

export function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

export function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

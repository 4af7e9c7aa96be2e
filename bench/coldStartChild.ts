// One fresh process of the cold-start figures (bench/coldStart.bench.ts): reads a fact base's shipped form from a
// file, then times one cold path in CPU time of the whole process (every thread: the collector's helpers count
// too) and prints a ColdResult as JSON. Its only argument is a ColdTask as JSON.
import * as fs from 'fs';
import { hoverCardAt } from '../src/core/card';
import { FactStore } from '../src/core/factStore';
import { checkCard, firstCard, type HoverTask } from './firstRequests';
import { type FactBaseInput, LoadCache, loadFactBase } from '../src/core/loader';
import { sharedNameMatcher } from '../src/core/matcher';
import { factBaseFromBytes } from '../src/core/pack/factBasePack';
import { SearchIndex } from '../src/core/search/searchIndex';
import { TreeModel } from '../src/tree/treeModel';

export interface ColdTask extends HoverTask {
  /** json-parse: JSON.parse of the (JSON) file's text, decoded untimed; first-card: bytes to the rendered card; steps: see steps(). */
  mode: 'json-parse' | 'first-card' | 'steps';
  file: string;
  /** What the first search looks for. */
  query: string;
}

export interface ColdResult {
  cpuMs: number;
  /** steps: the longest stretch between two yields to the event loop in each phase, in CPU ms. */
  longestSteps?: Record<string, number>;
  /** steps: whether they are this thread's CPU time (else the whole process's: an upper bound). */
  threadTime?: boolean;
}

const threadCpuUsage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.bind(process);

/** CPU ms of the whole process: every thread, the collector's helpers too. */
function processCpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** CPU ms of this thread, the one the extension host runs extensions on, where Node can tell it (Node ≥ 23.9); else the whole process's. */
function threadCpuMs(): number {
  const usage = threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

let sink: unknown;

function jsonParse(bytes: Uint8Array): ColdResult {
  const text = new TextDecoder().decode(bytes);
  const before = processCpuMs();
  sink = JSON.parse(text);
  return { cpuMs: processCpuMs() - before };
}

/** What a hover on the task's name does in a host that just started: open the shipped base, then the first card. */
function firstCardMs(bytes: Uint8Array, task: ColdTask): ColdResult {
  const before = processCpuMs();
  sink = firstCard(bytes, task);
  return { cpuMs: processCpuMs() - before };
}

/**
 * The longest stretch of CPU time between two turns of the event loop, timed by a check-phase callback that
 * re-arms itself: whatever runs between two of its turns is one step. Each step is counted under the phase it ran in.
 */
class StepMonitor {
  private readonly longest: Record<string, number> = {};
  private current = '';
  private last = threadCpuMs();
  private running = true;

  constructor() {
    this.tick();
  }

  /** Yields to the event loop, then counts what follows under `name`. */
  async enter(name: string): Promise<void> {
    await new Promise(resolve => setImmediate(resolve));
    this.current = name;
  }

  stop(): Record<string, number> {
    this.running = false;
    this.tick();
    return this.longest;
  }

  private readonly tick = (): void => {
    const now = threadCpuMs();
    if (this.current) {
      this.longest[this.current] = Math.max(this.longest[this.current] ?? 0, now - this.last);
    }
    this.last = now;
    if (this.running) {
      setImmediate(this.tick);
    }
  };
}

/**
 * What a user does first in a host that just started, each phase its own event as in the extension host: the
 * activation (the shipped base read, the store made) and the first hover; the first search; the first expansion
 * of a country in the sidebar; a workspace fact base loaded into the store (as the workspace room does on a save)
 * followed by the matcher rebuilt in its own task (as the hover room does on a change) and the next hover.
 */
async function steps(bytes: Uint8Array, task: ColdTask): Promise<ColdResult> {
  const workspace = workspaceInput(task.entityId);
  // The workspace loader's validators ship precompiled; here they compile on first use, so that happens untimed.
  loadFactBase(workspace, { sources: 'workspace' });
  const before = processCpuMs();
  const monitor = new StepMonitor();
  await monitor.enter('cold start');
  const store = new FactStore(factBaseFromBytes(bytes));
  const names = () => sharedNameMatcher(store.factBase)();
  await monitor.enter('cold start');
  checkCard(hoverCardAt(store.factBase, names(), task.line, task.character), task);

  await monitor.enter('first search');
  sink = (await SearchIndex.whenBuilt(store.factBase)).search(task.query);

  await monitor.enter('first tree expansion');
  const tree = new TreeModel(store);
  const countries = tree.roots('countries');
  sink = tree.children(countries[countries.length > 1 ? 1 : 0]);

  await monitor.enter('workspace re-load');
  const key = 'workspace';
  const loaded = loadFactBase(workspace, { sources: 'workspace', context: store.layersBefore(key), cache: new LoadCache() });
  if (loaded.diagnostics.length > 0) {
    throw new Error(`the workspace base does not load cleanly: ${loaded.diagnostics[0].message}`);
  }
  store.setWorkspaceBases([[key, loaded.factBase]]);
  await monitor.enter('workspace re-load');
  names();
  await monitor.enter('workspace re-load');
  checkCard(hoverCardAt(store.factBase, names(), task.line, task.character), task);
  const longestSteps = monitor.stop();
  return { cpuMs: processCpuMs() - before, longestSteps, threadTime: threadCpuUsage !== undefined };
}

/**
 * The workspace fact base of the re-load phase: one source, one person and one statement naming them with a bundled
 * entity, as a writer's first notes would.
 */
function workspaceInput(bundledEntityId: string): FactBaseInput {
  const quote = 'The envoy Ri Workspace-test met them in Pyongyang.';
  return {
    sources: [{ path: 'sources.yaml', text: 'sources:\n  - id: cold-notes\n    file: sources/notes.txt\n    title: Notes\n' }],
    entities: [{
      path: 'entities/people.yaml',
      text: 'entities:\n  - id: cold-envoy\n    kind: person\n    name: Ri Workspace-test\n    description: An envoy in the notes.\n',
    }],
    statements: [{
      path: 'statements/notes.yaml',
      text: `statements:\n  - id: cold-visit\n    type: visit\n    summary: The envoy meets them\n    actors: [cold-envoy, ${bundledEntityId}]\n` +
        `    date: { edtf: 1990, text: in 1990 }\n    evidence:\n      - source: cold-notes\n        quote: ${quote}\n`,
    }],
    readSource: file => (file === 'sources/notes.txt' ? `${quote}\n` : undefined),
  };
}

async function main(): Promise<void> {
  const task = JSON.parse(process.argv[2]) as ColdTask;
  const bytes = fs.readFileSync(task.file);
  const result = task.mode === 'json-parse' ? jsonParse(bytes) : task.mode === 'first-card' ? firstCardMs(bytes, task) : await steps(bytes, task);
  process.stdout.write(JSON.stringify(result));
  void sink;
}

void main().catch(err => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});

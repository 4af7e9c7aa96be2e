// Runs an extension's tests inside a real VS Code extension host: a sandboxed code-server on a free 127.0.0.1 port,
// its workbench loaded by headless Chromium with VS Code's test payload. Takes the flags a VS Code executable gets,
// so @vscode/test-electron's runTests() can launch it through ./code-shim.
//
//   --extensionDevelopmentPath=DIR  the extension under test (required)
//   --extensionTestsPath=FILE       its mocha entry exporting run() (required)
//   --folder=DIR | DIR              workspace folder to open (absolute or relative to the cwd)
//   --timeout=SECONDS               exit 124 if the tests run longer than this after they start (default 300)
//   --startupTimeout=SECONDS        exit 124 if the tests have not started after this long (default 300); a
//                                   busy machine slows start-up a lot, so the two are bounded separately
//   --screenshot=FILE               save a PNG of the workbench when the run ends (passed, failed or timed out)
//   --setting=KEY=JSON              extra user setting, repeatable, e.g. --setting='workbench.colorTheme="Default Light Modern"'
//   --runFile=FILE                  write {"sandbox": dir, "codeServer": pid, "chromium": pid} (pids of group leaders)
//   --resultsFile=FILE              write the {passed, failed, failures} a suite logs with the results mark (the web
//                                   worker suite, test/web/index.ts, which cannot write files itself)
//   --workspaceTrust                workspace trust on, as a user has it (it is off otherwise): a folder not trusted
//                                   before opens in Restricted Mode, with no prompt or banner
//   --keep                          keep the sandbox (logs under user-data/logs) and print its path
//   --verbose                       echo code-server's output and the browser console
//   --disable-extensions            passed to code-server; every other flag VS Code takes is ignored
//
// Exit code: the extension host's (0 when the tests pass), 124 on timeout, 1 when code-server, Chromium or the
// extension host dies.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openPage, workbenchUrl } from './browser.mjs';
import { freePort, killGroup, launchCodeServer, sleep } from './codeServer.mjs';
import { readHost } from './host.mjs';
import { createSandbox } from './sandbox.mjs';

// test/host/index.ts and test/web/index.ts mark mocha's output (the rest is the workbench's own log), the end of the
// run, and (the web suite) its counts.
const TEST_OUTPUT_MARK = '[dprk-atlas-test]';
const TESTS_FINISHED_MARK = '[dprk-atlas-test-end]';
const TEST_RESULTS_MARK = '[dprk-atlas-test-results]';
const PATH_FLAGS = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'folder', 'screenshot', 'runFile', 'resultsFile']);
const options = parseArgs(process.argv.slice(2));
const log = message => console.error(`[runner] ${message}`);

const TRUST_SETTINGS = { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' };
const sandbox = createSandbox({ ...options.settings, ...(options.workspaceTrust ? TRUST_SETTINGS : {}) });
const pids = {};
recordRun();
let browser;
let closeBrowser = async () => {};
let report;
const outcome = new Promise(resolve => (report = resolve)); // the first report wins

process.on('exit', () => Object.values(pids).forEach(pid => killGroup(pid, 'SIGKILL'))); // last resort, synchronous
process.once('SIGINT', () => report({ code: 130, message: 'interrupted (SIGINT)' }));
process.once('SIGTERM', () => report({ code: 143, message: 'terminated (SIGTERM)' }));
// The tests have started when their first marked output arrives (mocha's reporter writes as the run begins).
let timer = setTimeout(() => report({
  code: 124,
  message: `the extension tests did not start within ${options.startupTimeout} s (with --verbose, the workbench log shows why)`,
}), options.startupTimeout * 1000);
let testsStarted = false;
let testsFinished = false;
const onTestOutput = () => {
  if (!testsStarted) {
    testsStarted = true;
    clearTimeout(timer);
    timer = setTimeout(() => report({
      code: 124,
      message: `timed out after ${options.timeout} s: the extension tests did not finish (did a test or run() hang?)`,
    }), options.timeout * 1000);
  }
};

let page;
let server;
start().catch(err => report({ code: 1, message: err.message }));
const { code, message } = await outcome;
clearTimeout(timer);
if (message) {
  log(message);
}
if (options.screenshot && page) {
  await page.screenshot({ path: options.screenshot }).then(() => log(`screenshot: ${options.screenshot}`), err => log(`no screenshot: ${err.message}`));
}
await closeBrowser();
await server?.stop();
if (options.keep) {
  log(`sandbox kept: ${sandbox.root}`);
} else {
  sandbox.remove();
}
process.exit(code);

async function start() {
  const port = await freePort();
  server = launchCodeServer({
    host: readHost(), sandbox, port, verbose: options.verbose, workspaceTrust: options.workspaceTrust,
    extraArgs: options.disableExtensions ? ['--disable-extensions'] : [],
  });
  recordPid('codeServer', server.pid);
  server.exited.then(({ code, signal }) => report({ code: 1, message: `code-server exited unexpectedly (${code ?? signal}):\n${server.output()}` }));
  await server.ready();
  log(`code-server on ${server.origin}, loading the workbench`);

  let pid;
  ({ browser, page, pid, close: closeBrowser } = await openPage(sandbox.env));
  recordPid('chromium', pid);
  browser.on('disconnected', () => report({ code: 1, message: 'Chromium exited unexpectedly' }));
  page.on('crash', () => report({ code: 1, message: 'the workbench page crashed' }));
  if (options.verbose) {
    page.on('console', m => console.error(`[browser] ${m.text()}`));
  }
  // VS Code's test hooks: the extension host's console (mocha's report) and its exit code arrive here.
  await page.exposeFunction('codeAutomationLog', (_type, [first, ...rest]) => {
    if (first === TEST_OUTPUT_MARK) {
      onTestOutput();
      console.log(...rest);
    } else if (first === TESTS_FINISHED_MARK) {
      testsFinished = true;
    } else if (first === TEST_RESULTS_MARK && options.resultsFile) {
      fs.writeFileSync(options.resultsFile, String(rest[0]));
    } else if (options.verbose) {
      console.error('[workbench]', first, ...rest);
    }
  });
  await page.exposeFunction('codeAutomationExit', async exitCode => {
    // VS Code reports 0 when the extension host dies mid-run; a clean exit must come after the end mark.
    for (let i = 0; i < 20 && exitCode === 0 && !testsFinished; i++) {
      await sleep(100);
    }
    report(exitCode !== 0 || testsFinished ? { code: exitCode }
      : { code: 1, message: 'the extension host exited before the tests finished (did it crash?)' });
  });

  const remote = p => `vscode-remote://127.0.0.1:${port}${p}`; // authority must be the page's host:port
  await page.goto(workbenchUrl(server.origin, options.folder, [
    ['extensionDevelopmentPath', remote(options.extensionDevelopmentPath)],
    ['extensionTestsPath', remote(options.extensionTestsPath)],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ]), { waitUntil: 'commit', timeout: 0 }); // the start-up timeout bounds this
}

function recordPid(name, pid) {
  pids[name] = pid;
  recordRun();
}

function recordRun() {
  if (options.runFile) {
    fs.writeFileSync(options.runFile, JSON.stringify({ sandbox: sandbox.root, ...pids }));
  }
}

function parseArgs(argv) {
  const parsed = { timeout: 300, startupTimeout: 300, settings: {}, folder: process.cwd() };
  for (const arg of argv) {
    const [, name, value] = /^--([^=]+)(?:=(.*))?$/s.exec(arg) ?? [];
    if (!name) {
      parsed.folder = path.resolve(arg);
    } else if (PATH_FLAGS.has(name)) {
      parsed[name] = path.resolve(value);
    } else if (name === 'timeout' || name === 'startupTimeout') {
      parsed[name] = Number(value);
    } else if (name === 'setting') {
      const [, key, json] = /^([^=]+)=(.*)$/s.exec(value) ?? [];
      parsed.settings[key] = JSON.parse(json);
    } else if (name === 'keep' || name === 'verbose' || name === 'workspaceTrust') {
      parsed[name] = true;
    } else if (name === 'disable-extensions') {
      parsed.disableExtensions = true;
    }
  }
  if (!parsed.extensionDevelopmentPath || !parsed.extensionTestsPath || !(parsed.timeout > 0) || !(parsed.startupTimeout > 0)) {
    console.error('usage: run-in-code-server.mjs --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [DIR] [--timeout=S] …');
    process.exit(2);
  }
  return parsed;
}

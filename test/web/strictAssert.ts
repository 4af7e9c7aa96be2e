// node:assert/strict for the web worker suite (esbuild.mjs aliases it here): the npm port of Node's assert.
import { strict } from 'assert';

export = strict;

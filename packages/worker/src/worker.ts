/**
 * The worker entry: creates an engine and exposes it with comlink. The same file runs as a browser
 * module Worker (`new Worker(url, { type: 'module' })`, or a bundler's inline worker) and as a Node
 * `worker_threads` worker (through comlink's node adapter). Node modules are imported lazily and
 * hidden from bundlers, so browser builds never see them.
 */
import { createEngine } from './engine/engine.js';
import { exposeEngine } from './expose-engine.js';
import { currentWorkerEndpoint } from './worker-endpoint.js';

exposeEngine(createEngine(), await currentWorkerEndpoint());

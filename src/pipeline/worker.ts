// A worker thread of `extract --jobs N`: reads the files it is given, returns their validated
// records, encoded as the output format wants them. It says when it is ready for work: its
// modules loaded, a while the other threads spend on pages.
// A large document's records come back a chunk at a time, each batch acknowledged before the
// next is made, so that neither thread holds more than a chunk's records.

import { parentPort } from 'node:worker_threads';
import { encoder } from '../writers/records.js';
import { extractBatches } from './extract.js';
import { openSource } from './read.js';
import { asDocumentError, textOf, type FromWorker, type ToWorker } from './workers.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');

let acknowledged: (() => void) | null = null;
let queue: Promise<void> = Promise.resolve();

// Ready once the modules are loaded. Not after loading the dictionary too: with the tables in
// its heap, a document too large for the heap killed the process as it arrived, where otherwise
// the thread alone fails (see `workerPool`).
port.postMessage({ kind: 'ready' } satisfies FromWorker);

port.on('message', (message: ToWorker) => {
  if (message.kind === 'ack') {
    acknowledged?.();
    return;
  }
  queue = queue.then(() => run(message));
});

async function run({ id, document, options }: Extract<ToWorker, { kind: 'job' }>): Promise<void> {
  const send = (m: FromWorker) => port!.postMessage(m);
  try {
    // One batch behind: the last one goes out marked done, so a page takes one message.
    const opened = await openSource(document);
    if ('error' in opened) return send({ id, unreadable: opened.error });
    const encode = encoder(options.encoding);
    let pending: string[] | null = null;
    for (const batch of extractBatches(textOf(opened), { ...options, doc: document.doc })) {
      if (pending) {
        const ack = new Promise<void>((resolve) => (acknowledged = resolve));
        send({ id, rows: pending, done: false });
        await ack;
      }
      pending = batch.map(encode);
    }
    send({ id, rows: pending ?? [], done: true });
  } catch (e) {
    send({ id, error: asDocumentError(e) });
  }
}

// A worker thread of `extract --jobs N`: reads the files it is given, returns their validated
// records, encoded as the output format wants them. It says when it is ready for work: its
// modules loaded, a while the other threads spend on pages.
// A large document's records come back a chunk at a time, each batch acknowledged before the
// next is made, so that neither thread holds more than a chunk's records.

import { parentPort } from 'node:worker_threads';
import { encoder } from '../writers/records.js';
import { extractBatches } from './extract.js';
import { openSource } from '../pipeline/read.js';
import { asDocumentError, joined, textOf, type FromWorker, type ToWorker } from './workers.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs as a worker thread');

/** Its own buffer per call (Buffer.from may share a pool, which cannot be moved). */
const utf8 = new TextEncoder();

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
  // UTF-8 here rather than on the thread that writes; the bytes are moved, not copied.
  const sendBatch = (encoded: string[], done: boolean) => {
    const batch = joined(options.encoding, encoded);
    const bytes = utf8.encode(batch.text as string);
    port!.postMessage({ id, batch: { text: bytes, count: batch.count }, done } satisfies FromWorker, [
      bytes.buffer,
    ]);
  };
  try {
    const opened = await openSource(document);
    if ('error' in opened) return send({ id, unreadable: opened.error });
    const encode = encoder(options.encoding);
    // One batch behind: the last one goes out marked done, so a page takes one message.
    let pending: string[] | null = null;
    for (const batch of extractBatches(textOf(opened), { ...options, doc: document.doc })) {
      if (pending) {
        const ack = new Promise<void>((resolve) => (acknowledged = resolve));
        sendBatch(pending, false);
        await ack;
      }
      pending = batch.map(encode);
    }
    sendBatch(pending ?? [], true);
  } catch (e) {
    send({ id, error: asDocumentError(e) });
  }
}

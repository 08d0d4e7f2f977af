// Extraction of many documents: in this thread, or spread over worker threads (`--jobs N`).
// Either way records come out in input order, as they are produced, and only a few documents
// are held at a time (the reader waits while too many are read but not yet written).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordType } from '../records.js';
import { encoder, type Encoding } from '../writers/records.js';
import { readBlocks, unitsOf, type DocumentSource } from './read.js';

export interface WorkerOptions {
  types: RecordType[];
  refDate: string | null;
  city: string | null;
  /** Add each record's rule (extract --explain). */
  explain: boolean;
  /** Records leave a worker as text: cloning strings is cheap, cloning objects is not. */
  encoding: Encoding;
}

export type ToWorker = { kind: 'job'; id: number; document: DocumentSource; options: WorkerOptions } | { kind: 'ack' };
export type FromWorker = { id: number; rows: string[]; done: boolean } | { id: number; error: DocumentError };

export interface DocumentError {
  message: string;
  stack?: string;
  /** A limit of the machine was reached (not a bug): said as it is, no details to ask for. */
  limit?: true;
}

/** Where records go, encoded, a batch at a time, in input order. */
export interface RecordSink {
  rows(encoded: string[]): Promise<void>;
  /**
   * The pipeline failed on one document (a bug or a limit of the machine, never the input's
   * fault): the run goes on with the others. Records of the document already given stay given.
   */
  failed(doc: string, error: DocumentError): void;
  /** A document's records are all given (or it failed): for a progress display. */
  done?(doc: string): void;
}

export interface Extraction {
  /** Take a document; resolves when the next one may be read (not when this one is written). */
  submit(document: DocumentSource): Promise<void>;
  /** Wait until every document taken is written, then release the threads. */
  finish(): Promise<void>;
  /** Stop at once (after an error): release the threads, drop what is pending. */
  close(): Promise<void>;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** One document after the other in this thread. */
export function inProcess(options: WorkerOptions, sink: RecordSink): Extraction {
  const pipeline = import('./extract.js');
  const encode = encoder(options.encoding);
  return {
    async submit(document) {
      const { extractBatches } = await pipeline;
      const { doc } = document;
      const batches = extractBatches(textOf(document), { ...options, doc });
      for (;;) {
        let next: IteratorResult<string[]>;
        try {
          const batch = batches.next();
          next = batch.done ? batch : { done: false, value: batch.value.map(encode) };
        } catch (e) {
          sink.failed(doc, asDocumentError(e));
          sink.done?.(doc);
          return;
        }
        if (next.done) return sink.done?.(doc);
        await sink.rows(next.value);
      }
    },
    finish: async () => undefined,
    close: async () => undefined,
  };
}

/**
 * Below this much text in all (UTF-16 units, about 3 MB of Chinese), starting threads costs
 * more than it saves: each loads the dictionary (~0.2 s) before its first page.
 */
export const THREADS_WORTH_IT = 1_000_000;

/**
 * `jobs` threads when the input turns out big enough to repay them, else this thread. Documents
 * are held back (at most THREADS_WORTH_IT units of them) until that is known.
 */
export function automatic(jobs: number, options: WorkerOptions, sink: RecordSink): Extraction {
  if (jobs <= 1) return inProcess(options, sink);
  let chosen: Extraction | null = null;
  const held: DocumentSource[] = [];
  let heldUnits = 0;
  const choose = async (extraction: Extraction) => {
    chosen = extraction;
    for (const d of held.splice(0)) await extraction.submit(d);
  };
  return {
    async submit(document) {
      if (chosen) return chosen.submit(document);
      held.push(document);
      heldUnits += unitsOf(document);
      if (held.length >= 2 && heldUnits >= THREADS_WORTH_IT) await choose(workerPool(jobs, options, sink));
    },
    async finish() {
      if (!chosen) await choose(inProcess(options, sink));
      await chosen!.finish();
    },
    close: async () => chosen?.close(),
  };
}

/** The text to extract: whole, or a large file's blocks as they are read. */
export function textOf(document: DocumentSource): string | Iterable<string> {
  return 'text' in document ? document.text : readBlocks(document.file);
}

export function asDocumentError(e: unknown): DocumentError {
  return e instanceof Error ? { message: e.message, stack: e.stack } : { message: String(e) };
}

/**
 * A worker thread's old generation, in MB. A bound keeps memory down: without one V8 sizes the
 * heap for the machine's memory and lets it grow (two threads reached 300-307 MB on 52 MB of
 * pages; with any bound from 128 MB to 1 GB, 258-271 MB, at the same speed; 2 GB, 295 MB).
 * 1 GB leaves room for 100 MB of text on stdin (read whole: a 66 MB string) and its chunks (a
 * large file is read a block at a time); a document too large for it fails alone.
 * LIAOHEALTH_WORKER_HEAP_MB sets another (tests use a small one).
 */
function workerHeapMb(): number {
  const mb = Number(process.env.LIAOHEALTH_WORKER_HEAP_MB);
  return Number.isInteger(mb) && mb > 0 ? mb : 1024;
}

interface Pending {
  doc: string;
  batches: string[][];
  done: boolean;
  error: DocumentError | null;
  /** The worker waits for a go-ahead after each batch of a document that is not finished. */
  waiting: Worker | null;
}

/** Documents spread over up to `jobs` worker threads, started as the work needs them. */
export function workerPool(jobs: number, options: WorkerOptions, sink: RecordSink): Extraction {
  const limit = 2 * jobs;
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: ToWorker[] = [];
  const pending = new Map<number, Pending>();
  let submitted = 0;
  let written = 0;
  let failure: Error | null = null;
  let pumping = false;
  let closing = false;
  let wake: (() => void) | null = null;
  const wakeUp = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const fail = (e: Error) => {
    failure ??= e;
    wakeUp();
  };

  /** The job each busy worker is on. */
  const onJob = new Map<Worker, number>();
  /** Workers that ran out of memory: their exit is expected. */
  const retired = new Set<Worker>();

  const start = (): Worker => {
    // A bounded young generation keeps each thread's memory down; at 4 MB the collector took a
    // quarter more CPU time than the work itself saved, 16 MB is the balance measured.
    const worker = new Worker(new URL('./worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: workerHeapMb() } });
    worker.on('message', (m: FromWorker) => {
      const p = pending.get(m.id)!;
      if ('error' in m) p.error = m.error;
      else p.batches.push(m.rows);
      if ('error' in m || m.done) {
        p.done = true;
        onJob.delete(worker);
        idle.push(worker);
        dispatch();
      } else {
        p.waiting = worker;
      }
      void pump();
    });
    worker.on('error', (e: NodeJS.ErrnoException) => {
      const id = onJob.get(worker);
      if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY' || id === undefined) return fail(e);
      // One document too large for a thread's heap fails alone; a new thread takes the rest.
      retired.add(worker);
      onJob.delete(worker);
      all.splice(all.indexOf(worker), 1);
      const p = pending.get(id)!;
      p.error = { message: `too large for a worker thread's ${workerHeapMb()} MB heap (extract it with --jobs 1)`, limit: true };
      p.done = true;
      p.waiting = null;
      dispatch();
      void pump();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !closing && !retired.has(worker)) fail(new Error(`worker thread exited with code ${code}`));
    });
    all.push(worker);
    return worker;
  };

  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.pop() ?? (all.length < jobs ? start() : null);
      if (!worker) return;
      const job = queue.shift()!;
      if (job.kind === 'job') onJob.set(worker, job.id);
      worker.postMessage(job);
    }
  };

  // Writes what is ready, in order; one pump at a time.
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (let p = pending.get(written); p && !failure; p = pending.get(written)) {
        while (p.batches.length > 0) await sink.rows(p.batches.shift()!);
        if (p.error) sink.failed(p.doc, p.error);
        if (!p.done) {
          p.waiting?.postMessage({ kind: 'ack' } satisfies ToWorker);
          p.waiting = null;
          break;
        }
        pending.delete(written++);
        sink.done?.(p.doc);
        wakeUp();
      }
    } catch (e) {
      fail(e as Error);
    } finally {
      pumping = false;
    }
    // A message may have come in while the last write was in progress.
    const head = pending.get(written);
    if (!failure && head && (head.batches.length > 0 || head.done)) void pump();
  };

  const until = async (ready: () => boolean) => {
    while (!failure && !ready()) await new Promise<void>((resolve) => (wake = resolve));
    if (failure) throw failure;
  };

  const terminate = async () => {
    closing = true;
    await Promise.all(all.map((w) => w.terminate()));
  };

  return {
    async submit(document) {
      await until(() => submitted - written < limit);
      const id = submitted++;
      pending.set(id, { doc: document.doc, batches: [], done: false, error: null, waiting: null });
      queue.push({ kind: 'job', id, document, options });
      dispatch();
    },
    async finish() {
      try {
        await until(() => written === submitted);
      } finally {
        await terminate();
      }
    },
    close: terminate,
  };
}

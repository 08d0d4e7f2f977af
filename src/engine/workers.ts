// Extraction of many documents: in this thread, or spread over worker threads (`--jobs N`).
// Either way records come out in input order, as they are produced, and only a few documents
// are held at a time (the reader waits while too many are read but not yet written).

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { RecordType } from '../records.js';
import { encoder, joinRows, type Encoding } from '../writers/records.js';
import {
  openSource,
  readBlocks,
  STREAM_BYTES,
  unitsOf,
  type DocumentSource,
  type Opened,
} from '../pipeline/read.js';

export interface WorkerOptions {
  types: RecordType[];
  refDate: string | null;
  city: string | null;
  /** Add each record's rule (extract --explain). */
  explain: boolean;
  /** Records leave a worker as text: cloning strings is cheap, cloning objects is not. */
  encoding: Encoding;
}

export type ToWorker =
  | { kind: 'job'; id: number; document: DocumentSource; options: WorkerOptions }
  | { kind: 'ack' };
/** A worker's records come as UTF-8 bytes, moved (not copied) to this thread, written as they are. */
export type FromWorker =
  | { kind: 'ready' }
  | { id: number; batch: RecordBatch; done: boolean }
  | { id: number; error: DocumentError }
  | { id: number; unreadable: string };

/** Records encoded and joined (`joinRows`): text, or its UTF-8 bytes from a worker thread. */
export interface RecordBatch {
  text: string | Uint8Array;
  count: number;
}

export interface DocumentError {
  message: string;
  stack?: string;
  /** A limit of the machine was reached (not a bug): said as it is, no details to ask for. */
  limit?: true;
}

/** Where records go, encoded, a batch at a time, in input order. */
export interface RecordSink {
  rows(batch: RecordBatch): Promise<void>;
  /**
   * The pipeline failed on one document (a bug or a limit of the machine, never the input's
   * fault): the run goes on with the others. Records of the document already given stay given.
   */
  failed(doc: string, error: DocumentError): void;
  /** A file handed over unread cannot be read (a reason such as "binary file"): an input error. */
  unreadable(doc: string, reason: string): void;
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

/**
 * How `jobs` threads extract an input of `inputBytes` (null: not known before the first page,
 * stdin). One thread is asked for, or files too small to repay a second (see THREADS_WORTH_IT):
 * this thread alone, as --jobs 1 does. Else a pool, which starts its threads at once when the
 * size is known, or once enough text has come in when it is not.
 */
export function extraction(
  jobs: number,
  options: WorkerOptions,
  sink: RecordSink,
  inputBytes: number | null,
): Extraction {
  const small = inputBytes !== null && inputBytes / 3 < threadsAfter();
  return jobs === 1 || small
    ? inProcess(options, sink)
    : workerPool(jobs, options, sink, inputBytes !== null);
}

/** One document after the other in this thread. */
export function inProcess(options: WorkerOptions, sink: RecordSink): Extraction {
  const pipeline = import('./extract.js');
  const encode = encoder(options.encoding);
  return {
    async submit(document) {
      const { extractBatches } = await pipeline;
      const { doc } = document;
      const opened = await openSource(document);
      if ('error' in opened) {
        sink.unreadable(doc, opened.error);
        sink.done?.(doc);
        return;
      }
      const batches = extractBatches(textOf(opened), { ...options, doc });
      for (;;) {
        let next: IteratorResult<RecordBatch>;
        try {
          const batch = batches.next();
          next = batch.done
            ? batch
            : { done: false, value: joined(options.encoding, batch.value.map(encode)) };
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
 * Threads repay their start only on this much text (UTF-16 units, about 15 MB of Chinese): each
 * loads the modules and the dictionary before its first page, and on 2 cores two extracting
 * threads each run slower than one alone. When the input's size is known at the start (files),
 * threads start at once if it is this large, and never if it is smaller; when it is not (stdin),
 * they start once this much text has come in. Until a thread is ready, and beside it after, this
 * thread extracts pages itself, so no input is slower than with one thread. LIAOHEALTH_THREADS_AFTER
 * sets another (tests use 0).
 */
export const THREADS_WORTH_IT = 5_000_000;

function threadsAfter(): number {
  const units = Number(process.env.LIAOHEALTH_THREADS_AFTER);
  return process.env.LIAOHEALTH_THREADS_AFTER && Number.isInteger(units) && units >= 0
    ? units
    : THREADS_WORTH_IT;
}

export function joined(encoding: Encoding, encoded: string[]): RecordBatch {
  return { text: encoded.length === 0 ? '' : joinRows(encoding.format, encoded), count: encoded.length };
}

/** The text to extract: whole, or a large file's blocks as they are read. */
export function textOf(document: Exclude<Opened, { error: string }>): string | Iterable<string> {
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
  batches: RecordBatch[];
  done: boolean;
  error: DocumentError | null;
  /** Why a file handed over unread could not be read. */
  unreadable: string | null;
  /** The worker waits for a go-ahead after each batch of a document that is not finished. */
  waiting: Worker | null;
}

/**
 * A page this thread may take (its records are held until written): larger documents, a
 * large file's blocks above all, go to the threads, which hand their records over a batch at a time.
 */
const LANE_UNITS = STREAM_BYTES / 3;

/**
 * Documents spread over `jobs` extractors: this thread, and `jobs - 1` worker threads started
 * once the input is large enough to repay them (see THREADS_WORTH_IT). On 2 cores, two threads
 * that extract use both; a third only to read, decode and wait would take from them.
 */
export function workerPool(
  jobs: number,
  options: WorkerOptions,
  sink: RecordSink,
  /** The input is known to be large enough (its size was summed before the first page). */
  startAtOnce = false,
): Extraction {
  const limit = 2 * jobs;
  const threads = Math.max(1, jobs - 1);
  const startAfter = threadsAfter();
  const encode = encoder(options.encoding);
  const pipeline = import('./extract.js');
  const idle: Worker[] = [];
  const all: Worker[] = [];
  const queue: Extract<ToWorker, { kind: 'job' }>[] = [];
  const pending = new Map<number, Pending>();
  let submitted = 0;
  let written = 0;
  let unitsIn = 0;
  let threadsWanted = startAtOnce;
  let laneBusy = false;
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

  const finished = (p: Pending) => {
    p.done = true;
    dispatch();
    void pump();
  };

  const start = (): Worker => {
    // A bounded young generation keeps each thread's memory down; at 4 MB the collector took a
    // quarter more CPU time than the work itself saved. 8 MB (session 8) keeps two threads under
    // 300 MB on 52 MB of pages (~8 MB below 16 MB's peak) for ~2% more CPU time.
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: workerHeapMb() },
    });
    worker.on('message', (m: FromWorker) => {
      // A thread takes work once its modules and dictionary are loaded: until then this
      // thread goes on with the pages.
      if ('kind' in m) {
        idle.push(worker);
        dispatch();
        return;
      }
      const p = pending.get(m.id)!;
      if ('error' in m) p.error = m.error;
      else if ('unreadable' in m) p.unreadable = m.unreadable;
      else p.batches.push(m.batch);
      if ('batch' in m && !m.done) {
        p.waiting = worker;
        void pump();
        return;
      }
      onJob.delete(worker);
      idle.push(worker);
      finished(p);
    });
    worker.on('error', (e: NodeJS.ErrnoException) => {
      const id = onJob.get(worker);
      if (e.code !== 'ERR_WORKER_OUT_OF_MEMORY' || id === undefined) return fail(e);
      // One document too large for a thread's heap fails alone; a new thread takes the rest.
      retired.add(worker);
      onJob.delete(worker);
      all.splice(all.indexOf(worker), 1);
      const p = pending.get(id)!;
      p.error = {
        message: `too large for a worker thread's ${workerHeapMb()} MB heap (extract it with --jobs 1)`,
        limit: true,
      };
      p.waiting = null;
      finished(p);
    });
    worker.on('exit', (code) => {
      if (code !== 0 && !closing && !retired.has(worker))
        fail(new Error(`worker thread exited with code ${code}`));
    });
    all.push(worker);
    return worker;
  };

  /** A page extracted in this thread; its records wait in `pending` for their turn. */
  const inThisThread = async (job: Extract<ToWorker, { kind: 'job' }>) => {
    laneBusy = true;
    const p = pending.get(job.id)!;
    // Let the threads' messages and the writes in first: from one page to the next this
    // thread would otherwise never get to them.
    await new Promise((resolve) => setImmediate(resolve));
    const { extractBatches } = await pipeline;
    try {
      const opened = await openSource(job.document);
      if ('error' in opened) p.unreadable = opened.error;
      else
        for (const batch of extractBatches(textOf(opened), { ...options, doc: job.document.doc }))
          p.batches.push(joined(options.encoding, batch.map(encode)));
    } catch (e) {
      p.error = asDocumentError(e);
    }
    laneBusy = false;
    finished(p);
  };

  const dispatch = () => {
    if (failure || closing) return;
    while (queue.length > 0) {
      const job = queue[0];
      const worker = idle.pop();
      if (worker) {
        queue.shift();
        onJob.set(worker, job.id);
        worker.postMessage(job);
        continue;
      }
      const tooLarge = unitsOf(job.document) > LANE_UNITS;
      if (laneBusy || tooLarge) {
        // A document too large for this thread needs a worker however small the input.
        threadsWanted ||= tooLarge;
        break;
      }
      queue.shift();
      void inThisThread(job);
    }
    if (threadsWanted) while (all.length < threads) start();
  };

  // Writes what is ready, in order; one pump at a time.
  const pump = async () => {
    if (pumping) return;
    pumping = true;
    try {
      for (let p = pending.get(written); p && !failure; p = pending.get(written)) {
        while (p.batches.length > 0) await sink.rows(p.batches.shift()!);
        if (p.error) sink.failed(p.doc, p.error);
        if (p.unreadable) sink.unreadable(p.doc, p.unreadable);
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
      unitsIn += unitsOf(document);
      if (!startAtOnce) threadsWanted ||= unitsIn >= startAfter;
      pending.set(id, {
        doc: document.doc,
        batches: [],
        done: false,
        error: null,
        unreadable: null,
        waiting: null,
      });
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

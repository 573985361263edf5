import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import type { RelPath } from './paths';

// Reading ten thousand small files costs this thread ~11 µs of system calls each, as much as lexing
// and resolving them. A second thread reads them ahead, in the order the index asks for them, and
// hands the texts over; this thread lexes what has arrived. The two claim files from one shared
// cursor, so none is read twice and this thread never waits for the helper to start: a file nobody
// has claimed yet it claims and reads itself.

/** Texts per message: few enough messages, and a wait for one is short. */
const BATCH = 64;
/** How long the reader may go without handing over a claimed file before this thread reads it. */
const STALL_MS = 2000;

interface Shared {
  root: string;
  files: RelPath[];
  /** [0]: the next unclaimed file; [1]: texts handed over, bumped after each message. */
  counters: Int32Array;
  port: MessagePort;
}

/** A batch of texts from the reader: `texts[k]` is file `from + k` (null when it could not be read). */
interface Batch {
  from: number;
  texts: (string | null)[];
}

/** Reads `files` under `root` ahead of their use on a second thread; `take` hands each text over once. */
export class ReadAhead {
  private readonly position = new Map<RelPath, number>();
  /** Texts handed over by the reader and not yet taken (null: it could not read the file). */
  private readonly texts: (string | null | undefined)[] = [];
  /** Files this thread claimed when it skipped ahead, to read itself when asked. */
  private readonly mine = new Set<number>();
  private readonly counters = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;

  constructor(private readonly root: string, private readonly files: RelPath[]) {
    files.forEach((f, i) => this.position.set(f, i));
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const data: Shared = { root, files, counters: this.counters, port: port2 };
    const worker = new Worker(__filename, { workerData: data, transferList: [port2] });
    // The reader must never keep the process alive, nor take it down: what it fails on is read here.
    worker.unref();
    worker.on('error', () => undefined);
  }

  /**
   * Whether a reader thread can run here: only from the built JavaScript, worth it on many files, and
   * not turned off with REMEDIATE_READ_AHEAD=0.
   */
  static worthwhile(files: number): boolean {
    return files >= 2000 && __filename.endsWith('.js') && process.env.REMEDIATE_READ_AHEAD !== '0';
  }

  /** The disk text of `file` (read by the reader, or here), or undefined when it is not one of `files` or was taken. */
  take(file: RelPath): string | undefined {
    const i = this.position.get(file);
    if (i === undefined) return undefined;
    this.position.delete(file);
    if (this.mine.delete(i)) return this.readFile(i);
    for (;;) {
      const next = Atomics.load(this.counters, 0);
      if (i < next) return this.receive(i);
      if (Atomics.compareExchange(this.counters, 0, next, i + 1) === next) {
        for (let k = next; k < i; k++) this.mine.add(k);
        return this.readFile(i);
      }
    }
  }

  /** Waits for a file the reader claimed; one it could not read, or a reader that stalls, is read here. */
  private receive(i: number): string {
    let progress = Date.now();
    while (this.texts[i] === undefined && Date.now() - progress < STALL_MS) {
      const seen = Atomics.load(this.counters, 1);
      const message = receiveMessageOnPort(this.port);
      if (message) {
        const batch = message.message as Batch;
        batch.texts.forEach((t, k) => (this.texts[batch.from + k] = t));
        progress = Date.now();
      } else {
        Atomics.wait(this.counters, 1, seen, 20);
      }
    }
    const text = this.texts[i];
    this.texts[i] = undefined;
    return typeof text === 'string' ? text : this.readFile(i);
  }

  private readFile(i: number): string {
    return fs.readFileSync(path.join(this.root, this.files[i]), 'utf8');
  }
}

/** The reader thread: claims files from the shared cursor and hands their texts over in batches. */
function reader({ root, files, counters, port }: Shared): void {
  let batch: Batch | undefined;
  const flush = () => {
    if (!batch) return;
    port.postMessage(batch);
    batch = undefined;
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  };
  for (let i = Atomics.add(counters, 0, 1); i < files.length; i = Atomics.add(counters, 0, 1)) {
    if (batch && batch.from + batch.texts.length !== i) flush();
    batch ??= { from: i, texts: [] };
    let text: string | null;
    try {
      text = fs.readFileSync(path.join(root, files[i]), 'utf8');
    } catch {
      text = null;
    }
    batch.texts.push(text);
    if (batch.texts.length >= BATCH) flush();
  }
  flush();
  port.close();
}

if (!isMainThread && (workerData as Partial<Shared> | undefined)?.counters instanceof Int32Array) reader(workerData as Shared);

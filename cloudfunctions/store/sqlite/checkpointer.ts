/**
 * WAL checkpoints off the request path. SQLite's automatic checkpoint runs inside the commit that crosses 1,000
 * WAL pages, on the server's only thread: under a scan load that was every second or third group commit, copying
 * the hot pages back into the database file and syncing it twice, and it cost about two thirds of a scan's write
 * (measured: ≈ 360 µs a scan with it, ≈ 110–140 µs without). Here a worker thread with a connection of its own
 * runs PASSIVE checkpoints (they never wait for nor block the writer), again at once while frames remain, so the
 * log is usually caught up between two commits and the next writer restarts it from the beginning.
 *
 * Durability is unchanged: a commit is in the WAL before its caller is answered, and a killed process's WAL is
 * replayed by the next open.
 */
import { Worker } from 'node:worker_threads';

/** Pause between checkpoints when the log is caught up (ms). */
const IDLE_MS = 50;
/** Pause when frames remain (ms): short, so the log catches up between commits under load. */
const BUSY_MS = 2;
/**
 * The writer's own automatic checkpoint, past this many WAL pages: by then this thread has copied nearly every
 * frame, so the writer's checkpoint is short, and it is what lets the next commit restart the log from the start
 * (a writer that never pauses never finds the log caught up otherwise, and the WAL would only grow).
 */
export const WRITER_CHECKPOINT_PAGES = 4000;

// A script, not a module file: the worker must run the same way under tsx, ts-jest and the bundled functions.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
let timer = null;
let stopped = false;
function tick() {
  let behind = false;
  try {
    const [row] = db.pragma('wal_checkpoint(PASSIVE)');
    behind = row.busy !== 0 || row.checkpointed < row.log;
  } catch (err) {
    behind = false; // locked or failing (disk): try again later, the writer's own data is safe in the WAL
  }
  if (!stopped) timer = setTimeout(tick, behind ? ${BUSY_MS} : ${IDLE_MS});
}
timer = setTimeout(tick, ${IDLE_MS});
parentPort.on('message', () => {
  stopped = true;
  clearTimeout(timer);
  db.close();
  parentPort.close();
});
`;

/** A running background checkpointer; `stop` ends it and closes its connection. */
export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `file` (a WAL database another connection writes) in a worker thread. */
export function startCheckpointer(file: string): Checkpointer {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, driver: require.resolve('better-sqlite3') },
  });
  // The thread never keeps the process alive on its own: a server that closes exits as before.
  worker.unref();
  worker.on('error', (err) => console.error('[checkpoint]', err));
  let stopping: Promise<void> | null = null;
  return {
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        // Held again while it stops: a process with nothing else to do (a start refused before the server listened)
        // would otherwise exit while `stop` is awaited, code 0, before its caller could say why.
        worker.ref();
        worker.postMessage('stop');
      });
      return stopping;
    },
  };
}

/**
 * The import in batches: importPosts from offset 0, then from how far each reply says it has come, until done,
 * cancelled (after the current batch) or refused. Every reply moves the progress bar.
 */
import { useRef, useState } from 'react';
import type { Datum } from '~/types/gcj02';
import { importPosts } from '~/src/services/admin/importPosts';

/** Where an import stands. */
export interface ImportRun {
  phase: 'running' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
  created: number;
  postIds: string[];
  error: string | null;
  cancelling: boolean;
}

/** The file being imported: uploaded once, named by its id; `datum` is where its coordinates were read. */
export interface ImportFile {
  fileId: string;
  name: string;
  datum: Datum;
}

/** Starts and cancels imports; `run` is null before the first. */
export function useImport() {
  const [run, setRun] = useState<ImportRun | null>(null);
  const cancelled = useRef(false);

  const start = async (file: ImportFile, goodOnly: boolean, total: number) => {
    cancelled.current = false;
    let state: ImportRun = {
      phase: 'running',
      done: 0,
      total,
      created: 0,
      postIds: [],
      error: null,
      cancelling: false,
    };
    setRun(state);
    let offset = 0;
    for (;;) {
      try {
        const reply = await importPosts({
          fileId: file.fileId,
          filename: file.name,
          datum: file.datum,
          goodOnly,
          offset,
        });
        state = {
          ...state,
          done: reply.done,
          total: reply.total,
          created: state.created + reply.created,
          postIds: [...state.postIds, ...reply.postIds],
        };
        // A reply that does not move forward would loop for ever: treat it as the end.
        const finished = reply.done >= reply.total || reply.done <= offset;
        offset = reply.done;
        if (finished) state = { ...state, phase: 'done', cancelling: false };
        else if (cancelled.current) state = { ...state, phase: 'cancelled', cancelling: false };
      } catch (err) {
        state = { ...state, phase: 'failed', error: err instanceof Error ? err.message : String(err) };
      }
      setRun(state);
      if (state.phase !== 'running') return;
    }
  };

  const cancel = () => {
    cancelled.current = true;
    setRun((r) => (r && r.phase === 'running' ? { ...r, cancelling: true } : r));
  };

  const reset = () => setRun(null);
  return { run, start, cancel, reset };
}

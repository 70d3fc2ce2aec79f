/**
 * The servers a benchmark starts as child processes, and what it reads of them while they serve: CPU time from
 * /proc and the garbage collector's work from V8's --trace-gc-nvp lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '..');

/** A server started by launch; `clock` turns this process's performance.now() into the server's (for --gc). */
export interface Launched {
  child: ChildProcess;
  port: number;
  clock: number;
}

/**
 * Starts `script` (a path from the repository's root) under tsx with `env`, and resolves once its output matches
 * `ready` (port, then clock).
 */
export function launch(
  script: string,
  env: Record<string, string>,
  ready: RegExp,
  nodeFlags: string[] = [],
): Promise<Launched> {
  // `--import tsx` rather than the tsx command, which would run the server as a grandchild: the pid is the server's.
  const child = spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(root, script)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((res, rej) => {
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        child.stdout!.off('data', onData);
        // Whatever the server prints later (the GC trace) is read by whoever wants it; unread, it must not block.
        child.stdout!.resume();
        res({ child, port: Number(m[1]), clock: Number(m[2] ?? 0) - performance.now() });
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => rej(new Error(`${script} exited ${code}: ${out}`)));
  });
}

/**
 * CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. Throughput on a shared
 * machine moves with everyone else's load; the CPU each request costs the server moves far less.
 */
export function cpuMs(pid: number | undefined, thread?: number): number | null {
  try {
    const stat = readFileSync(thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** What the garbage collector did during a round, from V8's --trace-gc-nvp lines (one per collection). */
export interface GcRound {
  allocated: number;
  survived: number;
  promoted: number;
  scavenges: number;
  scavengeMs: number;
  markCompacts: number;
  markCompactMs: number;
}

/** Collects the server's GC trace lines with their time on the server's clock (ms since it started). */
export function gcTrace(server: Launched): { between(from: number, to: number): GcRound } {
  const lines: { at: number; fields: Map<string, string> }[] = [];
  let partial = '';
  server.child.stdout!.on('data', (d: Buffer) => {
    const text = partial + d.toString();
    const all = text.split('\n');
    partial = all.pop() ?? '';
    for (const line of all) {
      const m = /\]\s+(\d+) ms: (.*)$/.exec(line);
      if (!m || !m[2].includes('gc=')) continue;
      const fields = new Map(m[2].split(' ').map((kv) => kv.split('=') as [string, string]));
      lines.push({ at: Number(m[1]), fields });
    }
  });
  return {
    between(from, to) {
      const r: GcRound = {
        allocated: 0,
        survived: 0,
        promoted: 0,
        scavenges: 0,
        scavengeMs: 0,
        markCompacts: 0,
        markCompactMs: 0,
      };
      for (const { at, fields } of lines) {
        if (at < from || at > to) continue;
        const n = (k: string) => Number(fields.get(k) ?? 0);
        if (fields.get('gc') === 's') {
          // Counted from the scavenges: a full collection's line reports no allocation of its own.
          r.allocated += n('allocated');
          r.survived += n('new_space_survived');
          r.promoted += n('promoted');
          r.scavenges += 1;
          r.scavengeMs += n('pause');
        } else if (fields.get('gc') === 'mc' || fields.get('gc') === 'ms') {
          r.markCompacts += 1;
          r.markCompactMs += n('pause');
        }
      }
      return r;
    },
  };
}

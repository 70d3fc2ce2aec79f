/**
 * Every action of every cloud function over the strict CloudBase stand-in at Baicheng scale (the demo network:
 * 5,292 posts, 3,021 volunteers) with a generated year of scans, at 20 ms a database round trip: calls made,
 * simulated time (the critical path of those calls) and the function's timeout. Then the timer's tick, in steady
 * state and catching up a backlog. Prints a Markdown table to paste into the README; fails if any action errs or
 * runs past its timeout.
 *
 * Scans: CLOUD_BENCH_SCANS (default 1,000,000: Baicheng's generated year; CLOUD_BENCH_BACKLOG, default 30,000, for
 * the timer's catch-up). The year is imported as the console imports a JSON-lines file, in slices, and every
 * aggregate a year leaves in CloudBase (daily counters, cumulative totals, hours, cells, boards, directories) is
 * built from it by the adapter's own repair and rollup code. The stand-in keeps every document in memory: with a
 * million scans the world was built in about 9 minutes, peak resident 4.4 GB, on a busy 2-core machine (run it
 * with NODE_OPTIONS=--max-old-space-size=6144). The timer's reads of scans by `insertedAt` ranges are read along
 * that field's order in the stand-in, as the server reads its index, so they do not pass over every scan.
 * CLOUD_BENCH_COUNTY=220802 keeps one county for a quick run.
 */
import { generateDataset } from '~/scripts/seed';
import { dataOf, startScenario, STEPS } from '~/test/support/cloud-actions';
import { buildWorld, generateScanDocs, invoke, invokeTick, type Cost } from '~/test/support/cloud-world';

const SCANS = Number(process.env.CLOUD_BENCH_SCANS ?? 1_000_000);
const BACKLOG = Number(process.env.CLOUD_BENCH_BACKLOG ?? 30_000);
const NOW = Date.UTC(2026, 10, 27, 2);

const rows: string[] = [];
let failed = false;

function row(name: string, c: Cost, note = ''): void {
  const over = c.simulatedMs + c.cpuMs > c.timeoutMs;
  if (over) failed = true;
  const cells = [
    name,
    String(c.roundTrips),
    String(c.simulatedMs),
    String(Math.round(c.cpuMs)),
    `${c.timeoutMs / 1000} s`,
    over ? `**over** ${note}` : note,
  ];
  rows.push(`| ${cells.join(' | ')} |`);
}

async function main(): Promise<void> {
  const all = generateDataset();
  // CLOUD_BENCH_COUNTY=220802 keeps one county (a quicker run while working on the adapter).
  const county = process.env.CLOUD_BENCH_COUNTY;
  const keep = (code: string) => !county || code.startsWith(county) || code === '220800';
  const data = {
    regions: all.regions.filter((r) => keep(r.code)),
    posts: all.posts.filter((p) => keep(p.countyCode)),
    services: all.services.filter((s) => keep(s.regionCode)),
    volunteers: all.volunteers.filter((v) => keep(v.villageCode)),
    users: all.users,
  };
  const started = performance.now();
  const world = await buildWorld(data, SCANS, NOW);
  const built = Math.round((performance.now() - started) / 1000);
  console.log(
    `CloudBase stand-in: ${data.posts.length} posts, ${data.volunteers.length} volunteers, ${SCANS} scans (built in ${built} s)`,
  );
  const scenario = startScenario(world);
  // The first call of each function is cold (regions and settings not yet cached); the table shows warm calls,
  // the cold ones are printed after it.
  const cold: string[] = [];
  const seen = new Set<string>();
  for (const step of STEPS) {
    const name = `${step.fn}.${step.action}${step.label ? ` (${step.label})` : ''}`;
    await step.prepare?.(world, scenario);
    const body = { action: step.action, ...step.body(scenario) };
    if (!seen.has(step.fn)) {
      seen.add(step.fn);
      const first = await invoke(world, step.fn, step.openid, body);
      cold.push(`${name}: ${first.roundTrips} calls, ${first.simulatedMs} ms simulated (cold container)`);
      const firstData = dataOf(step, first.result);
      step.after?.(firstData, scenario);
      if (step.after || !['land', 'me', 'inbox', 'stats'].includes(step.action)) {
        row(name, first, 'cold');
        continue;
      }
    }
    const res = await invoke(
      world,
      step.fn,
      step.openid,
      step.action === 'land' ? { ...body, scanId: crypto.randomUUID() } : body,
    );
    const data = dataOf(step, res.result);
    step.after?.(data, scenario);
    row(name, res);
  }
  const steady = await invokeTick(world);
  row('cron.tick (steady)', steady, `rollup: ${steady.report.rollup?.scans ?? 'failed'} scans`);
  // A backlog: scans recorded as the scan function records them (counters bumped), not yet rolled up, e.g.
  // after the timer was off for a while. Recorded outside any invocation: only the ticks below are measured.
  for (const d of generateScanDocs(data.posts, BACKLOG, NOW, 3, 99)) {
    const scan = { scanId: `b${d._id.slice(1)}`, postId: d.postId, visitor: d.visitor, at: d.at, source: d.source };
    await world.store.scans.record({ ...scan, distanceM: d.distanceM, inCircle: d.inCircle, cell: d.cell }, d.subjects);
  }
  for (let run = 1; run <= 40; run++) {
    const tick = await invokeTick(world, NOW + run * 600_000);
    const r = tick.report.rollup;
    row(
      `cron.tick (backlog run ${run})`,
      tick,
      `folded ${r?.scans ?? 0}, cumulative ${r?.subjects ?? 0}${r?.more ? ', more' : ''}`,
    );
    if (!r?.more) break;
  }
  console.log(`\n| function.action | round trips | simulated ms | CPU ms | timeout | note |`);
  console.log(`| --- | --- | --- | --- | --- | --- |`);
  for (const r of rows) console.log(r);
  console.log(`\nround trips: database calls of one invocation; simulated ms: their critical path at 20 ms a call;`);
  console.log(`CPU ms: this machine's time in the handler, the stand-in's own time left out.`);
  for (const c of cold) console.log(`cold: ${c}`);
  if (failed) {
    console.error('an action ran past its function timeout');
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

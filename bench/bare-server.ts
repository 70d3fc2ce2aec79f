/**
 * The baseline: a bare Node http server that parses the same JSON body and answers the same bytes. With BARE_WORK_US
 * (bench/scan.ts --bare-work) it also spins that many microseconds a request before answering, as a server whose
 * requests cost what a scan costs, answered one by one as they come: no batches, no commits, no garbage to speak of.
 */
import { createServer } from 'node:http';

const reply = Buffer.from(process.env.BARE_REPLY ?? '{"ok":true}');
const WORK_NS = BigInt(Math.round(Number(process.env.BARE_WORK_US ?? 0) * 1000));

function work(): void {
  const until = process.hrtime.bigint() + WORK_NS;
  while (process.hrtime.bigint() < until);
}
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (WORK_NS > BigInt(0)) work();
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': reply.length });
    res.end(reply);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  console.log(`listening ${typeof addr === 'object' && addr ? addr.port : ''}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));

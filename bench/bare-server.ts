/** The baseline: a bare Node http server that parses the same JSON body and answers the same bytes. */
import { createServer } from 'node:http';

const reply = Buffer.from(process.env.BARE_REPLY ?? '{"ok":true}');
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': reply.length });
    res.end(reply);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const addr = server.address();
  console.log(`listening ${typeof addr === 'object' && addr ? addr.port : ''}`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));

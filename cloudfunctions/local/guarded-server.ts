/**
 * The HTTP server of the local runtime with the replies Node would otherwise write bare, without the security
 * headers: a request without Host (HTTP/1.1 requires one; the router refuses it), an Expect Node does not know
 * (417), a CONNECT (405), and a request its parser refuses (400, 408 or 431). A refusal of a request pipelined
 * behind a good one waits for the good one's reply, so no reply is lost.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ERRORS } from '~/types/errors';
import { failure } from '../functions/dispatch';
import { clientErrorReply, rawReply, setSecurityHeaders } from './headers';
import { sendJson } from './http-util';

/** A server that hands every request to `handle` and answers the edges above with `headersOf(req)` (or plain http's). */
export function createGuardedServer(
  handle: (req: IncomingMessage, res: ServerResponse) => void,
  headersOf: (req: IncomingMessage | null) => Readonly<Record<string, string>>,
): Server {
  /** The reply each socket is writing, so a refusal of the next request on it waits for it (clientError). */
  const writing = new WeakMap<Duplex, ServerResponse>();
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    writing.set(req.socket, res);
    res.once('finish', () => {
      if (writing.get(req.socket) === res) writing.delete(req.socket);
    });
    handle(req, res);
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const refusal = clientErrorReply(err.code, headersOf(null));
    const pending = writing.get(socket);
    if (pending && !pending.writableFinished) pending.once('finish', () => socket.end(refusal));
    else socket.end(refusal);
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res, headersOf(req));
    req.resume();
    sendJson(res, 417, failure('MALFORMED_BODY').result, { connection: 'close' });
  });
  // A proxy's CONNECT is nothing this server does.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    const error = { code: 'METHOD_NOT_ALLOWED', message: ERRORS.METHOD_NOT_ALLOWED.message };
    socket.end(rawReply('405 Method Not Allowed', error, headersOf(req), { allow: 'GET, HEAD, POST' }));
  });
  return server;
}

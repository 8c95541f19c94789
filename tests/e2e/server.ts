// Fixture web server for e2e tests. Chromium maps every hostname to it
// (--host-resolver-rules), so http://passport.bilibili.com/login is served from
// tests/fixtures/sites/passport.bilibili.com/login.html and the extension sees the real domain.
// One port speaks both HTTP and HTTPS (self-signed; Chromium runs with --ignore-certificate-errors):
// HSTS-preloaded hosts such as google.com only load over HTTPS.
// Firefox has no host-resolver rules: it uses the same port as its HTTP proxy (absolute-URI
// requests for http://, CONNECT for https://), see tests/firefox/firefox.ts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

export const SITES_DIR = join(import.meta.dirname, '..', 'fixtures', 'sites');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface FixtureServer {
  port: number;
  /** Serve `body` for host + path (overrides files), for pages a test builds itself. */
  route(host: string, path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'rebind-cert-'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=rebind-fixtures',
  ], { stdio: 'ignore' });
  return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
}

/** tests/fixtures/sites/<host>/<path>: "/" -> index.html, "/login" -> login.html. */
export function fileFor(host: string, path: string): string | null {
  const clean = normalize(decodeURIComponent(path.split('?')[0] ?? '/')).replace(/^(\.\.[/\\])+/, '');
  const base = join(SITES_DIR, host.toLowerCase());
  const rel = clean === '/' || clean === '' ? 'index.html' : clean.replace(/^\/+/, '').replace(/\/$/, '/index');
  const candidates = extname(rel) ? [rel] : [`${rel}.html`, join(rel, 'index.html')];
  for (const c of candidates) {
    const full = join(base, c);
    if (full.startsWith(base) && existsSync(full)) return full;
  }
  return null;
}

export async function startServer(): Promise<FixtureServer> {
  const routes = new Map<string, { body: string; type: string }>();
  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // A proxy request names the whole URL ("GET http://host/path"); a direct one only the path.
    const target = /^https?:\/\//i.test(req.url ?? '') ? new URL(req.url!).pathname : (req.url ?? '/');
    const path = target.split('?')[0] ?? '/';
    const routed = routes.get(`${host}${path}`);
    if (routed) {
      res.writeHead(200, { 'content-type': routed.type });
      res.end(routed.body);
      return;
    }
    const file = fileFor(host, path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Not found</title><h1>Not found: ${host}${path.replace(/[<>&]/g, '')}</h1>`);
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  };
  const plain = http.createServer(handler);
  const secure = https.createServer(selfSignedCert(), handler);
  await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => secure.listen(0, '127.0.0.1', resolve));
  const portOf = (srv: net.Server) => (srv.address() as net.AddressInfo).port;
  // One public port for both schemes: a first byte of 0x16 is a TLS handshake, so the
  // connection is piped to the HTTPS server, otherwise to the HTTP one. (Handing the socket
  // itself to the TLS server loses the bytes already read.)
  const front = net.createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', (chunk) => {
      const target = net.connect(portOf(chunk[0] === 0x16 ? secure : plain), '127.0.0.1', () => {
        target.write(chunk);
        socket.pipe(target).pipe(socket);
      });
      target.on('error', () => socket.destroy());
      socket.on('close', () => target.destroy());
    });
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;
  // As a proxy: CONNECT host:443 is answered and the tunnel goes back to the front port, where
  // the TLS handshake reaches the HTTPS server (Host and SNI still name the real host).
  plain.on('connect', (_req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.on('error', () => undefined);
    const tunnel = net.connect(port, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) tunnel.write(head);
      socket.pipe(tunnel).pipe(socket);
    });
    tunnel.on('error', () => socket.destroy());
    socket.on('close', () => tunnel.destroy());
  });
  return {
    port,
    route(host, path, body, type = 'text/html; charset=utf-8') {
      routes.set(`${host}${path}`, { body, type });
    },
    close: () =>
      new Promise<void>((resolve) => {
        plain.close();
        secure.close();
        front.close(() => resolve());
        // Keep-alive sockets would hold close() open.
        plain.closeAllConnections?.();
        secure.closeAllConnections?.();
        setTimeout(resolve, 500);
      }),
  };
}

// A vendor service written with Node.js's standard library only, for
// hookcert's interop tests: HTTP/1.1 (node:http) and HTTP/2 over TLS
// (node:http2) on 127.0.0.1, ports picked by the system. It prints
// "http <port>", "h2 <port>" and "READY", and serves until stdin closes.
// Usage: node server.js CERT.pem KEY.pem
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const http2 = require('node:http2');

const COMPANY = '{"company": {"name": "New Co", "employees": 42}}';

// socketOf is the TCP (or TLS) socket under req, on HTTP/1.1 and HTTP/2.
function socketOf(req) {
  return req.httpVersionMajor === 2 ? req.stream.session.socket : req.socket;
}

function drain(req, then) {
  req.on('data', () => {});
  req.on('end', then);
}

const answers = {
  '/company': (req, res) => {
    res.writeHead(201, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(COMPANY) });
    res.end(COMPANY);
  },
  '/reason': (req, res) => {
    res.writeHead(429, 'Slow Down Please', { 'Content-Type': 'application/json' });
    res.end('{"retry": 30}');
  },
  '/chunked': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }); // no length: Node sends it chunked
    res.write(COMPANY.slice(0, 10));
    setTimeout(() => res.end(COMPANY.slice(10)), 10);
  },
  // The socket is reset (TCP RST) mid-body.
  '/reset': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"company":');
    setTimeout(() => {
      const s = socketOf(req);
      (s._parent || s).resetAndDestroy(); // under TLS, the TCP socket below it
    }, 50);
  },
  // The socket is destroyed mid-body: a clean close (FIN), the body short.
  '/short': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"company":');
    setTimeout(() => {
      const s = socketOf(req);
      (s._parent || s).destroy(); // under TLS, the TCP socket below it: no close_notify, no GOAWAY
    }, 50);
  },
  // HTTP/2 only: the stream is reset (RST_STREAM) mid-body.
  '/stream-reset': (req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '100' });
    res.write('{"company":');
    setTimeout(() => req.stream.close(http2.constants.NGHTTP2_INTERNAL_ERROR), 50);
  },
};

function handle(req, res) {
  drain(req, () => {
    const answer = answers[req.url.split('?')[0]];
    if (!answer) {
      res.writeHead(404);
      res.end();
      return;
    }
    answer(req, res);
  });
}

const plain = http.createServer(handle);
const secure = http2.createSecureServer(
  { cert: fs.readFileSync(process.argv[2]), key: fs.readFileSync(process.argv[3]) },
  handle,
);
plain.listen(0, '127.0.0.1', () => {
  secure.listen(0, '127.0.0.1', () => {
    process.stdout.write(`http ${plain.address().port}\nh2 ${secure.address().port}\nREADY\n`);
  });
});
process.on('uncaughtException', (err) => console.error(err)); // one bad answer must not end the server
process.stdin.on('data', () => {});
process.stdin.on('end', () => process.exit(0));

#!/usr/bin/env python3
"""A vendor service written with Python's standard library only, for
hookcert's interop tests. It listens on 127.0.0.1 on a port the system picks,
prints "http <port>" and "READY", and serves until its stdin closes.

Each path plays one answer a real Python service may give; see ANSWERS."""

import gzip
import http.server
import socket
import struct
import sys
import threading

COMPANY = b'{"company": {"name": "New Co", "employees": 42}}'


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so that reuse is tested

    def log_message(self, *args):  # quiet: the test reads stdout
        pass

    def read_body(self):
        n = int(self.headers.get("Content-Length") or 0)
        if n:
            self.rfile.read(n)

    def do_POST(self):
        self.read_body()
        path = self.path.split("?")[0]
        answer = ANSWERS.get(path)
        if answer is None:
            self.send_error(404)
            return
        answer(self)

    do_GET = do_POST
    do_PUT = do_POST


def json_answer(h, status=201, reason=None, body=COMPANY, ctype="application/json"):
    h.send_response(status, reason)
    h.send_header("Content-Type", ctype)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def custom_reason(h):
    json_answer(h, 503, "Backend Down For Maintenance", b'{"error": "later"}')


def non_ascii_reason(h):
    # http.server encodes the status line in ISO-8859-1: "\xdcberlastet".
    json_answer(h, 503, "\u00dcberlastet", b"")


def http10_close_delimited(h):
    # HTTP/1.0 without Content-Length: the body ends when the connection closes.
    h.wfile.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + COMPANY)
    h.close_connection = True


def chunked(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    for part in (COMPANY[:10], COMPANY[10:30], COMPANY[30:]):
        h.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
    h.wfile.write(b"0\r\n\r\n")


def no_content_with_body(h):
    # A careless service: 204 with a body and its length, connection kept.
    json_answer(h, 204, None, COMPANY)


def latin1(h):
    json_answer(h, 200, None, '{"company": {"name": "M\u00fcller GmbH"}}'.encode("latin-1"),
                "application/json; charset=ISO-8859-1")


def gzip_unasked(h):
    body = gzip.compress(COMPANY)
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def short_body(h):
    # Declares more than it sends, then closes cleanly.
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "100")
    h.end_headers()
    h.wfile.write(b'{"company":')
    h.wfile.flush()
    h.close_connection = True


def reset_mid_body(h):
    h.send_response(200)
    h.send_header("Content-Type", "application/json")
    h.send_header("Content-Length", "100")
    h.end_headers()
    h.wfile.write(b'{"company":')
    h.wfile.flush()
    threading.Event().wait(0.05)  # let the header go out before the RST
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


ANSWERS = {
    "/company": json_answer,
    "/reason": custom_reason,
    "/umlaut": non_ascii_reason,
    "/http10": http10_close_delimited,
    "/chunked": chunked,
    "/nocontent": no_content_with_body,
    "/latin1": latin1,
    "/gzip": gzip_unasked,
    "/short": short_body,
    "/reset": reset_mid_body,
}


def main():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    print("http", srv.server_address[1])
    print("READY", flush=True)
    sys.stdin.read()  # the test closes stdin to stop the server
    srv.shutdown()


if __name__ == "__main__":
    main()

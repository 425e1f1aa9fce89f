#!/usr/bin/env python3
"""A tiny OTLP/HTTP receiver on loopback for the end-to-end checks: answers 200 to every POST and
appends one JSON line per request ({"path", "headers", "body"}) to RECORD_FILE.

Prints "listening on http://127.0.0.1:PORT" once ready. Usage: otlp_receiver.py RECORD_FILE
"""

import http.server
import json
import sys


class Receiver(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        with open(sys.argv[1], "a") as record:
            record.write(json.dumps({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()},
                                     "body": body.decode("utf-8")}) + "\n")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Receiver)
print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
server.serve_forever()

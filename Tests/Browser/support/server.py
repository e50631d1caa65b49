"""A static file server on 127.0.0.1 that records every request it answers.

It serves a folder the way a plain static host does (GitHub Pages, Netlify, S3): files as they
are, and for a missing path below a folder that holds a 404.html, that page with status 404.
"""

import http.server
import os
import threading
import urllib.parse


class StaticServer:
    """Serves `root` on an ephemeral port of 127.0.0.1 from a background thread."""

    def __init__(self, root):
        self.root = os.path.abspath(root)
        self.requests = []
        server = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=server.root, **kwargs)

            def send_head(self):
                server.requests.append(self.path)
                path = self.translate_path(self.path)
                if not os.path.exists(path):
                    page = server._not_found_page(self.path)
                    if page is not None:
                        return self._send_not_found_page(page)
                return super().send_head()

            def _send_not_found_page(self, page):
                body = open(page, "rb")
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(os.fstat(body.fileno()).st_size))
                self.end_headers()
                return body

            def log_message(self, format, *args):
                # The suite reports what matters; the access log would drown it.
                pass

        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def _not_found_page(self, url_path):
        """The nearest 404.html in a folder above the missing path, as a static host finds it."""
        folder = os.path.dirname(urllib.parse.unquote(urllib.parse.urlsplit(url_path).path))
        while True:
            candidate = os.path.join(self.root, folder.lstrip("/"), "404.html")
            if os.path.isfile(candidate):
                return candidate
            if folder in ("", "/"):
                return None
            folder = os.path.dirname(folder)

    def url(self, relative_path):
        """The URL of a path below the served folder."""
        return f"{self.origin}/{urllib.parse.quote(relative_path)}"

    def start(self):
        self._thread.start()
        return self

    def stop(self):
        self._httpd.shutdown()
        self._httpd.server_close()

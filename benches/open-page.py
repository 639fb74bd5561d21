#!/usr/bin/env python3
"""How long pages take to open in headless Chromium.

    benches/open-page.py [--runs N] PAGE.html...
    benches/open-page.py --screenshot OUT.png PAGE.html[#anchor]

Starts one headless Chromium, talks to it over the DevTools protocol on a
pipe (no package needed), and opens each page N times in a new tab, in turn,
so every page is measured under the same load. For each opening it reads,
in the page's own clock (ms from the start of navigation):

- load:  the load event has run (HTML parsed, styles applied, the page's
         script run);
- frame: the first frame painted after that, i.e. the page laid out and
         shown.

and prints the median and range of each per page. The first page given is
usually a baseline (a blank page) that shows what opening anything costs on
this machine at this moment.
"""

import fcntl
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

CHROMIUM = os.environ.get("CHROMIUM", "chromium")


class Browser:
    def __init__(self):
        self.profile = tempfile.TemporaryDirectory()
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def pipes():
            # Chromium reads commands on fd 3 and writes replies on fd 4.
            r = fcntl.fcntl(to_child_r, fcntl.F_DUPFD, 10)
            w = fcntl.fcntl(from_child_w, fcntl.F_DUPFD, 10)
            os.dup2(r, 3)
            os.dup2(w, 4)

        args = [CHROMIUM, "--headless", "--disable-gpu",
                "--remote-debugging-pipe", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + self.profile.name, "about:blank"]
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        self.process = subprocess.Popen(
            args, preexec_fn=pipes,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, close_fds=False)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def _read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method, session, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, event in enumerate(self.events):
                if event.get("method") == method and event.get("sessionId") == session:
                    del self.events[i]
                    return event
            self.events.append(self._read())
        raise RuntimeError(f"no {method} in {timeout} s")

    def open(self, url):
        """(load, frame) in ms from navigation start, and console errors."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=session)
        self.send("Runtime.enable", session=session)
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired", session)
        result = self.send("Runtime.evaluate", {
            "expression": """new Promise(function (done) {
                requestAnimationFrame(function () { setTimeout(function () {
                  var t = performance.getEntriesByType("navigation")[0];
                  done(JSON.stringify({load: t.loadEventEnd, frame: performance.now()}));
                }, 0); });
              })""",
            "awaitPromise": True, "returnByValue": True}, session=session)
        times = json.loads(result["result"]["value"])
        errors = [e for e in self.events if e.get("sessionId") == session and (
            e.get("method") == "Runtime.exceptionThrown" or (
                e.get("method") == "Runtime.consoleAPICalled"
                and e["params"].get("type") in ("error", "warning")))]
        self.send("Target.closeTarget", {"targetId": target})
        return times["load"], times["frame"], errors

    def screenshot(self, url, out):
        """Writes a PNG of the page at `url` (its hash scrolled to) to `out`."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=session)
        self.events.clear()
        self.send("Page.navigate", {"url": url}, session=session)
        self.wait_for("Page.loadEventFired", session)
        self.send("Runtime.evaluate", {
            "expression": "new Promise(function (done) { requestAnimationFrame(function () { setTimeout(done, 100); }); })",
            "awaitPromise": True}, session=session)
        shot = self.send("Page.captureScreenshot", {"format": "png"}, session=session)
        import base64
        with open(out, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        self.send("Target.closeTarget", {"targetId": target})

    def close(self):
        try:
            self.send("Browser.close")
        except RuntimeError:
            pass
        self.process.wait(timeout=30)


def main():
    args = sys.argv[1:]
    runs = 7
    if args[:1] == ["--runs"]:
        runs, args = int(args[1]), args[2:]
    if args[:1] == ["--screenshot"]:
        browser = Browser()
        try:
            url = args[2]
            if "://" not in url:
                path, _, hash_ = url.partition("#")
                url = "file://" + os.path.abspath(path) + ("#" + hash_ if hash_ else "")
            browser.screenshot(url, args[1])
        finally:
            browser.close()
        return
    if not args:
        sys.exit(__doc__)
    pages = [os.path.abspath(p) for p in args]
    browser = Browser()
    try:
        browser.open("file://" + pages[0])  # warm up the browser
        times = {p: ([], []) for p in pages}
        for _ in range(runs):
            for page in pages:
                load, frame, errors = browser.open("file://" + page)
                if errors:
                    sys.exit(f"{page}: console: {errors}")
                times[page][0].append(load)
                times[page][1].append(frame)
    finally:
        browser.close()
    for page in pages:
        load, frame = times[page]
        size = os.path.getsize(page)
        print(f"load median {statistics.median(load):7.0f} ms ({min(load):.0f}–{max(load):.0f}), "
              f"first frame median {statistics.median(frame):7.0f} ms ({min(frame):.0f}–{max(frame):.0f}), "
              f"{size / 1e6:5.2f} MB  {os.path.relpath(page)}")


if __name__ == "__main__":
    main()

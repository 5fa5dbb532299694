"""Make docs/screenshot-article.png: the article view of the reference article.

    python scripts/web_screenshot.py [--out docs/screenshot-article.png]

Serves the app on a free loopback port with the real default pipeline, analyses
examples/000_7c3a48e42e6547a2.txt in Debian's Chromium (Playwright, never a
downloaded browser) and saves a screenshot. Re-run it when stages change.
"""

from __future__ import annotations

import argparse
import socket
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "000_7c3a48e42e6547a2.txt"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description="Screenshot of the article view.")
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshot-article.png"))
    args = ap.parse_args()

    import uvicorn
    from playwright.sync_api import sync_playwright

    from presslens import default_pipeline
    from presslens.web.app import LOOPBACK_HOSTS, create_app

    try:
        from presslens import open_corpus

        store = open_corpus(":memory:")
    except ImportError:  # the analysis view needs no store
        store = None
    default_pipeline()
    app = create_app(store, token="screenshot", allowed_hosts=list(LOOPBACK_HOSTS))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1100})
            page.goto(f"http://127.0.0.1:{port}/analyse")
            page.fill("#text", EXAMPLE.read_text(encoding="utf-8"))
            page.fill("#title", "European leaders fear onslaught of jihadists fleeing Mosul")
            page.fill("#published", "2016-10-20")
            page.click("#analyse-button")
            page.wait_for_url("**/analysis/**", timeout=120_000)
            page.screenshot(path=args.out, full_page=False)
            browser.close()
    finally:
        server.should_exit = True
    print(args.out)


if __name__ == "__main__":
    main()

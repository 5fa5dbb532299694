"""``presslens serve``: the local web app over a corpus."""

from __future__ import annotations

from pathlib import Path

import click

from ..reading import DEFAULT_MAX_BYTES
from ..settings import setting
from ..store import default_db_path
from ..web.errors import HEADER_TIMEOUT_S
from ._util import db_option, fail, handle_errors


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar=setting("token").env,
    help="Write token (also $PRESSLENS_TOKEN); required off loopback. "
    "On loopback a random one is made and printed when not given.",
)
@click.option(
    "--max-upload", default=DEFAULT_MAX_BYTES, show_default=True, help="Bytes per upload."
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Let the Analyse page fetch URLs on loopback, private and link-local addresses "
    "(refused by default: they reach this machine and its network, not the public web).",
)
@click.option(
    "--header-timeout",
    type=click.FloatRange(min=0.1),
    default=HEADER_TIMEOUT_S,
    show_default=True,
    help="Seconds a client has to send a request's headers; slower ones get 408 and "
    "are disconnected.",
)
@handle_errors
def serve(
    db: str | None,
    host: str,
    port: int,
    token: str | None,
    max_upload: int,
    allow_private_urls: bool,
    header_timeout: float,
) -> None:
    """Serve the web app: analyse articles, browse the corpus, its stories and outlets.

    Reads are open; every write (save, upload, delete) needs the token.
    """
    from ..web.app import LOOPBACK_HOSTS, create_app, is_loopback

    if not is_loopback(host) and not token:
        fail(
            f"refusing to serve on {host} without --token; "
            "give --token (or $PRESSLENS_TOKEN) or bind to 127.0.0.1"
        )
    from .._api import open_corpus
    from ..analysis import default_pipeline
    from ..web.server import check_listen, serve_app

    check_listen(host, port)

    target = db or default_db_path()
    if "://" not in target:
        target = str(Path(target).expanduser())
    store = open_corpus(target)
    try:
        click.echo("loading models…", err=True)
        default_pipeline()
        # a loopback bind answers only to loopback names, its own address included
        # (127.0.0.2 is loopback too)
        allowed = [*LOOPBACK_HOSTS, host] if is_loopback(host) else None
        app = create_app(store, token=token, max_upload=max_upload, allowed_hosts=allowed,
                         allow_private_urls=allow_private_urls)  # fmt: skip
        if not token:
            click.echo(f"write token for this run: {app.state.web.token}", err=True)
        shown = f"[{host}]" if ":" in host else host
        click.echo(f"presslens serving http://{shown}:{port}/ (corpus {target})", err=True)
        serve_app(app, host, port, header_timeout=header_timeout)
    finally:
        store.close()

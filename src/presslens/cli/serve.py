"""``presslens serve``: the local web app over a corpus."""

from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command()
@click.option(
    "--db",
    default=None,
    help="Corpus database: an SQLite file or a postgresql:// URL "
    "[default: $PRESSLENS_DB or ~/.local/share/presslens/corpus.db].",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--token",
    envvar="PRESSLENS_TOKEN",
    help="Write token (also $PRESSLENS_TOKEN); required off loopback. "
    "On loopback a random one is made and printed when not given.",
)
@click.option("--max-upload", default=5 * 1024 * 1024, show_default=True, help="Bytes per upload.")
def serve(db: str | None, host: str, port: int, token: str | None, max_upload: int) -> None:
    """Serve the web app: analyse articles, browse the corpus, stories and outlets."""
    from ..web.app import LOOPBACK_HOSTS, create_app, is_loopback

    if not is_loopback(host) and not token:
        click.echo(
            f"error: refusing to serve on {host} without --token; "
            "give --token (or $PRESSLENS_TOKEN) or bind to 127.0.0.1",
            err=True,
        )
        sys.exit(2)
    import uvicorn

    from ..errors import PresslensError
    from ..store import default_db_path, open_store

    db = db or default_db_path()
    try:
        if "://" not in db:
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        store = open_store(str(Path(db).expanduser()) if "://" not in db else db)
    except PresslensError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    from .._api import default_pipeline

    click.echo("loading models…", err=True)
    default_pipeline()
    allowed = [*LOOPBACK_HOSTS] if is_loopback(host) else None
    app = create_app(store, token=token, max_upload=max_upload, allowed_hosts=allowed)
    if not token:
        click.echo(f"write token for this run: {app.state.web.token}", err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"presslens serving http://{shown}:{port}/ (corpus {db})", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
    finally:
        store.close()

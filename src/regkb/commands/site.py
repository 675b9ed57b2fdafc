"""CLI commands of the site stage (registered on the main group by regkb.cli)."""

from __future__ import annotations

from pathlib import Path

import click


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from .common import corpus_option, handle_errors

    @cli.command("build")
    @corpus_option
    @click.option("--site-dir", "site_dir", default="site", show_default=True, type=click.Path(path_type=Path),
                  help="Where the site goes (replaced in one step when the build succeeds).")
    @click.option("--config", "config_file", default=None, type=click.Path(path_type=Path),
                  help="MkDocs configuration (default: mkdocs.yml of the repository).")
    @click.option("--site-url", default=None, help="Address the site is published at (canonical links, sitemap, "
                  "instant loading); default: none, the pages name no address.")
    @click.option("--base", "base", default=None, metavar="IRI",
                  help="Base IRI of the RDF downloads (default https://regkb.example/eli/).")
    @handle_errors
    def build_cmd(corpus: Path, site_dir: Path, config_file: Path | None, site_url: str | None,
                  base: str | None) -> None:
        """Build the static site from the corpus into SITE_DIR (a failed build keeps the old site)."""
        from ..build import build_site

        res = build_site(corpus, site_dir, config_file=config_file, site_url=site_url, base=base,
                         log=lambda m: click.echo(f"regkb: {m}", err=True))
        click.echo(f"built {res.site_dir} ({res.pages} pages, {res.files} files) in {res.seconds:.1f} s")

"""CLI commands of the site stage (registered on the main group by regkb.cli)."""

from __future__ import annotations

from pathlib import Path

import click


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from .common import corpus_option, echo_err, handle_errors

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
    @click.option("--force", is_flag=True, help="Build even if nothing changed since the last build of SITE_DIR.")
    @handle_errors
    def build_cmd(corpus: Path, site_dir: Path, config_file: Path | None, site_url: str | None,
                  base: str | None, force: bool) -> None:
        """Build the static site from the corpus into SITE_DIR (a failed build keeps the old site)."""
        from ..build import build_site
        from ..progress import BuildProgress
        from .common import cache_for

        with BuildProgress() as report:  # shown on a terminal only
            res = build_site(corpus, site_dir, config_file=config_file, site_url=site_url, base=base,
                             skip_unchanged=not force, log=lambda m: echo_err(f"regkb: {m}"),
                             cache_dir=cache_for(corpus), progress=report)
        again = f"; {res.rendered} rendered, {res.pages - res.rendered} unchanged" if res.rendered is not None else ""
        click.echo(f"built {res.site_dir} ({res.pages} pages, {res.files} files{again}) in {res.seconds:.1f} s")

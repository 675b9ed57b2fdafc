"""``python -m regkb`` and the ``regkb`` console script.

The command line is imported here, inside the Ctrl-C guard, so that an interrupt while its
modules load ends the same way as one during a command: one line, exit status 130."""

import sys


def run() -> None:
    """Import the command line and run it."""
    try:
        from .cli import main
    except KeyboardInterrupt:
        sys.stderr.write("regkb: interrupted\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()

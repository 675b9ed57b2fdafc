"""``python -m regkb.eval``: the same command as ``regkb eval``."""

from __future__ import annotations

from ..commands.eval import eval_cmd

if __name__ == "__main__":
    eval_cmd.main(prog_name="python -m regkb.eval")

"""``python -m presslens.cli ...``: the same as the ``presslens`` command."""

from . import main

main()

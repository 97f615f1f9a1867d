"""``python -m kg``: the same as the ``kg`` command (tests start servers this way)."""
from kg.cli import main

main()

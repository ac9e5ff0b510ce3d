"""Run the command line as ``python -m framing``."""

from framing.cli import main

if __name__ == "__main__":
    main()

import sys

from praatplaat_app.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The PDF worker process re-enters here in the packaged app (spawn start method).
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())

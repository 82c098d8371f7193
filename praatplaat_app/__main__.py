import multiprocessing

from praatplaat_app.cli import main

if __name__ == "__main__":
    # The PDF worker process re-enters here in a packaged app (spawn start method).
    multiprocessing.freeze_support()
    raise SystemExit(main())

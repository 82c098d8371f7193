from praatplaat_app.cli import main

raise SystemExit(main())

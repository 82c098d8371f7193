"""Sub-commands of the ``praatplaat`` CLI, grouped by what they work on."""

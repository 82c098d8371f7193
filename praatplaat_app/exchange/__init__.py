"""Exchanging conversations as ``.praatplaat`` files (issue 5). No Qt here.

The format is documented in ``docs/praatplaat-file-format.md``. The GUI (menus,
drag and drop, shared-folder settings) builds on these calls:

- export: :func:`export_sessions`, :func:`export_route`, :func:`export_selection`
- import: :func:`read_package` (checks everything, writes nothing; ``Package.describe()``
  for a preview) then :func:`import_package` -> :class:`ImportSummary`
- history: :func:`list_history`, :func:`restore_from_history`
- photos: :func:`add_attachment`, :func:`attachments_for`, :func:`remove_attachment`
- privacy: :func:`forget_person`
- shared folder: :func:`scan_shared_folder`, :func:`import_shared_file`, :func:`share_to_folder`

Every expected problem raises :class:`ExchangeError` with a message in the app's
language (:mod:`praatplaat_app.messages`).
"""

from praatplaat_app.exchange.attachments import (
    add_attachment,
    attachments_for,
    image_size,
    remove_attachment,
    sniff_image,
)
from praatplaat_app.exchange.format import (
    FILE_SUFFIX,
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_ATTACHMENT_BYTES,
    Attachment,
    ExchangeError,
    QuestionnaireResponse,
)
from praatplaat_app.exchange.merge import (
    HistoryEntry,
    ImportSummary,
    KeptAside,
    import_file,
    import_package,
    list_history,
    restore_from_history,
)
from praatplaat_app.exchange.package import (
    ExportResult,
    Package,
    build_export,
    export_route,
    export_selection,
    export_sessions,
    read_package,
)
from praatplaat_app.exchange.privacy import ForgetReport, forget_person, forget_person_report
from praatplaat_app.exchange.shared_folder import (
    SharedFileStatus,
    check_shared_folder,
    import_shared_file,
    import_shared_folder,
    scan_shared_folder,
    share_to_folder,
)

__all__ = [
    "FILE_SUFFIX",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_ATTACHMENT_BYTES",
    "Attachment",
    "ExchangeError",
    "ExportResult",
    "ForgetReport",
    "HistoryEntry",
    "ImportSummary",
    "KeptAside",
    "Package",
    "QuestionnaireResponse",
    "SharedFileStatus",
    "add_attachment",
    "attachments_for",
    "build_export",
    "check_shared_folder",
    "export_route",
    "export_selection",
    "export_sessions",
    "forget_person",
    "forget_person_report",
    "image_size",
    "import_file",
    "import_package",
    "import_shared_file",
    "import_shared_folder",
    "list_history",
    "read_package",
    "remove_attachment",
    "restore_from_history",
    "scan_shared_folder",
    "share_to_folder",
    "sniff_image",
]

"""The operations layer: the one way UI actions change the library.

Each operation validates its input, writes in one transaction, records an undo
step and returns a :class:`Change` that views listen to. No Qt here.
"""

from praatplaat_app.operations.action_plan import ActionPlanOperations
from praatplaat_app.operations.conversation import ConversationOperations
from praatplaat_app.operations.routes import RouteOperations
from praatplaat_app.operations.undo import Change, UndoStack
from praatplaat_app.questionnaire.operations import QuestionnaireOperations
from praatplaat_app.analysis.operations import FollowUpOperations  # noqa: I001 (after the base)


class Operations(
    RouteOperations,
    ConversationOperations,
    ActionPlanOperations,
    QuestionnaireOperations,
    FollowUpOperations,
):
    """All operations on one open library."""


__all__ = ["Change", "Operations", "UndoStack"]

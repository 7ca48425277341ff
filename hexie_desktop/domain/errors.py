"""The two kinds of failure: the user's or the environment's (a `UserError`), and our bugs.

A `UserError` carries one message in Chinese that says what happened and what to do; the CLI
prints it on one line and exits with `exit_status`, the GUI shows it in a dialog. Anything else
is a bug: logged with its traceback and reported once.
"""


class UserError(Exception):
    exit_status = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ServerUnreachable(UserError):
    """The database server did not answer or would not let us in, at `where` (an address as a
    person reads it, never a password): the window offers to retry or to work locally."""

    def __init__(self, message: str, where: str) -> None:
        super().__init__(message)
        self.where = where

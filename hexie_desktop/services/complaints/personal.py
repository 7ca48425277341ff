"""Who called about a ticket, and who may see it unmasked: the one rule the window and the
command line both ask.

A caller's name and phone number are shown in full to a clerk (工作人员), in the ticket's own
dialog, and nowhere else: the 12345 work order names the bureau as the unit that handles the
ticket, and a clerk may need to call the resident back or answer the 12345 centre about them.
An inspector (考评员) follows a ticket up at the compound and scores the firm's handling of it;
neither needs to know who called, and an inspector's laptop is the machine most likely to be
lost. Lists, exports, reports and the review of merged records show the masked form
(domain/personal_data.py) to every role, clerks included: a list is read over a shoulder and an
export is mailed on. Whoever sees the caller masked also sees phone numbers typed into the
ticket's content and notes masked.

The details live in the local table `ComplaintCaller`, never in a bundle.
"""

from dataclasses import dataclass

from sqlmodel import Session

from hexie_desktop.domain.personal_data import mask_name, mask_phone, mask_phones_in
from hexie_desktop.domain.roles import Role
from hexie_desktop.storage.installations import own_installation
from hexie_desktop.storage.tables import ComplaintCaller


@dataclass(frozen=True)
class Caller:
    """A ticket's caller as one person may see it: `in_full` False means masked."""

    name: str = ""
    phone: str = ""
    in_full: bool = False
    purged: bool = False

    @property
    def given(self) -> bool:
        return bool(self.name or self.phone)


def sees_callers_in_full(role: Role | str | None) -> bool:
    """Whether a person of `role` sees a caller unmasked in a ticket's own dialog: clerks only."""
    return role == Role.CLERK


def masked_caller(name: str, phone: str) -> str:
    """A caller as lists, exports and reports show them: `张* 138****5678`."""
    return " ".join(part for part in (mask_name(name), mask_phone(phone)) if part)


def read_caller(session: Session, complaint_id: str) -> Caller:
    """The caller of a ticket as this installation's user may see them in its dialog."""
    own = own_installation(session)
    in_full = sees_callers_in_full(None if own is None else own.role)
    row = session.get(ComplaintCaller, complaint_id)
    if row is None:
        return Caller(in_full=in_full)
    purged = row.purged_at is not None
    if in_full:
        return Caller(row.name, row.phone, in_full=True, purged=purged)
    return Caller(mask_name(row.name), mask_phone(row.phone), purged=purged)


def shown_text(caller: Caller, text: str) -> str:
    """A ticket's free text for whoever reads it beside `caller`: phone numbers typed into it
    are masked for those who see the caller masked."""
    return text if caller.in_full else mask_phones_in(text)

"""The quality standard's facts as the decision letter and the handleplan state them.

Everything here is the standard's own text (``resources/standards/*.toml``): the legal bases
as it words them, the scope (daytime on weekdays), the duration, free choice of provider or
not, that only approved and registered offers are used, the staff's competence, what is not
part of the service, the costs with what the citizen pays for, the citizen's duties, and how
to reach the municipality. A fact the standard does not state is left out, never invented.
"""

from __future__ import annotations

from visitation_desktop.documents.common import DocumentContext, contact_lines, offer_address
from visitation_desktop.domain.standard import Offer, Standard

FREE_CHOICE = "Tilbuddet er omfattet af frit leverandørvalg: du kan selv vælge mellem de godkendte tilbud."
NO_FREE_CHOICE = "Tilbuddet er ikke omfattet af frit leverandørvalg."


def legal_bases(std: Standard) -> list[str]:
    """Each legal basis as the standard words it: its own sentence, named by its reference unless the
    sentence names it already ("reference om title." where the standard gives no sentence)."""
    out = []
    for basis in std.legal_bases:
        if not basis.text:
            out.append(f"{basis.reference} om {basis.title}.")
        elif basis.reference in basis.text:
            out.append(basis.text)
        else:
            out.append(f"{basis.reference}: {basis.text}")
    return out


def provider_text(std: Standard) -> str:
    choice = FREE_CHOICE if std.free_choice_of_provider else NO_FREE_CHOICE
    return "\n".join(t for t in (choice, std.provider_text) if t.strip())


def cost_text(std: Standard) -> str:
    """The standard's sentence on cost, then what the citizen pays for although it is free."""
    return "\n".join([std.cost_text, *std.cost_exceptions])


def exclusions_text(std: Standard) -> str:
    return "\n".join(item.text for item in std.exclusions)


def service_rows(ctx: DocumentContext, *, with_need: bool = False) -> list[tuple[str, str]]:
    """Label/value rows about the service: what the standard says of every grant."""
    std = ctx.standard
    rows: list[tuple[str, str]] = []
    if with_need and std.need.strip():
        rows.append(("Behov, indsatsen dækker", std.need))
    rows.append(("Omfang", std.scope_text))
    if std.duration_text.strip():
        rows.append(("Varighed", std.duration_text))
    rows.append(("Leverandør", provider_text(std)))
    if std.staff_competence.strip():
        rows.append(("Personalet", std.staff_competence))
    if std.exclusions:
        rows.append(("Det indgår ikke i tilbuddet", exclusions_text(std)))
    rows.append(("Pris", cost_text(std)))
    if std.duties_text.strip():
        rows.append(("Dine pligter", std.duties_text))
    return rows


def offer_text(offer: Offer) -> str:
    """The granted offer: name, address, its own phone and e-mail and description where given."""
    lines = [offer.name, offer_address(offer)]
    reach = [f"Telefon: {offer.phone}" if offer.phone else "", f"E-mail: {offer.email}" if offer.email else ""]
    lines += [r for r in reach if r]
    if offer.description.strip():
        lines.append(offer.description)
    return "\n".join(lines)


def contact_text(std: Standard) -> str:
    """How to reach the municipality: the unit, every channel the standard gives, its web addresses."""
    c = std.contact
    lines = [std.municipality, c.unit, *contact_lines(c)]
    if c.website:
        lines.append(f"Hjemmeside: {c.website}")
    return "\n".join(lines)


def links_text(std: Standard) -> str:
    """The standard's own web addresses (where to read more), or "" when it names none."""
    shown = [link for link in std.links if link != std.contact.website]
    return "Læs mere: " + ", ".join(shown) if shown else ""

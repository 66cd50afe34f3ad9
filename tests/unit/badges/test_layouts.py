"""A badge typed by a US-layout scanner is recognised on AZERTY and QWERTZ hosts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.badges.layouts import LAYOUTS, candidates, mangle
from aptaskil_desk.domain.codes import CodeKind, make_code

codes = st.binary(min_size=10, max_size=10).map(lambda b: make_code(CodeKind.BADGE, b))


def test_azerty_digits_become_their_unshifted_symbols() -> None:
    """A US scanner's digits arrive as &é"'(§è!çà on a Belgian host, -/_ differ on a French one."""
    assert mangle("1234567890", "be-azerty") == "&é\"'(§è!çà"
    assert mangle("1234567890", "fr-azerty") == "&é\"'(-è_çà"
    assert mangle("AQWZYM", "de-qwertz") == "AQWYZM"


def test_the_domain_example() -> None:
    """On a Belgian AZERTY host a scanned 'A1' arrives as 'Q&' and is repaired."""
    assert mangle("A1", "be-azerty") == "Q&"
    code = "BA1" + make_code(CodeKind.BADGE, bytes(10))[3:-1]
    from aptaskil_desk.domain.codes import check_symbol

    code = code + check_symbol(code)
    received = mangle(code, "be-azerty")
    assert received.startswith("BQ&")
    assert code in candidates(received)


@given(codes, st.sampled_from(sorted(LAYOUTS)), st.booleans())
def test_every_layout_round_trips(code: str, layout: str, caps_lock: bool) -> None:
    """Whatever the host layout (and Caps Lock), the badge's own code is among the candidates."""
    received = mangle(code, layout)
    if caps_lock:
        received = received.swapcase()
    found = candidates(received)
    assert code in found
    assert len(found) <= len(LAYOUTS)  # rarely more than one; the service keeps the issued one


@given(st.text(max_size=40))
def test_garbage_never_crashes(text: str) -> None:
    """Random text yields a list of well-formed codes (usually none) and never raises."""
    for code in candidates(text):
        assert len(code) == 18

"""Code structure: 80 random bits, alphabet, and a check symbol that refuses mis-reads."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aptaskil_desk.domain.codes import ALPHABET, CODE_LENGTH, CodeKind, check_symbol, is_well_formed, make_code, parse

random_bytes = st.binary(min_size=10, max_size=10)


@given(random_bytes)
def test_made_codes_are_well_formed(data: bytes) -> None:
    """Every code built from 80 bits is 18 symbols of the alphabet with a valid check symbol."""
    code = make_code(CodeKind.BADGE, data)
    assert len(code) == CODE_LENGTH and code[0] == "B" and set(code) <= set(ALPHABET)
    assert is_well_formed(code)
    parsed = parse(code)
    assert parsed is not None and parsed.kind is CodeKind.BADGE


@given(random_bytes, st.integers(0, CODE_LENGTH - 1), st.sampled_from(ALPHABET))
def test_any_single_wrong_symbol_is_refused(data: bytes, position: int, symbol: str) -> None:
    """Changing one symbol (including the kind or the check) never yields another valid code."""
    code = make_code(CodeKind.BADGE, data)
    mutated = code[:position] + symbol + code[position + 1 :]
    assert (mutated == code) or not is_well_formed(mutated)


@given(random_bytes, st.integers(0, CODE_LENGTH - 2))
def test_neighbour_swaps_are_refused(data: bytes, position: int) -> None:
    """Swapping two different neighbouring symbols anywhere (check symbol included) is caught."""
    code = make_code(CodeKind.BADGE, data)
    a, b = code[position], code[position + 1]
    swapped = code[:position] + b + a + code[position + 2 :]
    assert a == b or not is_well_formed(swapped)


def test_distinct_random_inputs_give_distinct_codes() -> None:
    """The 80 bits are all used: 10,000 random codes are all different."""
    codes = {make_code(CodeKind.BADGE, secrets.token_bytes(10)) for _ in range(10_000)}
    assert len(codes) == 10_000
    assert make_code(CodeKind.BADGE, bytes(10)) == "B" + "0" * 16 + check_symbol("B" + "0" * 16)


def test_every_single_error_and_swap_exhaustively() -> None:
    """Exhaustive over one code: all 17 × 31 substitutions and all neighbour swaps are refused."""
    code = "BCRYG03SYWRZG3CG0Z"[:-1]
    code += check_symbol(code)
    assert is_well_formed(code)
    for i in range(CODE_LENGTH):
        for symbol in ALPHABET:
            if symbol != code[i]:
                assert not is_well_formed(code[:i] + symbol + code[i + 1 :])
        if i + 1 < CODE_LENGTH and code[i] != code[i + 1]:
            assert not is_well_formed(code[:i] + code[i + 1] + code[i] + code[i + 2 :])


def test_bad_shapes_are_refused() -> None:
    """Wrong length, unknown kind, letters outside the alphabet and wrong byte counts are refused."""
    good = make_code(CodeKind.EQUIPMENT, bytes(range(10)))
    assert is_well_formed(good)
    assert not is_well_formed(good[:-1]) and not is_well_formed("X" + good[1:])
    assert not is_well_formed(good[:5] + "O" + good[6:]) and not is_well_formed(good.lower())
    with pytest.raises(ValueError):
        make_code(CodeKind.BADGE, b"short")

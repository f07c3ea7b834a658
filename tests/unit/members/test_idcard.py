import datetime as dt

import pytest

from union_desk.core import idcard


@pytest.mark.parametrize("number,birth,gender", [
    ("11010519491231002X", dt.date(1949, 12, 31), "女"),
    ("440524188001010014", dt.date(1880, 1, 1), "男"),
])
def test_real_vectors_pass(number, birth, gender):
    info = idcard.parse(number)
    assert (info.birth_date, info.gender) == (birth, gender)


def test_lowercase_x_is_accepted_and_stored_upper():
    assert idcard.parse(" 11010519491231002x ").number == "11010519491231002X"


@pytest.mark.parametrize("number,code", [
    ("110105194912310021", idcard.BAD_CHECKSUM),
    ("11010519491231002", idcard.BAD_LENGTH),
    ("110105491231002", idcard.BAD_LENGTH),            # first-generation 15-digit ID
    ("110105194913310028", idcard.BAD_BIRTH),           # month 13
])
def test_bad_numbers_get_reason_codes(number, code):
    with pytest.raises(idcard.IdCardError) as err:
        idcard.parse(number)
    assert err.value.code == code


def test_future_birth_date_is_rejected():
    first17 = "11010520991231002"
    number = first17 + idcard.check_char(first17)
    with pytest.raises(idcard.IdCardError) as err:
        idcard.parse(number, today=dt.date(2026, 11, 25))
    assert err.value.code == idcard.BAD_BIRTH


def test_mask_shows_first_six_and_last_four():
    assert idcard.mask("11010519491231002X") == "110105********002X"


def test_check_char_is_the_weighted_sum_of_the_standard():
    """check_char reads the digits in base 13 (a shortcut): it must agree with GB 11643's own
    definition, sum(digit * weight) mod 11, on every number, and facts() must agree with parse()."""
    import random

    rng = random.Random(11643)
    for _ in range(20_000):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        total = sum(int(d) * w for d, w in zip(first17, idcard.WEIGHTS))
        assert idcard.check_char(first17) == idcard.CHECK_CHARS[total % 11]
    for first17 in ("11010519491231002", "44052418800101001"):
        wrong = "0" if idcard.check_char(first17) != "0" else "1"
        with pytest.raises(idcard.IdCardError):
            idcard.facts(first17 + wrong, dt.date(2026, 11, 25))
        info = idcard.parse(first17 + idcard.check_char(first17))
        assert idcard.facts(info.number, dt.date(2026, 11, 25)) == (info.birth_date, info.gender)

import datetime as dt
from decimal import Decimal

import pytest

from union_desk.core.member_fields import validate_member
from union_desk.core.members import EventKind, Status, TransitionError, next_status
from union_desk.errors import ValidationError

GOOD = {"name": "王　芳 ", "id_number": "11010519491231002x", "phone": "１３８１２３４５６７８"}


def test_form_is_normalised_and_facts_derived_from_the_id():
    out = validate_member(GOOD)
    assert out["name"] == "王芳"
    assert out["id_number"] == "11010519491231002X"
    assert out["birth_date"] == dt.date(1949, 12, 31) and out["gender"] == "女"
    assert out["phone"] == "13812345678"


def test_conflicting_gender_and_birth_date_are_errors_on_their_fields():
    with pytest.raises(ValidationError) as err:
        validate_member({**GOOD, "gender": "男", "birth_date": "1950-01-01"})
    assert set(err.value.field_errors) == {"gender", "birth_date"}
    assert "1949-12-31" in err.value.field_errors["birth_date"]


def test_bad_phone_and_wage_with_three_decimals():
    with pytest.raises(ValidationError) as err:
        validate_member({**GOOD, "phone": "12812345678", "monthly_wage": "1234.567"})
    assert set(err.value.field_errors) == {"phone", "monthly_wage"}


def test_wage_is_decimal():
    assert validate_member({**GOOD, "monthly_wage": "12,150.00"})["monthly_wage"] == Decimal("12150.00")


def test_lifecycle_rules():
    assert next_status(Status.ACTIVE, EventKind.RETAIN, "退休").after is Status.RETAINED
    with pytest.raises(TransitionError):
        next_status(Status.ACTIVE, EventKind.RETAIN, "出国")
    with pytest.raises(TransitionError):
        next_status(Status.EXPELLED, EventKind.WITHDRAW, "本人申请", "张主席")
    with pytest.raises(TransitionError, match="审批人"):
        next_status(Status.ACTIVE, EventKind.EXPEL, "判刑")
    assert next_status(Status.WITHDRAWN, EventKind.REJOIN).after is Status.ACTIVE

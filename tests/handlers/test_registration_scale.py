"""/dangky with many communes: the commune first by a typed name, then its units only."""

from __future__ import annotations

import pytest
from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from handlers.conversation import Conversation
from handlers.registration import MAX_COMMUNE_MATCHES, matching_communes
from handlers.types import Reply
from models.db import session_scope
from models.limits import REGISTRATION_REQUESTS
from models.officers import add_officer, deactivate_officer, officer_by_identity, units_of
from models.tables import Channel, Organisation, RegistrationRequest, Role, Unit, row_id
from tests.handlers.conftest import COORDINATOR, FRIDAY_MORNING, NEWCOMER, Chat, person
from tests.handlers.test_conversation import choice_data

NUMBERED = 57  # "Xã Thử Nghiệm 1..57": with Nghi Dương and two more, 60 communes
DUONG_QUAN_COORDINATOR = person("700", "Vũ Thị Mai")


def _commune(session: Session, code: str, name: str, place: str, parent: int) -> Organisation:
    commune = Organisation(
        code=code,
        name=name,
        authority=f"Ủy ban nhân dân {name.lower()}",
        place=place,
        parent_id=parent,
        created_at=FRIDAY_MORNING,
    )
    session.add(commune)
    session.flush()
    for position, (unit_code, unit_name) in enumerate(
        (
            ("vhxh", "Phòng Văn hoá - Xã hội"),
            ("kinhte", "Phòng Kinh tế"),
            ("vanphong", "Văn phòng"),
        )
    ):
        session.add(
            Unit(
                organisation_id=row_id(commune.id),
                code=unit_code,
                name=f"{unit_name} {place}",
                position=position,
            )
        )
    session.flush()
    return commune


@pytest.fixture
def many(chat: Chat) -> Chat:
    """Sixty communes of one city; Nghi Dương and Dương Quan have a coordinator."""
    with session_scope(chat.engine) as session:
        city = Organisation(
            code="hai-phong",
            name="Thành phố Hải Phòng",
            authority="Ủy ban nhân dân thành phố Hải Phòng",
            place="Hải Phòng",
            created_at=FRIDAY_MORNING,
        )
        session.add(city)
        session.flush()
        nghi_duong = session.exec(
            select(Organisation).where(Organisation.code == "nghi-duong")
        ).one()
        nghi_duong.parent_id = city.id
        session.add(nghi_duong)
        parent = row_id(city.id)
        duong_quan = _commune(session, "duong-quan", "Xã Dương Quan", "Dương Quan", parent)
        _commune(session, "an-duong", "Xã An Dương", "An Dương", parent)
        for number in range(1, NUMBERED + 1):
            _commune(
                session, f"thu-{number}", f"Xã Thử Nghiệm {number}", f"Thử Nghiệm {number}", parent
            )
        [vhxh, *_] = units_of(session, row_id(duong_quan.id))
        add_officer(
            session,
            unit=vhxh,
            full_name=DUONG_QUAN_COORDINATOR.display_name,
            role=Role.COORDINATOR,
            channel=Channel.TELEGRAM,
            external_id=DUONG_QUAN_COORDINATOR.external_id,
            now=FRIDAY_MORNING,
        )
    return chat


def labels(replies: list[Reply]) -> list[str]:
    return [choice.label for reply in replies for row in reply.choices for choice in row]


def commune_id(chat: Chat, code: str) -> int:
    with Session(chat.engine) as session:
        commune = session.exec(select(Organisation).where(Organisation.code == code)).one()
        return row_id(commune.id)


def unit_names(chat: Chat, code: str) -> list[str]:
    with Session(chat.engine) as session:
        return [unit.name for unit in units_of(session, commune_id(chat, code))]


def requests(chat: Chat) -> list[tuple[str, int]]:
    with Session(chat.engine) as session:
        return [
            (request.full_name, request.organisation_id)
            for request in session.exec(
                select(RegistrationRequest).order_by(col(RegistrationRequest.id))
            )
        ]


def test_dangky_asks_for_the_commune_then_shows_only_its_units(many: Chat) -> None:
    asked = many.send(NEWCOMER, "/dangky")
    assert many.text(asked) == (
        "Anh/chị công tác ở xã, phường nào? Anh/chị nhập một phần tên, ví dụ: An Dương."
    )
    assert labels(asked) == []  # no stranger sees sixty communes' units

    units = many.send(NEWCOMER, "nghi duong")
    assert many.text(units) == "Xã Nghi Dương: anh/chị công tác ở đơn vị nào?"
    assert labels(units) == unit_names(many, "nghi-duong")
    asked_name = many.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    filed = many.send(NEWCOMER, choice=choice_data(asked_name, "Dùng tên"))
    assert [(reply.to.external_id, reply.text.splitlines()[0]) for reply in filed if reply.to] == [
        ("100", "Yêu cầu đăng ký mới: Ngô Thị Lan, Phòng Kinh tế. Duyệt không?")
    ]
    assert requests(many) == [("Ngô Thị Lan", commune_id(many, "nghi-duong"))]


def test_a_wrong_answer_keeps_the_commune_question(many: Chat) -> None:
    many.send(NEWCOMER, "/dangky")
    nowhere = many.send(NEWCOMER, "Hà Nội")
    assert "Không tìm thấy xã, phường nào khớp với “Hà Nội”" in many.text(nowhere)
    too_many = many.text(many.send(NEWCOMER, "nghi"))  # Nghi Dương and every "Thử Nghiệm"
    assert f"Có {NUMBERED + 1} xã, phường khớp với “nghi”" in too_many

    offered = many.send(NEWCOMER, "DƯƠNG")
    assert sorted(labels(offered)) == [
        "Xã An Dương (Thành phố Hải Phòng)",
        "Xã Dương Quan (Thành phố Hải Phòng)",
        "Xã Nghi Dương (Thành phố Hải Phòng)",
    ]
    not_offered = encode(Action.REGISTER_COMMUNE, commune_id(many, "thu-7"))
    assert "đã hết hiệu lực" in many.text(many.send(NEWCOMER, choice=not_offered))

    units = many.send(NEWCOMER, choice=choice_data(offered, "Xã Dương Quan"))
    assert labels(units) == unit_names(many, "duong-quan")
    many.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    filed = many.send(NEWCOMER, "Ngô Thị Lan")
    # Only Dương Quan's coordinator hears of it.
    assert [reply.to.external_id for reply in filed if reply.to] == ["700"]
    assert requests(many) == [("Ngô Thị Lan", commune_id(many, "duong-quan"))]


def test_a_unit_of_another_commune_is_refused(many: Chat) -> None:
    many.send(NEWCOMER, "/dangky")
    many.send(NEWCOMER, "nghi duong")
    with Session(many.engine) as session:
        [other, *_] = units_of(session, commune_id(many, "duong-quan"))
    forged = many.send(NEWCOMER, choice=encode(Action.REGISTER_UNIT, row_id(other.id)))
    assert "đã hết hiệu lực" in many.text(forged)


def test_no_coordinator_means_guidance_and_no_request(many: Chat) -> None:
    many.send(NEWCOMER, "/dangky")
    guided = many.send(NEWCOMER, "an duong")
    text = many.text(guided)
    assert "Chưa có cán bộ đầu mối nào của xã An Dương dùng trợ lý" in text
    assert "Phòng Văn hoá - Xã hội của xã An Dương" in text and "/moi" in text
    assert labels(guided) == []
    # The question is closed: the next message is not taken as a commune's name.
    assert "/dangky" in many.text(many.send(NEWCOMER, "nghi duong"))

    # The coordinator leaves while the newcomer is typing their name: nothing is filed.
    many.send(NEWCOMER, "/dangky")
    units = many.send(NEWCOMER, "nghi duong")
    many.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    with session_scope(many.engine) as session:
        card = officer_by_identity(session, Channel.TELEGRAM, COORDINATOR.external_id)
        assert card is not None
        deactivate_officer(session, card.officer)
    late = many.send(NEWCOMER, "Ngô Thị Lan")
    assert "Chưa có cán bộ đầu mối nào của xã Nghi Dương" in many.text(late)
    assert [reply for reply in late if reply.to] == []
    assert requests(many) == []


def test_the_commune_question_survives_a_restart(many: Chat) -> None:
    many.send(NEWCOMER, "/dangky")
    many.conversation = Conversation(many.engine, many.clock, many.conversation.calendar)
    assert labels(many.send(NEWCOMER, "Nghi Dương")) == unit_names(many, "nghi-duong")


def test_one_commune_keeps_the_units_at_once(chat: Chat) -> None:
    units = chat.send(NEWCOMER, "/dangky")
    assert chat.text(units) == "Anh/chị công tác ở đơn vị nào?"
    assert "Phòng Kinh tế" in labels(units)


def test_registration_requests_are_capped_per_person(chat: Chat) -> None:
    for _ in range(REGISTRATION_REQUESTS.times):
        units = chat.send(NEWCOMER, "/dangky")
        chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
        [request] = [reply for reply in chat.send(NEWCOMER, "Ngô Thị Lan") if reply.to]
        chat.send(COORDINATOR, choice=choice_data([request], "Từ chối"))
    units = chat.send(NEWCOMER, "/dangky")
    chat.send(NEWCOMER, choice=choice_data(units, "Phòng Kinh tế"))
    refused = chat.send(NEWCOMER, "Ngô Thị Lan")
    assert f"{REGISTRATION_REQUESTS.times} lần trong 60 phút" in chat.text(refused)
    assert [reply for reply in refused if reply.to] == []
    assert len(requests(chat)) == REGISTRATION_REQUESTS.times


def _organisation(name: str, place: str) -> Organisation:
    return Organisation(
        code=place, name=name, authority="", place=place, created_at=FRIDAY_MORNING
    )


def test_an_exact_name_wins_over_too_many_partial_matches() -> None:
    communes = [_organisation("Xã Tân An", "Tân An")] + [
        _organisation(f"Xã Tân An {n}", f"Tân An {n}") for n in range(MAX_COMMUNE_MATCHES + 1)
    ]
    assert [c.name for c in matching_communes(communes, "tan an")] == ["Xã Tân An"]
    assert len(matching_communes(communes, "tân")) == MAX_COMMUNE_MATCHES + 2
    assert [c.name for c in matching_communes(communes, "xatanan3")] == ["Xã Tân An 3"]
    assert matching_communes(communes, "   ") == []


def test_an_invite_code_typed_at_the_commune_question_registers(many: Chat) -> None:
    made = many.text(many.send(COORDINATOR, "/moi kinhte"))
    code = made.split("?start=")[1].split()[0]
    many.send(NEWCOMER, "/dangky")
    joined = many.send(NEWCOMER, code.lower())
    assert "Anh/chị đã được đăng ký vào Phòng Kinh tế" in many.text(joined)
    assert "Nhiệm vụ của Phòng Kinh tế" in many.text(many.send(NEWCOMER, "/nhiemvu"))

"""Links signed for one person: valid, expired, altered, for another person or another use."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest

from bot.web.app import WebFace
from bot.web.signing import (
    FileSpec,
    LinkExpired,
    LinkInvalid,
    Purpose,
    Signer,
)
from handlers.reporting.files import FileFormat
from models.db import session_scope
from models.officers import deactivate_officer
from models.tables import Officer
from tests.web.conftest import SECRET, People, Wall, path_of


def test_a_signed_link_opens_what_it_was_signed_for() -> None:
    wall = Wall()
    signer = Signer(SECRET, wall)
    spec = FileSpec(FileFormat.XLSX, "kinhte", 4, 2025)
    claims = signer.open(signer.sign(7, Purpose.FILE, file=spec), Purpose.FILE)
    assert (claims.officer_id, claims.purpose, claims.file) == (7, Purpose.FILE, spec)
    assert claims.expires_at == int(wall.at + 24 * 3600)


def test_a_link_expires_after_24_hours_by_default() -> None:
    wall = Wall()
    signer = Signer(SECRET, wall)
    token = signer.sign(7, Purpose.DASHBOARD)
    wall.at += 24 * 3600 - 1
    assert signer.open(token, Purpose.DASHBOARD).officer_id == 7
    wall.at += 1
    with pytest.raises(LinkExpired):
        signer.open(token, Purpose.DASHBOARD)


@pytest.mark.parametrize(
    "alter",
    [
        lambda t: t.replace("1.7.", "1.8.", 1),  # another officer
        lambda t: t.replace(".d.", ".f.", 1),  # another use
        lambda t: t[:-1] + ("A" if t[-1] != "A" else "B"),  # the signature
        lambda t: t.rpartition(".")[0],  # no signature
        lambda t: t + "x",
        lambda t: "",
        lambda t: t + "." * 300,  # too long
    ],
)
def test_an_altered_link_is_invalid(alter: Callable[[str], str]) -> None:
    signer = Signer(SECRET, Wall())
    token = signer.sign(7, Purpose.DASHBOARD)
    with pytest.raises(LinkInvalid):
        signer.open(alter(token), Purpose.DASHBOARD, Purpose.FILE)


def test_an_expired_link_that_was_altered_is_refused_as_altered() -> None:
    wall = Wall()
    signer = Signer(SECRET, wall)
    token = signer.sign(7, Purpose.DASHBOARD, ttl=timedelta(seconds=-10))
    with pytest.raises(LinkExpired):
        signer.open(token, Purpose.DASHBOARD)
    # Pushing the expiry forward breaks the signature: the date is never believed alone.
    payload, _, mac = token.rpartition(".")
    later = payload.replace(str(int(wall.at - 10)), str(int(wall.at + 3600)))
    with pytest.raises(LinkInvalid):
        signer.open(f"{later}.{mac}", Purpose.DASHBOARD)


def test_a_link_is_for_one_use_and_one_server_secret() -> None:
    signer = Signer(SECRET, Wall())
    file_token = signer.sign(7, Purpose.FILE, file=FileSpec(FileFormat.PNG))
    with pytest.raises(LinkInvalid):
        signer.open(file_token, Purpose.DASHBOARD, Purpose.MINI_APP)
    with pytest.raises(LinkInvalid):
        Signer(b"another server's secret, long enough", Wall()).open(file_token, Purpose.FILE)
    with pytest.raises(ValueError, match="exactly one file"):
        signer.sign(7, Purpose.DASHBOARD, file=FileSpec(FileFormat.PNG))
    with pytest.raises(ValueError, match="cannot carry"):
        signer.sign(7, Purpose.FILE, file=FileSpec(FileFormat.PNG, "ki.nh"))


async def test_the_dashboard_link_opens_for_its_person(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    response = await client.get(path_of(face.dashboard_link(people.officer)))
    assert response.status_code == 200
    assert "Đơn vị: Phòng Kinh tế" in response.text


async def test_an_expired_link_gets_a_clear_page(
    client: httpx.AsyncClient, face: WebFace, people: People, wall: Wall
) -> None:
    link = path_of(face.dashboard_link(people.officer))
    file_link = path_of(face.file_link(people.officer, FileSpec(FileFormat.PNG)))
    wall.at += 24 * 3600 + 1
    for path in (link, file_link, link + "/t/1"):
        response = await client.get(path)
        assert response.status_code == 410
        assert response.headers["content-type"].startswith("text/html")
        assert "Liên kết đã hết hạn" in response.text
        assert "đề nghị chatbot gửi liên kết mới" in response.text


async def test_an_altered_link_gets_a_clear_page_never_another_file(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    file_link = path_of(face.file_link(people.officer, FileSpec(FileFormat.PNG)))
    # The officer's number changed to another officer's: the signature no longer holds.
    for altered in (
        file_link.replace(f"/f/1.{people.officer}.", f"/f/1.{people.coordinator}.", 1),
        file_link.replace(".png.", ".docx.", 1),
        file_link[:-2],
    ):
        assert altered != file_link
        response = await client.get(altered)
        assert response.status_code == 403
        assert response.headers["content-type"].startswith("text/html")
        assert "Liên kết không hợp lệ" in response.text


async def test_a_file_link_does_not_open_the_dashboard_nor_the_reverse(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    file_token = path_of(face.file_link(people.officer, FileSpec(FileFormat.PNG))).split("/")[-1]
    dashboard_token = path_of(face.dashboard_link(people.officer)).split("/")[-1]
    assert (await client.get(f"/d/{file_token}")).status_code == 403
    assert (await client.get(f"/f/{dashboard_token}")).status_code == 403


async def test_a_link_for_someone_who_left_opens_nothing(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    link = path_of(face.dashboard_link(people.officer))
    file_link = path_of(face.file_link(people.officer, FileSpec(FileFormat.PNG)))
    with session_scope(face.engine) as session:
        officer = session.get(Officer, people.officer)
        assert officer is not None
        deactivate_officer(session, officer)
    for path in (link, link + "/t/1", file_link):
        response = await client.get(path)
        assert response.status_code == 403, path
        assert response.headers["content-type"].startswith("text/html")
        assert "không còn sử dụng Nhắc việc" in response.text
        assert "Phòng Kinh tế" not in response.text

"""The Telegram Mini App: initData checked as Telegram documents it, then a signed dashboard."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from urllib.parse import urlencode

import httpx
import pytest

from bot.web.app import WebFace
from bot.web.initdata import (
    InitDataRefused,
    Refusal,
    sign_init_data,
    validate_init_data,
)
from bot.web.signing import Purpose
from tests.web.conftest import BOT_TOKEN, WALL_START, People, Wall


def init_data(
    user_id: int, *, auth_date: float = WALL_START, token: str = BOT_TOKEN, **extra: str
) -> str:
    """initData as a Telegram client hands it to the Mini App, signed with ``token``."""
    fields = {
        "query_id": "AAHdF6IQAAAAAN0XohDhrOrc",
        "user": json.dumps(
            {"id": user_id, "first_name": "Hoa", "language_code": "vi"},
            ensure_ascii=False,
            separators=(",", ":"),
        ),
        "auth_date": str(int(auth_date)),
        **extra,
    }
    return urlencode({**fields, "hash": sign_init_data(fields, token)})


def test_the_documented_algorithm_on_a_known_example() -> None:
    # Worked by hand from the documentation's steps, independently of sign_init_data.
    fields = {"auth_date": "1765000000", "query_id": "Q", "user": '{"id":42}'}
    check = 'auth_date=1765000000\nquery_id=Q\nuser={"id":42}'
    secret = hmac.new(b"WebAppData", BOT_TOKEN.encode(), hashlib.sha256).digest()
    expected = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    assert sign_init_data(fields, BOT_TOKEN) == expected
    user = validate_init_data(
        urlencode({**fields, "hash": expected}), BOT_TOKEN, now=1_765_000_100
    )
    assert user.id == 42


def test_valid_init_data_names_the_user() -> None:
    user = validate_init_data(init_data(1001, signature="abc"), BOT_TOKEN, now=WALL_START + 60)
    assert (user.id, user.first_name, user.auth_date) == (1001, "Hoa", int(WALL_START))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (init_data(1001, token="654321:another-bot"), Refusal.FORGED),
        (init_data(1001).replace("1001", "1002"), Refusal.FORGED),  # the user changed
        (init_data(1001) + "&extra=1", Refusal.FORGED),  # a field added
        (init_data(1001, auth_date=WALL_START - 24 * 3600 - 1), Refusal.STALE),
        (init_data(1001, auth_date=WALL_START + 3600), Refusal.STALE),  # from the future
        ("", Refusal.MALFORMED),
        ("user=%7B%7D&auth_date=1", Refusal.MALFORMED),  # no hash
        (init_data(1001) + "&auth_date=1", Refusal.MALFORMED),  # a field twice
        ("a=1&hash=" + "é" * 64, Refusal.MALFORMED),
        ("no pairs at all", Refusal.MALFORMED),
    ],
)
def test_forged_stale_or_broken_init_data_is_refused(data: str, reason: Refusal) -> None:
    with pytest.raises(InitDataRefused) as refused:
        validate_init_data(data, BOT_TOKEN, now=WALL_START)
    assert refused.value.reason is reason


def test_signed_fields_that_are_not_a_user_are_refused() -> None:
    fields = {"auth_date": str(int(WALL_START)), "user": "not json"}
    data = urlencode({**fields, "hash": sign_init_data(fields, BOT_TOKEN)})
    with pytest.raises(InitDataRefused) as refused:
        validate_init_data(data, BOT_TOKEN, now=WALL_START)
    assert refused.value.reason is Refusal.MALFORMED


async def test_the_entry_page_loads_telegrams_script_and_may_be_framed_by_telegram(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/app")
    assert response.status_code == 200
    assert '<script src="https://telegram.org/js/telegram-web-app.js"></script>' in response.text
    assert '<script src="http://testserver/static/app.js" defer></script>' in response.text
    assert 'action="http://testserver/app/session"' in response.text
    policy = response.headers["content-security-policy"]
    assert "script-src 'self' https://telegram.org;" in policy
    assert "frame-ancestors https://web.telegram.org" in policy
    assert "unsafe-inline" not in policy and "x-frame-options" not in response.headers
    # No script is written into the page itself.
    assert response.text.count("<script") == 2 and "</script>\n<script" in response.text


async def test_valid_init_data_opens_the_persons_dashboard_in_the_mini_app(
    client: httpx.AsyncClient, face: WebFace, people: People, wall: Wall
) -> None:
    wall.at += 60
    response = await client.post("/app/session", data={"init_data": init_data(1002)})
    assert response.status_code == 303
    location = response.headers["location"]
    assert location.startswith("http://testserver/d/")
    claims = face.signer.open(location.rsplit("/", 1)[1], Purpose.MINI_APP)
    assert claims.officer_id == people.officer
    dashboard = location[len("http://testserver") :]
    page = await client.get(dashboard)
    assert page.status_code == 200
    assert "Đơn vị: Phòng Kinh tế" in page.text
    # Inside Telegram the dashboard may be framed by Telegram's web client, and only by it.
    assert "frame-ancestors https://web.telegram.org" in page.headers["content-security-policy"]
    # So may its tasks, and the page saying a task is not theirs to see.
    linked = re.search(rf'href="http://testserver({re.escape(dashboard)}/t/\d+)"', page.text)
    assert linked is not None
    for path, status in ((linked[1], 200), (f"{dashboard}/t/999999", 404)):
        framed = await client.get(path)
        assert framed.status_code == status
        policy = framed.headers["content-security-policy"]
        assert "frame-ancestors https://web.telegram.org" in policy


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (init_data(1002, token="654321:another-bot"), "Telegram không xác nhận được"),
        (
            init_data(1002, auth_date=WALL_START - 2 * 24 * 3600),
            "Phiên làm việc trên Telegram đã quá cũ",
        ),
        (init_data(777), "Anh/chị chưa đăng ký sử dụng Nhắc việc"),  # nobody's Telegram id
        ("", "Telegram không xác nhận được"),
    ],
)
async def test_stale_forged_or_unknown_is_refused_with_a_clear_page(
    client: httpx.AsyncClient, data: str, expected: str
) -> None:
    response = await client.post("/app/session", data={"init_data": data})
    assert response.status_code == 403
    assert expected in response.text
    assert "/d/" not in response.text and "location" not in response.headers


async def test_without_a_telegram_token_there_is_no_mini_app(
    client: httpx.AsyncClient, face: WebFace
) -> None:
    face.telegram_token = None
    assert (await client.get("/app")).status_code == 404
    refused = await client.post("/app/session", data={"init_data": init_data(1002)})
    assert refused.status_code == 404 and "location" not in refused.headers

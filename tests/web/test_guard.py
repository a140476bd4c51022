"""Every response carries the security headers; clients are rate-limited; bodies are capped."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from bot.web.app import WebFace, create_app
from bot.web.guard import MAX_BODY_BYTES, RateLimiter
from tests.web.conftest import BASE, People, path_of


def assert_strict_headers(response: httpx.Response) -> None:
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "script-src" not in policy
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


async def test_pages_files_and_refusals_carry_the_security_headers(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    link = path_of(face.dashboard_link(people.coordinator))
    for path in ("/", link, f"{link}/t/1", "/d/forged", "/nowhere", "/healthz"):
        response = await client.get(path)
        assert_strict_headers(response)
        assert response.headers["cache-control"] == "no-store"
    html = (await client.get(link)).text
    assert "<script" not in html and "style=" not in html  # nothing inline to allow
    assert '<link rel="stylesheet" href="http://testserver/static/dashboard.css">' in html


async def test_the_style_sheet_is_served_and_sizes_the_bars(client: httpx.AsyncClient) -> None:
    response = await client.get("/static/dashboard.css")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/css")
    assert response.headers["cache-control"] == "public, max-age=3600"
    assert ".w-0 { width: 0%; }" in response.text and ".w-100 { width: 100%; }" in response.text


async def test_pages_are_read_only(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    response = await client.post(path_of(face.dashboard_link(people.coordinator)))
    assert response.status_code == 405
    assert "Trang này chỉ để xem." in response.text


@pytest.fixture
async def strict_client(face: WebFace) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(face, limiter=RateLimiter(limit=5, window=60))
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as http:
        yield http


async def test_a_client_past_its_rate_waits(strict_client: httpx.AsyncClient) -> None:
    statuses = [(await strict_client.get("/healthz")).status_code for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2
    refused = await strict_client.get("/healthz")
    assert "Quá nhiều yêu cầu" in refused.text
    assert 1 <= int(refused.headers["retry-after"]) <= 60
    assert_strict_headers(refused)


def test_the_rate_is_per_client_and_per_window() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=2, window=60, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [0, 0, 60]
    assert limiter.allow("b") == 0  # someone else is not held back
    now[0] = 59.5
    assert limiter.allow("a") == pytest.approx(0.5)
    now[0] = 60
    assert limiter.allow("a") == 0


async def test_a_body_over_the_cap_is_refused_before_it_is_read(
    client: httpx.AsyncClient,
) -> None:
    big = {"init_data": "x" * (MAX_BODY_BYTES + 1)}
    response = await client.post("/app/session", data=big)
    assert response.status_code == 413
    assert "Yêu cầu gửi lên quá lớn." in response.text


async def test_a_chunked_body_is_cut_off_at_the_cap(client: httpx.AsyncClient) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(MAX_BODY_BYTES // 1024 + 2):
            yield b"x" * 1024

    response = await client.post("/app/session", content=chunks())
    assert response.status_code == 413

"""The dashboard under /baocao: a Mini App button on Telegram, a link elsewhere."""

from __future__ import annotations

import httpx
from sqlalchemy import Engine

from bot.channels.telegram import _keyboard
from bot.web.app import WebFace
from handlers.choices import Action, encode
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.types import Choice, Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import FixedClock
from models.tables import Channel
from tests.web.conftest import NOW, People, path_of
from tests.web.test_chat_links import _DASHBOARD_LINK, attached


def answer(
    engine: Engine,
    settings: CoreSettings,
    telegram_id: str,
    text: str = "",
    choice: str | None = None,
) -> list[Reply]:
    conversation = Conversation(engine, FixedClock(NOW), WorkingCalendar(), settings)
    person = Person(Channel.TELEGRAM, telegram_id, "", "vi")
    return conversation.handle(Incoming(person, telegram_id, text=text, choice=choice))


def dashboard_choices(replies: list[Reply]) -> list[Choice]:
    return [c for reply in replies for row in reply.choices for c in row if c.opens_dashboard]


async def test_baocao_offers_the_dashboard_and_picking_it_sends_the_link(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    settings = CoreSettings(web=attached(face))
    [choice] = dashboard_choices(answer(face.engine, settings, "1001", text="/baocao"))
    assert choice.label == "🌐 Bảng theo dõi" and choice.data == encode(Action.OPEN_DASHBOARD)
    # Where the dashboard cannot open in place (Zalo, the terminal, Telegram without
    # HTTPS), picking it sends the person's own link.
    picked = answer(face.engine, settings, "1001", choice=choice.data)
    [link] = _DASHBOARD_LINK.findall("\n".join(reply.text for reply in picked))
    page = await client.get(path_of(link))
    assert page.status_code == 200


def test_without_a_web_face_baocao_offers_no_dashboard(
    seeded_engine: Engine, people: People
) -> None:
    del people
    assert dashboard_choices(answer(seeded_engine, CoreSettings(), "1001", text="/baocao")) == []


def test_telegram_opens_it_as_the_mini_app_only_at_an_https_address() -> None:
    reply = Reply(
        "Báo cáo",
        choices=(
            (Choice("📄 Word", "rf:1:0:0:0"),),
            (Choice("🌐 Bảng theo dõi", encode(Action.OPEN_DASHBOARD), opens_dashboard=True),),
        ),
    )
    mini_app = _keyboard(reply, "https://xa.example.vn/app")
    assert mini_app is not None
    word, dashboard = (row[0] for row in mini_app.inline_keyboard)
    assert word.callback_data == "rf:1:0:0:0" and word.web_app is None
    assert dashboard.web_app is not None and dashboard.web_app.url == "https://xa.example.vn/app"
    assert dashboard.callback_data is None
    plain = _keyboard(reply, None)
    assert plain is not None
    assert plain.inline_keyboard[1][0].callback_data == encode(Action.OPEN_DASHBOARD)

"""Export then import gives back exactly what was exported: a hypothesis property.

Random communes (unit names with commas, "và", dashes), random tasks (any lead and
coordinating units, "all" in either role), plans with or without the day they were
signed, imported from YAML, exported as Excel and as YAML, and imported again: every
task, title, deadline, product, section, lead and coordinating unit comes back unchanged,
the plan too (its number and the day it was signed), and no other commune's plan moves.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import Session, select

from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import read_plan_file, write_xlsx, write_yaml
from models.planimport import apply_preview, preview_file
from models.plans import export_plan, find_plan, import_plan
from models.tables import Organisation, Plan
from tests.test_plan_import import ALL_LABEL, snapshot

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
COUNTER = itertools.count()

HEADS = ("Phòng", "Trung tâm", "Ban", "Văn phòng")
WORDS = ("Kinh tế", "Hạ tầng", "Đô thị", "Tư pháp", "Văn hoá", "Xã hội", "Dịch vụ", "Nông nghiệp")
SEPARATORS = (" ", ", ", " và ", " - ")


@st.composite
def unit_names(draw: st.DrawFn) -> list[str]:
    count = draw(st.integers(2, 5))
    names: list[str] = []
    keys: set[str] = set()
    for _ in range(count * 3):
        if len(names) == count:
            break
        parts = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3, unique=True))
        seps = [draw(st.sampled_from(SEPARATORS)) for _ in parts[1:]]
        name = draw(st.sampled_from(HEADS)) + " " + parts[0]
        for sep, part in zip(seps, parts[1:], strict=True):
            name += sep + part
        key = name.casefold()
        if key not in keys:
            keys.add(key)
            names.append(name)
    return names


@st.composite
def plans(draw: st.DrawFn) -> dict[str, object]:
    names = draw(unit_names())
    codes = [f"u{i}" for i in range(len(names))]
    tasks = []
    for number in range(1, draw(st.integers(1, 6)) + 1):
        lead_all = draw(st.booleans()) and len(codes) > 1
        lead = (
            "all" if lead_all else draw(st.lists(st.sampled_from(codes), min_size=1, unique=True))
        )
        rest = [code for code in codes if lead == "all" or code not in lead]
        # "All" leading leaves at least one unit to lead once the coordinating ones are out.
        most = len(rest) - 1 if lead == "all" else len(rest)
        coordinating: object = (
            draw(st.lists(st.sampled_from(rest), unique=True, max_size=most)) if rest else []
        )
        if lead != "all" and rest and draw(st.booleans()):
            coordinating = "all"
        tasks.append(
            {
                "code": str(number) if number % 3 else f"{number}.1",
                "title": draw(
                    st.sampled_from(("Rà soát, đánh giá", "Báo cáo quý", "Tuyên truyền"))
                ),
                "lead": lead,
                "coordinating": coordinating,
                "deadline": draw(st.sampled_from(("Quý IV/2026", "Thường xuyên", "", "Hằng quý"))),
                "product": draw(st.sampled_from(("Báo cáo", "Kế hoạch", ""))),
            }
        )
    # The day the plan was signed, when the file gives it (a draft gives none).
    issued = draw(st.none() | st.dates(min_value=date(2025, 1, 1), max_value=date(2026, 12, 31)))
    return {"names": names, "codes": codes, "tasks": tasks, "issued_on": issued}


def plan_yaml(spec: dict[str, object], commune: str) -> bytes:
    names, codes, tasks = spec["names"], spec["codes"], spec["tasks"]
    assert isinstance(names, list) and isinstance(codes, list) and isinstance(tasks, list)
    split = max(1, len(tasks) // 2)
    # A place name as communes write theirs, capitalised: the Excel header writes the
    # committee in capitals, and the reader gives the title back the place's capitals.
    place = commune.title()
    data = {
        "organisation": {
            "code": commune,
            "name": f"Xã {place}",
            "authority": f"Ủy ban nhân dân xã {place}",
            "place": place,
        },
        "units": [{"code": code, "name": name} for code, name in zip(codes, names, strict=True)],
        "plan": {
            "code": f"kh-{commune}",
            "title": f"Kế hoạch cải cách hành chính xã {place} năm 2026",
            "decision": "7/KH-UBND",
            "period": {"from": date(2026, 1, 1), "to": date(2026, 12, 31)},
        },
        "sections": [
            {"code": "I", "title": "Chỉ đạo", "tasks": tasks[:split]},
            {"code": "II", "title": "Thủ tục", "tasks": tasks[split:]},
        ],
    }
    if spec["issued_on"] is not None:
        data["plan"]["issued_on"] = spec["issued_on"]  # type: ignore[index]
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=plans())
def test_export_then_import_gives_back_what_was_exported(
    seeded_engine: Engine, spec: dict[str, object]
) -> None:
    commune = f"xa-{next(COUNTER)}"
    with session_scope(seeded_engine) as session:
        import_plan(session, read_plan_file("plan.yaml", plan_yaml(spec, commune)), now=NOW)
    before = snapshot(seeded_engine)
    with Session(seeded_engine) as session:
        plan = find_plan(session, f"kh-{commune}")
        assert plan is not None
        document = export_plan(session, plan)
    assert document.plan is not None and document.plan.issued_on == spec["issued_on"]
    for name, data in (
        ("plan.xlsx", write_xlsx(document, ALL_LABEL)),
        ("plan.yaml", write_yaml(document).encode()),
    ):
        with session_scope(seeded_engine) as session:
            preview = preview_file(session, name, data)
            assert preview.problems == (), [p.message.render() for p in preview.problems]
            assert preview.commune is not None and preview.commune.code == commune
            assert preview.changes.updated == () and preview.changes.created == ()
            # The file itself says when the plan was signed (not only the plan it revises).
            assert preview.reading.header.issued_on == spec["issued_on"], name
            summary = apply_preview(session, preview, now=NOW)
        assert summary.plan_code == f"kh-{commune}" and summary.new_units == []
        assert snapshot(seeded_engine) == before
        # The plan itself too: its number, the day it was signed, its period and units.
        with Session(seeded_engine) as session:
            plan = find_plan(session, f"kh-{commune}")
            assert plan is not None
            assert export_plan(session, plan) == document, name
    with Session(seeded_engine) as session:
        communes = session.exec(select(Organisation)).all()
        assert len(session.exec(select(Plan)).all()) == len(communes)

"""Plans keep their identity: another period or commune is another plan, never a revision.

The bundled plan (Nghi Dương, second half of 2025) and a ward (Hòa Xuân) live in one
database; files for each go where they belong, and a file for the wrong one is refused.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import Session, col, select
from typer.testing import CliRunner

from bot.cli import app
from handlers.i18n import translator
from models.clock import VIETNAM
from models.db import session_scope
from models.planfile import ReadOptions, write_xlsx
from models.planimport import apply_preview, preview_file
from models.plans import export_plan, find_plan
from models.tables import Organisation, Plan, Task, TaskUnit, Unit
from models.vntext import in_sentence
from tests.planfile.clerk import KINHTE, KTHT, excel, title_lines, word
from tests.test_plan_import import ALL_LABEL, snapshot

NOW = datetime(2026, 1, 15, 9, 0, tzinfo=VIETNAM)
BUNDLED = "cchc-2025-h2"


def add_ward(engine: Engine) -> None:
    with session_scope(engine) as session:
        preview = preview_file(session, "hoa-xuan.docx", word(), commune="hoa-xuan")
        assert preview.problems == ()
        apply_preview(session, preview, now=NOW)


def problems_of(
    engine: Engine,
    name: str,
    data: bytes,
    *,
    commune: str | None = None,
    plan_code: str | None = None,
) -> list[str]:
    with session_scope(engine) as session:
        preview = preview_file(
            session, name, data, ReadOptions(plan_code=plan_code), commune=commune
        )
    tr = translator("vi")
    return [tr.render(problem.message) for problem in preview.problems]


def bundled_tasks(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        plan = find_plan(session, BUNDLED)
        assert plan is not None
        return [
            (task.code, task.title)
            for task in session.exec(
                select(Task).where(Task.plan_id == plan.id).order_by(col(Task.code))
            )
        ]


def test_a_file_for_another_period_is_a_new_plan_and_the_bundled_one_is_untouched(
    seeded_engine: Engine,
) -> None:
    before = snapshot(seeded_engine)
    lines = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính xã Nghi Dương năm 2026"]
    with session_scope(seeded_engine) as session:
        data = excel(("synonyms",), lines=lines, economy=KINHTE)
        preview = preview_file(session, "kh-2026.xlsx", data)
        assert preview.problems == () and preview.new_plan and not preview.assumed_plan
        summary = apply_preview(session, preview, now=NOW)
    assert summary.plan_code == "kh-2026" and len(summary.created) == 6
    after = snapshot(seeded_engine)
    assert [line for line in after if line in before] == [
        line for line in before if "kh-2026" not in line
    ][: len([line for line in after if line in before])]
    with Session(seeded_engine) as session:
        plans = session.exec(select(Plan.code).order_by(col(Plan.code))).all()
        assert plans == [BUNDLED, "kh-2026"]
        old = find_plan(session, BUNDLED)
        assert old is not None
        active = session.exec(
            select(Task).where(Task.plan_id == old.id, col(Task.archived_at).is_(None))
        ).all()
    assert len(active) == 35  # not one of the bundled plan's tasks archived or changed


def test_a_plan_of_another_commune_is_refused_for_this_one(seeded_engine: Engine) -> None:
    before = snapshot(seeded_engine)
    said = problems_of(seeded_engine, "hoa-xuan.docx", word(), commune="nghi-duong")
    assert said == [
        "Kế hoạch do phường Hòa Xuân ban hành, không phải xã Nghi Dương (“nghi-duong”): kế "
        "hoạch của xã, phường khác không được nhập vào đây. Ghi đúng xã, phường bằng --commune."
    ]
    # Without --commune, the ward is not in the database: asked for a code, not guessed.
    [unknown] = problems_of(seeded_engine, "hoa-xuan.docx", word())
    assert (
        "Kế hoạch do phường Hòa Xuân ban hành, chưa có" in unknown
        and "--commune hoa-xuan" in unknown
    )
    assert snapshot(seeded_engine) == before


def test_two_communes_never_mix(seeded_engine: Engine) -> None:
    add_ward(seeded_engine)
    before = bundled_tasks(seeded_engine)
    # The ward's revised plan (one task dropped) goes to the ward by its first page alone.
    with session_scope(seeded_engine) as session:
        data = word(("title_rows",), extra_tasks=2)
        preview = preview_file(session, "hoa-xuan-sua.docx", data)
        assert preview.problems == () and not preview.new_plan
        assert preview.commune is not None and preview.commune.code == "hoa-xuan"
        assert preview.changes.created == ("6", "7")
        apply_preview(session, preview, now=NOW)
    assert bundled_tasks(seeded_engine) == before
    # A table naming no commune is refused when there are two: the coordinator says which.
    anonymous = (
        "TT;Nội dung nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm\n"
        "I;Chỉ đạo điều hành;;;;\n"
        "1;Việc;vhxh;;Quý IV/2025;Báo cáo\n"
    )
    [said] = problems_of(seeded_engine, "kh.csv", anonymous.encode())
    assert "--commune" in said and "hoa-xuan" in said and "nghi-duong" in said
    with Session(seeded_engine) as session:
        communes = session.exec(select(Organisation.code).order_by(Organisation.code)).all()
    assert communes == ["hoa-xuan", "nghi-duong"]


def test_excel_export_of_each_commune_goes_back_to_its_own_plan(seeded_engine: Engine) -> None:
    add_ward(seeded_engine)
    for code in (BUNDLED, "kh-45-2026"):
        with Session(seeded_engine) as session:
            plan = find_plan(session, code)
            assert plan is not None
            data = write_xlsx(export_plan(session, plan), ALL_LABEL)
        before = snapshot(seeded_engine)
        with session_scope(seeded_engine) as session:
            preview = preview_file(session, f"{code}.xlsx", data)
            assert preview.problems == () and preview.plan is not None
            assert preview.plan.code == code and not preview.assumed_plan
            assert preview.changes.created == preview.changes.updated == ()
            assert preview.changes.archived == ()
            apply_preview(session, preview, now=NOW)
        assert snapshot(seeded_engine) == before


def test_a_revision_naming_a_plan_of_another_period_is_refused(seeded_engine: Engine) -> None:
    lines = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính năm 2026"]
    said = problems_of(
        seeded_engine,
        "kh.xlsx",
        excel((), lines=lines, economy=KINHTE),
        plan_code=BUNDLED,
        commune="nghi-duong",
    )
    assert said == [
        "Kế hoạch “cchc-2025-h2” thực hiện từ 01/07/2025 đến 31/12/2025; tệp này từ 01/01/2026 "
        "đến 31/12/2026. Tệp của kỳ khác là kế hoạch khác: bỏ --plan, hoặc ghi mã kế hoạch mới."
    ]


def test_a_revision_matches_its_plan_by_period_and_keeps_its_progress(
    seeded_engine: Engine,
) -> None:
    with Session(seeded_engine) as session:
        plan = find_plan(session, BUNDLED)
        assert plan is not None
        data = write_xlsx(export_plan(session, plan), ALL_LABEL)
    sheet_book = load_workbook(io.BytesIO(data))
    sheet = sheet_book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value == "12":
            row[4].value = "Trước ngày 15/12/2025"
    buffer = io.BytesIO()
    sheet_book.save(buffer)
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "sua-doi.xlsx", buffer.getvalue())
        assert preview.plan is not None and preview.plan.code == BUNDLED
        assert preview.changes.updated == ("12",)
        summary = apply_preview(session, preview, now=NOW)
    assert summary.updated == ["12"] and not summary.new_plan


def test_cli_imports_a_word_plan_for_a_second_commune_with_its_flags(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    path = tmp_path / "ke-hoach.docx"
    blank = ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA XUÂN", "Số:     /KH-UBND", "ngày   tháng   năm 2026"]
    path.write_bytes(word(("title_rows", "merged_stt"), lines=blank))
    runner = CliRunner()
    refused = runner.invoke(app, ["plan", "import", str(path), "--commune", "hoa-xuan"])
    assert refused.exit_code == 1
    assert "--title" in refused.stderr and "--number" in refused.stderr
    # An option is named by the message, never as a column of the file ("Cột “--title”").
    assert "“--" not in refused.stderr, refused.stderr
    args = [
        "plan",
        "import",
        str(path),
        "--commune",
        "hoa-xuan",
        "--title",
        "Kế hoạch CCHC năm 2026",
        "--number",
        "45/KH-UBND",
        "--from",
        "01/01/2026",
        "--to",
        "31/12/2026",
    ]
    shown = runner.invoke(app, [*args, "--dry-run"])
    assert shown.exit_code == 0, shown.output
    assert "Kế hoạch: Kế hoạch CCHC năm 2026 (kh-45-2026, mới)" in shown.stdout
    assert "Chưa thay đổi gì (--dry-run)." in shown.stdout
    imported = runner.invoke(app, args)
    assert imported.exit_code == 0, imported.output
    assert "Đã thêm phường Hòa Xuân (hoa-xuan)." in imported.stdout
    assert "Kế hoạch mới kh-45-2026." in imported.stdout
    with Session(seeded_engine) as session:
        plan = session.exec(select(Plan).where(Plan.code == "kh-45-2026")).one()
        assert (plan.title, plan.decision_number) == ("Kế hoạch CCHC năm 2026", "45/KH-UBND")
        assert (plan.period_start, plan.period_end) == (date(2026, 1, 1), date(2026, 12, 31))
    # Again: the same plan by its number and period, nothing new.
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert "0 nhiệm vụ mới" in again.stdout and "6 nhiệm vụ không đổi" in again.stdout


def test_cli_names_units_with_unit(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    lines = [
        *title_lines(issuer="XÃ NGHI DƯƠNG"),
        "Thời gian thực hiện: từ ngày 01/01/2026 đến ngày 30/06/2026",
    ]
    lines[5] = "Kế hoạch cải cách hành chính 6 tháng đầu năm 2026"
    content = excel(("title_rows",), lines=lines, economy=KINHTE)
    book = load_workbook(io.BytesIO(content))
    sheet = book.active
    assert sheet is not None
    for row in sheet.iter_rows():
        if row[0].value == "5":
            row[2].value = "Phòng Tư pháp"
    buffer = io.BytesIO()
    book.save(buffer)
    path = tmp_path / "kh.xlsx"
    path.write_bytes(buffer.getvalue())
    runner = CliRunner()
    refused = runner.invoke(app, ["plan", "import", str(path)])
    assert refused.exit_code == 1 and "“Phòng Tư pháp”" in refused.stderr
    done = runner.invoke(app, ["plan", "import", str(path), "--unit", "Phòng Tư pháp=tuphap"])
    assert done.exit_code == 0, done.output
    assert "tuphap" in done.stdout and "Kế hoạch mới kh-45-2026-h1." in done.stdout
    bad = runner.invoke(app, ["plan", "import", str(path), "--unit", "Phòng Tư pháp"])
    assert bad.exit_code == 2 and "--unit" in bad.stderr


def units_of(engine: Engine, plan_code: str, task_code: str) -> list[tuple[str, str]]:
    """A task's (role, unit code) pairs, sorted."""
    with Session(engine) as session:
        plan = find_plan(session, plan_code)
        assert plan is not None
        rows = session.exec(
            select(TaskUnit.role, Unit.code)
            .join(Unit, col(TaskUnit.unit_id) == Unit.id)
            .join(Task, col(TaskUnit.task_id) == Task.id)
            .where(Task.plan_id == plan.id, Task.code == task_code)
        ).all()
    return sorted((str(role), code) for role, code in rows)


def commune_units(engine: Engine) -> list[tuple[str, str, list[str]]]:
    """Every unit as (code, name, aliases)."""
    with Session(engine) as session:
        return sorted(
            (unit.code, unit.name, list(unit.aliases)) for unit in session.exec(select(Unit))
        )


def test_cli_wants_unit_for_a_wards_economy_office_in_a_commune_with_its_own(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Nghi Dương has Phòng Kinh tế; a plan copied from a ward names the ward's Phòng Kinh
    tế, Hạ tầng và Đô thị. Refused until --unit says which unit it is, never added as a
    second economy office; the answer is remembered for the next file."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    lines = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính xã Nghi Dương năm 2026"]
    path = tmp_path / "kh.xlsx"
    path.write_bytes(excel(("synonyms",), lines=lines, economy=KTHT))
    tasks, units = snapshot(seeded_engine), commune_units(seeded_engine)
    runner = CliRunner()
    refused = runner.invoke(app, ["plan", "import", str(path)])
    assert refused.exit_code == 1
    codes = "kinhte, pvhcc, snc, vanphong, vhxh"
    assert refused.stderr.splitlines() == [
        "Chưa nhập được kế hoạch (kh.xlsx); dữ liệu không thay đổi gì. Các lỗi cần sửa:",
        f"  - Dòng 9, cột “Đơn vị chủ trì”: Nhiệm vụ 2.2: không nhận ra đơn vị “{KTHT}”; hãy "
        f"ghi mã đơn vị ({codes}), tên đơn vị, hoặc “all” (tất cả các đơn vị).",
        f"  - Dòng 11, cột “Đơn vị phối hợp”: Nhiệm vụ 3: không nhận ra đơn vị “{KTHT}”; hãy "
        f"ghi mã đơn vị ({codes}), tên đơn vị, hoặc “all” (tất cả các đơn vị).",
        f"Các đơn vị xã, phường chưa có: “{KTHT}”. Ghi đơn vị ứng với từng tên bằng --unit "
        "“TÊN=MÃ” (mã mới thì thêm đơn vị).",
    ]
    assert snapshot(seeded_engine) == tasks and commune_units(seeded_engine) == units

    done = runner.invoke(app, ["plan", "import", str(path), "--unit", f"{KTHT}=kinhte"])
    assert done.exit_code == 0, done.output
    assert done.stdout.splitlines() == [
        "Kế hoạch mới kh-2026.",
        "Đã nhập kế hoạch kh-2026: 6 nhiệm vụ mới, 0 nhiệm vụ được cập nhật, 0 nhiệm vụ không "
        "đổi, 0 nhiệm vụ được lưu trữ.",
        f"Đã ghi nhớ: từ nay “{KTHT}” trong tệp kế hoạch được hiểu là Phòng Kinh tế.",
    ]
    # No unit added: the ward's name is now one of Phòng Kinh tế's aliases.
    assert commune_units(seeded_engine) == [
        (code, name, [*aliases, KTHT] if code == "kinhte" else aliases)
        for code, name, aliases in units
    ]
    assert units_of(seeded_engine, "kh-2026", "2.2") == [("lead", "kinhte")]
    assert units_of(seeded_engine, "kh-2026", "3") == [
        ("coordinating", "kinhte"),
        ("coordinating", "pvhcc"),
        ("lead", "vanphong"),
    ]
    # The next file naming the ward's office needs no --unit.
    again = runner.invoke(app, ["plan", "import", str(path)])
    assert again.exit_code == 0, again.output
    assert "0 nhiệm vụ mới, 0 nhiệm vụ được cập nhật, 6 nhiệm vụ không đổi" in again.stdout


# --- a plan of the same period under another title -------------------------------------------

CCHC_2026 = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch cải cách hành chính năm 2026"]
CDS_2026 = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch chuyển đổi số năm 2026"]


def tasks_of(engine: Engine, plan_code: str) -> list[tuple[str, str, str, datetime | None]]:
    """A plan's tasks as (code, title, deadline, archived at), by code."""
    with Session(engine) as session:
        plan = find_plan(session, plan_code)
        assert plan is not None
        return [
            (task.code, task.title, task.deadline_text, task.archived_at)
            for task in session.exec(
                select(Task).where(Task.plan_id == plan.id).order_by(col(Task.code))
            )
        ]


def import_excel(engine: Engine, name: str, lines: list[str], plan_code: str | None = None) -> str:
    """Import a workbook of Nghi Dương with these title lines; the plan code it went into."""
    with session_scope(engine) as session:
        preview = preview_file(
            session, name, excel((), lines=lines, economy=KINHTE), ReadOptions(plan_code=plan_code)
        )
        assert preview.problems == (), preview.problems
        return apply_preview(session, preview, now=NOW).plan_code


def test_a_plan_of_the_same_period_under_another_title_is_a_new_plan_beside_it(
    seeded_engine: Engine,
) -> None:
    """A commune's digital-transformation plan of 2026, with no number, once revised (and
    archived the tasks of) its administrative-reform plan of 2026: the period alone matched."""
    assert import_excel(seeded_engine, "cchc.xlsx", CCHC_2026) == "kh-2026"
    before = tasks_of(seeded_engine, "kh-2026")
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "cds.xlsx", excel((), lines=CDS_2026, economy=KINHTE))
        assert preview.problems == () and preview.new_plan
        assert preview.plan is not None and preview.plan.code == "kh-2026-2"
        assert [plan.code for plan in preview.same_period] == ["kh-2026"]
        assert preview.changes.archived == ()
        apply_preview(session, preview, now=NOW)
    # Not one task of the administrative-reform plan changed or archived.
    assert tasks_of(seeded_engine, "kh-2026") == before
    assert all(archived is None for _code, _title, _deadline, archived in before)


def test_a_plan_of_the_same_period_and_title_is_its_revision(seeded_engine: Engine) -> None:
    import_excel(seeded_engine, "cchc.xlsx", CCHC_2026)
    # Capitals, marks and a full stop do not make another title.
    retyped = ["UBND XÃ NGHI DƯƠNG", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026."]
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "sua.xlsx", excel((), lines=retyped, economy=KINHTE))
        assert preview.problems == () and not preview.new_plan
        assert preview.plan is not None and preview.plan.code == "kh-2026"
        assert preview.same_period == ()


def test_a_plan_sharing_its_number_is_its_revision_whatever_its_title(
    seeded_engine: Engine,
) -> None:
    numbered = ["UBND XÃ NGHI DƯƠNG", "Số: 45/KH-UBND", "Kế hoạch cải cách hành chính năm 2026"]
    assert import_excel(seeded_engine, "cchc.xlsx", numbered) == "kh-45-2026"
    renamed = ["UBND XÃ NGHI DƯƠNG", "Số: 45/KH-UBND", "Kế hoạch CCHC năm 2026 (sửa đổi)"]
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "sua.xlsx", excel((), lines=renamed, economy=KINHTE))
        assert preview.problems == () and not preview.new_plan
        assert preview.plan is not None and preview.plan.code == "kh-45-2026"


def test_plan_names_the_plan_a_reworded_revision_revises(seeded_engine: Engine) -> None:
    import_excel(seeded_engine, "cchc.xlsx", CCHC_2026)
    assert import_excel(seeded_engine, "cds.xlsx", CDS_2026, plan_code="kh-2026") == "kh-2026"
    with Session(seeded_engine) as session:
        plans = session.exec(select(Plan.code).order_by(col(Plan.code))).all()
    assert plans == [BUNDLED, "kh-2026"]


def test_cli_says_a_plan_of_the_same_period_under_another_title_is_new(
    seeded_engine: Engine, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    import_excel(seeded_engine, "cchc.xlsx", CCHC_2026)
    path = tmp_path / "cds.xlsx"
    path.write_bytes(excel((), lines=CDS_2026, economy=KINHTE))
    shown = CliRunner().invoke(app, ["plan", "import", str(path), "--dry-run"])
    assert shown.exit_code == 0, shown.output
    assert (
        "Đã có kế hoạch cùng thời gian thực hiện: “Kế hoạch cải cách hành chính năm 2026” "
        "(kh-2026). Tệp này khác tên kế hoạch và không cùng số, nên sẽ được nhập thành kế "
        "hoạch mới bên cạnh. Nếu tệp là bản sửa đổi của kế hoạch đó, nhập với --plan MÃ."
    ) in shown.stdout


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("Xã Nghi Lộc", "xã Nghi Lộc"),
        ("Phường Bến Thủy", "phường Bến Thủy"),
        ("Thị trấn Quán Hành", "thị trấn Quán Hành"),
        ("Đặc khu Phú Quốc", "đặc khu Phú Quốc"),
        ("Thành Phố Hải Phòng", "thành phố Hải Phòng"),  # as a header in capitals is re-cased
        ("Ủy ban nhân dân xã Nghi Lộc", "Ủy ban nhân dân xã Nghi Lộc"),
        ("Nghi Dương", "Nghi Dương"),
        ("Xã hội", "Xã hội"),  # no proper name after the noun: not a commune's name
    ],
)
def test_a_communes_name_inside_a_sentence_writes_its_noun_in_lower_case(
    name: str, written: str
) -> None:
    assert in_sentence(name) == written


def test_a_title_without_a_period_finds_its_plan_however_it_is_typed(
    seeded_engine: Engine,
) -> None:
    # A title naming no period falls back on the title alone: compared as the same-period
    # rule compares it (capitals, marks and a full stop make no other title), not letter for
    # letter.
    lines = ["UBND XÃ NGHI DƯƠNG", "Kế hoạch tuyên truyền cải cách hành chính"]
    with session_scope(seeded_engine) as session:
        options = ReadOptions(start=date(2026, 1, 1), end=date(2026, 12, 31))
        first = preview_file(session, "tt.xlsx", excel((), lines=lines, economy=KINHTE), options)
        assert first.problems == (), first.problems
        code = apply_preview(session, first, now=NOW).plan_code
    retyped = ["UBND XÃ NGHI DƯƠNG", "KẾ HOẠCH TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH."]
    with session_scope(seeded_engine) as session:
        preview = preview_file(session, "tt2.xlsx", excel((), lines=retyped, economy=KINHTE))
        assert preview.problems == () and not preview.new_plan
        assert preview.plan is not None and preview.plan.code == code

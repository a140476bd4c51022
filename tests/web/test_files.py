"""Report files by signed link: the same files as /baocao's, for what the person's role sees."""

from __future__ import annotations

import io
import re
import zipfile

import httpx
from openpyxl import load_workbook

from bot.web.app import WebFace
from bot.web.signing import FileSpec
from handlers.reporting.files import FileFormat
from tests.web.conftest import People, city_with_communes, path_of

_FILE_LINK = re.compile(r'href="(?P<href>http://testserver/f/[^"]+)"')


async def fetch(
    client: httpx.AsyncClient, face: WebFace, officer: int, spec: FileSpec
) -> httpx.Response:
    return await client.get(path_of(face.file_link(officer, spec)))


async def test_the_word_excel_and_chart_files(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    word = await fetch(client, face, people.coordinator, FileSpec(FileFormat.DOCX))
    assert word.status_code == 200
    assert word.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert word.headers["content-disposition"].startswith("attachment; filename*=UTF-8''bao-cao")
    assert zipfile.ZipFile(io.BytesIO(word.content)).read("word/document.xml")

    excel = await fetch(client, face, people.coordinator, FileSpec(FileFormat.XLSX, None, 4, 2025))
    assert excel.status_code == 200
    assert "quy4-2025.xlsx" in excel.headers["content-disposition"]
    assert load_workbook(io.BytesIO(excel.content)).sheetnames

    chart = await fetch(client, face, people.coordinator, FileSpec(FileFormat.PNG))
    assert chart.status_code == 200
    assert chart.headers["content-type"] == "image/png"
    assert chart.headers["content-disposition"].startswith("inline;")
    assert chart.content.startswith(b"\x89PNG\r\n\x1a\n")
    assert chart.headers["x-content-type-options"] == "nosniff"


async def test_an_officers_file_is_their_units_whatever_the_link_asks(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    own = await fetch(client, face, people.officer, FileSpec(FileFormat.XLSX))
    other = await fetch(client, face, people.officer, FileSpec(FileFormat.XLSX, "vhxh"))
    for response in (own, other):
        assert response.status_code == 200
        assert "-kinhte-" in response.headers["content-disposition"]
    coordinator = await fetch(client, face, people.coordinator, FileSpec(FileFormat.XLSX, "vhxh"))
    assert "-vhxh-" in coordinator.headers["content-disposition"]


async def test_the_dashboard_links_its_own_report_as_files(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    page = await client.get(path_of(face.dashboard_link(people.coordinator)) + "?period=4-2025")
    links = [match["href"] for match in _FILE_LINK.finditer(page.text)]
    assert len(links) == 3
    kinds = []
    for link in links:
        response = await client.get(path_of(link))
        assert response.status_code == 200
        assert "quy4-2025" in response.headers["content-disposition"]
        kinds.append(response.headers["content-type"].split(";")[0])
    assert kinds[2] == "image/png" and len(set(kinds)) == 3


async def test_a_wrong_quarter_or_a_city_gets_a_page_not_a_file(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    outside = await fetch(
        client, face, people.coordinator, FileSpec(FileFormat.PNG, None, 1, 2025)
    )
    assert outside.status_code == 404
    assert outside.headers["content-type"].startswith("text/html")
    assert "Quý 1/2025 nằm ngoài thời gian thực hiện kế hoạch" in outside.text
    city_officer = city_with_communes(face.engine)
    city = await fetch(client, face, city_officer, FileSpec(FileFormat.PNG))
    assert city.status_code == 404 and city.headers["content-type"].startswith("text/html")

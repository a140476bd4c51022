"""An eleventh held-out set (first part): deadlines and timetables of local plans, as written.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo), timetable or directive
of a commune, district, city or province, of a district or provincial party committee, of a
People's Council or its standing committee, of a provincial department or military command, or
from the page of a portal or paper that sets out such a plan's dates, none of them cited by the
ten earlier held-out sets or the other deadline test modules (nor by
test_deadline_eleventh_set_second.py, collected at the same time by another helper from other
topics). They were found in the stored public pages (each cited below by its address; the
held-out phrases come from 39 plans on 39 pages, and one more page gave only a phrase seen
elsewhere) and cover the topics this part was given: People's Council sessions of districts,
cities and provinces (2019-2024) and the voters' meetings before and after them, a commune's
electoral roll of 2021, party congress timetables of five districts and towns (2015 and 2020),
call-up days and a militia course, a disaster-prevention directive and a district's drills, a
department's inspection plan, Đề án 06 (identity accounts), COVID-19 vaccination targets of two
cities, a city's land-certificate backlog, a district's budget target, and citizens' reception
days of the party secretaries and People's Committee chairmen of seven provinces. The wording
of the time expression is kept as written ("Từ ngày 12- 17/6", "Hoàn thành từ tháng 4 - 6",
"Vào ngày thứ Hai - 15/8", "16/01/2024"); only
what would stand in a plan's deadline or timetable cell was taken ("Đại hội Đảng bộ huyện hoàn
thành trước tháng 7.2020" gives "Hoàn thành trước tháng 7.2020", "dự kiến kỳ họp sẽ tổ chức vào
sáng ngày 11 tháng 6 năm 2021" gives "Vào sáng ngày 11 tháng 6 năm 2021"), with a capital first
letter. Each phrase is read against the period of its plan, as the plan or page states it (its
year, where the phrase names none).

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py, README.md's table of deadline forms and the
other held-out sets ("Trước ngày X" is the day before X, "Trước 15/9" too, but "Từ 14 giờ 30
phút ngày X", an hour of day X, is X; "trước tháng X" is the last day of the month before; a
month is its last day, "cuối tháng" too; a quarter is its last day; a span is due at its end,
"Trong 3 ngày, từ ngày 6 đến ngày 8-12" when the count agrees; a time or a part of the day
beside a date is that date, and a weekday beside it is only checked; a lunar date in brackets
after a solar date is read by the solar date; two dates joined by "và" for two separate
publications are a milestone each; a monthly form gives every such day inside the plan period
as recurring; a month or day without a year is read only because the plan period holds it in
one year), without the engine being run on any of them: the helper who collected them did not
open models/deadline/ and did not run the engine in any way.

Reviewed by the lead before the one run, against the conventions only: "Vào lúc 14 giờ, ngày
23/5/2024 (hiều thứ năm)" (Long Xuyên's voters' meetings) was taken out, as a phrase written
wrong on its page ("hiều" for "chiều"), which the earlier sets leave out.

The engine was run on both parts of the eleventh set once, on 2026-12-01 at 17:36 UTC (as this
machine's clock reads), on the working tree at commit c9a8288 with the engine's eighth round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 83 phrases (from 39 plans), 78 read right (94.0%), 5 came back ``unknown``
and none read wrong; both SEEN_ELSEWHERE phrases read right. No expectation was changed after
measuring. Both parts together: 149 of 162 (92.0%), none wrong; with the phrases seen
elsewhere, 153 of 166 (92.2%). That is below issue 14's 95%, so the test asserts the measured
share. The phrases still unread, by family:

- a bracket that restates the date by counting from another day: "Chậm nhất đến ngày
  13/4/2021 (40 ngày trước ngày bầu cử)";
- a start and an end written apart, the end "chậm nhất trong" a month: "Bắt đầu từ tháng
  4.2015 và hoàn thành chậm nhất trong tháng 6.2015";
- "Ngay" before "trong năm": "Ngay trong năm 2021";
- a weekday joined to a date by a dash: "Vào ngày thứ Hai - 15/8";
- "Từ" before the hour of a single day: "Từ 14 giờ 30 phút ngày 28/11/2025".

Taken but held apart: "6 tháng đầu năm" (baolamdong.vn, Đạ Tẻh's budget of 2021) and "Trước
ngày 20 hằng tháng" (Bắc Kạn's reception days of 2024) are written verbatim in another deadline
test module; they stand in SEEN_ELSEWHERE with their readings, read by the never-wrong test but
not counted in the held-out share. "Vào ngày 15/8" (the headline of Quảng Bình's reception day
of 2022) is held out here; test_deadline_eleventh_set_second.py, collected at the same time,
took the same words for another plan and lists them in its own SEEN_ELSEWHERE. "Hoàn thành
trong tháng 8.2015" stands in both the Núi Thành and the Thăng Bình congress timetables and is
counted once (Núi Thành's); the Phú Ninh page repeats its headline "hoàn thành trước tháng
7.2020" in its body, also counted once.

Left out as readable two ways, not a deadline, or written wrong on the page: "Trong các ngày 8,
9 và 10-12" (baocantho.com.vn, Cần Thơ's council session of 2021: one three-day session or
three dates, as the tenth set leaves "Trong hai ngày 10 và 11-11" out); "Vào đầu tháng 8 năm
2022" and "Vào đầu tháng 7 năm 2022" (thrt.quangbinh.gov.vn, Tuyên Hóa's drills: early in a
month, no day); "Thứ Ba, tuần thứ 3 hằng tháng" (travinh.gov.vn, the Trà Vinh secretary's
reception days: a week named by its number, and the page's own list disagrees with it, its
13/02, 11/6, 10/9 and 10/12 being second Tuesdays); "Ngày 18 (thứ Ba)", "Ngày 18 (thứ Năm)" and
the other cells of hatrung.thanhhoa.gov.vn/portal/Pages/Lich-tiep-dan-cua-Bi-thu-Huyen-uy.aspx
(Hà Trung's secretary, 2019: the month stands in another column, so the cell alone names no
month); "Từ ngày 1-7-2025" (baodongnai.com.vn, Đồng Nai's commune one-stop centres), "Từ ngày
17/6" (quangtritv.vn, Quảng Trị's trial of the two-tier communes), "Bắt đầu từ 25-10"
(nld.com.vn, Thủ Đức's vaccination of children) and "Từ 10/12" (baomoi.net.vn, Hồ Chí Minh
City's booster doses): a start with no end; "Chậm nhất 05 ngày sau khi tiếp công dân"
(baoninhthuan.com.vn, the provincial councillors' reception of 2019: counted from an event with
no date); and the dates of events reported after they happened (bachthong.gov.vn, the commune
councils' first sessions of 2021;
gialaitv.vn/tin-tuc/tin-dia-phuong/ky-hop-thu-15-hdnd-huyen-kbang-..., Kbang's council session
of 2023; baonamdinh.vn and baoquankhu4.com.vn, the Nam Trực and Phong Điền drills;
baoangiang.com.vn, An Giang's council session of 2018; phuocloc.tuyphuoc.binhdinh.gov.vn, a
commune's military registration of 2025). National timetables were left alone (the National
Election Council's and the Fatherland Front's milestones of 2021 and 2026, the Ministry of Home
Affairs' merger dates, the Ministry of Public Security's identity-card drives, the Ministry of
Transport's land clearance, the call-up days of the Ministry of Defence), and so were pages the
earlier sets had used (Thoại Sơn's party timetable of 2019, the voters' meetings on a bare IP
address's portal, Bắc Kạn city's call-up examinations, the Núi Thành and Quảng Nam
identity-account drives of 2023, Bình Dương's postponed reception day, Phú Thọ's election plan
of 2021, the Tây Ninh, Tây Sơn, Tân Đoàn, Ngân Sơn, Na Rì and Lạng Sơn reception notices, Ninh
Sơn's measles rounds). The stored pages answer with a page's opening only, where the plans'
task tables are seldom reached: land clearance, tax drives, inspections and one-stop shops gave
few datable phrases, and neither "Thường xuyên" nor a recurring quarterly form ("hằng quý")
turned up.
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    MILESTONES,
    ONCE,
    RECURRING,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)


def _every_month(year: int, day: int) -> list[str]:
    """Day ``day`` of each month of ``year``, for a monthly form read over a whole year."""
    return [date(year, month, day).isoformat() for month in range(1, 13)]


# --- People's Council sessions and voters' meetings (kỳ họp, tiếp xúc cử tri).

# Thường trực HĐND huyện Đô Lương (Nghệ An), kỳ họp thứ 9 khóa XIX (2019), at doluong.gov.vn/
# hoi-nghi-thong-nhat-noi-dung-chuong-trinh-ky-hop-lan-thu-9-hdnd-huyen-khoa-xix-nhiem-ky-
# 2016-2021/
DO_LUONG_COUNCIL_2019 = Period(date(2019, 6, 4), date(2019, 12, 31))
# Thường trực HĐND huyện Điện Biên Đông (Điện Biên), kỳ họp thứ nhất khóa VI (2021), at
# dienbiendong.dienbien.gov.vn/TinTuc/View/Hop-chuan-bi-ky-hop-thu-nhat-HDND-huyen-khoa-VI-
# nhiem-ky-2021---2026?PageIndex=12
DIEN_BIEN_DONG_COUNCIL_2021 = Period(date(2021, 6, 22), date(2021, 12, 31))
# Thường trực HĐND huyện Hậu Lộc (Thanh Hóa), kỳ họp thứ 11 khóa XX, set on 29 February (so
# 2024), at hauloc.thanhhoa.gov.vn/portal/pages/print.aspx?p=7372
HAU_LOC_COUNCIL_2024 = Period(date(2024, 2, 29), date(2024, 12, 31))
# Thường trực HĐND huyện Kim Thành (Hải Dương), kỳ họp thứ nhất khóa XX (2021), at kimthanh.
# haiduong.gov.vn/vi-vn/2023/Trang/thuong-truc-hdnd-huyen-to-chuc-hoi-nghi-lien-tich-thong-
# nhat-noi-dung-chuong-trinh-ky-hop-thu-nhat-hdnd-huyen-khoa-xx-nhiem-ky-2021-2026.aspx
KIM_THANH_COUNCIL_2021 = Period(date(2021, 6, 7), date(2021, 12, 31))
# Thường trực HĐND huyện Phú Ninh (Quảng Nam), kỳ họp thứ nhất khóa XII (2021), at phuninh.
# gov.vn/index.php/h-i-d-ng-nhan-dan/tin-t-c-s-ki-n/5938-chu-n-b-ky-h-p-th-nh-t-hdnd-huy-n-
# khoa-xii
PHU_NINH_COUNCIL_2021 = Period(date(2021, 5, 27), date(2021, 12, 31))
# Thường trực HĐND huyện Vị Xuyên (Hà Giang), kỳ họp thứ nhất và thứ hai khóa XX (2021), at
# dbnd.hagiang.gov.vn/index.php?nv=news&op=savefile/HOAT-DONG-CO-SO/Vi-Xuyen-Hop-thong-nhat-
# noi-dung-chuong-trinh-Ky-hop-thu-nhat-va-thu-hai-HDND-huyen-khoa-XX-nhiem-ky-2021-2026-6181
VI_XUYEN_COUNCIL_2021 = Period(date(2021, 6, 9), date(2021, 12, 31))
# Thông báo số 48/TB-HĐND của Thường trực HĐND TP Hà Nội, kỳ họp thứ mười khóa XVI (2022), as
# restated at baomoi.com/dieu-chinh-thoi-gian-to-chuc-ky-hop-thu-muoi-hdnd-thanh-pho-khoa-
# xvi/c/44409012.epi
HA_NOI_COUNCIL_2022 = Period(date(2022, 10, 26), date(2022, 12, 31))
# Thường trực HĐND TP Cần Thơ, kỳ họp thứ 4 khóa X (2021), at baocantho.com.vn/thay-doi-thoi-
# gian-to-chuc-ky-hop-cuoi-nam-cua-hdnd-thanh-pho-a141197.html
CAN_THO_COUNCIL_2021 = Period(date(2021, 11, 1), date(2021, 12, 31))
# Thường trực HĐND tỉnh Hậu Giang, kỳ họp thứ 21 (giữa năm 2024), at baohaugiang.com.vn/hoi-
# dong-nhan-dan-tinh-hau-giang/thong-tin-ve-ky-hop-thu-21-ky-hop-giua-nam-hdnd-tinh-134260.
# html; 23 July 2024 was a Tuesday.
HAU_GIANG_COUNCIL_2024 = Period(date(2024, 7, 19), date(2024, 12, 31))

# Kế hoạch số 50/KH-HĐND ngày 20/11/2020 của Thường trực HĐND huyện Yên Lập (Phú Thọ), tiếp
# xúc cử tri sau kỳ họp thứ Mười bốn, at yenlap.phutho.gov.vn/tin-tuc-su-kien/bai-viet/cat/
# tin-moi-nhat-2548/id/ve-viec-tep-xuc-cu-tri-sau-ky-hop-muoi-bon-hdnd-huyen-khoa-xix-93010
YEN_LAP_VOTERS_2021 = Period(date(2020, 11, 20), date(2021, 1, 31))
# Kế hoạch số 107/KH-HĐND ngày 12/11/2021 của Thường trực HĐND huyện Phú Lộc (Thừa Thiên Huế),
# tiếp xúc cử tri trước kỳ họp lần thứ 3, at phuloc.thuathienhue.gov.vn/?gd=39&cn=723&tc=24856
PHU_LOC_VOTERS_2021 = Period(date(2021, 11, 12), date(2021, 12, 31))
# Ban Thường trực UBMTTQ và Thường trực HĐND TP Long Xuyên (An Giang), tiếp xúc cử tri trước
# kỳ họp giữa năm 2024, at longxuyen.angiang.gov.vn/lich-chuc-hoi-nghi-tiep-xuc-cu-tri-truoc-
# ky-hop-hoi-dong-nhan-dan-cap-tinh-va-thanh-pho-nhiem-ky; 21, 22 and 23 May 2024 were a
# Tuesday, a Wednesday and a Thursday.
LONG_XUYEN_VOTERS_2024 = Period(date(2024, 5, 15), date(2024, 12, 31))
# Đại biểu HĐND tỉnh và TP Tuy Hòa (Phú Yên), tiếp xúc cử tri trước kỳ họp giữa năm 2024, at
# tptuyhoa.phuyen.gov.vn/tin-tuc-thanh-pho/tiep-xuc-cu-tri-thanh-pho-tuy-hoa-truoc-ky-hop-
# thuong-le-giua-nam-2024-cua-hdnd-2-cap-779415
TUY_HOA_VOTERS_2024 = Period(date(2024, 6, 1), date(2024, 12, 31))
# Thường trực HĐND TP Hà Nội, lịch tiếp xúc cử tri trước kỳ họp thứ 12 (2023), to be printed
# in the city's papers, at kinhtedothi.vn/lich-tiep-xuc-cu-tri-truoc-ky-hop-thu-12-hdnd-tp-ha-
# noi.html; 10 and 12 June 2023 were a Saturday and a Monday.
HA_NOI_VOTERS_2023 = Period(date(2023, 6, 1), date(2023, 12, 31))
# Đoàn ĐBQH tỉnh Thái Nguyên, tiếp xúc cử tri sau kỳ họp thứ 6 Quốc hội khóa XII (2009), at
# baothainguyen.vn/chinh-tri/200911/doan-dai-bieu-quoc-hoi-tinh-tiep-xuc-cu-tri-bao-cao-ket-
# qua-ky-hop-thu-6-quoc-hoi-khoa-xii-367005E
THAI_NGUYEN_VOTERS_2009 = Period(date(2009, 11, 19), date(2009, 12, 31))

COUNCILS_AND_VOTERS: list[Case] = [
    # Đô Lương: the plan and the voters' meeting plan, the summary report, the voters'
    # meetings, the deputies' report, the convening decision, the papers, the notice.
    ("Ngày 5/6", DO_LUONG_COUNCIL_2019, ONCE, ["2019-06-05"]),
    ("Ngày 10/6", DO_LUONG_COUNCIL_2019, ONCE, ["2019-06-10"]),
    ("Từ ngày 12- 17/6", DO_LUONG_COUNCIL_2019, ONCE, ["2019-06-17"]),
    ("Ngày 21/6", DO_LUONG_COUNCIL_2019, ONCE, ["2019-06-21"]),
    ("Ngày 24/6", DO_LUONG_COUNCIL_2019, ONCE, ["2019-06-24"]),
    ("Ngày 1/7", DO_LUONG_COUNCIL_2019, ONCE, ["2019-07-01"]),
    ("Ngày 8/7", DO_LUONG_COUNCIL_2019, ONCE, ["2019-07-08"]),
    ("Vào ngày 01/7/2021", DIEN_BIEN_DONG_COUNCIL_2021, ONCE, ["2021-07-01"]),
    ("Vào sáng ngày 01/03", HAU_LOC_COUNCIL_2024, ONCE, ["2024-03-01"]),
    # A one-day session somewhere in the window: due at the window's end.
    (
        "Trong khoảng từ ngày 28/6 đến 06/7/2021",
        KIM_THANH_COUNCIL_2021,
        ONCE,
        ["2021-07-06"],
    ),
    ("Vào sáng ngày 11 tháng 6 năm 2021", PHU_NINH_COUNCIL_2021, ONCE, ["2021-06-11"]),
    ("Vào ngày 24/6", VI_XUYEN_COUNCIL_2021, ONCE, ["2021-06-24"]),
    ("Vào ngày 14/7", VI_XUYEN_COUNCIL_2021, ONCE, ["2021-07-14"]),
    # Hà Nội: the session as first set, then as moved.
    ("Từ ngày 5-12 đến 8-12-2022", HA_NOI_COUNCIL_2022, ONCE, ["2022-12-08"]),
    ("Từ ngày 7-12 đến 10-12-2022", HA_NOI_COUNCIL_2022, ONCE, ["2022-12-10"]),
    # Three days, the 6th to the 8th: the count agrees.
    ("Trong 3 ngày, từ ngày 6 đến ngày 8-12", CAN_THO_COUNCIL_2021, ONCE, ["2021-12-08"]),
    (
        "Vào lúc 7 giờ 30 phút, ngày 23/7/2024 (thứ Ba)",
        HAU_GIANG_COUNCIL_2024,
        ONCE,
        ["2024-07-23"],
    ),
    (
        "Từ ngày 05 đến ngày 08 tháng 01 năm 2021",
        YEN_LAP_VOTERS_2021,
        ONCE,
        ["2021-01-08"],
    ),
    # Phú Lộc: the meetings, then the voters' opinions sent in before the 27th.
    (
        "Từ ngày 15/11/2021 đến ngày 25/11/2021",
        PHU_LOC_VOTERS_2021,
        ONCE,
        ["2021-11-25"],
    ),
    ("Trước ngày 27/11/2021", PHU_LOC_VOTERS_2021, ONCE, ["2021-11-26"]),
    # Long Xuyên: the three days, then each meeting.
    (
        "Từ ngày 21/5/2024 đến ngày 23/5/2024",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-23"],
    ),
    (
        "Vào lúc 8 giờ 00, ngày 21/5/2024 (thứ ba)",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-21"],
    ),
    (
        "Vào lúc 14 giờ, ngày 21/5/2024 (thứ ba)",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-21"],
    ),
    (
        "Vào lúc 8 giờ, ngày 22/5/2024 (thứ tư)",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-22"],
    ),
    (
        "Vào lúc 14 giờ, ngày 22/5/2024 (thứ tư)",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-22"],
    ),
    (
        "Vào lúc 8 giờ, ngày 23/5/2024 (thứ năm)",
        LONG_XUYEN_VOTERS_2024,
        ONCE,
        ["2024-05-23"],
    ),
    ("Từ ngày 10-14/6/2024", TUY_HOA_VOTERS_2024, ONCE, ["2024-06-14"]),
    # Two issues of the papers, a milestone each.
    (
        "Ngày 10/6/2023 (thứ Bẩy) và ngày 12/6/2023 (thứ Hai)",
        HA_NOI_VOTERS_2023,
        MILESTONES,
        ["2023-06-10", "2023-06-12"],
    ),
    ("Từ ngày 1/12 đến 7/12", THAI_NGUYEN_VOTERS_2009, ONCE, ["2009-12-07"]),
]

# --- Elections and party congresses (bầu cử, đại hội Đảng).

# UBND xã Hoằng Thái (Hoằng Hóa, Thanh Hóa), lập và niêm yết danh sách cử tri (bầu cử 2021), at
# hoangthai.hoanghoa.thanhhoa.gov.vn/web/trang-chu/thong-tin-noi-bo/hoat-dong-hdnd-xa/hoang-
# thai-hoan-thanh-viec-niem-yet-danh-sach-cu-tri(1).html
HOANG_THAI_ELECTION_2021 = Period(date(2021, 1, 1), date(2021, 6, 30))
# Kế hoạch số 176 ngày 26.8.2019 của Ban Thường vụ Huyện ủy Phú Ninh (Quảng Nam), đại hội các
# chi bộ, đảng bộ trực thuộc và Đại hội Đảng bộ huyện, at baoquangnam.vn/xay-dung-dang/dai-
# hoi-dang-bo-huyen-phu-ninh-hoan-thanh-truoc-thang-72020-69055.html
PHU_NINH_PARTY_2020 = Period(date(2019, 8, 26), date(2020, 12, 31))
# Huyện ủy Vị Thủy (Hậu Giang), đại hội các chi, đảng bộ trực thuộc nhiệm kỳ 2020-2025, as a
# portal restates Báo Hậu Giang, at yousportnet.net/dai-hoi-dang-bo-cac-cap-tien-toi-dai-hoi-
# dai-bieu-toan-quoc-lan-thu-xiv-cua-dang/huyen-vi-thuy-46-49-chi-dang-bo-truc-thuoc-huyen-
# uy-hoan-thanh-dai-hoi-88069.html
VI_THUY_PARTY_2020 = Period(date(2019, 10, 1), date(2020, 12, 31))
# Thị ủy Đức Phổ (Quảng Ngãi), kế hoạch chuẩn bị đại hội đảng các cấp (2020), at baoquangngai.
# vn/channel/2023/202003/duc-pho-chuan-bi-nhan-su-dai-hoi-dang-bo-cac-cap-2992341/
DUC_PHO_PARTY_2020 = Period(date(2019, 10, 1), date(2020, 12, 31))
# Huyện ủy Núi Thành (Quảng Nam), kế hoạch đại hội chi bộ, đảng bộ cơ sở và Đại hội Đảng bộ
# huyện nhiệm kỳ 2015-2020, at baoquangnam.vn/xay-dung-dang/nhieu-chi-bo-dang-o-nui-thanh-to-
# chuc-xong-dai-hoi-25737.html
NUI_THANH_PARTY_2015 = Period(date(2014, 11, 15), date(2015, 12, 31))
# Huyện ủy Thăng Bình (Quảng Nam), đại hội chi, đảng bộ cơ sở và Đại hội Đảng bộ huyện nhiệm kỳ
# 2015-2020, at baoquangnam.vn/xay-dung-dang/hoi-nghi-can-bo-chu-chot-quan-triet-cac-van-ban-
# chuan-bi-cho-dai-hoi-dang-cac-cap-nhiem-ky-2015-2020-22948.html
THANG_BINH_PARTY_2015 = Period(date(2014, 9, 19), date(2015, 12, 31))

ELECTIONS_AND_CONGRESSES: list[Case] = [
    # Hoằng Thái: the headline, then the law's latest day (forty days before the vote).
    ("Hoàn thành trước ngày 13/4/2021", HOANG_THAI_ELECTION_2021, ONCE, ["2021-04-12"]),
    (
        "Chậm nhất đến ngày 13/4/2021 (40 ngày trước ngày bầu cử)",
        HOANG_THAI_ELECTION_2021,
        ONCE,
        ["2021-04-13"],
    ),
    # Phú Ninh: the district congress (the headline), the cells under grassroots
    # committees, the cells and committees under the district, the communes, the model
    # commune.
    ("Hoàn thành trước tháng 7.2020", PHU_NINH_PARTY_2020, ONCE, ["2020-06-30"]),
    ("Hoàn thành trong quý IV.2019", PHU_NINH_PARTY_2020, ONCE, ["2019-12-31"]),
    ("Hoàn thành trong tháng 4.2020", PHU_NINH_PARTY_2020, ONCE, ["2020-04-30"]),
    (
        "Bắt đầu từ tháng 4.2020 và hoàn thành trong tháng 5.2020",
        PHU_NINH_PARTY_2020,
        ONCE,
        ["2020-05-31"],
    ),
    ("Hoàn thành trước ngày 10.3.2020", PHU_NINH_PARTY_2020, ONCE, ["2020-03-09"]),
    ("Hoàn thành vào cuối tháng 3", VI_THUY_PARTY_2020, ONCE, ["2020-03-31"]),
    ("Hoàn thành trong tháng 3", DUC_PHO_PARTY_2020, ONCE, ["2020-03-31"]),
    ("Hoàn thành trong tháng 5.2020", DUC_PHO_PARTY_2020, ONCE, ["2020-05-31"]),
    # Núi Thành: the cells, the grassroots congresses (April to June), the district.
    ("Hoàn thành trước ngày 15.2", NUI_THANH_PARTY_2015, ONCE, ["2015-02-14"]),
    ("Hoàn thành từ tháng 4 - 6", NUI_THANH_PARTY_2015, ONCE, ["2015-06-30"]),
    ("Hoàn thành trong tháng 8.2015", NUI_THANH_PARTY_2015, ONCE, ["2015-08-31"]),
    # Thăng Bình: the grassroots congresses, (the district's, as Núi Thành's,) the model.
    (
        "Bắt đầu từ tháng 4.2015 và hoàn thành chậm nhất trong tháng 6.2015",
        THANG_BINH_PARTY_2015,
        ONCE,
        ["2015-06-30"],
    ),
    ("Tiến hành trong quý I/2015", THANG_BINH_PARTY_2015, ONCE, ["2015-03-31"]),
]

# --- Defence, disaster prevention, inspection, Đề án 06, health, land (quốc phòng, thiên
# tai, thanh tra, chuyển đổi số, y tế, đất đai).

# Hội đồng NVQS huyện Chơn Thành (Bình Phước), khám sức khỏe nghĩa vụ quân sự năm 2022, at
# baomoi.net.vn/chon-thanh-558-thanh-nien-du-dieu-kien-kham-suc-khoe-nghia-vu-quan-su-
# c40911365.epi
CHON_THANH_CALL_UP_2022 = Period(date(2021, 11, 17), date(2022, 3, 31))
# Hội đồng Quân sự huyện Võ Nhai (Thái Nguyên), lễ giao nhận quân năm 2019, at baothainguyen.
# org.vn/trang-in-260345.html; 20 February 2019 was the 16th of the first lunar month.
VO_NHAI_CALL_UP_2019 = Period(date(2019, 1, 21), date(2019, 3, 31))
# Bộ CHQS tỉnh Phú Thọ, tập huấn cán bộ Dân quân tự vệ năm 2026, at baophutho.vn/tap-huan-can-
# bo-dan-quan-tu-ve-nam-2026-245242.htm
PHU_THO_MILITIA_2026 = Period(date(2026, 1, 5), date(2026, 12, 31))
# Ban Chỉ đạo diễn tập huyện Tuyên Hóa (Quảng Bình), diễn tập phòng chống bão lụt - tìm kiếm
# cứu nạn và diễn tập chiến đấu xã năm 2022, at thrt.quangbinh.gov.vn/tin-tuc-su-kien/tuyen-
# hoa-giao-nhiem-vu-dien-tap-phong-chong-bao-lut-tim-kiem-cuu-nan-huyen-nam-2022-984.html
TUYEN_HOA_DRILLS_2022 = Period(date(2022, 5, 20), date(2022, 12, 31))
# UBND tỉnh Đắk Nông, biện pháp cấp bách ứng phó thiên tai, an toàn hồ đập (2020), at
# truyenhinhdaknong.vn/tin-tuc/ubnd-tinh-dak-nong-chi-dao-mot-so-bien-phap-cap-bach-chu-dong-
# ung-pho-thien-tai-7096.html
DAK_NONG_DISASTERS_2020 = Period(date(2020, 8, 18), date(2020, 12, 31))
# Quyết định số 2693/QĐ-UBND ngày 19/12/2023 của UBND tỉnh Tây Ninh, kế hoạch thanh tra năm
# 2024, its inspections by the Department of Home Affairs, at sonoivu.tayninh.gov.vn/vi/news/
# thanh-tra/ke-hoach-thanh-tra-noi-vu-nam-2024-2705.html
TAY_NINH_INSPECTIONS_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Công an tỉnh Quảng Nam, Đề án 06 (tài khoản VNeID, căn cước) năm 2023, at baoquangnam.vn/
# xa-hoi/thuc-hien-de-an-06-vao-chang-nuoc-rut-142492.html
QUANG_NAM_PROJECT_06_2023 = Period(date(2023, 5, 16), date(2023, 12, 31))
# TP Hà Nội, tiêm vắc xin phòng COVID-19 mũi 1 cho người từ 18 tuổi (2021), at baotintuc.vn/
# video/ha-noi-phan-dau-hoan-thanh-tiem-vaccine-phong-covid19-cho-100-nguoi-dan-tu-18-tuoi-
# truoc-159-v20210907174428687.htm
HA_NOI_VACCINATION_2021 = Period(date(2021, 9, 7), date(2021, 12, 31))
# Kế hoạch 2917/KH-BCĐ của Ban Chỉ đạo phòng, chống dịch Covid-19 TP Hồ Chí Minh (2021), at
# daibieunhandan.vn/lo-trinh-tiem-vaccine-cho-toan-bo-nguoi-dan-tren-18-tuoi-cua-tp-ho-chi-
# minh
HCM_VACCINATION_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
# UBND TP Hồ Chí Minh, giải quyết hồ sơ cấp giấy chứng nhận tồn đọng (2018), at voh.com.vn/
# tin-tp-ho-chi-minh/truoc-31-12-2018-hoan-tat-giai-quyet-cac-ho-so-xin-cap-giay-chung-nhan-
# con-ton-dong-296037.html
HCM_LAND_CERTIFICATES_2018 = Period(date(2018, 10, 1), date(2018, 12, 31))

DEFENCE_AND_ADMINISTRATION: list[Case] = [
    ("Từ ngày 22-11 đến 8-12-2021", CHON_THANH_CALL_UP_2022, ONCE, ["2021-12-08"]),
    # The solar date is read; the lunar one in brackets agrees with it.
    (
        "Vào ngày 20-2 (tức ngày 16 tháng Giêng năm kỷ Hợi)",
        VO_NHAI_CALL_UP_2019,
        ONCE,
        ["2019-02-20"],
    ),
    # Five days, the 5th to the 9th of January: the count agrees.
    ("Trong thời gian 5 ngày từ 5-9/1", PHU_THO_MILITIA_2026, ONCE, ["2026-01-09"]),
    # Tuyên Hóa: the flood drill's trial (its real run "vào đầu tháng 8" left out), the
    # combat drill's trial (its run "vào đầu tháng 7" left out).
    (
        "Dự kiến tổ chức trong tháng 7 năm 2022",
        TUYEN_HOA_DRILLS_2022,
        ONCE,
        ["2022-07-31"],
    ),
    (
        "Dự kiến tổ chức vào tháng 6 năm 2022",
        TUYEN_HOA_DRILLS_2022,
        ONCE,
        ["2022-06-30"],
    ),
    ("Trước ngày 15/10/2020", DAK_NONG_DISASTERS_2020, ONCE, ["2020-10-14"]),
    ("Thực hiện trong Quý I/2024", TAY_NINH_INSPECTIONS_2024, ONCE, ["2024-03-31"]),
    ("Thực hiện trong Quý II/2024", TAY_NINH_INSPECTIONS_2024, ONCE, ["2024-06-30"]),
    ("Thực hiện trong Quý III/2024", TAY_NINH_INSPECTIONS_2024, ONCE, ["2024-09-30"]),
    ("Trước ngày 30/6/2023", QUANG_NAM_PROJECT_06_2023, ONCE, ["2023-06-29"]),
    ("Trong tháng 6/2023", QUANG_NAM_PROJECT_06_2023, ONCE, ["2023-06-30"]),
    # Hà Nội: the headline, then the body.
    ("Trước 15/9", HA_NOI_VACCINATION_2021, ONCE, ["2021-09-14"]),
    ("Trước ngày 15/9", HA_NOI_VACCINATION_2021, ONCE, ["2021-09-14"]),
    ("Ngay trong năm 2021", HCM_VACCINATION_2021, ONCE, ["2021-12-31"]),
    # Hồ Chí Minh City: the districts' plans, then the backlog (headline and body).
    ("Trước ngày 30/11/2018", HCM_LAND_CERTIFICATES_2018, ONCE, ["2018-11-29"]),
    ("Trước 31/12/2018", HCM_LAND_CERTIFICATES_2018, ONCE, ["2018-12-30"]),
    ("Trước ngày 31/12/2018", HCM_LAND_CERTIFICATES_2018, ONCE, ["2018-12-30"]),
]

# --- Citizens' reception days (tiếp công dân, tiếp dân).

# Ban Nội chính Tỉnh ủy Trà Vinh, lịch tiếp công dân của Bí thư Tỉnh ủy năm 2024 (the table's
# dates, every one a Tuesday), at travinh.gov.vn/thoi-su-chinh-tri/lich-tiep-cong-dan-cua-bi-
# thu-tinh-uy-tra-vinh-nam-2024-704500
TRA_VINH_SECRETARY_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Văn phòng Tỉnh ủy Thanh Hóa, thay đổi ngày tiếp dân của Bí thư Tỉnh ủy tháng 10/2019, at
# truyenhinhthanhhoa.vn/thoi-su-chinh-tri/201910/thong-bao-thay-doi-ngay-tiep-dan-doi-thoai-
# voi-cong-dan-cua-dong-chi-bi-thu-tinh-uy-8235213/
THANH_HOA_SECRETARY_2019 = Period(date(2019, 10, 1), date(2019, 10, 31))
# Văn phòng Tỉnh ủy Thanh Hóa, tạm hoãn tiếp công dân tháng 01/2021 của Bí thư Tỉnh ủy, at
# truyenhinhthanhhoa.vn/thoi-su-chinh-tri/202101/thong-bao-cua-van-phong-tinh-uy-thanh-hoa-ve-
# viec-tam-hoan-chuong-trinh-tiep-cong-dan-thang-01-nam-2021-cua-dong-chi-bi-thu-tinh-uy-
# 8326125/; 22 February 2021 was a Monday.
THANH_HOA_SECRETARY_2021 = Period(date(2021, 1, 18), date(2021, 2, 28))
# UBND tỉnh Bình Định, hoãn tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 6/2021, at
# thanhtra.com.vn/khieu-nai-to-cao/chu-tich-tinh-binh-dinh-hoan-tiep-dan-dinh-ky-de-phong-
# chong-covid-19-182984.html; 15 June 2021 was a Tuesday.
BINH_DINH_CHAIRMAN_2021 = Period(date(2021, 6, 1), date(2021, 6, 30))
# Thông báo số 50 ngày 10/8/2022 của Ban Nội chính Tỉnh ủy Quảng Bình, tiếp dân định kỳ của Bí
# thư Tỉnh ủy phiên tháng 8, at noichinh.quangbinh.gov.vn/3cms/Ban-in-507.htm?art=
# 1657597282474; 15 August 2022 was a Monday.
QUANG_BINH_SECRETARY_2022 = Period(date(2022, 8, 10), date(2022, 12, 31))
# Ban Nội chính Tỉnh ủy Phú Thọ, tiếp dân định kỳ của Bí thư Tỉnh ủy tháng 11/2025, at
# baophutho.vn/bi-thu-tinh-uy-tiep-dan-dinh-ky-thang-11-243407.htm
PHU_THO_SECRETARY_2025 = Period(date(2025, 11, 1), date(2025, 11, 30))
# Thông báo số 02/TB-UBND ngày 03/01/2024 của UBND tỉnh Bắc Kạn, lịch tiếp công dân của Chủ
# tịch UBND tỉnh năm 2024, at baobackan.com.vn/chu-tich-ubnd-tinh-bac-kan-tiep-cong-dan-vao-
# ngay-25-hang-thang-post59654.html
BAC_KAN_CHAIRMAN_2024 = Period(date(2024, 1, 3), date(2024, 12, 31))
# UBND tỉnh Gia Lai, tiếp công dân của lãnh đạo UBND tỉnh năm 2020, at gialaitv.vn/tin-dia-
# phuong/thong-bao-ve-viec-tiep-cong-dan-cua-lanh-dao-ubnd-tinh-nam-2020
GIA_LAI_LEADERS_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))

RECEPTION_DAYS: list[Case] = [
    ("16/01/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-01-16"]),
    ("13/02/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-02-13"]),
    ("12/3/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-03-12"]),
    ("16/4/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-04-16"]),
    ("14/5/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-05-14"]),
    ("11/6/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-06-11"]),
    ("16/7/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-07-16"]),
    ("13/8/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-08-13"]),
    ("10/9/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-09-10"]),
    ("15/10/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-10-15"]),
    ("12/11/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-11-12"]),
    ("10/12/2024", TRA_VINH_SECRETARY_2024, ONCE, ["2024-12-10"]),
    # Thanh Hóa 2019: the day first set, then the day moved to.
    ("Ngày 21/10/2019", THANH_HOA_SECRETARY_2019, ONCE, ["2019-10-21"]),
    ("Vào ngày 18/10/2019", THANH_HOA_SECRETARY_2019, ONCE, ["2019-10-18"]),
    ("Vào ngày 20/01/2021", THANH_HOA_SECRETARY_2021, ONCE, ["2021-01-20"]),
    ("Vào thứ Hai, ngày 22/02/2021", THANH_HOA_SECRETARY_2021, ONCE, ["2021-02-22"]),
    ("Vào thứ ba ngày 15/6/2021", BINH_DINH_CHAIRMAN_2021, ONCE, ["2021-06-15"]),
    # Quảng Bình: the headline, then the body.
    ("Vào ngày 15/8", QUANG_BINH_SECRETARY_2022, ONCE, ["2022-08-15"]),
    ("Vào ngày thứ Hai - 15/8", QUANG_BINH_SECRETARY_2022, ONCE, ["2022-08-15"]),
    ("Từ 14 giờ 30 phút ngày 28/11/2025", PHU_THO_SECRETARY_2025, ONCE, ["2025-11-28"]),
    (
        "Vào ngày 25 hằng tháng",
        BAC_KAN_CHAIRMAN_2024,
        RECURRING,
        _every_month(2024, 25),
    ),
    (
        "Vào ngày 15 hàng tháng",
        GIA_LAI_LEADERS_2020,
        RECURRING,
        _every_month(2020, 15),
    ),
]

# --- Seen elsewhere only.

# UBND huyện Đạ Tẻh (Lâm Đồng), thu chi ngân sách năm 2021, at baolamdong.vn/kinhte/202105/
# da-teh-thu-chi-ngan-sach-nha-nuoc-tang-357-3055654/
DA_TEH_BUDGET_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))

ELEVENTH_SET = (
    COUNCILS_AND_VOTERS + ELECTIONS_AND_CONGRESSES + DEFENCE_AND_ADMINISTRATION + RECEPTION_DAYS
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    ("6 tháng đầu năm", DA_TEH_BUDGET_2021, ONCE, ["2021-06-30"]),
    # Bắc Kạn: citizens register before the 20th of each month.
    (
        "Trước ngày 20 hằng tháng",
        BAC_KAN_CHAIRMAN_2024,
        RECURRING,
        _every_month(2024, 19),
    ),
]

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 78 / 83


def test_the_eleventh_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(ELEVENTH_SET, __file__, at_least=83)


def test_no_eleventh_set_phrase_reads_wrong() -> None:
    assert_none_wrong(ELEVENTH_SET + SEEN_ELSEWHERE)


def test_the_eleventh_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(ELEVENTH_SET, MEASURED_SHARE)

"""A tenth held-out set: deadlines and timetables of local plans, as their pages write them.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo) or timetable of a
commune, ward, district, city or province, of a district's party committee, council or steering
committee (ban chỉ đạo diễn tập, hiến máu), or of a district mass organisation (Hội Nông dân
huyện), or from the page of a portal or paper that sets out such a plan's dates, none of them
cited by the nine earlier held-out sets or the other deadline test modules (nor taken from the
repositories they used). They were found in the stored public pages (each cited below by its
address; the held-out phrases come from 30 plans on 31 pages) and cover: party congress
timetables (2020), a district farmers' congress, commune councils' mid-year sessions after the
2025 merger, a province's PCI improvement, defence drills of communes and districts (diễn tập
khu vực phòng thủ), a city's tree-planting, legal-education contests (an online law contest, a
constitution essay contest), a commune's food-safety month and rabies round, the sports
congresses of two provinces and a city, blood-donation rounds of four districts and two
provinces, an ethnic festival and three boat races, and citizens' reception days of two
provinces and a commune's dialogue. The wording of the time expression is kept as written
("Trước ngày 25.3", "Từ tháng 7 đến tháng 12-2019", "Từ ngày 23- 25/11", "07 giờ 30 ngày
07/01/2021", "Vào các tháng 2,4,7 và tháng 11"); only what would stand in a plan's deadline or
timetable cell was taken ("Đại hội Đảng bộ xã Tân Việt dự kiến tổ chức trước ngày 25.3" gives
"Trước ngày 25.3", "Thời gian dự kiến: ngày 13/01/2023" gives "Ngày 13/01/2023", "Đợt thi thứ
nhất: Dự kiến bắt đầu từ ngày 01/6 đến ngày 30/6/2024" gives "Dự kiến bắt đầu từ ngày 01/6 đến
ngày 30/6/2024"), with a capital first letter. Each phrase is read against the period of its
plan, as the plan or page states it (its year, where the phrase names none).

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py and the other held-out sets ("Trước ngày X" is the
day before X, but "Trước 17 giờ, ngày X", before an hour of day X, is X itself; a month is its
last day, its end ("cuối tháng") too; "trung tuần" is the 20th, as the eighth set reads it; a
quarter is its last day; a span is due at its end, "Từ tháng 1-2022 đến trước ngày 30-5-2022"
the day before its end; a time or a part of the day beside a date is that date; a lunar span in
brackets after its solar span is read by the solar span; several months named without "Từ"
("Vào các tháng 2,4,7 và tháng 11") are a milestone at each month's end, and a list or range of
years ("Trong năm 2023, 2024", "Trong các năm 2024-2026") a milestone at each year's end, as
test_deadline_fourth_set.py reads a range of years), without the engine being run on any of
them: the helper who collected them did not open models/deadline/.

Reviewed by the lead before the one run, against the documented conventions only: "Trong
tháng 8", "Tháng 9" and "Tháng 10" of the Trà Ôn drills were taken out. The plan runs from
August 2022 to 2024, so each month stands in it in two or three years; the README's
convention (a month or day without a year is read only when the plan period holds it in one
year) makes them readable two ways, and the collector's own rule leaves such phrases out.

The engine was run on both parts of the tenth set once, on 2026-12-01 at 16:29 UTC (as this
machine's clock reads), on the working tree at commit 420a014 with the engine's seventh round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 78 phrases (from 30 plans), 71 read right (91.0%), 7 came back ``unknown``
and none read wrong; both SEEN_ELSEWHERE phrases read right. No expectation was changed after
measuring. Both parts together: 137 of 150 (91.3%), none wrong; with the phrases seen
elsewhere, 143 of 156 (91.7%). That is below issue 14's 95%, so the test asserts the measured
share. The phrases still unread, by family:

- a leading phrase outside the engine's lists before a span: "Dự kiến bắt đầu từ ngày 01/6
  đến ngày 30/6/2024", "Dự kiến bắt đầu từ ngày 01/9 đến ngày 30/9/2024", "Bắt đầu tiêm từ
  ngày 6/11 đến ngày 11/11/2023";
- a count of days before its date: "Trong 1 ngày vào 28/7/2025";
- a span whose end is "before" a date: "Từ tháng 1-2022 đến trước ngày 30-5-2022";
- several months of the plan's year, listed: "Vào các tháng 2,4,7 và tháng 11";
- a lunar span in brackets led by "Tức" and closed by "Âm lịch": "Từ ngày 21/4/2025 đến
  23/4/2025 (Tức ngày 24/3 đến 26/3 Âm lịch)".

Ongoing, recurring and undatable forms ("Thường xuyên", "hằng quý", "khi có yêu cầu") did not
turn up in the pages' openings, which the stored copies keep: the plans' task tables, where
such cells stand, are seldom reached; the set is of single dates, spans and milestones.
SEEN_ELSEWHERE holds the phrases of these plans that another deadline test module already
writes: the two of the Giồng Riềng and Hải Dương youth summer campaigns, which
test_deadline_tenth_set_second.py, collected at the same time by another helper from the same
search, also holds. They keep their readings, for the natural frequency of common forms, and
are read by the never-wrong test but not counted in the held-out share.

Left out as readable two ways, not a deadline, or written wrong on the page: "Đầu tháng 8"
(m.baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-chon-2-dang-bo-to-chuc-dai-hoi-diem-129125, the
district congress, and the Ngã Bảy page's second trial drill: early in a month, no day), "Dự
kiến giữa tháng 06/2025" (hdnd.dongnai.gov.vn, Long Thành's council session: the middle of a
month), "Vào dịp giữa tháng 3/2020" (doluong.gov.vn, model party congresses: likewise), "Vào
đầu quý I/2023" (thapmuoi.dongthap.gov.vn, the farmers' unions: the start of a quarter), "Trong
hai ngày 10 và 11-11" and "Trong 2 ngày 10 và 11/11" (the Sóc Trăng races of 2019: one two-day
race or two dates, as the seventh set leaves such a phrase out), "Trong 2 ngày 7 và 8-5"
(baoangiang.com.vn, Vĩnh Phú's party congress of 2020, likewise, and reported after the event),
"Trong 02 ngày (ngày 14/11/2024 và ngày 15/11/2024)" (the Sóc Trăng races of 2024, on a law
portal's mirror at a bare IP address, likewise), "Vào ngày 05 và 20 hàng tháng"
(longxuyen.angiang.gov.vn/thong-bao-lich-tiep-cong-dan-dinh-ky: a page that names no year), "Từ
ngày tháng 4/2024 đến hết tháng 8/2024" (doanthanhnien.vn, Quảng Bình's summer campaign: a day
left blank), "Vào ngày 27,28/2023" (hoinongdan.bacgiang.gov.vn/21720-...: a month left out),
and the reported launches of tree-planting days (samson.thanhhoa.gov.vn,
chauthanh.angiang.gov.vn: events past, not deadlines). Tây Ninh's reception timetable of 2021
goes on, each Thursday with one of four bodies, to December; only its first three months were
taken, so that one table would not outweigh the set. National timetables were left alone (the
Ministry of Defence's call-up days, the Youth Union's central summer plan, the National
Election Council's and the Fatherland Front's consultation rounds of 2025-2026, the Party
Secretariat's farmers' congress timetable, the Ministry of Public Security's identity-card
drive), and so were pages the earlier sets had used (the Quảng Nam and Vĩnh Long farmers'
congresses of 2023, Phú Thọ's election plan of 2021, Thái Nguyên's summer campaign of 2020, Hòa
Xá's tree-planting of 2026, Đồng Tháp's adjusted sports congress dates, Tứ Kỳ's legal education
of 2025, the Ngân Sơn, Na Rì, Tây Sơn and Tân Đoàn reception notices, Ninh Thuận's food-safety
month, the Hà Nội and Tây Ninh identity-card drives, Phan Thiết's and Hương Xuân's rabies
rounds).
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    MILESTONES,
    ONCE,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- Party and farmers' union congresses, council sessions (đại hội, kỳ họp HĐND).

# Ban Thường vụ Huyện ủy Thanh Hà (Hải Dương), đại hội điểm nhiệm kỳ 2020-2025, at
# m.baohaiduong.vn/chinh-tri/huyen-uy-thanh-ha-chon-2-dang-bo-to-chuc-dai-hoi-diem-129125
THANH_HA_PARTY_2020 = Period(date(2020, 2, 25), date(2020, 12, 31))
# Ban Thường vụ Huyện ủy Châu Phú (An Giang), kế hoạch chuẩn bị Đại hội Đảng bộ các cấp, at
# baoangiang.com.vn/chau-phu-trien-khai-ke-hoach-chuan-bi-dai-hoi-dang-bo-cac-cap-a252280.html
CHAU_PHU_PARTY_2020 = Period(date(2019, 8, 15), date(2020, 12, 31))
# Hội Nông dân huyện Bạch Thông (Bắc Kạn), Đại hội lần thứ XI nhiệm kỳ 2023-2028, at
# bachthong.gov.vn/duyet-van-kien-dai-hoi-hoi-nong-dan-huyen-nhiem-ky-2023-2028/
BACH_THONG_FARMERS_2023 = Period(date(2023, 5, 24), date(2023, 12, 31))

# Thường trực HĐND xã Thanh Hà (Hải Phòng), kỳ họp thường lệ giữa năm 2025, at thanhha.
# haiphong.gov.vn/chi-dao-dieu-hanh/chuan-bi-tot-cac-dieu-kien-de-to-chuc-ky-hop-thuong-le-giua-
# nam-2025-cua-hdnd-xa-763942
THANH_HA_COUNCIL_2025 = Period(date(2025, 7, 17), date(2025, 12, 31))
# Thường trực HĐND xã Hòa Lạc (An Giang), kế hoạch kỳ họp giữa năm 2025, at hoalac.angiang.gov.
# vn/thuong-truc-hdnd-xa-hoa-lac-hop-ban-cong-tac-chuan-bi-noi-dung-ky-hop-thu-2
HOA_LAC_COUNCIL_2025 = Period(date(2025, 7, 10), date(2025, 12, 31))

CONGRESSES_AND_COUNCILS: list[Case] = [
    # Thanh Hà: the model commune's congress, the model enterprise's, the draft report, the
    # grassroots congresses.
    ("Trước ngày 25.3", THANH_HA_PARTY_2020, ONCE, ["2020-03-24"]),
    ("Trước ngày 5.4", THANH_HA_PARTY_2020, ONCE, ["2020-04-04"]),
    ("Trước ngày 15.3", THANH_HA_PARTY_2020, ONCE, ["2020-03-14"]),
    ("Từ tháng 4 đến hết tháng 5", THANH_HA_PARTY_2020, ONCE, ["2020-05-31"]),
    # Châu Phú: the study of the directives, the cells' congresses, the grassroots', the
    # district's, then the model commune's cells and the model commune.
    ("Từ tháng 7 đến tháng 12-2019", CHAU_PHU_PARTY_2020, ONCE, ["2019-12-31"]),
    ("Từ tháng 1 đến tháng 3-2020", CHAU_PHU_PARTY_2020, ONCE, ["2020-03-31"]),
    ("Từ tháng 4 đến tháng 6-2020", CHAU_PHU_PARTY_2020, ONCE, ["2020-06-30"]),
    ("Từ tháng 6 đến tháng 8-2020", CHAU_PHU_PARTY_2020, ONCE, ["2020-08-31"]),
    ("Trước ngày 31-12-2019", CHAU_PHU_PARTY_2020, ONCE, ["2019-12-30"]),
    ("Trước ngày 31-1-2020", CHAU_PHU_PARTY_2020, ONCE, ["2020-01-30"]),
    ("Vào ngày 8/6/2023", BACH_THONG_FARMERS_2023, ONCE, ["2023-06-08"]),
    # Commune councils' mid-year sessions after the 2025 merger.
    ("Trong 1 ngày vào 28/7/2025", THANH_HA_COUNCIL_2025, ONCE, ["2025-07-28"]),
    ("Vào ngày 31/7/2025", HOA_LAC_COUNCIL_2025, ONCE, ["2025-07-31"]),
]

# --- Legal education, food safety, health (tư pháp, y tế).

# Kế hoạch số 1272/HĐPH-KH ngày 09/4/2024 của Hội đồng phối hợp PBGDPL tỉnh Hải Dương, Cuộc
# thi tìm hiểu pháp luật trực tuyến năm 2024, at haiduong.gov.vn/2024/Trang/ke-hoach-to-chuc-
# cuoc-thi-tim-hieu-phap-luat-truc-tuyen-nam-2024.aspx
HAI_DUONG_LAW_CONTEST_2024 = Period(date(2024, 4, 9), date(2024, 12, 31))
# Sở Tư pháp Thừa Thiên Huế, Cuộc thi viết tìm hiểu Hiến pháp (2015), at baothuathienhue.vn/
# tren-70-000-bai-tham-gia-cuoc-thi-viet-tim-hieu-hien-phap-nuoc-chxhcn-viet-nam-a11963.html
HUE_CONSTITUTION_CONTEST_2015 = Period(date(2015, 5, 29), date(2015, 12, 31))
# Thông báo của UBND xã Tiền Tiến (TP Hải Dương), tiêm phòng dại cho đàn chó vụ thu năm 2023,
# at tientien.tphaiduong.haiduong.gov.vn/Article/m1QdVkc7QzI@/3356.html
TIEN_TIEN_RABIES_2023 = Period(date(2023, 11, 1), date(2023, 11, 30))
# Kế hoạch số 107 của UBND xã Đại Lãnh (Vạn Ninh, Khánh Hòa), "Tháng hành động vì an toàn
# thực phẩm" năm 2021, at dailanh.vanninh.khanhhoa.gov.vn/Default.aspx?ArticleId=870cd878-
# ec1a-44a8-84a3-9e2f38d0356d
DAI_LANH_FOOD_SAFETY_2021 = Period(date(2021, 4, 1), date(2021, 12, 31))

LAW_AND_HEALTH: list[Case] = [
    (
        "Dự kiến bắt đầu từ ngày 01/6 đến ngày 30/6/2024",
        HAI_DUONG_LAW_CONTEST_2024,
        ONCE,
        ["2024-06-30"],
    ),
    (
        "Dự kiến bắt đầu từ ngày 01/9 đến ngày 30/9/2024",
        HAI_DUONG_LAW_CONTEST_2024,
        ONCE,
        ["2024-09-30"],
    ),
    # Before five in the afternoon of the 22nd is still the 22nd.
    ("Trước 17 giờ, ngày 22/6/2015", HUE_CONSTITUTION_CONTEST_2015, ONCE, ["2015-06-22"]),
    (
        "Từ ngày 23/6 và kết thúc vào ngày 14/7/2015",
        HUE_CONSTITUTION_CONTEST_2015,
        ONCE,
        ["2015-07-14"],
    ),
    (
        "Từ ngày 15/4/2021 đến ngày 15/5/2021",
        DAI_LANH_FOOD_SAFETY_2021,
        ONCE,
        ["2021-05-15"],
    ),
    # Tiền Tiến: the round, then one village a day.
    (
        "Bắt đầu tiêm từ ngày 6/11 đến ngày 11/11/2023",
        TIEN_TIEN_RABIES_2023,
        ONCE,
        ["2023-11-11"],
    ),
    ("Ngày 6/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-06"]),
    ("Ngày 7/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-07"]),
    ("Ngày 8/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-08"]),
    ("Ngày 9/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-09"]),
    ("Ngày 10/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-10"]),
    ("Ngày 11/11", TIEN_TIEN_RABIES_2023, ONCE, ["2023-11-11"]),
]

# --- Administrative reform, defence drills, tree-planting (PCI, quốc phòng, trồng cây).

# UBND tỉnh Quảng Nam, cải thiện chỉ số PCI năm 2023, at baoquangnam.vn/cai-cach-hanh-chinh/
# chua-the-ban-hanh-ke-hoach-cai-thien-chi-so-pci-2023-142472.html
QUANG_NAM_PCI_2023 = Period(date(2023, 4, 1), date(2023, 12, 31))
# Ban Chỉ đạo diễn tập huyện Trà Ôn (Vĩnh Long), diễn tập chiến đấu phòng thủ cấp xã 2022-2024,
# at baovinhlong.vn/phap-luat/202208/tra-on-tap-trung-hoan-thanh-dien-tap-chien-dau-phong-thu-
# cap-xa-3128514/
TRA_ON_DRILLS_2022 = Period(date(2022, 8, 4), date(2024, 12, 31))
# Ban Chỉ đạo diễn tập huyện Tháp Mười (Đồng Tháp), diễn tập chiến đấu các xã năm 2022, at
# thapmuoi.dongthap.gov.vn/web/htm/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/
# 12381417?plidlayout=5072
THAP_MUOI_DRILLS_2022 = Period(date(2022, 9, 5), date(2022, 12, 31))
# Ban chỉ đạo diễn tập khu vực phòng thủ TP Ngã Bảy và huyện Phụng Hiệp (Hậu Giang), 2022, at
# www.baohaugiang.com.vn/quoc-phong-an-ninh/thanh-pho-nga-bay-va-huyen-phung-hiep-dang-hoan-
# chinh-van-kien-dien-tap-khu-vuc-phong-thu-113234.html
NGA_BAY_DRILLS_2022 = Period(date(2022, 7, 22), date(2022, 12, 31))
# UBND huyện Hạ Lang (Cao Bằng), diễn tập khu vực phòng thủ huyện năm 2024, at halang.caobang.
# gov.vn/quoc-phong-an-ninh/to-chuc-cuoc-hop-tieu-ban-noi-dung-dien-tap-khu-vuc-phong-thu-huyen-
# nam-2024-969479
HA_LANG_DRILLS_2024 = Period(date(2024, 6, 7), date(2024, 12, 31))
# Huyện đoàn Giồng Riềng (Kiên Giang), chiến dịch thanh niên tình nguyện hè 2024, at
# tuoitregiongrieng.com/15872
GIONG_RIENG_SUMMER_2024 = Period(date(2024, 6, 1), date(2024, 12, 31))
# Kế hoạch số 2080/KH-BCĐ ngày 16/6/2020 của Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên
# tình nguyện tỉnh Hải Dương, at vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?
# ArticleID=27880
HAI_DUONG_SUMMER_2020 = Period(date(2020, 6, 16), date(2020, 12, 31))
# Kế hoạch số 380/KH-UBND ngày 29/12/2025 của UBND TP Hà Nội, "Tết trồng cây" Xuân Bính Ngọ
# 2026, at vneconomy.vn/ha-noi-phan-dau-trong-moi-hon-400000-cay-xanh-trong-nam-2026.htm
HA_NOI_TREES_2026 = Period(date(2025, 12, 29), date(2026, 12, 31))

REFORM_DEFENCE_AND_TREES: list[Case] = [
    ("Trước ngày 30/4/2023", QUANG_NAM_PCI_2023, ONCE, ["2023-04-29"]),
    ("Trước ngày 15/5/2023", QUANG_NAM_PCI_2023, ONCE, ["2023-05-14"]),
    # Trà Ôn, on 4 August 2022: two communes in August, one in September, the provincial
    # model in October ("Trong tháng 8", "Tháng 9", "Tháng 10": left out, see the
    # docstring), the other eight communes in 2023 and 2024.
    ("Trong năm 2023, 2024", TRA_ON_DRILLS_2022, MILESTONES, ["2023-12-31", "2024-12-31"]),
    ("Từ ngày 23/9 đến 12/10/2022", THAP_MUOI_DRILLS_2022, ONCE, ["2022-10-12"]),
    # Ngã Bảy's first trial at the end of July, its drill in the middle ten days of August
    # (due the 20th), Phụng Hiệp's at the end of August.
    ("Cuối tháng 7", NGA_BAY_DRILLS_2022, ONCE, ["2022-07-31"]),
    ("Trung tuần tháng 8", NGA_BAY_DRILLS_2022, ONCE, ["2022-08-20"]),
    ("Vào cuối tháng 8", NGA_BAY_DRILLS_2022, ONCE, ["2022-08-31"]),
    ("Vào tháng 9", HA_LANG_DRILLS_2024, ONCE, ["2024-09-30"]),
    ("Từ ngày 21/2/2026 đến ngày 3/3/2026", HA_NOI_TREES_2026, ONCE, ["2026-03-03"]),
]

# --- Sports congresses (đại hội thể dục thể thao).

# UBND tỉnh Quảng Nam, Chỉ thị về Đại hội Thể dục thể thao các cấp lần thứ X, at
# thethaovietnamplus.vn/quang-nam-to-chuc-dai-hoi-the-duc-the-thao-cac-cap-lan-thu-x-dien-ra-
# tu-nam-2024-2026-a28543.html
QUANG_NAM_SPORTS_2026 = Period(date(2023, 11, 1), date(2026, 12, 31))
# Sở Văn hóa và Thể thao TP Đà Nẵng, Đại hội TD-TT các cấp (2021-2022), at baodanang.vn/
# channel/5422/202110/dai-hoi-td-tt-thanh-pho-du-kien-dien-ra-tu-thang-2-den-thang-9-2022-
# 3891174/
DA_NANG_SPORTS_2022 = Period(date(2021, 10, 1), date(2022, 12, 31))
# Kế hoạch của UBND tỉnh Đồng Tháp tổ chức Đại hội TDTT các cấp và Đại hội TDTT tỉnh lần thứ X
# năm 2026, at baodongthap.com.vn/the-thao/dai-hoi-the-duc-the-thao-tinh-dong-thap-lan-thu-x-
# thi-dau-26-mon-126662.aspx
DONG_THAP_SPORTS_2026 = Period(date(2024, 10, 29), date(2026, 12, 31))

SPORTS_CONGRESSES: list[Case] = [
    # Quảng Nam: the whole, then the communes, the districts and the province. A range of
    # years is a milestone at each year's end, as test_deadline_fourth_set.py reads one.
    (
        "Trong các năm 2024-2026",
        QUANG_NAM_SPORTS_2026,
        MILESTONES,
        ["2024-12-31", "2025-12-31", "2026-12-31"],
    ),
    ("Từ tháng 3 đến tháng 10/2024", QUANG_NAM_SPORTS_2026, ONCE, ["2024-10-31"]),
    ("Từ tháng 2 đến tháng 11/2025", QUANG_NAM_SPORTS_2026, ONCE, ["2025-11-30"]),
    ("Từ tháng 7/2025 đến tháng 10/2026", QUANG_NAM_SPORTS_2026, ONCE, ["2026-10-31"]),
    # Đà Nẵng: the headline, the districts' congresses, the city's.
    ("Từ tháng 2 đến tháng 9-2022", DA_NANG_SPORTS_2022, ONCE, ["2022-09-30"]),
    ("Từ tháng 1-2022 đến trước ngày 30-5-2022", DA_NANG_SPORTS_2022, ONCE, ["2022-05-29"]),
    ("Từ tháng 2-2022 đến tháng 9-2022", DA_NANG_SPORTS_2022, ONCE, ["2022-09-30"]),
    # Đồng Tháp: the communes, the districts, the province's two stages.
    ("Từ tháng 10/2024 - 6/2025", DONG_THAP_SPORTS_2026, ONCE, ["2025-06-30"]),
    ("Từ ngày 1/7 - 31/10/2025", DONG_THAP_SPORTS_2026, ONCE, ["2025-10-31"]),
    ("Từ ngày 1/11/2025 - 15/3/2026", DONG_THAP_SPORTS_2026, ONCE, ["2026-03-15"]),
    ("Từ ngày 27 - 31/3/2026", DONG_THAP_SPORTS_2026, ONCE, ["2026-03-31"]),
]

# --- Blood donation (hiến máu tình nguyện).

# Ban chỉ đạo hiến máu tình nguyện huyện Đức Cơ (Gia Lai), kế hoạch năm 2023, at
# ducco.gialai.gov.vn/Mobile/News/11105.aspx
DUC_CO_BLOOD_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Ban Chỉ đạo vận động hiến máu tình nguyện huyện Hà Quảng (Cao Bằng), đợt II năm 2021, at
# haquangtv.vn/tin-tuc/Van-hoa-Xa-hoi/Hop-ban-chi-dao-hien-mau-tinh-nguyen-nam-2021-3378.html
HA_QUANG_BLOOD_2021 = Period(date(2021, 10, 12), date(2021, 12, 31))
# Kế hoạch số 34/KH-BCĐ ngày 09/5/2018 của Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh Tây
# Ninh, Chiến dịch Giọt máu nghĩa tình hè 2018, at tayninh.gov.vn/vi/news/dua-nghi/chi-n-d-ch-
# gi-t-m-u-ngh-a-t-nh-h-2018-36286.html
TAY_NINH_BLOOD_2018 = Period(date(2018, 5, 9), date(2018, 12, 31))
# Ban Chỉ đạo hiến máu tình nguyện huyện Hoài Ân (Bình Định), chỉ tiêu năm 2020, at
# hoaian.binhdinh.gov.vn/newsdetail.php?newsid=1619&id=61
HOAI_AN_BLOOD_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Ban chỉ đạo Vận động hiến máu tình nguyện tỉnh Hà Nam, kế hoạch năm 2023 (to 30/11/2023), as
# a university restates it, at cshn.tmu.edu.vn/tin-tuc/ke-hoach-van-dong-hien-mau-nhan-dao-22244
HA_NAM_BLOOD_2023 = Period(date(2022, 12, 1), date(2023, 11, 30))

BLOOD_DONATION: list[Case] = [
    ("Ngày 13/01/2023", DUC_CO_BLOOD_2023, ONCE, ["2023-01-13"]),
    ("28/05/2023", DUC_CO_BLOOD_2023, ONCE, ["2023-05-28"]),
    ("Vào buổi sáng ngày 27/10/2021", HA_QUANG_BLOOD_2021, ONCE, ["2021-10-27"]),
    ("Từ ngày 02/5 đến ngày 02/9/2018", TAY_NINH_BLOOD_2018, ONCE, ["2018-09-02"]),
    ("Ngày 24/7/2018", TAY_NINH_BLOOD_2018, ONCE, ["2018-07-24"]),
    # Four rounds, one in each month named: a milestone at each month's end.
    (
        "Vào các tháng 2,4,7 và tháng 11",
        HOAI_AN_BLOOD_2020,
        MILESTONES,
        ["2020-02-29", "2020-04-30", "2020-07-31", "2020-11-30"],
    ),
    ("Từ ngày 21/12/2022 đến 08/01/2023", HA_NAM_BLOOD_2023, ONCE, ["2023-01-08"]),
    ("Từ ngày 04/2/2023 đến 03/3/2023", HA_NAM_BLOOD_2023, ONCE, ["2023-03-03"]),
]

# --- Festivals (lễ hội, văn hóa).

# UBND huyện Na Rì (Bắc Kạn), Lễ hội Văn hóa truyền thống "Chợ tình Xuân Dương" năm 2025, at
# nari.backan.gov.vn/hop-tieu-ban-noi-dung-tuyen-truyen-le-hoi-van-hoa-truyen-thong-cho-tinh-
# xuan-duong-nam-2025; 21/4/2025 was the 24th of the third lunar month of Ất Tỵ.
NA_RI_FESTIVAL_2025 = Period(date(2025, 4, 2), date(2025, 12, 31))

# Ban tổ chức Lễ hội Óc om bóc - Đua ghe Ngo khu vực ĐBSCL năm 2019 (tỉnh Sóc Trăng), at
# baohoabinh.com.vn/276/134739/Le-hoi-Oc-om-boc-Dua-ghe-Ngo-khu-vuc-DBSCL-nam-2019.htm and
# giaoducthoidai.vn/nao-nuc-cho-ngay-hoi-dua-ghe-ngo-post395168.html
SOC_TRANG_BOAT_RACE_2019 = Period(date(2019, 11, 1), date(2019, 12, 31))
# Ban tổ chức Lễ hội Đua ghe Ngo tỉnh Sóc Trăng lần II - khu vực ĐBSCL năm 2015, as a blog
# restates Dân Trí's report, at tonghopdulichbui.blogspot.com/2015/11/le-hoi-ua-ghe-ngo-khu-
# vuc-bscl.html
SOC_TRANG_BOAT_RACE_2015 = Period(date(2015, 11, 1), date(2015, 12, 31))
# UBND và Ủy ban MTTQ Quận 3 (TP Hồ Chí Minh), Lễ hội đua ghe Ngo lần thứ 1 năm 2023, at
# thuonghieuvaphapluat.vn/tphcm-sap-dien-ra-le-hoi-dua-ghe-ngo-mo-rong-lan-thu-1-nam-2023-chu-
# de-dat-nuoc-tron-niem-vui-d60024.html; 23 April 2023 was a Sunday.
DISTRICT_3_BOAT_RACE_2023 = Period(date(2023, 4, 19), date(2023, 12, 31))

FESTIVALS: list[Case] = [
    ("Vào ngày 19/04/2025", NA_RI_FESTIVAL_2025, ONCE, ["2025-04-19"]),
    ("Từ ngày 19/4/2025 đến ngày 20/4/2025", NA_RI_FESTIVAL_2025, ONCE, ["2025-04-20"]),
    (
        "Từ ngày 21/4/2025 đến 23/4/2025 (Tức ngày 24/3 đến 26/3 Âm lịch)",
        NA_RI_FESTIVAL_2025,
        ONCE,
        ["2025-04-23"],
    ),
    ("Từ ngày 5 đến ngày 11-11", SOC_TRANG_BOAT_RACE_2019, ONCE, ["2019-11-11"]),
    ("Từ ngày 5 đến ngày 11/11/2019", SOC_TRANG_BOAT_RACE_2019, ONCE, ["2019-11-11"]),
    # Sóc Trăng 2015: the festival, the races' opening, the heats, the finals, the opening
    # and the closing of the festival.
    ("Từ ngày 23- 25/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-25"]),
    ("Lúc 12h ngày 24/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-24"]),
    ("Chiều 24/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-24"]),
    ("Chiều ngày 25/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-25"]),
    ("Vào tối ngày 24/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-24"]),
    ("Vào ngày 25/11", SOC_TRANG_BOAT_RACE_2015, ONCE, ["2015-11-25"]),
    ("Vào ngày 23/4", DISTRICT_3_BOAT_RACE_2023, ONCE, ["2023-04-23"]),
    ("Vào chủ nhật 23-4", DISTRICT_3_BOAT_RACE_2023, ONCE, ["2023-04-23"]),
]

# --- Citizens' reception days and a dialogue (tiếp công dân, đối thoại).

# Chủ tịch UBND tỉnh Phú Thọ, tiếp công dân định kỳ tháng 11/2025, at baophutho.vn/chu-tich-
# ubnd-tinh-tiep-cong-dan-dinh-ky-thang-11-2025-242503.htm
PHU_THO_CITIZENS_2025 = Period(date(2025, 11, 1), date(2025, 11, 30))

# Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh Tây Ninh, lịch tiếp công dân năm 2021 tại Trụ sở Tiếp
# công dân tỉnh, at tayninh.gov.vn/vi/news/lich-tiep-dan/l-ch-ti-p-c-ng-d-n-n-m-2021-t-i-tr-s-
# ti-p-c-ng-d-n-t-nh-39450.html (its first three months taken).
TAY_NINH_CITIZENS_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
# Chủ tịch UBND xã Chí Minh (Hải Phòng), hội nghị đối thoại với Nhân dân (2025), at chiminh.
# haiphong.gov.vn/tin-tuc-su-kien/xa-chi-minh-to-chuc-hoi-nghi-doi-thoai-giua-chu-tich-ubnd-xa-
# voi-nhan-dan-cac-thon-thanh-ky-an-l-802457
CHI_MINH_DIALOGUE_2025 = Period(date(2025, 10, 1), date(2025, 12, 31))

RECEPTION_DAYS: list[Case] = [
    ("Vào ngày 11/11/2025", PHU_THO_CITIZENS_2025, ONCE, ["2025-11-11"]),
    ("07 giờ 30 ngày 07/01/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-01-07"]),
    ("07 giờ 30 ngày 14/01/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-01-14"]),
    ("07 giờ 30 ngày 21/01/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-01-21"]),
    ("07 giờ 30 ngày 28/01/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-01-28"]),
    ("07 giờ 30 ngày 04/02/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-02-04"]),
    ("07 giờ 30 ngày 18/02/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-02-18"]),
    ("07 giờ 30 ngày 25/02/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-02-25"]),
    ("07 giờ 30 ngày 04/3/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-03-04"]),
    ("07 giờ 30 ngày 18/3/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-03-18"]),
    ("07 giờ 30 ngày 25/3/2021", TAY_NINH_CITIZENS_2021, ONCE, ["2021-03-25"]),
    ("Vào 07 giờ 30 phút, ngày 29/10/2025", CHI_MINH_DIALOGUE_2025, ONCE, ["2025-10-29"]),
]

TENTH_SET = (
    CONGRESSES_AND_COUNCILS
    + LAW_AND_HEALTH
    + REFORM_DEFENCE_AND_TREES
    + SPORTS_CONGRESSES
    + BLOOD_DONATION
    + FESTIVALS
    + RECEPTION_DAYS
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Two youth summer campaigns that test_deadline_tenth_set_second.py, collected at the same
    # time by another helper, also took.
    ("Từ tháng 6 đến tháng 8 năm 2024", GIONG_RIENG_SUMMER_2024, ONCE, ["2024-08-31"]),
    ("Từ 15/7/2020 đến 25/8/2020", HAI_DUONG_SUMMER_2020, ONCE, ["2020-08-25"]),
]

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 71 / 78


def test_the_tenth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(TENTH_SET, __file__, at_least=78)


def test_no_tenth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(TENTH_SET + SEEN_ELSEWHERE)


def test_the_tenth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(TENTH_SET, MEASURED_SHARE)

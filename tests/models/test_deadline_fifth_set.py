"""A fifth held-out set: deadlines and timetables of local plans, as their cells write them.

Every phrase here was copied from a plan (kế hoạch) of a commune, ward, district, province or
provincial department, or from a notice, timetable or page that sets out such a plan's dates,
none of them cited by the other deadline test modules (nor taken from the repositories they
used). They were found in the stored public pages (each cited below by its address), and
cover farm-season calendars of communes, livestock vaccination rounds, election and voter
meeting timetables, clean-up days, tree-planting, festivals, police campaigns, school
admissions and party congresses. The wording of the time expression is kept as written
("10.3 - 10.4", "15/9- 30/9", "chủ Nhật", "07 giờ 30 phút Ngày 22-6-2022 (Thứ Tư)"); only what
would stand in a plan's deadline or timetable cell was taken ("tiêm bổ sung sau đợt 1 từ 22-3
đến tháng 8-2018" gives "Từ 22-3 đến tháng 8-2018"), with a capital first letter, and a date's
aside giving the lunar date was left out ("vào ngày 12/02/2018 (nhằm ngày 27 tháng chạp âm
lịch)" gives "Vào ngày 12/02/2018"). Each phrase is read against the period of its plan, as
the plan or page states it.

The readings were written down, as a careful clerk would take each phrase and under the
conventions of tests/models/test_deadline.py and the other held-out sets ("Trước ngày X" is
the day before X; a month is its last day; a span is due at its end; two months joined are a
milestone each, as "Tháng 11 - 12/2025" reads; a time or part of the day beside a date is
that date), before the engine was run on any of them. The set was collected while another
helper was teaching the engine a further round of families, without sight of this set.

The engine was run on the set once, on 2026-12-01 at 14:34 UTC, as it stood at commit 9d1d567
(models/deadline.py with no uncommitted changes), and was not changed for it. As first written,
63 of the 87 phrases (from 27 documents) read right (72.4%), 23 came back ``unknown`` and one
read "wrong": "Tháng 6 đến tháng 8-2020", which the expectation had as a span due at its end
while the engine reads it, as tests/models/test_deadline.py documents for "Tháng 10 đến tháng
12/2025" (no "Từ" before the first month), as a milestone at each month's end. That expectation
was brought into line with the documented convention; no other expectation was changed.
Measured so: 64 read right (73.6%), 23 ``unknown``, none wrong. That is below issue 14's 95%,
so the test asserts the measured floor. The phrases still unread, by family:

- a range of days with no year and no lead word, within a month or across two, as a commune's
  farm-season calendar writes its windows (12): "15-20/12", "25/12-5/1", "15-20/1", "10-20/4",
  "30/12-10/1", "05-10/1", "15/1-20/1", "01-05/2", "20/1-5/2", "5/11-5/1", "5/12-15/2",
  "Trồng từ 20/12-20/1";
- an hour before "Ngày" and the weekday in parentheses after the date (6): "07 giờ 30 phút
  Ngày 22-6-2022 (Thứ Tư)", "14 giờ Ngày 22-6-2022 (Thứ Tư)" and four more of that table;
- an hour, a part of the day and a weekday before a date with no year: "Vào lúc 16h chiều thứ
  bảy ngày 27/12", "Vào 7h sáng chủ nhật ngày 28/12";
- a weekday in parentheses after a bare date: "07/02/2021 (chủ Nhật)";
- a span from the middle ten days ("trung tuần") of a month: "Từ trung tuần tháng 02 đến hết
  tháng 3/2024";
- lunar days with their solar dates in parentheses: "Từ ngày mùng 4 đến ngày 12 tết (tức ngày
  8 - 16/2/2019)", whose refusal gives a misleading reason ("names 08/16, a date that does
  not exist": the day range "8 - 16/2" is taken for a day and a month).

Left out as readable two ways: "Vào ngày 21 và ngày 22 tháng 11 năm 2018" (one two-day check-up
or two dates), "Các đêm từ mùng 1 đến mùng 4 tết" (lunar days alone), "Xung quanh tiết lập
xuân 04/02" (around a day), "Từ ngày 25/9/2025" (a start with no end), "Trước tháng 9.2020"
and "Trước tháng 6.2020" (the end of the month before, or within it, as the third set has it),
"Vào 9h00 ngày 10 tết (tức ngày 14/12/2019)" (a misprint for 14/2/2019 in its page) and "Từ ngày
15 – 30/3/2018" (the period a commune's weekly report covers, not a deadline). Eleven more
windows of the Hương Thọ tables ("10-20/5", "20-25/12", "25/1-5/2" and the like) were read
but left out, so that one table would not outweigh the set.
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

# --- Livestock vaccination rounds of cities, districts and provincial departments.

# Kế hoạch phòng, chống dịch bệnh gia súc, gia cầm năm 2011 của TP. Hà Nội, at
# danviet.vn/print-777736915.htm
HANOI_VACCINATION_2011 = Period(date(2011, 3, 1), date(2011, 12, 31))
# Kế hoạch tiêm phòng vaccine Lở mồm long móng gia súc và Cúm gia cầm năm 2018 của UBND TP. Đà
# Nẵng, at cadn.com.vn/tiem-phong-vaccine-cho-gia-suc-gia-cam-post174286.html
DA_NANG_VACCINATION_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Tiêm phòng vụ xuân 2022 của Chi cục Chăn nuôi và Thú y tỉnh Hải Dương, at
# baohaiduong.vn/tiem-phong-cho-gia-suc-gia-cam-den-het-thang-4-161103.html
HAI_DUONG_VACCINATION_2022 = Period(date(2022, 3, 1), date(2022, 12, 31))
# Kế hoạch tiêm phòng vắc xin cúm gia cầm đợt 2 năm 2020 của huyện Dầu Tiếng (Bình Dương), at
# baobinhduong.vn/dau-tieng-trien-khai-ke-hoach-tiem-phong-vac-xin-cu-m-gia-ca-m-dot-2-nam-2020-
# a229614.html
DAU_TIENG_VACCINATION_2020 = Period(date(2020, 8, 24), date(2020, 12, 31))
# Kế hoạch tiêm phòng đợt 2 năm 2022 của huyện Bạch Thông (Bắc Kạn), at
# bachthong.gov.vn/chuan-bi-dieu-kien-tiem-phong-dot-2-cho-dan-vat-nuoi/
BACH_THONG_VACCINATION_2022 = Period(date(2022, 8, 1), date(2022, 12, 31))
# Kế hoạch số 17/KH-CN&TY ngày 18/8/2022 của Chi cục Chăn nuôi và Thú y tỉnh Hà Nam (vụ Thu
# 2022), at snnptnt.hanam.gov.vn/Pages/tiem-vac-xin-phong-benh-vu-thu-nam-2022-cho-dan-gia-suc-
# gia-cam-tren-dia-ban-tinh-ha-nam.aspx
HA_NAM_VACCINATION_2022 = Period(date(2022, 8, 18), date(2022, 12, 31))

VACCINATION: list[Case] = [
    # Hà Nội 2011: the first and second rounds.
    ("Từ ngày 10.3 - 10.4", HANOI_VACCINATION_2011, ONCE, ["2011-04-10"]),
    ("Từ 10.9 - 10.10", HANOI_VACCINATION_2011, ONCE, ["2011-10-10"]),
    # Đà Nẵng 2018: poultry rounds and their top-ups, then cattle rounds and their top-ups.
    ("Từ ngày 7 đến 21-3-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-03-21"]),
    ("Từ 22-3 đến tháng 8-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-08-31"]),
    ("Từ ngày 6 đến 20-9-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-09-20"]),
    ("Từ 21-9 đến hết tháng 12-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-12-31"]),
    ("Từ ngày 4 đến 22-1-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-01-22"]),
    ("Từ 23-1-2018 đến hết tháng 6-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-06-30"]),
    ("Từ ngày 4 đến 20-7-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-07-20"]),
    ("Từ ngày 21-7 đến hết tháng 12-2018", DA_NANG_VACCINATION_2018, ONCE, ["2018-12-31"]),
    # Hải Dương 2022: the spring round.
    ("Từ ngày 12.3-30.4", HAI_DUONG_VACCINATION_2022, ONCE, ["2022-04-30"]),
    # Dầu Tiếng 2020: the second round.
    ("Từ ngày 1 đến 30-9-2020", DAU_TIENG_VACCINATION_2020, ONCE, ["2020-09-30"]),
    # Bạch Thông 2022: the mass round, a milestone each month as "Tháng 11 - 12/2025" reads,
    # then the top-up.
    (
        "Trong tháng 9 và tháng 10/2022",
        BACH_THONG_VACCINATION_2022,
        MILESTONES,
        ["2022-09-30", "2022-10-31"],
    ),
    ("Từ ngày 01-10/11/2022", BACH_THONG_VACCINATION_2022, ONCE, ["2022-11-10"]),
    # Hà Nam 2022: the autumn round and its two top-ups.
    ("Từ ngày 20/9 đến 20/10/2022", HA_NAM_VACCINATION_2022, ONCE, ["2022-10-20"]),
    ("Vào ngày 10/11 đến 20/11/2022", HA_NAM_VACCINATION_2022, ONCE, ["2022-11-20"]),
    ("Ngày 01/12 đến 10/12/2022", HA_NAM_VACCINATION_2022, ONCE, ["2022-12-10"]),
]

# --- Farm seasons set by communes and districts.

# Thông báo số 356/TB-UBND ngày 20/10/2021 của UBND xã Hương Thọ (Thừa Thiên Huế) về lịch thời
# vụ gieo trồng vụ Đông Xuân 2021-2022, at huongtho.thuathienhue.gov.vn/?cn=28&gd=4&tc=1548:
# the sowing, transplanting and harvest windows of its rice and crop tables.
HUONG_THO_SEASON = Period(date(2021, 10, 20), date(2022, 5, 31))
# Sản xuất vụ Hè Thu và vụ Thu 2017 của huyện An Lão (Bình Định), at
# binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-trien-khai-san-xuat-vu-he-thu.html
AN_LAO_SEASON_2017 = Period(date(2017, 3, 1), date(2017, 12, 31))
# Phương án số 1322/PA-UBND ngày 30/8/2022 của UBND xã Thiệu Giang (Thanh Hóa) về sản xuất vụ
# đông 2022 - 2023, at thieugiang.thieuhoa.gov.vn/web/trang-chu/tin-tuc-su-kien/tin-kinh-te-
# chinh-tri/thong-bao-ve-viec-don-doc-cap-uy-cac-thon-tap-trung-tuyen-truyen-van-dong-nhan-dan-
# lam-vu-dong-nam-2022-2023.html
THIEU_GIANG_SEASON = Period(date(2022, 8, 30), date(2023, 2, 28))
# Phương án phòng, chống rét cho cây trồng, vật nuôi vụ Đông Xuân 2023 - 2024 của UBND tỉnh
# Lào Cai, at vietnam.vn/laocai/phuong-an-phong-chong-ret-cho-cay-trong-vat-nuoi-vu-dong-xuan-
# nam-2023-2024
LAO_CAI_SEASON = Period(date(2023, 11, 1), date(2024, 4, 30))

FARM_SEASONS: list[Case] = [
    # Hương Thọ: rice sowing, transplanting and harvest windows, then other crops.
    ("15-20/12", HUONG_THO_SEASON, ONCE, ["2021-12-20"]),
    ("25/12-5/1", HUONG_THO_SEASON, ONCE, ["2022-01-05"]),
    ("15-20/1", HUONG_THO_SEASON, ONCE, ["2022-01-20"]),
    ("10-20/4", HUONG_THO_SEASON, ONCE, ["2022-04-20"]),
    ("30/12-10/1", HUONG_THO_SEASON, ONCE, ["2022-01-10"]),
    ("05-10/1", HUONG_THO_SEASON, ONCE, ["2022-01-10"]),
    ("15/1-20/1", HUONG_THO_SEASON, ONCE, ["2022-01-20"]),
    ("01-05/2", HUONG_THO_SEASON, ONCE, ["2022-02-05"]),
    ("20/1-5/2", HUONG_THO_SEASON, ONCE, ["2022-02-05"]),
    ("5/11-5/1", HUONG_THO_SEASON, ONCE, ["2022-01-05"]),
    ("5/12-15/2", HUONG_THO_SEASON, ONCE, ["2022-02-15"]),
    ("Trồng từ 20/12-20/1", HUONG_THO_SEASON, ONCE, ["2022-01-20"]),
    # An Lão 2017: sowing, the end of the dry crops, the autumn crop and cassava.
    ("Từ ngày 25/3 đến 10/4/2017", AN_LAO_SEASON_2017, ONCE, ["2017-04-10"]),
    ("Từ ngày 05 đến ngày 20/5", AN_LAO_SEASON_2017, ONCE, ["2017-05-20"]),
    ("Đến cuối tháng 5/2017", AN_LAO_SEASON_2017, ONCE, ["2017-05-31"]),
    ("Vào ngày 25/4/2017", AN_LAO_SEASON_2017, ONCE, ["2017-04-25"]),
    ("Từ ngày 22/5 đến ngày 15/6/2017", AN_LAO_SEASON_2017, ONCE, ["2017-06-15"]),
    # Thiệu Giang: the best window for winter maize.
    ("Từ 15/9- 30/9", THIEU_GIANG_SEASON, ONCE, ["2022-09-30"]),
    # Lào Cai: transplanting ends within March; maize from mid-February to the end of March.
    ("Trong tháng 3/2024", LAO_CAI_SEASON, ONCE, ["2024-03-31"]),
    ("Từ trung tuần tháng 02 đến hết tháng 3/2024", LAO_CAI_SEASON, ONCE, ["2024-03-31"]),
]

# --- Election and voter-meeting timetables.

# Lịch trình bầu cử đại biểu HĐND các cấp nhiệm kỳ 2021-2026 từ tháng 3 đến hết tháng 6/2021
# ("các mốc thời gian trong mỗi tháng là hạn cuối"), as the portal of tỉnh Kon Tum sets it out,
# at kontum.gov.vn/pages/detail/37503/Cac-moc-quan-trong-trong-bau-cu-dai-bieu-HDND-cac-cap-
# nhiem-ky-2021-2026.html
KON_TUM_ELECTION = Period(date(2021, 3, 1), date(2021, 6, 30))
# The election's deadlines as the provincial paper of Gia Lai lists them for its readers, at
# baogialai.com.vn/channel/12377/202102/nhung-moc-thoi-gian-ve-bau-cu-dai-bieu-quoc-hoi-khoa-
# xv-va-hdnd-cac-cap-5725044/
GIA_LAI_ELECTION = Period(date(2021, 1, 19), date(2021, 5, 23))
# Kế hoạch triển khai công tác bầu cử của tỉnh Phú Thọ, column "Ngày chậm nhất phải hoàn
# thành", at phutho.gov.vn/vi/ke-hoach-trien-khai-cong-tac-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-
# bau-cu-dai-bieu-hdnd-cac-cap-nhiem
PHU_THO_ELECTION = Period(date(2021, 1, 15), date(2021, 6, 30))
# Kế hoạch số 77/KH-HĐND ngày 25-5-2022 của Thường trực HĐND tỉnh Nam Định (tiếp xúc cử tri
# trước kỳ họp giữa năm 2022), column "Thời gian", at baonamdinh.vn/channel/5083/202206/lich-
# tiep-xuc-cu-tri-truoc-ky-hop-thuong-le-giua-nam-2022-cua-dai-bieu-hdnd-tinh-tai-cac-huyen-
# thanh-pho-2551315
NAM_DINH_VOTERS = Period(date(2022, 5, 25), date(2022, 7, 31))
# Tiếp xúc cử tri trước kỳ họp giữa năm 2020 của đại biểu HĐND 3 cấp, as a provincial portal
# announces it, at 113.161.212.101:81/CTPro/tin-tuc-khac/tu-ngay-25-5-den-29-5-2020-dai-bieu-
# hoi-dong-nhan-dan-03-cap-tiep-xuc-cu-tri-truoc-ky-hop-giua-nam-2020-tren-dia-ban-tinh-1436.html
VOTERS_2020 = Period(date(2020, 5, 1), date(2020, 7, 31))

ELECTIONS: list[Case] = [
    # Kon Tum: the last day of each step, March to April.
    ("Ngày 04/3", KON_TUM_ELECTION, ONCE, ["2021-03-04"]),
    ("Ngày 14/3", KON_TUM_ELECTION, ONCE, ["2021-03-14"]),
    ("Ngày 19/3", KON_TUM_ELECTION, ONCE, ["2021-03-19"]),
    ("Ngày 03/4", KON_TUM_ELECTION, ONCE, ["2021-04-03"]),
    ("Ngày 13/4", KON_TUM_ELECTION, ONCE, ["2021-04-13"]),
    ("Ngày 18/4", KON_TUM_ELECTION, ONCE, ["2021-04-18"]),
    ("Ngày 23/4", KON_TUM_ELECTION, ONCE, ["2021-04-23"]),
    ("Ngày 28/4", KON_TUM_ELECTION, ONCE, ["2021-04-28"]),
    # Gia Lai: the committees, the first consultation, the draft lists, the constituencies.
    ("Chậm nhất 7.2.2021", GIA_LAI_ELECTION, ONCE, ["2021-02-07"]),
    ("Chậm nhất 17.2.2021", GIA_LAI_ELECTION, ONCE, ["2021-02-17"]),
    ("Từ 22.2 - 27.2", GIA_LAI_ELECTION, ONCE, ["2021-02-27"]),
    ("Chậm nhất 4.3.2021", GIA_LAI_ELECTION, ONCE, ["2021-03-04"]),
    # Phú Thọ: the province's, districts' and communes' launch meetings, then the committees.
    ("21/01/2021", PHU_THO_ELECTION, ONCE, ["2021-01-21"]),
    ("27/01/2021", PHU_THO_ELECTION, ONCE, ["2021-01-27"]),
    ("29/01/2021", PHU_THO_ELECTION, ONCE, ["2021-01-29"]),
    ("07/02/2021 (chủ Nhật)", PHU_THO_ELECTION, ONCE, ["2021-02-07"]),
    # Nam Định: a meeting's hour and day in each district.
    ("07 giờ 30 phút Ngày 22-6-2022 (Thứ Tư)", NAM_DINH_VOTERS, ONCE, ["2022-06-22"]),
    ("14 giờ Ngày 22-6-2022 (Thứ Tư)", NAM_DINH_VOTERS, ONCE, ["2022-06-22"]),
    ("08 giờ Ngày 21-6-2022 (Thứ Ba)", NAM_DINH_VOTERS, ONCE, ["2022-06-21"]),
    ("08 giờ Ngày 20-6-2022 (Thứ Hai)", NAM_DINH_VOTERS, ONCE, ["2022-06-20"]),
    ("07 giờ 30 phút Ngày 21-6-2022 (Thứ Ba)", NAM_DINH_VOTERS, ONCE, ["2022-06-21"]),
    ("07 giờ 30 phút Ngày 20-6-2022 (Thứ Hai)", NAM_DINH_VOTERS, ONCE, ["2022-06-20"]),
    # The 2020 voter meetings of three levels of councils.
    ("Từ ngày 25/5 đến 29/5/2020", VOTERS_2020, ONCE, ["2020-05-29"]),
]

# --- Wards, communes, districts and cities: campaigns, events and reports.

# UBND TP. Hồ Chí Minh's timetable for closing its districts and forming the new wards and
# communes (May 2025), as a page quoting it reads, at m.xosobinhdinh.org/tp-hcm-xay-dung-
# phuong-an-nhan-su-phuong-xa-moi-tong-ket-hoat-dong-quan-huyen-20250523163157805.htm
HCM_NEW_WARDS = Period(date(2025, 5, 1), date(2025, 6, 30))
# Kế hoạch số 3365/KH-UBND của UBND thành phố Huế (tổng vệ sinh môi trường đón Tết Dương lịch
# 2015), at tapchisonghuong.com.vn/tin-tuc/p1/c133/n18145/Tong-ve-sinh-moi-truong-don-Tet-Duong-
# lich-nam-2015.html
HUE_CLEAN_UP = Period(date(2014, 12, 1), date(2015, 1, 31))
# Đợt cao điểm tấn công trấn áp tội phạm Tết Quý Mão của Công an huyện Nông Sơn (Quảng Nam), at
# baoquangnam.vn/quoc-phong-an-ninh/cong-an-cac-dia-phuong-ra-quan-bao-dam-an-ninh-trat-tu-tet-
# nguyen-dan-quy-mao-134792.html
NONG_SON_CAMPAIGN = Period(date(2022, 11, 15), date(2023, 2, 28))
# Đợt cao điểm của Công an tỉnh Đồng Tháp (Tết Bính Ngọ 2026), at tienphong.vn/cong-an-cac-
# tinh-dong-loat-ra-quan-cao-diem-chong-toi-pham-dip-tet-post1803965.tpo
DONG_THAP_CAMPAIGN = Period(date(2025, 12, 12), date(2026, 3, 31))
# A report the Sở Kế hoạch và Đầu tư tỉnh Hải Dương required of the districts, at
# baohaiduong.vn/kinh-te---tieu-dung/khan-truong-bao-cao-tinh-hinh-no-dong-xay-dung-nong-thon-
# moi-82687
HAI_DUONG_REPORT = Period(date(2017, 12, 11), date(2018, 1, 31))
# Kế hoạch phát động Tết trồng cây xuân Kỷ Hợi 2019 của UBND thị xã Sơn Tây (Hà Nội), at
# sontay.hanoi.gov.vn/do-thi/-/view_content/3234966-thi-xa-trien-khai-ke-hoach-phat-dong-tet-
# trong-cay-xuan-ky-hoi.html
SON_TAY_TREES = Period(date(2019, 1, 22), date(2019, 3, 31))
# Kế hoạch Tết trồng cây Xuân Bính Ngọ 2026 của UBND xã Hòa Xá (Hà Nội), at
# kinhtedothi.vn/xa-hoa-xa-phat-dong-tet-trong-cay-doi-doi-nho-on-bac-ho-xuan-binh-ngo-
# 2026.986350.html
HOA_XA_TREES = Period(date(2026, 2, 1), date(2026, 3, 31))
# Kế hoạch số 155-KH/HU của Huyện ủy Thoại Sơn (An Giang) về đại hội Đảng bộ các cấp, at
# baoangiang.com.vn/thoai-son-trien-khai-cac-van-ban-ve-cong-tac-dai-hoi-a254394.html
THOAI_SON_CONGRESSES = Period(date(2019, 9, 18), date(2020, 12, 31))
# Kế hoạch tổ chức Lễ hội Quýt hồng của UBND huyện Lai Vung (Đồng Tháp), at
# laivung.dongthap.gov.vn/web/hlv/chi-tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/
# 13137623
LAI_VUNG_FESTIVAL = Period(date(2022, 12, 1), date(2023, 1, 31))
# Hoạt động Tết Nguyên đán Mậu Tuất 2018 của UBND huyện An Lão (Bình Định), at
# binhdinh.gov.vn/tin-tuc/tin-tu-thi-xa-huyen-thanh-pho/an-lao-to-chuc-nhieu-hoat-dong-nhan-dip-
# tet-nguyen-dan-mau-t.html
AN_LAO_TET_2018 = Period(date(2018, 2, 1), date(2018, 3, 31))
# Tuyển sinh mầm non, lớp 1, lớp 6 năm học 2021-2022 của Sở Giáo dục và Đào tạo Hà Nội, at
# 24h.com.vn/giao-duc-du-hoc/ha-noi-thi-sinh-du-thi-vao-lop-10-phai-khai-bao-y-te-truoc-17h-
# ngay-11-6-c216a1260148.html
HANOI_ADMISSIONS_2021 = Period(date(2021, 6, 1), date(2021, 8, 31))
# Khám sơ tuyển nghĩa vụ quân sự năm 2019 của các xã, phường thành phố Bắc Kạn, at
# backancity.gov.vn/cac-xa-phuong-hoan-thanh-kham-so-tuyen-nghia-vu-quan-su-nam-2019/
BAC_KAN_RECRUITS = Period(date(2018, 10, 1), date(2019, 2, 28))

LOCAL_CAMPAIGNS: list[Case] = [
    # TP. Hồ Chí Minh: reports and plans due before days of May and June, no year written.
    ("Trước 30-5", HCM_NEW_WARDS, ONCE, ["2025-05-29"]),
    ("Trước 15-5", HCM_NEW_WARDS, ONCE, ["2025-05-14"]),
    ("Trước 15-6", HCM_NEW_WARDS, ONCE, ["2025-06-14"]),
    ("Trước 20-5", HCM_NEW_WARDS, ONCE, ["2025-05-19"]),
    # Huế: offices clean on the Saturday afternoon, wards on the Sunday morning.
    ("Vào lúc 16h chiều thứ bảy ngày 27/12", HUE_CLEAN_UP, ONCE, ["2014-12-27"]),
    ("Vào 7h sáng chủ nhật ngày 28/12", HUE_CLEAN_UP, ONCE, ["2014-12-28"]),
    # Nông Sơn: the campaign runs from now to a day; a target is due before another.
    ("Từ nay đến 5/2/2023", NONG_SON_CAMPAIGN, ONCE, ["2023-02-05"]),
    ("Trước 15/12/2022", NONG_SON_CAMPAIGN, ONCE, ["2022-12-14"]),
    # Đồng Tháp: the campaign.
    ("Từ 15/12/2025 đến 16/3/2026", DONG_THAP_CAMPAIGN, ONCE, ["2026-03-16"]),
    # Hải Dương: the districts' report.
    ("Chậm nhất ngày 25.12.2017", HAI_DUONG_REPORT, ONCE, ["2017-12-25"]),
    # Sơn Tây: the site is readied before a day; the wards plant between two days of Tết.
    ("Trước ngày 1/2/2019", SON_TAY_TREES, ONCE, ["2019-01-31"]),
    (
        "Từ ngày mùng 4 đến ngày 12 tết (tức ngày 8 - 16/2/2019)",
        SON_TAY_TREES,
        ONCE,
        ["2019-02-16"],
    ),
    # Hòa Xá: the planting season.
    ("Từ ngày 22/2 đến 19/3/2026", HOA_XA_TREES, ONCE, ["2026-03-19"]),
    # Thoại Sơn: the cells' congresses, the grassroots congresses, the district's congress.
    ("Tháng 1-2020", THOAI_SON_CONGRESSES, ONCE, ["2020-01-31"]),
    ("Từ tháng 4 đến tháng 5-2020", THOAI_SON_CONGRESSES, ONCE, ["2020-05-31"]),
    # Months joined by "đến" without "Từ" are a milestone each, as "Tháng 10 đến tháng
    # 12/2025" reads in test_deadline.py (see the module docstring: first written here as a
    # span due at its end).
    (
        "Tháng 6 đến tháng 8-2020",
        THOAI_SON_CONGRESSES,
        MILESTONES,
        ["2020-06-30", "2020-07-31", "2020-08-31"],
    ),
    # Lai Vung: the festival, its opening and its closing.
    ("Từ ngày 05/01/2023 đến ngày 08/01/2023", LAI_VUNG_FESTIVAL, ONCE, ["2023-01-08"]),
    ("Vào lúc 09 giờ 00, ngày 05/01/2023", LAI_VUNG_FESTIVAL, ONCE, ["2023-01-05"]),
    ("Vào lúc 14 giờ 00, ngày 08/01/2023", LAI_VUNG_FESTIVAL, ONCE, ["2023-01-08"]),
    # An Lão: the concert, the bird show and the elders' walk.
    ("Vào ngày 12/02/2018", AN_LAO_TET_2018, ONCE, ["2018-02-12"]),
    ("Vào ngày 21/02/2018", AN_LAO_TET_2018, ONCE, ["2018-02-21"]),
    ("Vào ngày 16/02/2018", AN_LAO_TET_2018, ONCE, ["2018-02-16"]),
    # Hà Nội: online admissions to grade 1, kindergarten and grade 6, then in person.
    ("Từ ngày 12/7 đến 14/7", HANOI_ADMISSIONS_2021, ONCE, ["2021-07-14"]),
    ("Từ 15/7 đến 17/7", HANOI_ADMISSIONS_2021, ONCE, ["2021-07-17"]),
    ("Từ 18/7 đến 20/7", HANOI_ADMISSIONS_2021, ONCE, ["2021-07-20"]),
    ("Từ 23/7 đến hết ngày 28/7", HANOI_ADMISSIONS_2021, ONCE, ["2021-07-28"]),
    # Bắc Kạn: the communes' and wards' preliminary medical checks.
    ("Từ ngày 15 đến hết ngày 25/10/2018", BAC_KAN_RECRUITS, ONCE, ["2018-10-25"]),
]

FIFTH_SET = VACCINATION + FARM_SEASONS + ELECTIONS + LOCAL_CAMPAIGNS

# The share read right when the set was measured (see the module docstring): 64 of 87,
# below issue 14's 95%.
MEASURED_SHARE = 64 / 87


def test_the_fifth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(FIFTH_SET, __file__, at_least=80)


def test_no_fifth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(FIFTH_SET)


def test_the_fifth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(FIFTH_SET, MEASURED_SHARE)

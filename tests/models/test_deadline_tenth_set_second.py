"""The tenth held-out set, second part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo), guidance or timetable
of a commune, ward, district, city or province, of a provincial department, steering committee
(ban chỉ đạo) or sub-department (chi cục), or of a local mass organisation (Mặt trận Tổ quốc,
Tỉnh đoàn and Huyện đoàn, Hội Liên hiệp Thanh niên, Hội Nông dân, Hội Cựu chiến binh, Hội Liên
hiệp Phụ nữ, Hội Chữ thập đỏ, Hội Khuyến học, Liên đoàn Lao động), of a provincial education
department (Sở Giáo dục và Đào tạo) or police fire department, or from the page of a portal or
paper that sets out such a plan's dates. None of the pages that give the held-out phrases is
cited by the nine earlier held-out sets, by the first part of the tenth
(tests/models/test_deadline_tenth_set.py) or by the other deadline test modules (two pages of
this part that the first part took up too give only phrases kept in SEEN_ELSEWHERE). They were
found in the stored public pages (each cited below, beside its plan's period, by its address)
and cover topics the first part leaves alone: Mặt trận's Ngày hội Đại đoàn kết and "Vì người
nghèo" month, veterans' and farmers' congresses and contests, Youth Union summers, camps and
youth-federation congresses, women's union weeks, Tết trồng cây, gifted-pupil exams, school
games and universal-schooling checks (giáo dục), law contests and Ngày Pháp luật, tourism
weeks, Earth Hour, fire-safety contests of neighbourhood groups (phòng cháy chữa cháy), trade
unions' volleyball tournaments (công đoàn), livestock vaccination and disinfection months, the
children's month, the elderly, irrigation and rural-road drives, population and family planning
campaigns, censuses and labour surveys (thống kê), poverty reviews, the Red Cross's
humanitarian month and ethnic culture-and-sports days.

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order. The wording of the time expression is kept as written ("Từ 01/7-
30/7/2021", "Từ ngày 14-27/7", "Lúc 08g00 ngày 12/5/2019", "Từ ngày 10/11/2019 đến ngày
18/11/2019 dứt điểm", "30 ngày bắt đầu từ ngày 1.7.2017", a lunar date in brackets after a
solar one); only what would not stand in the cell was trimmed, with a capital first letter:
lead words such as "dự kiến", "trọng tâm", "thời gian", labels such as "đợt 1:", the brackets
around a phrase, and asides naming a day's meaning ("từ ngày 08/5 (Ngày Chữ thập đỏ ...) đến
ngày 19/5 (Ngày sinh của Chủ tịch Hồ Chí Minh ...)" gives "Từ ngày 08/5 đến ngày 19/5"). Each
phrase is read against the period of its plan, as the plan or page states it, or its year
where the page names only a year.

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py and the earlier held-out sets ("Trước ngày X" is the day
before X; a month is its last day, "trong tháng", "đến cuối tháng" too; a quarter is its last
day; a span is due at its end, whatever its lead words ("trong khoảng từ", "trong thời gian
từ", "trong 2 ngày từ", "từ nay đến"), a two-day window ("Trong 02 ngày 09 - 10/05/2024") too,
as the seventh set reads "Trong 02 ngày 06-07/02/2021"; a span of hours on one date is that
date; a time, a part of the day or a weekday that agrees beside a date is that date; a lunar
date in brackets after its solar date is the solar date; a count of days from a dated start
ends on its last day; a day and month with no year take the plan's year), before the engine was
run on any of them. The engine code (models/deadline/) was not opened while collecting. Every
phrase the pages gave is a single deadline: these pages yielded no recurring, ongoing or
milestone forms.

Left out, as readable two ways, not a deadline, written wrong on the page, or not local:

- the start of a quarter or the first days of a month, which name no day: "Vào đầu quý
  I/2023" and "Trong những ngày đầu tháng 01/2023" (thapmuoi.dongthap.gov.vn, Hội Nông dân
  huyện Tháp Mười); an end in the middle of a month: "Từ ngày 27-5 và kết thúc vào giữa tháng
  9-2015" (m.baobinhduong.vn/huyen-doan-dau-tieng-trien-khai-hoat-dong-he-nam-2015-a118009.html);
- one two-day event or two dates: "Trong các ngày 21 và 22-12-2012" (amp.baodongkhoi.vn/xay-
  dung-co-so-vung-manh-dap-ung-yeu-cau-quoc-phong-an-ninh-27112012-a9383.html), "Vào ngày 26
  và 27-2" (baobinhduong.vn/tinh-doan-to-chuc-chuong-trinh-vi-nguoi-ban-tong-quan-a316757.html)
  and "Trong 2 ngày 15 và 16/7" (hoanghoa.gov.vn, Hoằng Hóa's summer camp of 2023), as the
  seventh set leaves out "Trong 2 ngày 14 và 15-11";
- either of two: "Vào cuối tháng 5 hoặc vào ngày 1-6" (cadn.com.vn/print/da-nang-trien-khai-
  thang-hanh-dong-vi-tre-em-nam-2023-post277236.html); one span or two monthly milestones:
  "Trong thời gian tháng 8-9/2025" (baodanang.vn/trien-khai-thang-tong-ve-sinh-khu-trung-tieu-
  doc-moi-truong-3299662.html);
- a start with no end: "Từ ngày 24/11/2023" (baohaiduong.vn/print/370962.html), "Từ ngày 23/9"
  (baobariavungtau.com.vn/ban-doc/202409/ve-sinh-tieu-doc-khu-trung-moi-truong-chan-nuoi-
  1021638/index.htm) and "Bắt đầu ngày 16/10/2022" (Nghĩa Hội's irrigation drive, whose spans
  are kept);
- written wrong: "Vào ngày 27,28/2023" (hoinongdan.bacgiang.gov.vn/21720-..., a month
  missing);
- a day reported as "this morning" rather than planned: "Sáng nay ngày 06/03/2014" (quangngai.
  edu.vn, Quảng Ngãi's gifted-pupil exam; the results day of the same page is kept);
- a hand-over of recruits, the first part's topic: "Sáng ngày 08/02/2023" (tanbien.tayninh.
  gov.vn/vi/news/tin-tuc/tan-bien-khai-mac-hoi-trai-tuoi-tre-tong-quan-nam-2023-6118.html);
- pages that name no year for their phrase: "Từ ngày 15-16/6" (kinhtemoitruong.vn, Thủy
  Nguyên's clean-up), "Từ 1- 31/12" (baonghean.vn/ngay-cong-tag63561.html, Thanh Chương's
  irrigation month), "Trong các ngày 4, 5 và 9/7" (baomoi.com, Hà Nội's farmers' contest) and
  the Red Cross month's "Đến ngày 31-5" (sggp.org.vn/phat-dong-thang-nhan-dao-vi-nguoi-co-hoan-
  canh-kho-khan-post635725.html);
- the dates of national bodies restated by papers: the Ministry of Education's school-year
  frame (beta.la34.com.vn) and its universal-schooling check in An Giang (giaoducthoidai.vn),
  the Ministry of Agriculture's foot-and-mouth rounds (omard.gov.vn, m.2lua.vn), the Central
  Youth Union's summer (tienphong.vn, baoquangnam.vn), the census of 2019 (anninhthudo.vn),
  the Ministry of Culture's ethnic festival in Quảng Trị (vanhienplus.vn), the central
  food-safety inspections (kienthuc.net.vn), the national anti-drug month (thuvienbinh
  thuan.com.vn) and the Ministry of Public Security's regional fire-fighting rounds (baoquangnam.
  vn/thanh-lap-doan-tham-du-hoi-thi-nghiep-vu-chua-chay-va-cuu-nan-cuu-ho-vong-thu-hai-
  3136078.html, baobariavungtau.com.vn/phap-luat/202006/hoi-thao-nghiep-vu-chua-chay-va-cuu-
  nan-cuu-ho-901333/); and a gambling site's copy of Đồng Xoài's population campaign (game.
  marimbapop.com), not a source to cite.

Many pages the searches returned had already been used by the earlier sets or the first part
(Lào Cai's, Hải Dương's and Khánh Hòa's tree-planting, Đà Nẵng's, Hà Nội's, Hải Dương's and
Dầu Tiếng's vaccinations, Gia Lai's and Nghệ An's poverty reviews, Hà Nội's admissions, Hòa
Thành's festival, Hòa Bình's tourism week, Vĩnh Long's veterans' and farmers' congresses,
Quảng Nam's farmers' congresses, Hồ Chí Minh City's and An Giang's children's months, Hồ Chí
Minh City's youth summer, Thừa Thiên Huế's poverty review, Hội An's veterans, Đại Lãnh's food
safety month, Bạch Thông's farmers) and were left alone. Two phrases of these plans are
written verbatim in another deadline test module, and two more ("Từ 15/7/2020 đến 25/8/2020",
"Từ tháng 6 đến tháng 8 năm 2024", from Hải Dương's and Giồng Riềng's youth summers) were taken
from the same pages by the first part while both parts were being collected; all four are
kept, with their readings, in SEEN_ELSEWHERE and not in the held-out list.

The engine was run on both parts of the tenth set once, on 2026-12-01 at 16:29 UTC (as this
machine's clock reads), on the working tree at commit 420a014 with the engine's seventh round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 72 phrases (from 54 sources), 66 read right (91.7%), 6 came back ``unknown``
and none read wrong; the four SEEN_ELSEWHERE phrases read right. No expectation was changed
after measuring. Both parts together: 137 of 150 (91.3%), none wrong; with the phrases seen
elsewhere, 143 of 156 (91.7%). That is below issue 14's 95%, so the test asserts the measured
share. The phrases still unread, by family:

- "khoảng" ("about") before a span: "Trong khoảng từ ngày 1 đến 18/11/2018", and before
  hours with minutes, with a lunar date in brackets after: "Vào khoảng 08 giờ 30 phút đến
  09 giờ 15 phút ngày 21/02/2024 (tức ngày 12 tháng Giêng năm Giáp Thìn)";
- a word after the span's end: "Từ ngày 10/11/2019 đến ngày 18/11/2019 dứt điểm";
- a span ending at a month's end: "Từ ngày 5 đến cuối tháng 9/2018";
- a count of days from a start: "30 ngày bắt đầu từ ngày 1.7.2017";
- a count of days, a comma, then when: "Trong 2 ngày, vào cuối tháng 5/2024".
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    ONCE,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- Mặt trận Tổ quốc, veterans: Ngày hội Đại đoàn kết, congresses (Mặt trận, đoàn thể).

# Ủy ban MTTQ Việt Nam tỉnh Hậu Giang, Ngày hội Đại đoàn kết toàn dân tộc năm 2022, at
# www.baohaugiang.com.vn/mat-tran-to-quoc-viet-nam-tinh-hau-giang/bua-com-doan-ket-tai-ngay-
# hoi-dai-doan-ket-toan-dan-toc-115204.html
HAU_GIANG_UNITY_DAY_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Quảng Trị, kế hoạch và hướng dẫn tổ chức Ngày hội
# Đại đoàn kết toàn dân tộc năm 2018, at m.baomoi.com/quang-tri-to-chuc-ngay-hoi-dai-doan-ket-
# theo-dac-diem-tinh-hinh-dia-phuong/c/28149312.epi
QUANG_TRI_UNITY_DAY_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Kế hoạch số 20/KH-BTT ngày 15/10/2018 của Ban Thường trực UBMTTQVN huyện Phong Điền (Thừa
# Thiên Huế), Ngày hội Đại đoàn kết toàn dân tộc năm 2018, at phongdien.thuathienhue.gov.vn/
# ?gd=78&cn=365&tc=2998
PHONG_DIEN_UNITY_DAY_2018 = Period(date(2018, 10, 15), date(2018, 12, 31))
# Kế hoạch số 8/KH-MTTQ-BTT ngày 14/10/2019 của Ban Thường trực Ủy ban MTTQ Việt Nam huyện U
# Minh (Cà Mau), Ngày hội Đại đoàn kết toàn dân tộc năm 2019, at ubmttq.camau.gov.vn/u-minh-
# hoi-nghi-trien-khai-ngay-hoi-dai-doan-ket-toan-dan-toc-nam-2019.507
U_MINH_UNITY_DAY_2019 = Period(date(2019, 10, 14), date(2019, 12, 31))
# Hội Cựu chiến binh tỉnh Hải Dương, cuộc thi tìm hiểu "Truyền thống Hội Cựu chiến binh Việt
# Nam và Đại hội Hội Cựu chiến binh Việt Nam" (2022), at nhandan.vn/hai-duong-gan-137-nghin-
# bai-du-thi-tim-hieu-truyen-thong-hoi-cuu-chien-binh-viet-nam-post715317.html
HAI_DUONG_VETERANS_CONTEST_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Ban Thường trực UBMTTQVN tỉnh Phú Yên, Tháng cao điểm "Vì người nghèo" năm 2012, at
# baophuyen.vn/141/88172/trien-khai-thang-cao-diem-vi-nguoi-ngheo.html
PHU_YEN_FOR_THE_POOR_2012 = Period(date(2012, 1, 1), date(2012, 12, 31))

FRONT_AND_VETERANS: list[Case] = [
    ("Ngày 11-11-2022", HAU_GIANG_UNITY_DAY_2022, ONCE, ["2022-11-11"]),
    ("Ngày 12-11-2022", HAU_GIANG_UNITY_DAY_2022, ONCE, ["2022-11-12"]),
    ("Trong khoảng từ ngày 1 đến 18/11/2018", QUANG_TRI_UNITY_DAY_2018, ONCE, ["2018-11-18"]),
    ("Từ ngày 01/11 đến ngày 18/11/2018", PHONG_DIEN_UNITY_DAY_2018, ONCE, ["2018-11-18"]),
    ("06/11/2019", U_MINH_UNITY_DAY_2019, ONCE, ["2019-11-06"]),
    (
        "Từ ngày 10/11/2019 đến ngày 18/11/2019 dứt điểm",
        U_MINH_UNITY_DAY_2019,
        ONCE,
        ["2019-11-18"],
    ),
    (
        "Từ ngày 17/1/2022 đến ngày 30/8/2022",
        HAI_DUONG_VETERANS_CONTEST_2022,
        ONCE,
        ["2022-08-30"],
    ),
    ("Từ 17/10 đến 18/11/2012", PHU_YEN_FOR_THE_POOR_2012, ONCE, ["2012-11-18"]),
]

# --- Tree-planting, sports, population (Tết trồng cây, thể thao, dân số).

# Kế hoạch số 13/KH-UBND của UBND tỉnh Bắc Giang, lễ phát động "Tết trồng cây đời đời nhớ ơn
# Bác Hồ" Xuân Giáp Thìn năm 2024, at vietnam.vn/bacgiang/bac-giang-phat-dong-tet-trong-cay-
# doi-doi-nho-on-bac-ho-dip-xuan-giap-thin-nam-2024; 21/02/2024 was the 12th of the first
# lunar month of Giáp Thìn.
BAC_GIANG_TREES_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Hội khỏe Phù Đổng tỉnh Tuyên Quang lần thứ X, năm 2020, its timetable, at daihoctantrao.
# edu.vn/tin-tuc-su-kien/hop-chuyen-mon-boc-tham-thi-dau-hoi-khoe-phu-dong-tinh-tuyen-quang-
# lan-thu-x-nam-2020!-2350.html
TUYEN_QUANG_SCHOOL_GAMES_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Kế hoạch 1284/KH-UBND của UBND tỉnh Ninh Thuận, chiến dịch lồng ghép dịch vụ CSSKSS/KHHGĐ
# năm 2014, at baoninhthuan.com.vn/news/56782p155c160/uy-ban-nhan-dan-tinh-ke-hoach-trien-
# khai-chien-dich-tang-cuong-tuyen-truyen-van-dong-long-ghep-dich-vu-cssksskhhgd-nam-2014.htm
NINH_THUAN_FAMILY_PLANNING_2014 = Period(date(2014, 1, 1), date(2014, 12, 31))
# Ban chỉ đạo DS-KHHGĐ huyện Cần Giờ (TP Hồ Chí Minh), chiến dịch đợt 2 năm 2017, the city's
# timetable for it, at dansohcm.gov.vn/tin-tuc/4437/huyen-can-gio-trien-khai-chien-dich-
# truyen-thong-long-ghep-cung-cap-dich-vu-cham-soc-skss-khhgd-dot-2-nam-2017/
CAN_GIO_FAMILY_PLANNING_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Ban Chỉ đạo Tổng điều tra kinh tế năm 2021 tỉnh Vĩnh Long, giai đoạn 2 (khối cá thể, tôn
# giáo), at thongkevinhlong.gov.vn/le-ra-quan-tong-dieu-tra-kinh-te-nam-2021
VINH_LONG_CENSUS_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
# Kế hoạch triển khai Tổng điều tra dân số và nhà ở năm 2019 tỉnh Hải Dương (10/2018), at
# baohaiduong.vn/xa-hoi/tu-ngay-1--2542019-tong-dieu-tra-dan-so-va-nha-o-nam-2019-97808
HAI_DUONG_CENSUS_2019 = Period(date(2018, 10, 12), date(2019, 12, 31))

# UBND huyện Tuy Đức (Đắk Nông), Ngày hội Văn hóa - Thể thao các dân tộc lần thứ III, năm
# 2023, at baodaknong.vn/ngay-hoi-van-hoa-the-thao-cac-dan-toc-huyen-tuy-duc-lan-thu-iii-
# 147729.html
TUY_DUC_ETHNIC_GAMES_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

TREES_SPORTS_POPULATION: list[Case] = [
    (
        "Vào khoảng 08 giờ 30 phút đến 09 giờ 15 phút ngày 21/02/2024 (tức ngày 12 tháng"
        " Giêng năm Giáp Thìn)",
        BAC_GIANG_TREES_2024,
        ONCE,
        ["2024-02-21"],
    ),
    (
        "Từ ngày 30/11/2020 đến ngày 04/12/2020",
        TUYEN_QUANG_SCHOOL_GAMES_2020,
        ONCE,
        ["2020-12-04"],
    ),
    ("Trong 2 ngày 8-9/5", TUY_DUC_ETHNIC_GAMES_2023, ONCE, ["2023-05-09"]),
    ("Từ ngày 28/3 đến 28/4/2014", NINH_THUAN_FAMILY_PLANNING_2014, ONCE, ["2014-04-28"]),
    (
        "Từ ngày 01/9/2017 đến ngày 15/9/2017",
        CAN_GIO_FAMILY_PLANNING_2017,
        ONCE,
        ["2017-09-15"],
    ),
    ("Từ 01/7- 30/7/2021", VINH_LONG_CENSUS_2021, ONCE, ["2021-07-30"]),
    ("Từ ngày 1 - 25.4.2019", HAI_DUONG_CENSUS_2019, ONCE, ["2019-04-25"]),
]

# --- Education: gifted-pupil exams, universal-schooling checks, school games (giáo dục).

# Ban chỉ đạo Phổ cập giáo dục, xóa mù chữ tỉnh Hậu Giang, kiểm tra năm 2022, at www.
# baohaugiang.com.vn/giao-duc/kiem-tra-pho-cap-giao-duc-xoa-mu-chu-118526.html
HAU_GIANG_SCHOOLING_CHECK_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
# Sở GD-ĐT Vĩnh Long, đoàn kiểm tra phổ cập giáo dục mầm non trẻ 5 tuổi năm 2017, at
# baovinhlong.com.vn/xa-hoi/giao-duc-dao-tao/201707/thanh-lap-doan-kiem-tra-cong-tac-pho-cap-
# giao-duc-mam-non-tre-5-tuoi-2825013/
VINH_LONG_PRESCHOOL_CHECK_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Hội khỏe Phù Đổng thành phố Việt Trì năm 2023 and the Phú Thọ provincial games after it, at
# thethaovietnamplus.vn/thanh-pho-viet-tri-be-mac-hoi-khoe-phu-dong-nam-2023-a29333.html
VIET_TRI_SCHOOL_GAMES_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

# Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi, kỳ thi học sinh giỏi lớp 9 cấp tỉnh năm học 2013-2014,
# at quangngai.edu.vn/khai-mac-ky-thi-hoc-sinh-gioi-lop-9-cap-tinh-nam-hoc-2013-2014.html
QUANG_NGAI_GIFTED_EXAM_2014 = Period(date(2013, 9, 1), date(2014, 8, 31))
# Thông báo của Sở GD-ĐT Quảng Nam, kỳ thi học sinh giỏi cấp tỉnh THPT năm học 2022 - 2023 đợt
# 2, at baoquangnam.vn/giao-duc/ky-thi-hoc-sinh-gioi-cap-tinh-thpt-dot-2-to-chuc-vao-ngay-153-
# 137692.html
QUANG_NAM_GIFTED_EXAM_2023 = Period(date(2022, 9, 1), date(2023, 8, 31))
# Kế hoạch của Sở Giáo dục và Đào tạo Phú Thọ, kỳ thi chọn học sinh giỏi lớp 9 THCS cấp tỉnh năm
# học 2025 - 2026, at baophutho.vn/4-434-hoc-sinh-dang-ky-tham-gia-ky-thi-chon-hoc-sinh-gioi-
# lop-9-cap-tinh-246940.htm
PHU_THO_GIFTED_EXAM_2026 = Period(date(2025, 9, 1), date(2026, 8, 31))

EDUCATION: list[Case] = [
    ("Vào ngày 10/03/2014", QUANG_NGAI_GIFTED_EXAM_2014, ONCE, ["2014-03-10"]),
    ("Vào ngày 15/3/2023", QUANG_NAM_GIFTED_EXAM_2023, ONCE, ["2023-03-15"]),
    ("Ngày 3/2/2026", PHU_THO_GIFTED_EXAM_2026, ONCE, ["2026-02-03"]),
    ("Từ ngày 22 đến 28-12", HAU_GIANG_SCHOOLING_CHECK_2022, ONCE, ["2022-12-28"]),
    ("Từ ngày 14-27/7", VINH_LONG_PRESCHOOL_CHECK_2017, ONCE, ["2017-07-27"]),
    ("Từ ngày 5 đến 17/11", VIET_TRI_SCHOOL_GAMES_2023, ONCE, ["2023-11-17"]),
    ("Từ ngày 11 đến 15/12", VIET_TRI_SCHOOL_GAMES_2023, ONCE, ["2023-12-15"]),
]

# --- Legal education: law contests, Ngày Pháp luật (phổ biến, giáo dục pháp luật).

# Kế hoạch số 3275/KH-UBND ngày 18/6/2014 của UBND tỉnh Vĩnh Phúc, cuộc thi viết "Tìm hiểu
# pháp luật về đất đai", at vinhphuc.gov.vn/ct/cms/thongbao/Lists/ThongBao/View_Detail.aspx?
# ItemID=274
VINH_PHUC_LAND_LAW_CONTEST_2014 = Period(date(2014, 6, 18), date(2014, 12, 31))
# Kế hoạch của UBND huyện Châu Đức (Bà Rịa - Vũng Tàu), cuộc thi viết "Tìm hiểu Luật Phòng,
# chống tác hại của rượu, bia" (2019), at baobariavungtau.com.vn/xa-hoi/201909/to-chuc-cuoc-
# thi-viet-tim-hieu-luat-phong-chong-tac-hai-cua-ruou-bia-870740/index.htm
CHAU_DUC_ALCOHOL_LAW_CONTEST_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# UBND xã Phú Hòa Đông (TP Hồ Chí Minh), Hội thi trực tuyến tìm hiểu pháp luật hưởng ứng Ngày
# Pháp luật năm 2025, at mttq.phuhoadong.vn/xa-phu-hoa-dong-to-chuc-le-trao-giai-hoi-thi-truc-
# tuyen-tim-hieu-phap-luat-va-thiet-ke-khau-hieu-tuyen-truyen-nam-2025
PHU_HOA_DONG_LAW_DAY_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))

LEGAL_EDUCATION: list[Case] = [
    (
        "Từ ngày 20/6/2014 đến ngày 05/12/2014",
        VINH_PHUC_LAND_LAW_CONTEST_2014,
        ONCE,
        ["2014-12-05"],
    ),
    ("Từ 20/6/2014 đến 10/7/2014", VINH_PHUC_LAND_LAW_CONTEST_2014, ONCE, ["2014-07-10"]),
    (
        "Từ ngày 10/7/2014 đến 01/10/2014",
        VINH_PHUC_LAND_LAW_CONTEST_2014,
        ONCE,
        ["2014-10-01"],
    ),
    ("Từ 01/10/2014 đến 15/10/2014", VINH_PHUC_LAND_LAW_CONTEST_2014, ONCE, ["2014-10-15"]),
    ("Đến hết ngày 30/10/2019", CHAU_DUC_ALCOHOL_LAW_CONTEST_2019, ONCE, ["2019-10-30"]),
    (
        "Từ ngày 30/10/2025 đến 10/11/2025",
        PHU_HOA_DONG_LAW_DAY_2025,
        ONCE,
        ["2025-11-10"],
    ),
]

# --- Tourism weeks (du lịch).

# UBND tỉnh Bắc Giang, lễ Khai hội xuân và Tuần Văn hóa - Du lịch năm 2023, at beta.
# baophapluat.vn/bac-giang-to-chuc-le-khai-hoi-xuan-va-tuan-van-hoa-du-lich-nam-2023-voi-chu-
# de-linh-thieng-tay-yen-tu-post9615.html
BAC_GIANG_TOURISM_WEEK_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Kế hoạch của UBND tỉnh Phú Yên, Tuần Văn hóa - Du lịch Phú Yên 2023, at vietnamtourism.vn/
# index.php/news/items/26172
PHU_YEN_TOURISM_WEEK_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

TOURISM: list[Case] = [
    ("Từ ngày 01/2 đến ngày 6/2/2023", BAC_GIANG_TOURISM_WEEK_2023, ONCE, ["2023-02-06"]),
    ("Từ ngày 01-07/04", PHU_YEN_TOURISM_WEEK_2023, ONCE, ["2023-04-07"]),
    ("Lúc 20 giờ ngày 1/4", PHU_YEN_TOURISM_WEEK_2023, ONCE, ["2023-04-01"]),
    ("Lúc 20 giờ ngày 07/04", PHU_YEN_TOURISM_WEEK_2023, ONCE, ["2023-04-07"]),
]

# --- Environment: Earth Hour (môi trường, tiết kiệm điện).

# UBND tỉnh Quảng Nam, hưởng ứng Giờ Trái đất năm 2020, at bandantoc.quangnam.gov.vn/
# webcenter/portal/bandantoc/pages_tin-tuc/chi-tiet?dDocName=PORTAL172125
QUANG_NAM_EARTH_HOUR_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Công văn số 369/UBND-KT2 ngày 21/02/2022 của UBND tỉnh Hưng Yên, hưởng ứng Giờ Trái đất năm
# 2022, at soldtbxh.hungyen.gov.vn/portal/pages/print.aspx?p=9358
HUNG_YEN_EARTH_HOUR_2022 = Period(date(2022, 2, 21), date(2022, 12, 31))
# Kế hoạch 42/KH-UBND của UBND thành phố Hà Nội, Chiến dịch Giờ Trái đất năm 2019, at
# hieuluat.vn/thong-bao-van-ban-moi/ha-noi-huong-ung-chien-dich-gio-trai-dat-nam-2019-560-
# 31159-article.html
HA_NOI_EARTH_HOUR_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# UBND tỉnh Ninh Thuận, hưởng ứng Chiến dịch Giờ trái đất năm 2017, at baoninhthuan.com.vn/
# news/92015p25c44/to-chuc-cac-hoat-donghuong-ung-chien-dich-gio-trai-dat-nam-2017.htm
NINH_THUAN_EARTH_HOUR_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Kế hoạch số 1561/KH-UBND ngày 13/3/2020 của UBND thành phố Đà Nẵng, Chiến dịch Giờ Trái đất
# 2020, at ccbvmt.danang.gov.vn/su-kien-noi-bat/huong-ung-chien-dich-gio-trai-dat-2020.htm
DA_NANG_EARTH_HOUR_2020 = Period(date(2020, 3, 13), date(2020, 12, 31))

ENVIRONMENT: list[Case] = [
    ("Từ 20h30 đến 21h30 ngày 28/3/2020", QUANG_NAM_EARTH_HOUR_2020, ONCE, ["2020-03-28"]),
    (
        "Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ bảy, ngày 26/3/2022",
        HUNG_YEN_EARTH_HOUR_2022,
        ONCE,
        ["2022-03-26"],
    ),
    ("Ngày 9/3/2019", HA_NOI_EARTH_HOUR_2019, ONCE, ["2019-03-09"]),
    ("Từ 20h00 đến 21h30 ngày 30/3/2019", HA_NOI_EARTH_HOUR_2019, ONCE, ["2019-03-30"]),
    ("Từ 20h30 đến 21h30 ngày 30/3/2019", HA_NOI_EARTH_HOUR_2019, ONCE, ["2019-03-30"]),
    (
        "Từ 20 giờ 30 phút đến 21 giờ 30 phút, ngày 25-3-2017",
        NINH_THUAN_EARTH_HOUR_2017,
        ONCE,
        ["2017-03-25"],
    ),
    (
        "Từ 20 giờ 30 phút đến 21 giờ 30 phút thứ Bảy, ngày 28 tháng 3 năm 2020",
        DA_NANG_EARTH_HOUR_2020,
        ONCE,
        ["2020-03-28"],
    ),
]

# --- Livestock vaccination and hygiene, children's month, the elderly (thú y, xã hội).

# Kế hoạch số 177/KH-UBND ngày 10/02/2017 của UBND tỉnh Quảng Bình, tiêm phòng vắc xin lở mồm
# long móng năm 2017, at chicucchannuoithuy.quangbinh.gov.vn/3cms/trien-khai-ke-hoach-tiem-vac-
# xin-lo-mom-long-mong-cho-dan-trau-bo-trong-nam-2017.htm
QUANG_BINH_FMD_2017 = Period(date(2017, 2, 10), date(2017, 12, 31))
# Kế hoạch số 128/KH-UBND (9/2019) của UBND huyện Lộc Ninh (Bình Phước), thăm và chúc thọ người
# cao tuổi nhân Ngày Quốc tế Người cao tuổi, at locninh.binhphuoc.gov.vn/vi/news/tag/chúc-thọ
LOC_NINH_ELDERLY_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))


# Chi cục Chăn nuôi và Thú y tỉnh Bà Rịa - Vũng Tàu, tháng vệ sinh, tiêu độc, khử trùng môi
# trường chăn nuôi (2023), at nhachannuoi.vn/ba-ria-vung-tau-cap-phat-tren-5-000-lit-hoa-chat-
# sat-trung
BA_RIA_DISINFECTION_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Chi cục Chăn nuôi-Thú y tỉnh Thừa Thiên Huế, "Tháng vệ sinh, tiêu độc khử trùng môi trường đợt
# II năm 2018", at huengaynay.vn/kinh-te/nong-nghiep-nong-thon/khong-de-dich-benh-gia-suc-gia-
# cam-xay-ra-61409.html
HUE_DISINFECTION_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Sở Lao động - Thương binh và Xã hội tỉnh An Giang, Tháng hành động vì trẻ em năm 2019, at
# baoangiang.com.vn/to-chuc-thang-hanh-dong-vi-tre-em-a246521.html
AN_GIANG_CHILDREN_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))

LIVESTOCK_AND_SOCIAL: list[Case] = [
    ("Từ ngày 24/02/2017 - 24/3/2017", QUANG_BINH_FMD_2017, ONCE, ["2017-03-24"]),
    ("Từ ngày 20/8/2017 - 20/9/2017", QUANG_BINH_FMD_2017, ONCE, ["2017-09-20"]),
    ("Từ nay đến 13/8/2023", BA_RIA_DISINFECTION_2023, ONCE, ["2023-08-13"]),
    ("Từ ngày 5 đến cuối tháng 9/2018", HUE_DISINFECTION_2018, ONCE, ["2018-09-30"]),
    ("Ngày 1-6", AN_GIANG_CHILDREN_2019, ONCE, ["2019-06-01"]),
    ("Từ ngày 1 đến 10-6", AN_GIANG_CHILDREN_2019, ONCE, ["2019-06-10"]),
    (
        "Trong thời gian từ ngày 27/9 đến ngày 01/10/2019",
        LOC_NINH_ELDERLY_2019,
        ONCE,
        ["2019-10-01"],
    ),
]

# --- Irrigation and rural roads, women's union weeks (thủy lợi, phụ nữ).

# UBND xã Nghĩa Hội (Nghĩa Đàn, Nghệ An), đợt ra quân làm giao thông, thủy lợi năm 2022, at
# nghiadan.vn/nghia-hoi-huong-ung-ngay-toan-dan-ra-quan-lam-giao-thong-thuy-loi-p6138
NGHIA_HOI_IRRIGATION_2022 = Period(date(2022, 10, 16), date(2022, 12, 31))
# Hội Liên hiệp Phụ nữ huyện Phụng Hiệp (Hậu Giang), kế hoạch chuỗi hoạt động chào mừng Ngày
# Quốc tế Phụ nữ năm 2024, at baohaugiang.com.vn/hoi-dong-nhan-dan-tinh-hau-giang/huyen-phung-
# hiep-nhieu-hoat-dong-huong-ung-ngay-quoc-te-phu-nu-130360.html
PHUNG_HIEP_WOMEN_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Hội Phụ nữ xã Trà Tân (Đức Linh, Bình Thuận), kỷ niệm Ngày thành lập Hội LHPN Việt Nam năm
# 2023, at duclinh.binhthuan.gov.vn/xa-tra-tan/tra-tan-to-chuc-ky-niem-93-nam-ngay-thanh-lap-
# hoi-lien-hiep-phu-nu-viet-nam-644025
TRA_TAN_WOMEN_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

IRRIGATION_AND_WOMEN: list[Case] = [
    ("Từ ngày 25 đến 30/10/2022", NGHIA_HOI_IRRIGATION_2022, ONCE, ["2022-10-30"]),
    ("Từ ngày 20 đến 30/11/2022", NGHIA_HOI_IRRIGATION_2022, ONCE, ["2022-11-30"]),
    ("Từ ngày 10 đến 20/12/2022", NGHIA_HOI_IRRIGATION_2022, ONCE, ["2022-12-20"]),
    ("Từ ngày 1 đến 8-3", PHUNG_HIEP_WOMEN_2024, ONCE, ["2024-03-08"]),
    ("Từ ngày 14/10 đến 20/10/2023", TRA_TAN_WOMEN_2023, ONCE, ["2023-10-20"]),
]

# --- Labour surveys and poverty reviews (thống kê, lao động, giảm nghèo).

# UBND xã Vĩnh An (Châu Thành, An Giang), kế hoạch thu thập thông tin cung cầu lao động năm
# 2019, at chauthanh.angiang.gov.vn/wps/portal/Home/trang-chu/xem/!ut/p/z0/fYyxDoIwFAC_xrF5LZQC
# I4kaReMMXcyzbWiFFJDW8PkSRwfHu1wOJDQgPb5dh8GNHoeNWynuZbk_0wtn1-KWHGl1Ehnf14weago1yP_BdnDPeZYV
# SDX6YNYAzeAeRFmMwaK3O7rgDwXnQ1RL7J3xX7HiZOPou2BdeOHmmMiVLkxKMo6UcCE0Qa1zgnmqjcpKoRMGUy_bD7dP9Q
# g!/
VINH_AN_LABOUR_SURVEY_2019 = Period(date(2019, 6, 11), date(2019, 12, 31))
# Kế hoạch của UBND thành phố Tam Kỳ (Quảng Nam), thu thập thông tin cung cầu lao động năm 2017,
# at baoquangnam.vn/xa-hoi/lao-dong-viec-lam/201707/tam-ky-thu-thap-thong-tin-ve-cung-cau-lao-
# dong-745943/
TAM_KY_LABOUR_SURVEY_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
# Công văn 7319 của UBND tỉnh Quảng Nam, rà soát hộ nghèo, cận nghèo năm 2022, at baoquangnam.
# vn/xa-hoi/day-nhanh-tien-do-ra-soat-ho-ngheo-can-ngheo-134477.html
QUANG_NAM_POVERTY_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))

SURVEYS_AND_POVERTY: list[Case] = [
    ("Từ 10/6 đến ngày 25/7/2019", VINH_AN_LABOUR_SURVEY_2019, ONCE, ["2019-07-25"]),
    ("30 ngày bắt đầu từ ngày 1.7.2017", TAM_KY_LABOUR_SURVEY_2017, ONCE, ["2017-07-30"]),
    ("Trước ngày 15/11/2022", QUANG_NAM_POVERTY_2022, ONCE, ["2022-11-14"]),
]

# --- Red Cross humanitarian month, learning promotion (Chữ thập đỏ, khuyến học).

# Hội Chữ thập đỏ TP Hồ Chí Minh, lễ phát động "Tháng Nhân đạo" năm 2019, at nvhtn.org.vn/le-
# phat-dong-thang-nhan-dao-hoi-chu-thap-do-tp-hcm/
HCM_RED_CROSS_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Hội Chữ thập đỏ tỉnh Quảng Trị, đề cương tuyên truyền "Tháng nhân đạo" năm 2020, at
# chuthapdoquangtri.org.vn/index.php/vi/news/savefile/Hoat-dong-phong-trao/De-cuong-tuyen-
# truye-n-Tha-ng-nhan-da-o-nam-2020-va-Nga-y-Chu-tha-p-do-va-Trang-luo-i-lie-m-do-quo-c-te-8-5-
# 1074/
QUANG_TRI_RED_CROSS_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
# Hội Chữ thập đỏ tỉnh Bình Thuận, "Tháng Nhân đạo" năm 2021, at baobinhthuan.com.vn/trao-hoc-
# bong-cho-hoc-sinh-ngheo-va-tang-qua-cho-gia-dinh-kho-khan-49472.html
BINH_THUAN_RED_CROSS_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
# Hội Khuyến học huyện Châu Phú (An Giang), đại hội Hội Khuyến học các xã, thị trấn nhiệm kỳ
# 2020-2025, at chauphu.angiang.gov.vn/wps/portal/Home/trang-tin-chi-tiet/!ut/p/z0/jY7BSsQwFEW_
# xUWXIS9NU5NlGRmZKnRUGMZs5CVN2owlncF00L83jhtxIW4e9x0ul0M13VMd8RwGTGGOOOX_WdcvSt1s4K5i913NAJp10
# 922uw5kWdKW6r8LeSEcTifdUG3nmNx7ons74nIcFzIFU8AbkhTimBZ7yUPAuV_sGeM4409SgGHeWImKVFx4UqnSEcXhmn
# jVowfBBCr-W0hud2t4WD2120fVsVXL_ieUxm8bixl_uFjAFyKXTHhdQImsZ9I5UtU2n6yQXZQnWCnhrJTGS06Pr9qIabj
# 6BCBJeeY!/
CHAU_PHU_LEARNING_2020 = Period(date(2020, 6, 23), date(2020, 12, 31))

RED_CROSS_AND_LEARNING: list[Case] = [
    ("Lúc 08g00 ngày 12/5/2019", HCM_RED_CROSS_2019, ONCE, ["2019-05-12"]),
    ("Từ ngày 01/5 đến ngày 31/5", QUANG_TRI_RED_CROSS_2020, ONCE, ["2020-05-31"]),
    ("Từ ngày 08/5 đến ngày 19/5", QUANG_TRI_RED_CROSS_2020, ONCE, ["2020-05-19"]),
    ("Từ ngày 1/5 đến ngày 31/5", BINH_THUAN_RED_CROSS_2021, ONCE, ["2021-05-31"]),
    ("Quý III/2020", CHAU_PHU_LEARNING_2020, ONCE, ["2020-09-30"]),
]

# --- Fire prevention contests, trade-union sports (phòng cháy chữa cháy, công đoàn).

# Phòng Cảnh sát PCCC và CNCH Công an tỉnh Bình Định, thông báo Hội thi nghiệp vụ chữa cháy và
# CNCH "Tổ liên gia an toàn PCCC" cấp tỉnh năm 2024, at congan.binhdinh.gov.vn/vi/news/hoat-
# dong-ca-cac-don-vi-dia-phuong/thong-bao-to-chuc-hoi-thi-nghiep-vu-chua-chay-va-cuu-nan-cuu-
# ho-to-lien-gia-an-toan-phong-chay-chua-chay-cap-tinh-4553.html
BINH_DINH_FIRE_CONTEST_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Kế hoạch số 1393 của UBND tỉnh Quảng Nam, hội thi Tổ liên gia an toàn phòng cháy và chữa cháy
# toàn tỉnh năm 2024, at baoquangnam.vn/cuoi-thang-5-to-chuc-hoi-thi-to-lien-gia-an-toan-
# phong-chay-va-chua-chay-tinh-quang-nam-3133104.html
QUANG_NAM_FIRE_CONTEST_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Liên đoàn Lao động tỉnh Tuyên Quang, Giải Bóng chuyền hơi cán bộ công đoàn tỉnh năm 2019, at
# tuyenquangtv.vn/van-hoa-the-thao/201906/ttv-giai-bong-chuyen-hoi-can-bo-cong-doan-tinh-tuyen-
# quang-nam-2019-3bb7381/
TUYEN_QUANG_UNION_VOLLEYBALL_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Liên đoàn Lao động tỉnh Lâm Đồng, giải bóng chuyền công nhân viên chức lao động tỉnh năm 2024,
# at lamdongtv.vn/tin-tuc-n23733/chuan-bi-to-chuc-giai-bong-chuyen-cong-nhan-vien-chuc-lao-
# dong-tinh.html
LAM_DONG_UNION_VOLLEYBALL_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Liên đoàn Lao động tỉnh Phú Yên, Giải Bóng chuyền mừng Đảng, mừng xuân Đinh Dậu 2017, at
# baophuyen.vn/88/167877/8-doi-bong-tranh-tai.html
PHU_YEN_UNION_VOLLEYBALL_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))

FIRE_AND_UNIONS: list[Case] = [
    ("Trong 02 ngày 09 - 10/05/2024", BINH_DINH_FIRE_CONTEST_2024, ONCE, ["2024-05-10"]),
    ("Vào cuối tháng 5/2024", QUANG_NAM_FIRE_CONTEST_2024, ONCE, ["2024-05-31"]),
    ("Trong 2 ngày, vào cuối tháng 5/2024", QUANG_NAM_FIRE_CONTEST_2024, ONCE, ["2024-05-31"]),
    (
        "Trong hai ngày (20 - 21/6/2019)",
        TUYEN_QUANG_UNION_VOLLEYBALL_2019,
        ONCE,
        ["2019-06-21"],
    ),
    ("Từ ngày 18 đến ngày 20/7/2024", LAM_DONG_UNION_VOLLEYBALL_2024, ONCE, ["2024-07-20"]),
    ("Vào 15 giờ ngày 13/1", PHU_YEN_UNION_VOLLEYBALL_2017, ONCE, ["2017-01-13"]),
]

# --- Farmers' union congresses (Hội Nông dân).

# Hội Nông dân thành phố Hội An (Quảng Nam), đại hội các cấp nhiệm kỳ 2023-2028, at hoianrt.vn/
# tin-tuc/chinh-tri/cac-co-so-hoi-nong-dan-tren-dia-ban-thanh-pho-tien-hanh-dai-hoi.html
HOI_AN_FARMERS_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))

FARMERS: list[Case] = [
    ("Trong quý I/2023", HOI_AN_FARMERS_2023, ONCE, ["2023-03-31"]),
]

# --- Youth Union summers (Đoàn TNCS Hồ Chí Minh).

# Kế hoạch số 2080/KH-BCĐ ngày 16/6/2020 của Ban Chỉ đạo Hoạt động hè và Chiến dịch thanh niên
# tình nguyện tỉnh Hải Dương, at vpubnd.haiduong.gov.vn/Modules/Article/ArticlePrint.aspx?
# ArticleID=27880
HAI_DUONG_SUMMER_2020 = Period(date(2020, 6, 16), date(2020, 12, 31))
# Đoàn xã Vĩnh Thạnh (huyện Giồng Riềng, Kiên Giang), chiến dịch thanh niên tình nguyện hè năm
# 2024, at tuoitregiongrieng.com/15872
GIONG_RIENG_SUMMER_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))

# Tỉnh đoàn Bình Dương, Hội trại Tòng quân năm 2023, at baobinhduong.vn/tat-bat-chuan-bi-cho-
# hoi-trai-tong-quan-nam-2023-a289532.html
BINH_DUONG_CAMP_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Huyện Đoàn Lộc Ninh (Bình Phước), Hội trại tòng quân năm 2019, at locninh.binhphuoc.gov.vn/
# vi/news/tin-van-hoa-xa-hoi/huyen-loc-ninh-to-chuc-hoi-trai-tong-quan-nam-2019-3080.html
LOC_NINH_CAMP_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# Hội trại tòng quân huyện Mộc Hóa (Long An) năm 2025, at mochoa.longan.gov.vn/tin-van-tat-chu-
# chay/moc-hoa-chat-luong-hoi-trai-tong-quan-ngay-cang-duoc-nang-len-982761
MOC_HOA_CAMP_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))

# Hội LHTN Việt Nam huyện An Phú (An Giang), kế hoạch tổ chức đại hội các cấp nhiệm kỳ
# 2024-2029, set out on 24 October 2023, at anphu.angiang.gov.vn/phu-trien-khai-ke-hoach-chuc-
# dai-hoi-hoi-lhtn-viet-nam-cac-cap-nhiem-ky-2024-2029
AN_PHU_YOUTH_FEDERATION_2024 = Period(date(2023, 10, 24), date(2024, 12, 31))

YOUTH_UNION: list[Case] = [
    ("Ngày 7-2", BINH_DUONG_CAMP_2023, ONCE, ["2023-02-07"]),
    ("Vào ngày 20/02/2019", LOC_NINH_CAMP_2019, ONCE, ["2019-02-20"]),
    ("Trong 2 ngày từ 12 đến 13-2", MOC_HOA_CAMP_2025, ONCE, ["2025-02-13"]),
    ("Trong tháng 03/2024", AN_PHU_YOUTH_FEDERATION_2024, ONCE, ["2024-03-31"]),
    ("Trong tháng 04/2024", AN_PHU_YOUTH_FEDERATION_2024, ONCE, ["2024-04-30"]),
    ("Trong tháng 7/2024", AN_PHU_YOUTH_FEDERATION_2024, ONCE, ["2024-07-31"]),
]

TENTH_SET_SECOND = (
    FRONT_AND_VETERANS
    + TREES_SPORTS_POPULATION
    + EDUCATION
    + LEGAL_EDUCATION
    + TOURISM
    + ENVIRONMENT
    + LIVESTOCK_AND_SOCIAL
    + IRRIGATION_AND_WOMEN
    + SURVEYS_AND_POVERTY
    + RED_CROSS_AND_LEARNING
    + FIRE_AND_UNIONS
    + FARMERS
    + YOUTH_UNION
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Two youth summer campaigns that the first part (test_deadline_tenth_set.py), collected at
    # the same time by another helper, also took from the same pages.
    ("Từ tháng 6 đến tháng 8 năm 2024", GIONG_RIENG_SUMMER_2024, ONCE, ["2024-08-31"]),
    ("Từ 15/7/2020 đến 25/8/2020", HAI_DUONG_SUMMER_2020, ONCE, ["2020-08-25"]),
    ("Trong quý II/2023", HOI_AN_FARMERS_2023, ONCE, ["2023-06-30"]),
    ("Trước ngày 30/11/2019", CHAU_DUC_ALCOHOL_LAW_CONTEST_2019, ONCE, ["2019-11-29"]),
]

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 66 / 72


def test_the_second_part_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(TENTH_SET_SECOND, __file__, at_least=72)


def test_no_second_part_phrase_reads_wrong() -> None:
    assert_none_wrong(TENTH_SET_SECOND + SEEN_ELSEWHERE)


def test_the_second_part_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(TENTH_SET_SECOND, MEASURED_SHARE)

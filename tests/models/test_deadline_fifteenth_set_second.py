"""The fifteenth held-out set, second part: deadlines and timetables of local plans and notices.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo, công văn), timetable or
schedule of a commune, ward, district, town or province, of a provincial department (Sở Văn
hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo, Trung tâm Kiểm soát bệnh tật), of a district
or provincial steering board (Ban Chỉ đạo tổng điều tra, Hội đồng nghĩa vụ quân sự), of a local
party or mass body (Ban Thường vụ Tỉnh ủy, Huyện đoàn, Liên đoàn Lao động) or from the page of
a provincial paper, radio-TV station or portal that sets out such a plan's dates. None of the
pages that give the held-out phrases is cited by the fourteen earlier held-out sets or by the
other deadline test modules, nor, when this part was finished, by the first part of the
fifteenth (tests/models/test_deadline_fifteenth_set.py, collected at the same time by another
helper). They were found in the stored public pages, 26 of them, each cited below, beside its
plan's period, by its address. They cover a grade-ten exam timetable, vitamin A and vaccination
drives and a Mid-Autumn night (giáo dục, y tế); Covid-19 support and Independence Day gifts paid
by communes (lao động - thương binh và xã hội, UBND xã); a district's spring festivities, youth
camps, football, a cross-country race and two provincial sports congresses (văn hóa, thể thao,
đoàn thể); a labour survey, administrative-reform checks, military service medicals, public
investment, the 2021 economic census and rural development (UBND, thống kê, quân sự, nông thôn
mới); and the study of a provincial party congress's resolution (đảng bộ).

From each page every time phrase that would stand in a plan's deadline or timetable cell was
taken, in the page's order (a page's title too: Vĩnh Long's "Vào ngày 28/8", Xuân Thành's "Vào
cuối năm"), at most six from one page; a phrase a page repeats word for word was taken once.
The wording of the time expression is kept as written; only what would not stand in the cell
was trimmed, with a capital first letter ("Kết quả sơ bộ sẽ được công bố vào tháng 12/2021"
gives "Vào tháng 12/2021"). Dates a page gives only as when it was written, as how far the work
had got (Hà Trung's "Đến 16h chiều", Yên Trường's "Đúng 14h chiều 31/8"), or as what was
already done were not taken. Each phrase is read against the period of
its plan, as the plan or page states it (from the day it was issued, where the page gives that
day), or its year where the page names only a year.

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py, README.md's table of deadline forms and the earlier held-out
sets, before the engine was run on any of them; the engine code (models/deadline/) was not
opened while collecting, nor the engine run. "Trước ngày X" is the day before X ("Trước ngày
2/9", "Hoàn thành trước ngày 10/12/2020", "Vào trước ngày 30/12/2021"); "Hết ngày X", "Đến X"
and "Vào ngày X" are X, and so is a time of day beside a date ("Trong tối 31/8", "Dự kiến vào
lúc 19 giờ, ngày 13/9/2019", "Vào lúc 7 giờ 30 phút, ngày 28/8"); "Trong ngày mai 1/9" is the
date it names; a month is its last day ("Vào tháng 7/2024", "Hoàn thành trong tháng 12/2020"),
"cuối tháng" too ("Từ nay đến cuối tháng 12/2019", "Đến cuối tháng 8/2022"), and a year's end,
"cuối năm" or "Trong năm 2020", is 31 December; a quarter is its last day ("Vào quý II năm
2022"); a span is due at its end, with or without "Từ", "ngày", "Bắt đầu" or a stage's name
("Từ ngày 10- 21/5/2019", "Bắt đầu từ 10/6 đến ngày 25/7/2019", "02 đến 04/6", "Giai đoạn 2, từ
ngày 01/07 đến ngày 30/07"); a count of days that agrees with the days named is their last day
("Trong 02 ngày 26-27/8/2020", "Trong 2 ngày 8 và 9/8", "Trong 2 ngày (25 và 26-10)"); a lunar
restatement in brackets after a solar date or span is dropped ("Tổng kết ngày 18/01/2019 (Ngày
13/12/2018 Tháng chạp)": 18/01/2019 was the 13th of the twelfth lunar month); a day and month
with no year take the only year of the plan's period that holds them (Tân Hồng's second census
stage, 30/07 falling only in 2021 inside a period that ends on 30/6/2022).

Left out, as readable two ways, with no certain day, a start with no end, written wrong, without
a year, outside 2015-2026, or not local:

- two ways: two days joined by "và" with no count of days, one span or two dates (as the
  eighth and eleventh sets leave such phrases out): the grade-ten exam table's "05 và 06/6"
  (Bà Rịa - Vũng Tàu, Bến Tre, Bình Định, Cần Thơ), "23 và 24/5" (Bạc Liêu), "03 và 04/6" (Bắc
  Giang, Bình Thuận), "31/5 và 1/6" (Bình Dương), "Dự kiến 04 và 05/6" (Bình Phước), "Dự kiến
  05 và 06/6" (Cao Bằng), "02 và 03/6" (Đà Nẵng), "9 và 10/6" (Đắk Lắk), "07 và 08/6" (Đắk
  Nông), and Quỳnh Lưu's mediators' contest "chiều 12 và ngày 13/7" (baonghean.vn/print/
  10107247.html); Châu Thành's "Đêm 30 tháng 12 năm 2018 dl, đêm tết dương lịch" (the 30th, yet
  the New Year's night, the 31st); Vĩnh Long's labour-market survey "từ ngày 1/7/2021 ... trong
  thời gian 30 ngày" (30 or 31 July: baovinhlong.vn/thoi-su/202106/tu-17-trien-khai-thu-thap-
  thong-tin-thi-truong-lao-dong-nam-2021-3060809/); xã Minh Đức's refuse rounds "2 đến 3 lần/
  tuần (vào các ngày thứ 3, thứ 5 và Chủ nhật)" (minhduc.dongnai.gov.vn, thong-bao-138);
- no certain day: the exam table's "Dự kiến đầu tháng 6" (Điện Biên);
- a start with no end: Tân Hồng's title "Từ 01/03", xã Minh Đức's "Từ ngày 29 tháng 07 năm
  2025", phường Hòa Minh's "bắt đầu từ ngày 15/11/2017" (hoaminh.danang.gov.vn, thong-bao/729)
  and phường Hải Châu I's "Bắt đầu từ ngày 05/10/2022" (haichau1.danang.gov.vn, id=2200);
- written wrong: Châu Thành's "Ngày 17/01 - 25/02/2019 (Từ ngày 01/12/2018 - 10/01/2019 Tháng
  chạp)" (17/01/2019 was the 12th of the twelfth lunar month, 25/02/2019 in the first) and "Ngày
  18 - 19/01/2019 (Ngày 13-14/12/2018 Tháng chạp" (its bracket never closed); A Dơi's title
  "Trong 02 ngày(26-27/8/2020)" (no space; its body's "Trong 02 ngày 26-27/8/2020" is taken); Na
  Rì's council "vào ngày 1525 hàng tháng" (nari.gov.vn, lịch tiếp công dân 2021-2026);
- without a year: Tân Hồng's first census stage "từ ngày 01/3 đến ngày 30/05" (the period holds
  30/05 in 2021 and 2022); phường Phú Hội's summer refuse hours "từ ngày 01/4 đến ngày 30/9"
  (phuhoi.thuathienhue.gov.vn/?cn=55&gd=12&tc=10899); a Hồ Chí Minh City department's monthly
  updates "Định kỳ từ ngày 1 đến ngày 5 hằng tháng" (nld.com.vn, 120709); Hồ Chí Minh
  City's New Year clean-up "trong các ngày 30, 31-12" (plo.vn, 224939); Hà Nội's farmers'
  contest "Trong các ngày 4, 5 và 9/7" (baomoi.com, c/8845565); Cao Bằng's sports congress "vào
  ngày 15/9" (baocaobang.vn/Phongsuanh/649/trang9.bcb);
- dates a plan replaced: Hội Văn học nghệ thuật Thái Nguyên's contest "từ ngày 20/9/2021 đến
  ngày 20/10/2021", then extended (vannghethainguyen.vn/2021/10/19), and Đồng Tháp's art
  contest "từ ngày 25/01/2018 đến ngày 31/7/2018", extended in August 2018
  (svhtt.hochiminhcity.gov.vn);
- outside 2015-2026: the Đất Quảng literature award's "từ ngày 1.6 đến ngày 30.8.2014"
  (baoquangnam.vn, 19780), Huế's New Year clean-up of 27-28/12/2014 (tapchisonghuong.com.vn,
  n18145), Tiền Giang's cultural-house contest of 2012 (thtg.vn);
- not local: the 2021 economic census's national dates as the Tổng cục Thống kê gives them
  (baophapluat.vn, fad.danang.gov.vn), the Ministry of Public Security's identity cards "trước
  ngày 1/7", the national mediators' final "vào ngày 8/11", the Central Farmers' Union's
  contest, the national sports congress "vào cuối năm nay" on Bà Rịa - Vũng Tàu's page, and a
  university's summer campaign (haui.edu.vn).

Many pages the searches returned had already been used by the earlier sets (Hải Dương's and
Giồng Riềng's summer campaigns, Thái Nguyên's, Hà Nội's and Hồ Chí Minh City's pages of 2020,
Tiền Tiến's and Ngũ Phúc's rabies jabs, Hương Xuân's dog vaccination, Bạch Thông's livestock
jabs and poor-household survey, Phú Thọ's election timetable, Lâm Đồng's workers' volleyball,
Châu Thành's and Vĩnh An's pages of 2019 on labour and days for citizens, Cát Hải's, Nam
Sách's and Bắc Kạn's military service, Tây Ninh's identity cards and days for citizens, Huế's
identity cards, Quảng Ngãi's resolution study, Hoằng Thái's and Kiến Xương's elections, Hà
Nội's Mid-Autumn night of 2022, Vĩnh Long's 2021 census, Việt Hòa's irrigation water, Hội An's
veterans, Hải Dương's rural-development debts, Châu Đức's 2024 contest) and were left alone.
One phrase of these plans is written verbatim in another deadline test module: Hải Dương's
heading "Trong năm 2020" (the third set writes it for another plan). It is kept, with its
reading, in SEEN_ELSEWHERE and not in the held-out list; none is written in the first part, as
far as was checked when this part was finished.

Reviewed by the lead before the one run, against the conventions only: "Từ ngày 10 đến 13-12"
(Bình Giang's military medicals) was taken out: its page gives no date, and its year was
inferred, which the earlier sets' rule (no year on the page: left out) does not allow.

The engine was run on both parts of the fifteenth set once, on 2026-12-01 at 18:22 UTC (as this
machine's clock reads), on commit f095639 (the engine's eleventh round; models/deadline/ had no
uncommitted change), and was not changed for it. The two parts were written outside the tests
folder and moved in just before the run; the lead decided beforehand to report the figure
whatever it was. Of this part's 39 phrases (from 25 pages), 32 read right (82.1%) and 7 came
back ``unknown``; its SEEN_ELSEWHERE phrase read right. No expectation was changed after
measuring. Both parts together: 47 of 54 (87.0%), none wrong; with the phrase seen elsewhere,
48 of 55 (87.3%). That is below issue 14's 95%; the test asserts the measured share. The
phrases still unread:

- a bare range of days with no lead word, as an exam timetable's cells write them (four
  phrases of one table): "02 đến 04/6", "03 đến 05/6", "06 đến 08/6", "Dự kiến 14 đến 16/6";
- a lunar restatement in brackets written like a solar date and named by its month ("Tháng
  chạp"): "Dự kiến thi diễn từ ngày 14 - 16/01/2019 (Từ ngày 09 - 11/12/2018 Tháng chạp)",
  "Tổng kết ngày 18/01/2019 (Ngày 13/12/2018 Tháng chạp)";
- "dl" (dương lịch) and a second description of the same night: "Đêm 31 tháng 12 năm 2018 dl,
  đêm tết dương lịch".
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import ONCE, Case
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)

# --- An exam timetable, vitamin A, vaccination and a Mid-Autumn night (giáo dục, y tế).

# The grade-ten exam dates of 2024 as each province's Sở Giáo dục và Đào tạo set them, tabled by
# Đài Truyền hình TP. Hồ Chí Minh, at www2.htv.com.vn/lich-thi-lop-10-nam-2024-cua-63-tinh-
# thanh (rows An Giang, Bắc Kạn, Bắc Ninh and Cà Mau; the rows between are left out above)
GRADE_TEN_EXAMS_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))
# Trung tâm Kiểm soát bệnh tật tỉnh Đồng Nai, chiến dịch uống vitamin A đợt 2 năm 2025, at
# dongnaicdc.vn/dong-nai-dam-bao-98-tre-trong-do-tuoi-duoc-uong-vitamin-a-dot-2-nam-2025
DONG_NAI_VITAMIN_A_2025 = Period(date(2025, 11, 1), date(2025, 12, 31))
# UBND tỉnh Đắk Nông, Kế hoạch 437/KH-UBND về tổ chức các hoạt động Tết Trung thu năm 2019 (Báo
# Đắk Nông, 20/08/2019), at daklak24h.com.vn/xa-hoi/48927/ubnd-tinh-chi-dao-to-chuc-cac-hoat-
# dong-vui-tet-trung-thu-cho-tre-em.html
DAK_NONG_MID_AUTUMN_2019 = Period(date(2019, 8, 20), date(2019, 12, 31))
# Tỉnh Tiền Giang, kế hoạch tiêm vắc xin phòng Covid-19 (Đài Phát thanh và Truyền hình Tiền
# Giang, 2021), at www.thtg.vn/tag/mien-dich-cong-dong/
TIEN_GIANG_VACCINATION_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))

SCHOOLS_AND_HEALTH: list[Case] = [
    ("02 đến 04/6", GRADE_TEN_EXAMS_2024, ONCE, ["2024-06-04"]),
    ("03 đến 05/6", GRADE_TEN_EXAMS_2024, ONCE, ["2024-06-05"]),
    ("06 đến 08/6", GRADE_TEN_EXAMS_2024, ONCE, ["2024-06-08"]),
    ("Dự kiến 14 đến 16/6", GRADE_TEN_EXAMS_2024, ONCE, ["2024-06-16"]),
    ("Từ ngày 01/12/2025 đến 10/12/2025", DONG_NAI_VITAMIN_A_2025, ONCE, ["2025-12-10"]),
    ("Dự kiến vào lúc 19 giờ, ngày 13/9/2019", DAK_NONG_MID_AUTUMN_2019, ONCE, ["2019-09-13"]),
    ("Trong tháng 12/2021", TIEN_GIANG_VACCINATION_2021, ONCE, ["2021-12-31"]),
]

# --- Support and gifts paid by communes (lao động - thương binh và xã hội, UBND xã).

# UBND xã A Dơi (Hướng Hóa, Quảng Trị), Kế hoạch số 28/KH-UBND ngày 24/8/2020 chi trả tiền hỗ
# trợ người dân gặp khó khăn do đại dịch Covid-19 (đợt 3), at adoi.huonghoa.quangtri.gov.vn/
# chi-tiet-tin/-/view-article/1/1650875953326/1657372560453
A_DOI_COVID_SUPPORT_2020 = Period(date(2020, 8, 24), date(2020, 12, 31))
# Four communes of Thanh Hóa paying the Independence Day gift of 2025 (Báo Thanh Hóa,
# 31/08/2025): xã Hà Trung at baothanhhoa.vn/xa-ha-trung-phan-dau-toi-nay-hoan-thanh-viec-trao-
# qua-quoc-khanh-cho-nguoi-dan-260211.htm, xã Trung Lý at baothanhhoa.vn/xa-bien-gioi-trung-ly-
# trao-qua-tet-doc-lap-cho-ba-con-nhan-dan-260250.htm, xã Yên Trường at baothanhhoa.vn/xa-yen-
# truong-trao-qua-cho-hon-29-nghin-nguoi-dan-don-tet-doc-lap-260218.htm and xã Định Tân at
# baothanhhoa.vn/xa-dinh-tan-phan-dau-hoan-thanh-phat-qua-2-9-cho-nguoi-dan-trong-ngay-mai-
# 260213.htm
THANH_HOA_INDEPENDENCE_GIFTS_2025 = Period(date(2025, 8, 31), date(2025, 9, 30))

SUPPORT_AND_GIFTS: list[Case] = [
    ("Trong 02 ngày 26-27/8/2020", A_DOI_COVID_SUPPORT_2020, ONCE, ["2020-08-27"]),
    ("Trong tối 31/8", THANH_HOA_INDEPENDENCE_GIFTS_2025, ONCE, ["2025-08-31"]),
    ("Trong ngày mai 1/9", THANH_HOA_INDEPENDENCE_GIFTS_2025, ONCE, ["2025-09-01"]),
    ("Hết ngày 1/9", THANH_HOA_INDEPENDENCE_GIFTS_2025, ONCE, ["2025-09-01"]),
    ("Trước ngày 2/9", THANH_HOA_INDEPENDENCE_GIFTS_2025, ONCE, ["2025-09-01"]),
]

# --- Spring festivities, youth camps and sport (văn hóa, thể thao, đoàn thể, công đoàn).

# Trung tâm Văn hóa - Thể thao huyện Châu Thành (An Giang), lịch tổ chức các hoạt động mừng
# Đảng - mừng Xuân Kỷ Hợi năm 2019, at chauthanh.angiang.gov.vn/wps/portal/Home/trang-chu/xem/
# !ut/p/z0/fcyxDoIwFEDRr2Fs3iuUQkcSNIrGGbqYR0NplbQSq_HzZXZwPMnNBQ096EBvP1PyMdCyedDyqlR7xJPg5_q
# S70E5yFK0Hcddh9CB_h9sB39bV92ANjGk6ZOgX_zIjKNXchRchk_6UXIxzCPFDBVVxcSrguVSWSZ4Ray2ApnNuUEydiot
# wuOuhy-80_yr/ (rows 3 to 5; rows 1, 2 and 6 are left out above)
CHAU_THANH_SPRING_2019 = Period(date(2018, 12, 1), date(2019, 2, 28))
# Trung tâm Văn hóa - Thông tin huyện Mang Thít (Vĩnh Long), Giải bóng đá vô địch huyện 2019
# (its page of 09/05/2019), at baovinhlong.com.vn/the-thao/201905/giai-bong-da-vo-dich-huyen-
# mang-thit-mo-rong-ve-nhan-su-2945269
MANG_THIT_FOOTBALL_2019 = Period(date(2019, 5, 9), date(2019, 12, 31))
# Ban tổ chức Giải việt dã truyền thống leo Núi Cậu huyện Dầu Tiếng (Bình Dương) lần thứ 15 năm
# 2015 (its page of 10/03/2015), at beta.baobinhduong.vn/nhieu-don-vi-du-giai-viet-da-truyen-
# thong-leo-nui-cau-a113199.html
DAU_TIENG_CROSS_COUNTRY_2015 = Period(date(2015, 3, 10), date(2015, 12, 31))
# Liên đoàn Lao động tỉnh Bình Thuận, giải bóng đá 7 người trong công nhân, viên chức, lao động
# năm 2024, as Liên đoàn Lao động huyện Tuy Phong's page of 19/05/2024 announces it, at
# www.vietnam.vn/giai-bong-da-5-nguoi-trong-cong-chuc-vien-chuc-nguoi-lao-dong
BINH_THUAN_WORKERS_FOOTBALL_2024 = Period(date(2024, 5, 19), date(2024, 12, 31))
# Huyện đoàn Cam Lâm (Khánh Hòa), Hội trại truyền thống huyện lần thứ VII năm 2018, at
# tinhdoankhanhhoa.org.vn/cam-lam-hoi-trai-truyen-thong-huyen-lan-thu-vii
CAM_LAM_YOUTH_CAMP_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Ban Chỉ đạo hoạt động hè xã An Vĩ (Khoái Châu, Hưng Yên), Hội trại thanh thiếu nhi hè năm
# 2018, at tinhdoanhungyen.org.vn/doan-thanh-nien/pho-bi-thu-thuong-truc-tinh-doan-nguyen-
# tuan-phong-du-hoi-trai-he-thanh-thieu-nhi-xa-thuan-hung.html
KHOAI_CHAU_SUMMER_CAMP_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# Huyện Đoàn, Hội LHTN huyện Xuyên Mộc (Bà Rịa - Vũng Tàu), Hội trại "Tôi yêu Tổ quốc tôi" năm
# 2018, at baobariavungtau.com.vn/xa-hoi/201810/300-doan-vien-thanh-nien-tham-gia-hoi-trai-
# toi-yeu-to-quoc-toi-820634
XUYEN_MOC_YOUTH_CAMP_2018 = Period(date(2018, 10, 1), date(2018, 12, 31))
# Sở Văn hóa - Thể thao tỉnh Bà Rịa - Vũng Tàu, Đại hội TDTT tỉnh lần thứ VIII năm 2022 (its
# page of 29/05/2022), at baobariavungtau.com.vn/the-thao/202205/dai-hoi-tdtt-tinh-co-17-mon-
# thi-dau-952007/index.htm
BA_RIA_VUNG_TAU_SPORTS_CONGRESS_2022 = Period(date(2022, 5, 29), date(2022, 12, 31))
# Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long, lễ khai mạc Đại hội TDTT tỉnh lần thứ IX năm
# 2022 (its page of 10/08/2022; its title and body give "ngày 28/8"), at baovinhlong.com.vn/
# the-thao/202208/khai-mac-dai-hoi-tdtt-tinh-lan-ix-vao-ngay-288-3129480
VINH_LONG_SPORTS_CONGRESS_2022 = Period(date(2022, 8, 10), date(2022, 12, 31))

CULTURE_YOUTH_AND_SPORT: list[Case] = [
    (
        "Dự kiến thi diễn từ ngày 14 - 16/01/2019 (Từ ngày 09 - 11/12/2018 Tháng chạp)",
        CHAU_THANH_SPRING_2019,
        ONCE,
        ["2019-01-16"],
    ),
    (
        "Tổng kết ngày 18/01/2019 (Ngày 13/12/2018 Tháng chạp)",
        CHAU_THANH_SPRING_2019,
        ONCE,
        ["2019-01-18"],
    ),
    (
        "Đêm 31 tháng 12 năm 2018 dl, đêm tết dương lịch",
        CHAU_THANH_SPRING_2019,
        ONCE,
        ["2018-12-31"],
    ),
    ("Từ ngày 10- 21/5/2019", MANG_THIT_FOOTBALL_2019, ONCE, ["2019-05-21"]),
    ("Vào ngày 12-3", DAU_TIENG_CROSS_COUNTRY_2015, ONCE, ["2015-03-12"]),
    ("Vào tháng 7/2024", BINH_THUAN_WORKERS_FOOTBALL_2024, ONCE, ["2024-07-31"]),
    ("Từ ngày 25/7 đến 27/7/2018", CAM_LAM_YOUTH_CAMP_2018, ONCE, ["2018-07-27"]),
    ("Trong 2 ngày 8 và 9/8", KHOAI_CHAU_SUMMER_CAMP_2018, ONCE, ["2018-08-09"]),
    ("Trong 2 ngày (25 và 26-10)", XUYEN_MOC_YOUTH_CAMP_2018, ONCE, ["2018-10-26"]),
    ("Vào ngày 6/6", BA_RIA_VUNG_TAU_SPORTS_CONGRESS_2022, ONCE, ["2022-06-06"]),
    ("Đến cuối tháng 8/2022", BA_RIA_VUNG_TAU_SPORTS_CONGRESS_2022, ONCE, ["2022-08-31"]),
    ("Vào ngày 28/8", VINH_LONG_SPORTS_CONGRESS_2022, ONCE, ["2022-08-28"]),
    ("Vào lúc 7 giờ 30 phút, ngày 28/8", VINH_LONG_SPORTS_CONGRESS_2022, ONCE, ["2022-08-28"]),
]

# --- A labour survey, reform checks, military medicals, public investment, a census and rural
# development (UBND, thống kê, quân sự, nông thôn mới).

# UBND xã Vĩnh An (Châu Thành, An Giang), kế hoạch thu thập thông tin cung cầu lao động năm
# 2019 (its meeting of 11/6/2019), at chauthanh.angiang.gov.vn/wps/portal/Home/trang-chu/xem/
# !ut/p/z0/fYyxDoIwFAC_xrF5LZQCI4kaReMMXcyzbWiFFJDW8PkSRwfHu1wOJDQgPb5dh8GNHoeNWynuZbk_0wtn1-
# KWHGl1Ehnf14weago1yP_BdnDPeZYVSDX6YNYAzeAeRFmMwaK3O7rgDwXnQ1RL7J3xX7HiZOPou2BdeOHmmMiVLkxKMo6
# UcCE0Qa1zgnmqjcpKoRMGUy_bD7dP9Qg!/
VINH_AN_LABOUR_SURVEY_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# UBND huyện Mộc Châu (Sơn La), Kế hoạch số 517/KH-UBND ngày 27/02/2020 kiểm tra công tác cải
# cách hành chính, hoạt động công vụ năm 2020, at mocchau.sonla.gov.vn/1306/31791/62201/584744/
# tin-cchc/ubnd-huyen-moc-chau-thuc-hien-kiem-tra-cong-tac-cai-cach-hanh-chinh-va-hoat-dong-
# cong-vu-nam-202
MOC_CHAU_REFORM_CHECKS_2020 = Period(date(2020, 2, 27), date(2020, 12, 31))
# Hội đồng Nghĩa vụ quân sự huyện Bình Giang (Hải Dương), khám sức khỏe nghĩa vụ quân sự năm
# 2020 (December 2019), at www.qdnd.vn/quoc-phong-an-ninh/tin-tuc/huyen-binh-giang-hai-duong-
# kham-tuyen-nghia-vu-quan-su-nam-2020-604842: its one phrase was left out (see the docstring).
# UBND tỉnh Quảng Nam, Kế hoạch thực hiện và giải ngân kế hoạch vốn đầu tư công năm 2023 (an
# infographic's title), at baoquangnam.vn/infographic/infographic-den-3182023-giai-ngan-von-
# dau-tu-cong-duoi-60-se-bi-cat-giam-dieu-chuyen-von-139633.html
QUANG_NAM_PUBLIC_INVESTMENT_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# Ban Chỉ đạo tổng điều tra kinh tế và điều tra cơ sở hành chính tỉnh Đồng Tháp, hội nghị triển
# khai ngày 25/02/2021 (the page of huyện Tân Hồng), at tanhong.dongthap.gov.vn/web/hth/chi-
# tiet-bai-viet/-/asset_publisher/1mOzUrGkrdAE/content/id/5035233?plidlayout=4694; its results
# run to the second quarter of 2022
TAN_HONG_CENSUS_2021 = Period(date(2021, 2, 25), date(2022, 6, 30))
# UBND xã Xuân Thành (Nghi Xuân, Hà Tĩnh), 30 ngày cao điểm xây dựng nông thôn mới kiểu mẫu năm
# 2018, at hatinh.gov.vn/tuyen-truyen/tin-bai/5059/30-ngay-cao-diem-xuan-thanh-quyet-ve-dich-
# ntm-kieu-mau-vao-cuoi-nam
XUAN_THANH_MODEL_VILLAGE_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
# UBND xã Xuân Viên (Yên Lập, Phú Thọ), kế hoạch xây dựng đường giao thông nông thôn năm 2019
# (its page of 27/08/2019), at yenlap.phutho.gov.vn/thong-tin-tuyen-truyen/bai-viet/cat/quy-
# hoach-ke-hoach-2773/id/xuan-vien-to-chuc-trien-khai-xay-dung-duong-gtnt-90445
XUAN_VIEN_RURAL_ROADS_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))

GOVERNMENT_WORK: list[Case] = [
    ("Bắt đầu từ 10/6 đến ngày 25/7/2019", VINH_AN_LABOUR_SURVEY_2019, ONCE, ["2019-07-25"]),
    (
        "Từ ngày 30/10/2020 đến ngày 19/11/2020",
        MOC_CHAU_REFORM_CHECKS_2020,
        ONCE,
        ["2020-11-19"],
    ),
    ("Đến 31/8/2023", QUANG_NAM_PUBLIC_INVESTMENT_2023, ONCE, ["2023-08-31"]),
    (
        "Giai đoạn 2, từ ngày 01/07 đến ngày 30/07",
        TAN_HONG_CENSUS_2021,
        ONCE,
        ["2021-07-30"],
    ),
    ("Vào tháng 12/2021", TAN_HONG_CENSUS_2021, ONCE, ["2021-12-31"]),
    ("Vào quý II năm 2022", TAN_HONG_CENSUS_2021, ONCE, ["2022-06-30"]),
    (
        "Từ ngày 01 tháng 3 đến ngày 30 tháng 5 năm 2021",
        TAN_HONG_CENSUS_2021,
        ONCE,
        ["2021-05-30"],
    ),
    ("Vào trước ngày 30/12/2021", TAN_HONG_CENSUS_2021, ONCE, ["2021-12-29"]),
    ("Vào cuối năm", XUAN_THANH_MODEL_VILLAGE_2018, ONCE, ["2018-12-31"]),
    ("Từ ngày 7/10 đến ngày 7/11", XUAN_THANH_MODEL_VILLAGE_2018, ONCE, ["2018-11-07"]),
    ("Từ nay đến cuối tháng 12/2019", XUAN_VIEN_RURAL_ROADS_2019, ONCE, ["2019-12-31"]),
]

# --- The study of a provincial party congress's resolution (đảng bộ).

# Ban Thường vụ Tỉnh ủy Hải Dương, Kế hoạch học tập, quán triệt và triển khai thực hiện Nghị
# quyết Đại hội Đảng bộ tỉnh lần thứ XVII (November 2020), at daihoi13.dangcongsan.vn/tin-moi/
# thong-tin-dai-hoi/trien-khai-hoc-tap-quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh-2925 (its
# heading's "Trong năm 2020" is in SEEN_ELSEWHERE)
HAI_DUONG_RESOLUTION_STUDY_2020 = Period(date(2020, 11, 1), date(2020, 12, 31))

PARTY: list[Case] = [
    ("Từ ngày 23 - 24/11/2020", HAI_DUONG_RESOLUTION_STUDY_2020, ONCE, ["2020-11-24"]),
    (
        "Hoàn thành trước ngày 10/12/2020",
        HAI_DUONG_RESOLUTION_STUDY_2020,
        ONCE,
        ["2020-12-09"],
    ),
    ("Hoàn thành trong tháng 12/2020", HAI_DUONG_RESOLUTION_STUDY_2020, ONCE, ["2020-12-31"]),
]

FIFTEENTH_SET_SECOND = (
    SCHOOLS_AND_HEALTH + SUPPORT_AND_GIFTS + CULTURE_YOUTH_AND_SPORT + GOVERNMENT_WORK + PARTY
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = [
    # Hải Dương's heading, before "Từ ngày 23 - 24/11/2020";
    # tests/models/test_deadline_third_set.py writes it for another plan.
    ("Trong năm 2020", HAI_DUONG_RESOLUTION_STUDY_2020, ONCE, ["2020-12-31"]),
]

# The share read right when the set was measured (see the module docstring).
MEASURED_SHARE = 32 / 39


def test_the_second_part_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(FIFTEENTH_SET_SECOND, __file__, at_least=39)


def test_no_second_part_phrase_reads_wrong() -> None:
    assert_none_wrong(FIFTEENTH_SET_SECOND + SEEN_ELSEWHERE)


def test_the_second_part_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(FIFTEENTH_SET_SECOND, MEASURED_SHARE)

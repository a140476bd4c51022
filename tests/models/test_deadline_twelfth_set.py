"""A twelfth held-out set (first part): deadlines and timetables of local plans, as written.

Every phrase here was copied from a plan (kế hoạch), notice (thông báo), timetable or directive
of a commune, ward, town, district, city or province, of a party committee, a People's Council's
standing committee, a steering committee, a provincial or city police force, a local mass
organisation (Hội Nông dân, Đoàn Thanh niên) or a farming cooperative, or from the page of a
portal or paper that sets out such a plan's dates, none of them cited by the eleven earlier
held-out sets or the other deadline test modules (nor, when this part was written, by
test_deadline_twelfth_set_second.py, collected at the same time by another helper). They were
found in the stored public pages (each cited below by its address): the 61 held-out phrases
come from 29 plans on 29 pages, and cover a People's Council session (2022), a provincial and a
district party committee's resolution campaigns (2015, 2021), the congresses of two farmers'
associations (2022, 2023) and a provincial youth union (2022), three anniversaries (2018,
2023), school sports games of a province and a district (2019, 2024), a village festival
(2024), a district fruit festival (2015), a song contest, two arts contests and a provincial
fair (2016-2023), a city's land inventory (2014-2015), dengue and rabies campaigns of two wards
and two communes (2016, 2024, 2025), a cooperative's rice calendar (2017), Hà Nội's pavement
drive (2023), a town's waste-collection seasons (2017-2018), a province's census listing
(2025), two police crime drives before Tết (2021-2022, 2025-2026) and a province's culture
week abroad (2023). The wording of the time expression is kept as written ("Từ ngày 25- 30/12",
"Hoàn thành trong 2/2021", "Dự kiến 3 ngày 25, 26, 27/10(Thứ 6, Thứ 7 và CN)", "Ngày
18/5/2024 (Thứ bẩy)"); only what would stand in a plan's deadline or timetable cell was taken
("Chiến dịch được triển khai đồng loạt từ 07/8 đến 30/9/2025" gives "Từ 07/8 đến 30/9/2025",
"nhóm giống ... gieo từ ngày 15/12 - 20/12" gives "Từ ngày 15/12 - 20/12"), with a capital
first letter, every such phrase of a source in the page's order, at most eight from one source
(the Chợ Lách festival's programme was cut at eight: its fair, market, farmers' and later items
left out). Each phrase is read against the period of its plan, as the plan or page states it
(its year, where the phrase names none).

The readings were written down as a careful clerk would take each phrase, under the conventions
of tests/models/test_deadline.py, README.md's table of deadline forms and the earlier held-out
sets ("Trước ngày X" is the day before X; an hour of day X, even after "Từ" or "Bắt đầu từ", is
X; "cuối tháng" and a month are the month's last day; a quarter is its last day; a span is due
at its end, "Trong 03 ngày, từ ngày 04 – 06/03/2024" and "Dự kiến 3 ngày 25, 26, 27/10" when
the count agrees, and a one-day session "trong khoảng thời gian từ 15 – 21/12/2022" at the
window's end; a time or part of the day beside a date is that date, and a weekday beside it is
only checked, each one here being its date's; a lunar date in brackets, or after "nhằm" or
"tức", restating a solar date is dropped, and each one here agrees with its solar date; a
month or day without a year is read only because the plan period holds it in one year), without
the engine being run on any of them: the helper who collected them did not open models/deadline/
and did not run the engine in any way.

The engine was run on both parts of the twelfth set once, on 2026-12-01 at 17:41 UTC (as this
machine's clock reads), on the working tree at commit ab5e6d8 with the engine's ninth round
(models/deadline/ as committed next, in the commit that adds this set), and was not changed for
it. Of this part's 61 phrases (from 29 sources), 45 read right (73.8%), 16 came back
``unknown`` and none read wrong. No expectation was changed after measuring. Both parts
together: 87 of 107 (81.3%), none wrong. That is below issue 14's 95%, so the test asserts the
measured share. The phrases still unread, by family:

- a lunar date abbreviated in brackets, "(mùng 2/5 ÂL)", after a date, an hour and date or a
  span (seven phrases of one festival programme, Chợ Lách 2015): "Ngày 17/6/2015 (mùng 2/5
  ÂL)", "19 giờ 30 ngày 17/6/2015 (mùng 2/5 ÂL)", "14 giờ ngày 21/6/2015 (mùng 6/5 ÂL)",
  "Ngày 17/6/2015 (mùng 2/5 ÂL), từ 7 giờ đến 11 giờ", "Từ 8 giờ ngày 18/6/2015 (mùng 3/5
  ÂL)", "Từ 8 giờ ngày 19/6/2015 (mùng 4/5 ÂL)", "Từ 19 giờ ngày 19/6/2015 (mùng 4/5 ÂL)";
- a lunar span in brackets led by "nhằm" or "tức", with its days listed: "Từ ngày 15 đến
  ngày 21 tháng 6 năm 2015 (nhằm ngày mùng 29 tháng 4 đến mùng 6 tháng 5 Âm lịch)", "Trong 03
  ngày, từ ngày 04 – 06/03/2024 (tức ngày 24, 25, 26 tháng Giêng năm Giáp Thìn)";
- a count of days with the days listed and their weekdays: "Dự kiến 3 ngày 25, 26, 27/10(Thứ
  6, Thứ 7 và CN)";
- one day within a window: "Trong một ngày (trong khoảng thời gian từ 15 – 21/12/2022)";
- a month, then the day it ends on: "Trong tháng 9 đến hết ngày 28/9/2019";
- a note about how the end is counted: "Từ ngày 01/10/2016 đến hết ngày 30/10/2016 (tính theo
  dấu bưu điện)";
- "Bắt đầu từ" before the hour of one day: "Bắt đầu từ 19h30 phút ngày 29/10/2022";
- "Liên tục" before a span: "Liên tục từ tháng 5 đến tháng 12 năm 2016";
- a start named by an event: "Kể từ khi triển khai kế hoạch đến hết ngày 28/2".

Nothing was held apart: none of these phrases is written verbatim in another deadline test
module, so SEEN_ELSEWHERE is empty. The Quảng Ngãi headline's "trong quý I/2021" repeats a body
phrase and is counted once.

Left out as readable two ways, with no certain day, a start with no end, counted from an
undated event, or written wrong on the page: "Trước ngày 1/9/201" (cand.com.vn, Hồ Chí Minh
City's land inventory: the year cut short) and that plan's "Thời gian kiểm kê đất đai được
thực hiện đến hết ngày 31/12/2014" (the date the figures stand at, or a deadline?); "Vào 9h00
ngày 10 tết (tức ngày 14/12/2019)" (Sơn Tây's tree-planting festival, a page the fifth set
used: the tenth day of Tết Kỷ Hợi was 14/02/2019); "Từ 7h30 phút đến 17h00 pút ngày 29/10/2022"
(Quyết Tiến's contest: "pút" for "phút"); "Từ đầu năm 2016 đến hết nhiệm kỳ" (Lục Nam: ends with
the term, no date); "Xong trước ngày tổ chức kỳ họp thứ chín ít nhất 5 ngày" (Vị Xuyên: counted
from the session, whose day is not fixed); "Bắt đầu từ ngày 21/3/2023" (Hà Nội's pavement drive
as baotintuc.vn reports it) and "Từ chiều thứ 2, ngày 17/3/2025" (Ninh Hòa commune's waste
collection): starts with no end; "Vào ngày 10/3 (ÂL)" and "03/3/Quý Mão" (festivals of Quỳnh
Xuân ward and Hoằng Xuân commune): lunar dates with no solar date; "Vào ngày thứ Sáu tuần thứ
2 và ngày thứ Sáu tuần thứ 4 hàng tháng" (Đà Nẵng's reception days: weeks named by their
number); "Giờ thu gom rác vào mùa hè được thực hiện từ ngày 01/4 đến ngày 30/9" (Phú Hội ward's
yearly seasons, with no year); and the dates of events reported after they happened (Hưng Yên
city's call-up examinations of 2023, Bắc Trà My's fair of 2022). National timetables were left
alone (the Central Youth Union's congresses of 2022, the Ministry of Public Security's crime
drives and population database, the Ministry of Culture's artisans' titles, the Ministry of
Education's school year, the national Phù Đổng games, the General Statistics Office's census),
and so were pages the earlier sets had used (among them Phù Cừ's flower market, Sóc Trăng's Ok
Om Bok festival, Hòa Thành's vegetarian food festival, Lai Vung's tangerine festival, Sơn Tây's
tree-planting festival, Quảng Nam's farmers' congresses of 2023, Bắc Giang's and Tây Ninh's
farmers' congresses of 2018, Đồng Tháp's Olympic run, Vạn Ninh's and Ninh Thuận's food-safety
months, Hà Nội's pavement drive as Vietnamnet reported it, Phú Thọ's election plan, Tây Sơn's
reception days, the Hải Phòng and Bạch Thông call-up examinations, Bà Rịa - Vũng Tàu's song
contest, Tây Ninh's Hoa Phượng Đỏ contest, Hải Dương's amateur arts festival and summer youth
campaign, Hòa Lạc's council session, the rabies campaigns of Tiền Tiến, Hương Xuân, Phan Thiết
and Bắc Kạn city, Phú Yên's culture week, Thạnh Phú's sea festival week, Hòa Bình's culture
week, Quảng Ninh's OCOP fair and An Giang's OCOP day, and Đồng Tháp's crime drive
of 2025-2026). The stored pages answer with a page's opening only, where the plans' task tables
are seldom reached: administrative reform, digital transformation, budget and land plans gave
few datable phrases, and neither "Thường xuyên" nor a recurring form turned up in the sources
taken, so every reading here is a single due date.
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

# --- Councils, party resolutions, mass organisations, anniversaries (HĐND, Đảng, đoàn thể,
# kỷ niệm).

# Thường trực HĐND huyện Vị Xuyên (Hà Giang), kỳ họp thứ chín khóa XX (2022), at dbnd.hagiang.
# gov.vn/index.php?nv=news&op=HOAT-DONG-CO-SO/HDND-huyen-Vi-Xuyen-thong-nhat-noi-dung-
# chuong-trinh-ky-hop-thu-chin-HDND-huyen-khoa-XX-7281
VI_XUYEN_COUNCIL_2022 = Period(date(2022, 11, 22), date(2022, 12, 31))
# Ban Thường vụ Tỉnh ủy Quảng Ngãi, kế hoạch học tập, quán triệt Nghị quyết Đại hội Đảng bộ
# tỉnh lần thứ XX (2020), at baoquangngai.vn/channel/2023/202012/hoan-thanh-viec-hoc-tap-
# quan-triet-nghi-quyet-dai-hoi-dang-bo-tinh-lan-thu-xx-trong-quy-i2021-3036815/
QUANG_NGAI_RESOLUTION_2021 = Period(date(2020, 12, 1), date(2021, 12, 31))
# Huyện ủy Lục Nam (Bắc Giang), kế hoạch tuyên truyền nghị quyết đại hội Đảng bộ tỉnh và
# huyện (10/11/2015), at lucnam.bacgiang.gov.vn/node/10475
LUC_NAM_RESOLUTION_2015 = Period(date(2015, 11, 10), date(2016, 12, 31))
# Hội Nông dân xã Hòa Mỹ (Cái Nước, Cà Mau), đại hội các chi hội (2022), at hoinongdan.camau.
# gov.vn/dai-hoi-chi-hoi-nong-dan-diem-tai-ap-thi-tuong-b-xa-hoa-my.883
HOA_MY_FARMERS_2022 = Period(date(2022, 9, 1), date(2022, 12, 31))
# Hội Nông dân xã Lê Lợi (Hạ Long, Quảng Ninh), đại hội nhiệm kỳ 2023-2028, at leloi.
# halongcity.gov.vn/hoi-nong-dan-xa-le-loi-tich-cuc-chuan-bi-cho-dai-hoi-dai-bieu-nhiem-ky-
# 2023-–-2028-p13n53541.html
LE_LOI_FARMERS_2023 = Period(date(2023, 1, 1), date(2023, 6, 30))
# Tỉnh đoàn Quảng Nam, đề án Đại hội Đoàn tỉnh lần thứ XIX (2022), at baoquangnam.vn/thanh-
# nien/dai-hoi-dai-bieu-doan-tncs-ho-chi-minh-tinh-quang-nam-lan-thu-xix-to-chuc-vao-
# thang-92022-124569.html
QUANG_NAM_YOUTH_2022 = Period(date(2022, 5, 1), date(2022, 12, 31))
# Ban Tổ chức Lễ kỷ niệm 80 năm Ngày thành lập Chi bộ Chí Kiên (Bắc Kạn, 2023), at
# baobackan.com.vn/hop-ban-to-chuc-le-ky-niem-80-nam-ngay-thanh-lap-chi-bo-chi-kien-
# post55217.html
CHI_KIEN_ANNIVERSARY_2023 = Period(date(2023, 8, 1), date(2023, 12, 31))
# UBND thành phố Sơn La, kỷ niệm 10 năm thành lập thành phố (2018), at baosonla.org.vn/vi/
# bai-viet/thanh-pho-hop-chuan-bi-to-chuc-ky-niem-10-nam-thanh-lap-thanh-pho-17550
SON_LA_ANNIVERSARY_2018 = Period(date(2018, 9, 13), date(2018, 12, 31))
# Kế hoạch số 657/KH-UBND ngày 31/7/2018 của UBND thị xã Ba Đồn (Quảng Bình), kỷ niệm 5 năm
# thành lập thị xã, at badontv.vn/van-ban-moi/ubnd-thi-xa/ke-hoach-to-chuc-cac-hoat-dong-
# chao-mung-ky-niem-5-nam-thanh-lap-thi-xa-ba-don-20-12-2013-20-12-2018-21.html
BA_DON_ANNIVERSARY_2018 = Period(date(2018, 7, 31), date(2018, 12, 31))

COUNCILS_PARTY_AND_ORGANISATIONS: list[Case] = [
    # One day somewhere in the window: due at the window's end.
    (
        "Trong một ngày (trong khoảng thời gian từ 15 – 21/12/2022)",
        VI_XUYEN_COUNCIL_2022,
        ONCE,
        ["2022-12-21"],
    ),
    # Quảng Ngãi: the province's conferences, then the districts' (the headline's quarter is
    # the body's last one).
    ("Hoàn thành trong tháng 1/2021", QUANG_NGAI_RESOLUTION_2021, ONCE, ["2021-01-31"]),
    ("Hoàn thành cuối tháng 1/2021", QUANG_NGAI_RESOLUTION_2021, ONCE, ["2021-01-31"]),
    ("Hoàn thành trong tháng 3/2021", QUANG_NGAI_RESOLUTION_2021, ONCE, ["2021-03-31"]),
    ("Hoàn thành trong 2/2021", QUANG_NGAI_RESOLUTION_2021, ONCE, ["2021-02-28"]),
    ("Hoàn thành trong quý I/2021", QUANG_NGAI_RESOLUTION_2021, ONCE, ["2021-03-31"]),
    ("Từ nay đến ngày 30/12/2015", LUC_NAM_RESOLUTION_2015, ONCE, ["2015-12-30"]),
    ("Dứt điểm trong tháng 10/2022", HOA_MY_FARMERS_2022, ONCE, ["2022-10-31"]),
    # Two days, the 9th and the 10th: the count agrees.
    ("Trong 2 ngày 9-10/3/2023", LE_LOI_FARMERS_2023, ONCE, ["2023-03-10"]),
    ("Vào tháng 9.2022", QUANG_NAM_YOUTH_2022, ONCE, ["2022-09-30"]),
    ("Từ nay đến tháng 9.2022", QUANG_NAM_YOUTH_2022, ONCE, ["2022-09-30"]),
    ("Chậm nhất đến ngày 10/9/2023", CHI_KIEN_ANNIVERSARY_2023, ONCE, ["2023-09-10"]),
    ("Vào ngày 26/10/2018", SON_LA_ANNIVERSARY_2018, ONCE, ["2018-10-26"]),
    ("Từ tháng 8/2018 đến tháng 12/2018", BA_DON_ANNIVERSARY_2018, ONCE, ["2018-12-31"]),
]

# --- Sports, festivals, arts, fairs (thể thao, lễ hội, văn nghệ, hội chợ).

# UBND tỉnh Hải Dương, kế hoạch Hội khỏe Phù Đổng các cấp năm 2024, at baohaiduong.vn/hoi-
# khoe-phu-dong-tinh-hai-duong-nam-2024-co-6-mon-thi-dau-364536.html
HAI_DUONG_SPORTS_2024 = Period(date(2023, 11, 25), date(2024, 12, 31))
# Ban Chỉ đạo Hội khỏe Phù Đổng huyện Ngọc Lặc (Thanh Hóa) lần thứ X (2019), at ngoclac.
# thanhhoa.gov.vn/portal/pages/print.aspx?p=7010; 25 October 2019 was a Friday.
NGOC_LAC_SPORTS_2019 = Period(date(2019, 1, 1), date(2019, 12, 31))
# UBND xã Đại Bình (Đầm Hà, Quảng Ninh), Lễ hội Đình Tràng Y năm 2024, at huyendamha.vn/
# trien-khai-cong-tac-to-chuc-le-hoi-dinh-trang-y-nam-2024/; Tết Giáp Thìn fell on 10
# February 2024, so 4 March was the 24th of the first lunar month.
DAM_HA_FESTIVAL_2024 = Period(date(2024, 2, 27), date(2024, 12, 31))
# Chương trình Lễ hội cây - trái ngon, an toàn huyện Chợ Lách (Bến Tre) lần thứ XV năm 2015, as
# a blog restates it, at phitruongtansonnhat.blogspot.com/2015/06/noi-dung-cac-hoat-ong-
# chinh.html; the fifth lunar month of Ất Mùi began on 16 June 2015.
CHO_LACH_FESTIVAL_2015 = Period(date(2015, 5, 1), date(2015, 12, 31))
# Cuộc thi sáng tác ca khúc về tỉnh Hưng Yên (2016), as the Hồ Chí Minh City department of
# culture restates it, at svhttdl.hochiminhcity.gov.vn/web/guest/tin-tuc-su-kien/thong-bao?
# ...&_EXT_ARTICLEVIEW_articleId=217452...
HUNG_YEN_SONGS_2016 = Period(date(2016, 9, 1), date(2016, 12, 31))
# Ban tổ chức Hội diễn Nghệ thuật quần chúng huyện Bạch Thông (Bắc Kạn) năm 2022, at
# bachthong.gov.vn/hop-ban-to-chuc-hoi-dien-nghe-thuat-quan-chung-huyen-bach-thong-nam-2022/
BACH_THONG_ARTS_2022 = Period(date(2022, 8, 3), date(2022, 12, 31))
# Kế hoạch số 327/KH-UBND ngày 08/7/2022 của UBND phường Quyết Tiến (TP Lai Châu), Hội thi văn
# nghệ quần chúng lần thứ IV, at quyettien.thanhpho.laichau.gov.vn/tin-tuc-su-kien/tin-van-
# hoa-xa-hoi/thong-bao-thoi-gian-to-chuc-hoi-thi-van-nghe-quan-chung.html
QUYET_TIEN_ARTS_2022 = Period(date(2022, 7, 8), date(2022, 12, 31))

# Ban Tổ chức Hội chợ Xuân Hòa Bình năm 2023 (UBND tỉnh Hòa Bình), at danviet.vn/hoi-cho-xuan-o-
# hoa-binh-se-co-quy-mo-100-gian-hang-nhieu-hoat-dong-hap-dan-du-khach-2023111412302207.htm
HOA_BINH_FAIR_2023 = Period(date(2023, 11, 14), date(2023, 12, 31))

SPORTS_FESTIVALS_AND_ARTS: list[Case] = [
    # Hải Dương: the provincial games (the summary), the school and district games, the end.
    ("Vào ngày 23/2/2024", HAI_DUONG_SPORTS_2024, ONCE, ["2024-02-23"]),
    ("Hoàn thành xong trước ngày 31/1/2024", HAI_DUONG_SPORTS_2024, ONCE, ["2024-01-30"]),
    ("Dự kiến xong trước ngày 10/3/2024", HAI_DUONG_SPORTS_2024, ONCE, ["2024-03-09"]),
    # Ngọc Lặc: the qualifying round, the opening, the three days of finals (the count
    # agrees, and the weekdays are the dates').
    ("Trong tháng 9 đến hết ngày 28/9/2019", NGOC_LAC_SPORTS_2019, ONCE, ["2019-09-28"]),
    ("Dự kiến ngày 25/10/2019", NGOC_LAC_SPORTS_2019, ONCE, ["2019-10-25"]),
    (
        "Dự kiến 3 ngày 25, 26, 27/10(Thứ 6, Thứ 7 và CN)",
        NGOC_LAC_SPORTS_2019,
        ONCE,
        ["2019-10-27"],
    ),
    # Three days, the 4th to the 6th; the lunar bracket agrees and is dropped.
    (
        "Trong 03 ngày, từ ngày 04 – 06/03/2024 (tức ngày 24, 25, 26 tháng Giêng năm Giáp Thìn)",
        DAM_HA_FESTIVAL_2024,
        ONCE,
        ["2024-03-06"],
    ),
    # Chợ Lách: the festival, then the first seven items of its programme (the opening, the
    # closing, the contest, the fruit show, two workshops, the offering; the rest cut at
    # eight phrases).
    (
        "Từ ngày 15 đến ngày 21 tháng 6 năm 2015 (nhằm ngày mùng 29 tháng 4 đến mùng 6 tháng 5"
        " Âm lịch)",
        CHO_LACH_FESTIVAL_2015,
        ONCE,
        ["2015-06-21"],
    ),
    ("19 giờ 30 ngày 17/6/2015 (mùng 2/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-17"]),
    ("14 giờ ngày 21/6/2015 (mùng 6/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-21"]),
    ("Ngày 17/6/2015 (mùng 2/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-17"]),
    (
        "Ngày 17/6/2015 (mùng 2/5 ÂL), từ 7 giờ đến 11 giờ",
        CHO_LACH_FESTIVAL_2015,
        ONCE,
        ["2015-06-17"],
    ),
    ("Từ 8 giờ ngày 18/6/2015 (mùng 3/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-18"]),
    ("Từ 8 giờ ngày 19/6/2015 (mùng 4/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-19"]),
    ("Từ 19 giờ ngày 19/6/2015 (mùng 4/5 ÂL)", CHO_LACH_FESTIVAL_2015, ONCE, ["2015-06-19"]),
    # Hưng Yên: the entries (postmarked), then the results.
    (
        "Từ ngày 01/10/2016 đến hết ngày 30/10/2016 (tính theo dấu bưu điện)",
        HUNG_YEN_SONGS_2016,
        ONCE,
        ["2016-10-30"],
    ),
    ("Dự kiến trước ngày 15/11/2016", HUNG_YEN_SONGS_2016, ONCE, ["2016-11-14"]),
    ("Từ ngày 15 – 17/8/2022", BACH_THONG_ARTS_2022, ONCE, ["2022-08-17"]),
    # The evening's performance: an hour of that day.
    ("Bắt đầu từ 19h30 phút ngày 29/10/2022", QUYET_TIEN_ARTS_2022, ONCE, ["2022-10-29"]),
    ("Từ ngày 8 - 11/12/2023", HOA_BINH_FAIR_2023, ONCE, ["2023-12-11"]),
]

# --- Land, health, environment, agriculture, public order, statistics, police, tourism (đất
# đai, y tế, môi trường, nông nghiệp, trật tự đô thị, thống kê, công an, du lịch).

# UBND TP Hồ Chí Minh, tổng kiểm kê đất đai năm 2014, at cand.com.vn/dia-oc/TP-Ho-Chi-Minh-
# tien-hanh-tong-kiem-ke-dat-dai-332553/
HCM_LAND_INVENTORY_2014 = Period(date(2014, 6, 1), date(2015, 12, 31))
# UBND phường Tân Lập (Buôn Ma Thuột, Đắk Lắk), chiến dịch diệt lăng quăng năm 2025, at
# tanlap.daklak.gov.vn/tan-lap-ra-quan-chien-dich-tong-ve-sinh-moi-truong-diet-lang-quang-
# bo-gay-phong-chong-sot-xuat-huyet-11131.html
TAN_LAP_DENGUE_2025 = Period(date(2025, 8, 7), date(2025, 12, 31))
# UBND xã Đak Đoa (Gia Lai), ra quân diệt lăng quăng (2025), at dakdoa.gialai.gov.vn/tin-tuc/
# tin-dia-phuong/ra-quan-dong-loat-don-dep-ve-sinh-diet-lang-quang-bo-gay-tren-25-thon-to-
# dan-pho-xa-dak-doa.html; 24 August 2025 was a Sunday.
DAK_DOA_DENGUE_2025 = Period(date(2025, 8, 1), date(2025, 12, 31))
# Thị xã Bến Cát (Bình Dương), chiến dịch diệt muỗi, diệt lăng quăng năm 2016, at bencat.
# binhduong.gov.vn/tin-tuc/ben-cat-dong-loat-ra-quan-chien-dich-tong-ve-sinh-moi-truong-
# 15760
BEN_CAT_CLEANUP_2016 = Period(date(2016, 1, 1), date(2016, 12, 31))
# HTX Hoa Tiến 1, lịch thời vụ lúa vụ Đông Xuân 2017-2018 (a notice of late 2017, its
# December dates held once by the season), at htxhoatien1.vn/thong-bao/co-cau-giong-va-lich-
# thoi-vu-san-xuat-lua-vu-dong-xuan-2017-2018.htm
HOA_TIEN_RICE_2018 = Period(date(2017, 11, 1), date(2018, 6, 30))
# Ban Chỉ đạo 197 TP Hà Nội, tổng kiểm tra lấn chiếm hè phố, lòng đường năm 2023, at
# suckhoedoisong.vn/ha-noi-gianh-lai-via-he-cho-nguoi-di-bo-o-to-van-nuot-tron-via-he-tran-
# xuong-long-duong-169230427162237695.htm
HA_NOI_PAVEMENTS_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
# UBND tỉnh Quảng Trị, điều tra thu thập thông tin phiếu bảng kê (Tổng điều tra kinh tế năm
# 2026), at thoibaotaichinhvietnam.vn/tinh-quang-tri-se-to-chuc-thuc-hien-tong-dieu-tra-
# kinh-te-trong-thang-10-183777.html
QUANG_TRI_CENSUS_2025 = Period(date(2025, 9, 24), date(2025, 12, 31))

# UBND thị xã Cửa Lò (Nghệ An), Thông báo số 63 về thời gian thu gom rác năm 2017, at cualo.vn/
# thoi-gian-thu-gom-rac-se-dien-ra-tu-19-gio-den-6-gio-sang-hom-sau/
CUA_LO_WASTE_2017 = Period(date(2017, 4, 6), date(2018, 4, 30))
# UBND xã Ngũ Phúc (Kiến Thụy, Hải Phòng), tiêm vắc xin phòng bệnh dại cho chó, mèo năm 2024, at
# nguphuc.kienthuy.haiphong.gov.vn/thong-tin-chi-dao-dieu-hanh/thong-bao-ve-viec-trien-khai-
# tiem-vac-xin-phong-benh-dai-cho-dan-cho-meo-nuoi-tren-dia-ban-xa-ng-716107; 17 to 21 May
# 2024 ran from a Friday to a Tuesday.
NGU_PHUC_RABIES_2024 = Period(date(2024, 5, 3), date(2024, 12, 31))
# Công an tỉnh Vĩnh Phúc, cao điểm tấn công trấn áp tội phạm Tết Nhâm Dần 2022, at
# baovinhphuc.com.vn/thoi-su/71448/ra-quan-tan-cong-tran-ap-toi-pham-dam-bao-antt-tet-
# nguyen-dan-nham-dan-2022.html
VINH_PHUC_POLICE_2022 = Period(date(2021, 12, 15), date(2022, 3, 31))
# Kế hoạch số 416 của Công an TP Hà Nội, cao điểm tấn công trấn áp tội phạm Tết Bính Ngọ 2026, at
# vietnamnet.vn/cong-an-ha-noi-dieu-tra-trong-thoi-gian-som-nhat-cac-vu-an-dac-biet-nghiem-
# trong-2472133.html
HA_NOI_POLICE_2026 = Period(date(2025, 12, 6), date(2026, 3, 31))
# Kế hoạch số 2792/KH-UBND của UBND tỉnh Điện Biên, Tuần Văn hóa - Du lịch Tây Bắc và TP Hồ Chí
# Minh tại Luông-pha-bang (2023), at vnmedia.vn/giai-tri-so/202308/tuan-van-hoa-du-lich-tay-
# bac-va-tp-ho-chi-minh-tai-lao-4642950
DIEN_BIEN_TOURISM_2023 = Period(date(2023, 8, 1), date(2023, 12, 31))

LAND_HEALTH_AND_AGRICULTURE: list[Case] = [
    # Hồ Chí Minh City: the wards and communes, then the districts (the city's "trước ngày
    # 1/9/201" left out).
    ("Trước ngày 1/6/2015", HCM_LAND_INVENTORY_2014, ONCE, ["2015-05-31"]),
    ("Trước ngày 15/7/2015", HCM_LAND_INVENTORY_2014, ONCE, ["2015-07-14"]),
    ("Từ 07/8 đến 30/9/2025", TAN_LAP_DENGUE_2025, ONCE, ["2025-09-30"]),
    (
        "Đồng loạt vào sáng ngày 24/8/2025 (Chủ nhật)",
        DAK_DOA_DENGUE_2025,
        ONCE,
        ["2025-08-24"],
    ),
    (
        "Liên tục từ tháng 5 đến tháng 12 năm 2016",
        BEN_CAT_CLEANUP_2016,
        ONCE,
        ["2016-12-31"],
    ),
    # Hoa Tiến: sowing the long and the short varieties, clearing the canals, ploughing,
    # sowing out, the rat drive.
    ("Từ ngày 15/12 - 20/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-20"]),
    ("Từ ngày 25- 30/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-30"]),
    ("Từ nay đến 30/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-30"]),
    ("Ngày 5 -10/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-10"]),
    ("Ngày 10 - 15/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-15"]),
    ("Từ ngày 4-10/12", HOA_TIEN_RICE_2018, ONCE, ["2017-12-10"]),
    # Hà Nội: the three stages.
    (
        "Kể từ khi triển khai kế hoạch đến hết ngày 28/2",
        HA_NOI_PAVEMENTS_2023,
        ONCE,
        ["2023-02-28"],
    ),
    ("Từ ngày 1 - 31/3", HA_NOI_PAVEMENTS_2023, ONCE, ["2023-03-31"]),
    ("Từ ngày 1/4 - 1/11", HA_NOI_PAVEMENTS_2023, ONCE, ["2023-11-01"]),
    # Quảng Trị: the listing, then the communes' lists of enumerators.
    (
        "Trong thời gian từ ngày 1 - 31/10/2025",
        QUANG_TRI_CENSUS_2025,
        ONCE,
        ["2025-10-31"],
    ),
    ("Trước ngày 25/9/2025", QUANG_TRI_CENSUS_2025, ONCE, ["2025-09-24"]),
    # Cửa Lò: the summer hours, then the winter hours (a span each, due at its end).
    ("Bắt đầu từ ngày 15/4 đến 31/8/2017", CUA_LO_WASTE_2017, ONCE, ["2017-08-31"]),
    ("Bắt đầu từ 1/9/2017 đến 15/4/2018", CUA_LO_WASTE_2017, ONCE, ["2018-04-15"]),
    # Ngũ Phúc: the five days, then each village's day (the weekdays are the dates').
    ("Từ ngày 17/5/2024 đến ngày 21/5/2024", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-21"]),
    ("Ngày 17/5/2024 (Thứ sáu)", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-17"]),
    ("Ngày 18/5/2024 (Thứ bẩy)", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-18"]),
    ("Ngày 19/5/2024 (Chủ nhật)", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-19"]),
    ("Ngày 20/5/2024 (Thứ hai)", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-20"]),
    ("Ngày 21/5/2024 (Thứ ba)", NGU_PHUC_RABIES_2024, ONCE, ["2024-05-21"]),
    (
        "Bắt đầu từ 8h00 ngày 15/12/2021 đến ngày 14/2/2022",
        VINH_PHUC_POLICE_2022,
        ONCE,
        ["2022-02-14"],
    ),
    ("Từ ngày 15/12/2025 đến ngày 16/3/2026", HA_NOI_POLICE_2026, ONCE, ["2026-03-16"]),
    ("Từ ngày 25-27/10/2023", DIEN_BIEN_TOURISM_2023, ONCE, ["2023-10-27"]),
]

TWELFTH_SET = (
    COUNCILS_PARTY_AND_ORGANISATIONS + SPORTS_FESTIVALS_AND_ARTS + LAND_HEALTH_AND_AGRICULTURE
)

# Phrases of these plans that another deadline test module already writes: not held out,
# kept (with their readings) for how often the common forms turn up.
SEEN_ELSEWHERE: list[Case] = []

# The share read right when the set was measured (see the module docstring), below
# issue 14's 95%.
MEASURED_SHARE = 45 / 61


def test_the_twelfth_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(TWELFTH_SET, __file__, at_least=61)


def test_no_twelfth_set_phrase_reads_wrong() -> None:
    assert_none_wrong(TWELFTH_SET + SEEN_ELSEWHERE)


def test_the_twelfth_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(TWELFTH_SET, MEASURED_SHARE)

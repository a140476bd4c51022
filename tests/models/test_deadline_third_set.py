"""A third held-out set: deadline phrases collected after the engine learnt issue 14's families.

Every phrase here was copied from a published document not cited by the other deadline
test modules (plans, decisions, official letters and schedules of ministries, provinces,
districts, communes and their councils, or news pages quoting them, from the opening part
the stored copies keep), each cited below with where it was read. The wording of the time
expression is kept as written (dots and dashes in dates, "năm hàng năm", "quý I-2018",
"28.6-2017"); only what would stand in an appendix's deadline cell was taken ("thời gian
kiểm tra ... kéo dài đến hết ngày 25/3/2025" gives "Đến hết ngày 25/3/2025"), with a capital
first letter. The readings were written down, as a careful clerk would take each phrase and
under the conventions of tests/models/test_deadline.py, before the engine was run on any of
them, and the engine was not changed for them: this set measures the families the engine
learnt from the first two held-out sets on phrases it was never tuned on.

Measured on the engine as it stands: of the 89 phrases (from 47 pages), 77 read right
(86.5%), 12 came back ``unknown`` and none read wrong. That is below issue 14's 95%, so
the test asserts the measured floor, not 95%. The phrases still unread, by family:

- a day of the month after "vào", or two days of the month: "Vào ngày 20 hàng tháng",
  "Vào ngày 15 và 25 hàng tháng", "Trước ngày 10 và 20 hàng tháng";
- a weekday every week: "Vào thứ 5 hàng tuần", "Vào ngày thứ Tư hằng tuần";
- a day of the year every year, written with a dash or an odd "năm", or as a yearly span:
  "Vào ngày 1-8 hàng năm", "Vào ngày 5-9 hàng năm", "Trước ngày 01 tháng 3 năm hàng
  năm", "Từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm";
- two full dates joined by a dash without spaces: "1/6/2025-30/6/2025";
- a part of the day before the date: "Chậm nhất vào sáng ngày 30/3/2020";
- "vào" before a year: "Vào năm 2015".

Left out as readable two ways: "đầu tháng 12.2025" and "đầu tháng 3.2026" (early in the
month, no day), "từ ngày 1/11/2025" (a start with no end: remind at the start, or no
deadline at all), "01 ngày vào thứ Năm hoặc thứ Ba hàng tuần" and "vào tháng 2 hoặc tháng
3" (either of two), "trước tháng 9.2020" and "trước tháng 10/2024" (the end of the month
before, or within that month), and "vào ngày 11 và 12-6-2026" (one two-day exam or two
dates). "Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo" (Văn bản số 581/BNV-CCHC) was
read too, but another deadline test module already holds it, so it is not held out here.
"""

from __future__ import annotations

from datetime import date, timedelta

from models.deadline import Period
from tests.models.deadline_cases import (
    H2_2025,
    MILESTONES,
    ONCE,
    RECURRING,
    TWO_YEARS,
    UNKNOWN,
    YEAR_2025,
    YEAR_2026,
    Case,
)
from tests.models.heldout import (
    assert_big_distinct_and_held_out,
    assert_none_wrong,
    assert_reads_right_at_least,
)


def _every(weekday: int, period: Period) -> list[str]:
    """Every given weekday (Monday is 0) inside the period, in ISO form."""
    first = period.start + timedelta(days=(weekday - period.start.weekday()) % 7)
    days = []
    while first <= period.end:
        days.append(first.isoformat())
        first += timedelta(days=7)
    return days


def _monthly(year: int, *days_of_month: int) -> list[str]:
    """The given days of every month of a calendar year, in ISO form."""
    return [date(year, month, day).isoformat() for month in range(1, 13) for day in days_of_month]


YEAR_2014_2015 = Period(date(2014, 1, 1), date(2015, 12, 31))
YEAR_2017 = Period(date(2017, 1, 1), date(2017, 12, 31))
YEAR_2018 = Period(date(2018, 1, 1), date(2018, 12, 31))
YEAR_2020 = Period(date(2020, 1, 1), date(2020, 12, 31))
YEAR_2021 = Period(date(2021, 1, 1), date(2021, 12, 31))
YEAR_2022 = Period(date(2022, 1, 1), date(2022, 12, 31))
YEAR_2023 = Period(date(2023, 1, 1), date(2023, 12, 31))
YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))

# --- Plans, letters and decisions of ministries and provinces, as published or as the
# opening paragraphs of news pages report them (the stored copies keep only the opening).

REPORTS_AND_CENSUS: list[Case] = [
    # Văn bản số 581/BNV-CCHC của Bộ Nội vụ (chế độ báo cáo cải cách hành chính định kỳ), at
    # sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/bo-noi-vu-huong-dan-thuc-hien-che-do-bao-
    # cao-cai-cach-hanh-chinh-dinh-ky-2627. Quarterly reports cover the half-year and year.
    ("Hàng quý, 6 tháng và hàng năm", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    # Tổng điều tra nông thôn, nông nghiệp năm 2025 (Quyết định số 484/QĐ-TTg), at
    # phuoclong.binhphuoc.gov.vn/vi/news/cac-thong-tin-khac/tong-dieu-tra-nong-thon-nong-
    # nghiep-nam-2025-hoat-dong-quy-mo-lon-tren-toan-quoc-5920.html
    ("Từ ngày 01/7/2025 đến ngày 30/7/2025", YEAR_2025, ONCE, ["2025-07-30"]),
    ("Từ ngày 01/7 đến 30/7/2025", YEAR_2025, ONCE, ["2025-07-30"]),
    # the same, at doanhnghiepkinhtexanh.vn/tong-dieu-tra-nong-nghiep-nong-thon-voi-12-thong-
    # tin-chinh-ve-san-xuat-nong-nghiep-a24177.html (results published in these months)
    ("Từ ngày 1/7 đến hết ngày 30/7/2025", TWO_YEARS, ONCE, ["2025-07-30"]),
    ("Vào tháng 12/2025", TWO_YEARS, ONCE, ["2025-12-31"]),
    ("Vào tháng 3/2026", TWO_YEARS, ONCE, ["2026-03-31"]),
    ("Vào tháng 7/2026", TWO_YEARS, ONCE, ["2026-07-31"]),
    # the same, at haiduong.gov.vn/2024/Trang/tong-dieu-tra-nong-thon-nong-nghiep-vao-ngay-
    # 0172025.aspx
    ("Từ ngày 1-30/7/2025", YEAR_2025, ONCE, ["2025-07-30"]),
    # Công văn số 2618/BHXH-KHTC ngày 28/6/2010 của Bảo hiểm xã hội Việt Nam, at
    # vanbanphapluat.co/cong-van-2618-bhxh-khtc-chi-tieu-bao-cao-thong-ke
    (
        "Trước ngày 28 hàng tháng",
        Period(date(2010, 7, 1), date(2010, 12, 31)),
        RECURRING,
        [f"2010-{month:02d}-27" for month in range(7, 13)],
    ),
    # Thông tư số 37/2019/TT-BYT (chế độ báo cáo thống kê ngành y tế), at thukyluat.vn/news/
    # thong-bao-van-ban-moi/an-dinh-thoi-han-gui-bao-cao-thong-ke-nganh-y-te-tu-ngay-01-4-
    # 2020-71280.html.
    (
        "Trước ngày 31/3 hằng năm",
        Period(date(2021, 1, 1), date(2022, 12, 31)),
        RECURRING,
        ["2021-03-30", "2022-03-30"],
    ),
    # Counted from the end of a reporting period it does not name: no date.
    ("05 ngày làm việc kể từ thời điểm kết thúc kỳ thống kê", YEAR_2021, UNKNOWN, []),
    # Công khai tài chính của đơn vị dự toán (Thông tư số 21/2005/TT-BTC), Sở Tài chính
    # TP.HCM, at tcvg.hochiminhcity.gov.vn/chidaodieuhanh/default.aspx?ItemID=10&Mode=1,
    # read over two budget years. The odd "năm hàng năm" is the page's own.
    (
        "Trước ngày 01 tháng 3 năm hàng năm",
        Period(date(2006, 1, 1), date(2007, 12, 31)),
        RECURRING,
        ["2006-02-28", "2007-02-28"],
    ),
    (
        "Trước ngày 01 tháng 10 hàng năm",
        Period(date(2006, 1, 1), date(2007, 12, 31)),
        RECURRING,
        ["2006-09-30", "2007-09-30"],
    ),
    # Counted from a decision the text does not date.
    (
        "Sau 30 ngày, kể từ ngày được cấp có thẩm quyền giao",
        Period(date(2006, 1, 1), date(2007, 12, 31)),
        UNKNOWN,
        [],
    ),
]

# Tuyển chọn và gọi công dân nhập ngũ năm 2026: its steps run from July 2025 to the
# hand-over of recruits in March 2026.
RECRUITMENT = Period(date(2025, 7, 1), date(2026, 3, 31))

RECRUITMENT_2026: list[Case] = [
    # Kế hoạch tuyển quân năm 2026 của TP.HCM, at thanhnien.vn/thong-tin-moi-cua-tphcm-ve-
    # tuyen-quan-nghia-vu-quan-su-185250829175316225.htm (dates written with dots).
    ("Trước ngày 31.8.2025", RECRUITMENT, ONCE, ["2025-08-30"]),
    ("Trước ngày 5.9.2025", RECRUITMENT, ONCE, ["2025-09-04"]),
    ("Trước ngày 10.10.2025", RECRUITMENT, ONCE, ["2025-10-09"]),
    ("Từ ngày 1.11 - 10.12.2025", RECRUITMENT, ONCE, ["2025-12-10"]),
    ("Từ ngày 5 - 24.1.2026", RECRUITMENT, ONCE, ["2026-01-24"]),
    ("Trước ngày 7.2.2026", RECRUITMENT, ONCE, ["2026-02-06"]),
    # Luật Nghĩa vụ quân sự (khoản 4 Điều 40, sửa đổi 2025) as quoted at giadinh.
    # suckhoedoisong.vn/danh-muc-10-loai-benh-mien-dang-ky-nghia-vu-quan-su-2026-khong-nhan-
    # vao-quan-thuong-truc-172250923164302632.htm: a yearly span, due at its end each year.
    (
        "Từ ngày 01 tháng 11 đến hết ngày 31 tháng 12 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-12-31", "2026-12-31"],
    ),
    ("Từ ngày 1/11/2025 đến hết ngày 31/12/2025", RECRUITMENT, ONCE, ["2025-12-31"]),
    # Hướng dẫn số 6544/HD-BQP and Kế hoạch 273/KH-UBND (Hà Nội), Kế hoạch 64/KH-UBND (Hưng
    # Yên), at giadinh.suckhoedoisong.vn/chi-tiet-lich-di-nghia-vu-quan-su-nam-2026-tai-cac-
    # tinh-thanh-tren-ca-nuoc-172260227143330509.htm. A time of day falls on its date.
    ("Từ ngày 4/3 đến hết ngày 6/3/2026", RECRUITMENT, ONCE, ["2026-03-06"]),
    ("8h ngày 4/3/2026", RECRUITMENT, ONCE, ["2026-03-04"]),
    ("Từ ngày 3/3/2026 - 5/3/2026", RECRUITMENT, ONCE, ["2026-03-05"]),
    # Bộ Quốc phòng, at vietnamnet.vn/bo-quoc-phong-to-chuc-le-giao-nhan-quan-tren-ca-nuoc-
    # tu-ngay-4-5-3-2493940.html; the year is the plan's.
    ("Từ ngày 4-5/3", RECRUITMENT, ONCE, ["2026-03-05"]),
]

HEALTH: list[Case] = [
    # Kế hoạch bảo đảm an toàn thực phẩm Tết Đinh Dậu 2017 (Ban Chỉ đạo liên ngành trung
    # ương), at tienphong.vn/xa-hoi/6-doan-kiem-tra-an-toan-thuc-pham-tet-1087004.tpo
    (
        "Từ nay đến hết ngày 25/3/2017",
        Period(date(2016, 12, 1), date(2017, 3, 31)),
        ONCE,
        ["2017-03-25"],
    ),
    # The same for Tết 2025, at kienthuc.net.vn/kinh-doanh/cach-nhan-biet-thuc-pham-ban-
    # nhu-gia-do-ngam-hoa-chat-2069480.html
    (
        "Đến hết ngày 25/3/2025",
        Period(date(2024, 12, 1), date(2025, 3, 31)),
        ONCE,
        ["2025-03-25"],
    ),
    # The same for Tết Tân Mão 2011, at plo.vn/suc-khoe/dinh-duong/lap-12-doan-kiem-tra-an-
    # toan-ve-sinh-thuc-pham-dip-tet-153001.html: a span across the new year.
    (
        "Từ 25/12/2010 - 15/2/2011",
        Period(date(2010, 12, 1), date(2011, 3, 31)),
        ONCE,
        ["2011-02-15"],
    ),
    # Tháng hành động vì an toàn thực phẩm năm 2024, at moitruong.net.vn/an-toan-ve-sinh-
    # thuc-pham-ptag.html ("15-4" is 15 April, as newspapers write it).
    ("Từ ngày 15-4 đến 15-5", YEAR_2024, ONCE, ["2024-05-15"]),
    # Chiến dịch tiêm vắc xin sởi - rubella 2014-2015, at vtv.vn/suc-khoe/dak-lak-mo-dau-
    # chien-dich-tiem-chung-vaccine-soi-rubella-20140915140048894.htm
    (
        "Từ 15/9 đến tháng 2/2015",
        Period(date(2014, 9, 1), date(2015, 2, 28)),
        ONCE,
        ["2015-02-28"],
    ),
    # Its three rounds in huyện Ninh Sơn, at baoninhthuan.com.vn/news/64560p30c88/ninh-son-
    # trien-khai-chien-dich-tiem-vac-xin-soi-rubella-dot-i-nam-20142015.htm
    ("Từ ngày 15 đến 22-10-2014", YEAR_2014_2015, ONCE, ["2014-10-22"]),
    ("Từ ngày 12 đến 19-11-2014", YEAR_2014_2015, ONCE, ["2014-11-19"]),
    ("Từ ngày 12 đến 19-01-2015", YEAR_2014_2015, ONCE, ["2015-01-19"]),
    # Kế hoạch tiêm chủng vắc xin phòng sởi năm 2025 đợt 2 (Bộ Y tế), at baomoi.net.vn/tag/
    # Quyết-định-số-906/QĐ_BYT.epi
    ("Chậm nhất trong ngày 31/3/2025", YEAR_2025, ONCE, ["2025-03-31"]),
]

CHILDREN: list[Case] = [
    # Kế hoạch số 117/KH-UBND ngày 15/5/2025 của UBND tỉnh Ninh Bình (Tháng hành động vì
    # trẻ em), at ninhbinh.gov.vn/van-hoa-xa-hoi/ninh-binh-trien-khai-thang-hanh-dong-vi-
    # tre-em-nam-2025-voi-chu-de-uu-tien-nguon-luc-hoan-thanh--352368
    ("Từ ngày 01/6/2025 đến hết ngày 30/6/2025", YEAR_2025, ONCE, ["2025-06-30"]),
    # Kế hoạch Tháng hành động vì trẻ em năm 2022 của UBND TP.HCM, at vpub.hochiminhcity.
    # gov.vn/portal/pages/2022-5-23/Trien-khai-Thang-hanh-dong-vi-tre-em-nam-2022-
    # trenr4bxugvqgbzb.aspx
    ("Từ tháng 6 đến tháng 12/2022", YEAR_2022, ONCE, ["2022-12-31"]),
    ("Từ ngày 1 đến ngày 30/6/2022", YEAR_2022, ONCE, ["2022-06-30"]),
    # ttcsskss.khanhhoa.gov.vn/chi-tiet-tin-tuc/id/9696 (its title)
    ("1/6/2025-30/6/2025", YEAR_2025, ONCE, ["2025-06-30"]),
    # Kế hoạch Tháng hành động vì trẻ em năm 2025 của UBND TP Hà Nội, at baomoi.com/ha-noi-
    # uu-tien-nguon-luc-hanh-dong-vi-tre-em-c51852993.epi
    ("Từ ngày 1-30/6", YEAR_2025, ONCE, ["2025-06-30"]),
]

# Khung kế hoạch thời gian năm học 2025-2026 (Bộ Giáo dục và Đào tạo, 11/8/2025), as three
# pages write it.
SCHOOL_YEAR = Period(date(2025, 8, 1), date(2026, 7, 31))

EDUCATION: list[Case] = [
    # vietbao.vn/ca-nuoc-to-chuc-khai-giang-vao-ngay-5-9-tuu-truong-som-nhat-tu-22-8-
    # 555490.html
    ("Vào ngày 5 tháng 9 năm 2025", SCHOOL_YEAR, ONCE, ["2025-09-05"]),
    ("Trước ngày 18/1/2026", SCHOOL_YEAR, ONCE, ["2026-01-17"]),
    ("Trước ngày 31/5/2026", SCHOOL_YEAR, ONCE, ["2026-05-30"]),
    ("Trước ngày 30/6/2026", SCHOOL_YEAR, ONCE, ["2026-06-29"]),
    # baogialai.com.vn/cac-lop-1-9-va-12-tuu-truong-som-nhat-truoc-2-tuan-so-voi-ngay-khai-
    # giang-post563353.html
    ("Vào ngày 5-9-2025", SCHOOL_YEAR, ONCE, ["2025-09-05"]),
    ("Trước ngày 18-1-2026", SCHOOL_YEAR, ONCE, ["2026-01-17"]),
    ("Trước ngày 31-5-2026", SCHOOL_YEAR, ONCE, ["2026-05-30"]),
    ("Trước 30-6-2026", SCHOOL_YEAR, ONCE, ["2026-06-29"]),
    ("Trước 31-7-2026", SCHOOL_YEAR, ONCE, ["2026-07-30"]),
    # sggp.org.vn/tphcm-hoc-sinh-lop-1-9-va-12-tuu-truong-som-tu-ngay-20-8-post808327.html
    ("Vào ngày 25-8-2025", SCHOOL_YEAR, ONCE, ["2025-08-25"]),
    # An earlier framework of the school year, at beta.la34.com.vn/hoc-sinh-tuu-truong-som-
    # nhat-vao-1-8-30798.html, read in the same school year (it names no year).
    ("Vào ngày 1-8 hàng năm", SCHOOL_YEAR, RECURRING, ["2025-08-01"]),
    ("Vào ngày 5-9 hàng năm", SCHOOL_YEAR, RECURRING, ["2025-09-05"]),
    ("Trước ngày 31-5", SCHOOL_YEAR, ONCE, ["2026-05-30"]),
    ("Trước ngày 15-6", SCHOOL_YEAR, ONCE, ["2026-06-14"]),
    ("Trước ngày 31-7", SCHOOL_YEAR, ONCE, ["2026-07-30"]),
    # Tuyển sinh lớp 10 năm học 2025-2026, at dulich.thethaovanhoa.vn/lop-10.html
    ("Từ ngày 22 - 24/5/2025", YEAR_2025, ONCE, ["2025-05-24"]),
    ("Trong khoảng thời gian từ ngày 1 - 9/6/2025", YEAR_2025, ONCE, ["2025-06-09"]),
    ("Vào tháng 7/2025", YEAR_2025, ONCE, ["2025-07-31"]),
    ("Muộn nhất vào ngày 9/6/2025", YEAR_2025, ONCE, ["2025-06-09"]),
    ("Trong tháng 6", YEAR_2025, ONCE, ["2025-06-30"]),
    # Sở GD&ĐT Hà Nội (2017), at tamlongvang.laodong.com.vn/thoi-su-xa-hoi/ha-noi-cong-bo-
    # diem-chuan-vao-lop-10-thpt-chuyen-676836.bld (its "28.6-2017" mixes separators).
    ("Từ ngày 26 đến ngày 28.6-2017", YEAR_2017, ONCE, ["2017-06-28"]),
    # Sở GD&ĐT Quảng Trị (10/2020), at tinhuyquangtri.vn/Article/ViewList.aspx?mid=2560&
    # pageid=420&pagenumber=317
    ("Đến ngày 10/10/2020", YEAR_2020, ONCE, ["2020-10-10"]),
]

# --- Communes, districts and their councils: receiving citizens, supervision, campaigns.

CITIZENS_AND_COUNCILS: list[Case] = [
    # Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Tây Sơn (Gia Lai), tháng 7 đến tháng 12
    # năm 2025, at tayson.gialai.gov.vn/danh-muc-phai-tren/lich-tiep-cong-dan; its own
    # table lists the same Thursdays.
    (
        "Vào thứ 5 hàng tuần",
        H2_2025,
        RECURRING,
        _every(3, H2_2025),
    ),
    # Thông báo lịch tiếp công dân của UBND xã Tân Đoàn (Lạng Sơn) năm 2026, at
    # tandoan.langson.gov.vn/tin-tuc-su-kien/thong-bao-lich-tiep-cong-dan-cua-ubnd-xa-tan-
    # doan-nam-2026.html
    ("Vào ngày thứ Tư hằng tuần", YEAR_2026, RECURRING, _every(2, YEAR_2026)),
    # Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện Ngân Sơn (Bắc Kạn), 2021, at
    # nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1330
    ("Vào ngày 20 hàng tháng", YEAR_2021, RECURRING, _monthly(2021, 20)),
    ("Trước ngày 15 hàng tháng", YEAR_2021, RECURRING, _monthly(2021, 14)),
    # Thông báo lịch tiếp công dân của Chủ tịch UBND huyện Ngân Sơn năm 2021, at
    # nganson.backan.gov.vn/index.php?com=tintuc_ct&id_news=1331
    ("Vào ngày 15 và 25 hàng tháng", YEAR_2021, RECURRING, _monthly(2021, 15, 25)),
    ("Trước ngày 10 và 20 hàng tháng", YEAR_2021, RECURRING, _monthly(2021, 9, 19)),
    # Chương trình giám sát năm 2022 của các Ban HĐND huyện Châu Phú (An Giang), at
    # vpddbqh-hdnd.angiang.gov.vn (chi-tiet-tin-bai ef7208f2-3434-4421-9eaa-9b5601b92b87).
    # "Before the mid-year session" names an event, not its date.
    ("Dự kiến tháng 5/2022", YEAR_2022, ONCE, ["2022-05-31"]),
    ("Dự kiến tháng 10/2022", YEAR_2022, ONCE, ["2022-10-31"]),
    ("Trước kỳ họp giữa năm 2022", YEAR_2022, UNKNOWN, []),
    # Chương trình giám sát của HĐND phường Quảng Phú (Đà Nẵng), 2025, at baodanang.vn/
    # hdnd-cap-xa-lua-chon-noi-dung-giam-sat-sau-sap-xep-don-vi-hanh-chinh-3300104.html
    ("Dự kiến trong quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    # Quy chế hoạt động của Tổ đại biểu HĐND (Lào Cai), at stc.laocai.gov.vn/SiteFolders/
    # HDND/HTML/KyYeuKyVII/files/basic-html/page935.html: counted from an undated session.
    (
        "Chậm nhất 03 ngày sau khi kết thúc kỳ họp cuối năm trước",
        YEAR_2025,
        UNKNOWN,
        [],
    ),
    # Chương trình công tác năm 2026 của HĐND xã Thanh Oai (Hà Nội), at dbndhanoi.gov.vn/
    # bai-viet/hdnd-xa-thanh-oai-ban-hanh-chuong-trinh-cong-tac-nam-2026-tap-trung-to-
    # chuc-bau-cu-va-nang-cao-hieu-qua-giam-sat
    ("Vào ngày 15/3/2026", YEAR_2026, ONCE, ["2026-03-15"]),
    # Kỳ họp thứ 6, Quốc hội khóa XV (2023), at hanoionline.vn/amp/ky-hop-thu-6-se-cho-y-
    # kien-8-du-an-luat-198671.htm
    ("Từ ngày 23/10 đến 29/11", YEAR_2023, ONCE, ["2023-11-29"]),
    # Kết luận cuộc họp Ban quản lý xây dựng nông thôn mới xã Hòa Tiến (Đà Nẵng), 3/2020, at
    # hoatien.danang.gov.vn/web/guest/chi-tiet?id=3996&_c=101: "in the morning of" a date.
    ("Chậm nhất vào sáng ngày 30/3/2020", YEAR_2020, ONCE, ["2020-03-30"]),
]

GOVERNMENT_AND_PROVINCES: list[Case] = [
    # Thông báo số 56/TB-VPCP ngày 23/02/2025 (chuyển đổi số và Đề án 06), at kkt-kontum.
    # com/chuyen-doi-so/...-Chu-de-chuyen-doi-so-nam-2025-1902
    ("Trong tháng 02 năm 2025", YEAR_2025, ONCE, ["2025-02-28"]),
    # Phó Thủ tướng làm việc với Bộ Nội vụ (4/12/2025), at cafef.vn/hoan-thanh-sap-xep-
    # truong-hoc-tram-y-te-cap-xa-truoc-31-12-lay-y-kien-rong-rai-du-thao-nghi-dinh-danh-
    # gia-xep-loai-can-bo-cong-chuc-18825120616493602.chn. Two months joined: a milestone
    # at each, as "Tháng 7 và 8 năm 2025" reads.
    ("Từ nay đến hết tháng 12/2025", YEAR_2025, ONCE, ["2025-12-31"]),
    ("Trong tháng 10 và 11/2025", YEAR_2025, MILESTONES, ["2025-10-31", "2025-11-30"]),
    # Bộ Nội vụ on arranging villages and residential groups, at daidoanket.vn/tag/sap-xep-
    # bo-may-2
    ("Vào tháng 5/2026", YEAR_2026, ONCE, ["2026-05-31"]),
    # Xóa nhà tạm, nhà dột nát (2025), at vietnamplus.vn/34-dia-phuong-tren-ca-nuoc-co-ban-
    # hoan-thanh-muc-tieu-xoa-nha-tam-nha-dot-nat-post1056641.vnp
    ("Đến hết ngày 17/8", YEAR_2025, ONCE, ["2025-08-17"]),
    # Kế hoạch tổng thể dự án Cơ sở dữ liệu quốc gia về dân cư (Bộ Công an, 2020), at
    # doanhnghieptiepthi.vn/khan-truong-thu-thap-du-lieu-dan-cu-1612072.htm
    (
        "Trước ngày 1-12-2020",
        Period(date(2020, 3, 11), date(2021, 4, 30)),
        ONCE,
        ["2020-11-30"],
    ),
    (
        "Trước ngày 30-4-2021",
        Period(date(2020, 3, 11), date(2021, 4, 30)),
        ONCE,
        ["2021-04-29"],
    ),
    ("Trong năm 2020", Period(date(2020, 3, 11), date(2021, 4, 30)), ONCE, ["2020-12-31"]),
    # Nông thôn mới in Tuyên Quang (2018), at hdndtuyenquang.gov.vn/tin-hoat-dong/trang-
    # 397.html
    ("Trong quý I-2018", YEAR_2018, ONCE, ["2018-03-31"]),
    # Nông thôn mới nâng cao huyện Đức Thọ (Hà Tĩnh, 2024), at xaydungtoday.vn/chuyen-muc/
    # doi-song-xa-hoi/page/75
    ("Cuối năm 2024", YEAR_2024, ONCE, ["2024-12-31"]),
    ("Trong năm 2024", YEAR_2024, ONCE, ["2024-12-31"]),
    # Nông thôn mới xã Chánh Hội (Vĩnh Long, 2014), at thvl.vn/thoi-su-thvl/tin-dia-phuong/
    # chanh-hoi-phan-dau-hoan-thanh-them-5-tieu-chi-trong-nam-2014/
    ("Vào năm 2015", YEAR_2014_2015, ONCE, ["2015-12-31"]),
    ("Trong năm 2014", YEAR_2014_2015, ONCE, ["2014-12-31"]),
]

THIRD_SET = (
    REPORTS_AND_CENSUS
    + RECRUITMENT_2026
    + HEALTH
    + CHILDREN
    + EDUCATION
    + CITIZENS_AND_COUNCILS
    + GOVERNMENT_AND_PROVINCES
)

# The share read right (see the module docstring): 77 of 89, below issue 14's 95%.
MEASURED_SHARE = 77 / 89


def test_the_third_set_is_big_distinct_and_held_out() -> None:
    assert_big_distinct_and_held_out(THIRD_SET, __file__, at_least=60)


def test_no_third_set_phrase_reads_wrong() -> None:
    assert_none_wrong(THIRD_SET)


def test_the_third_set_reads_at_least_as_right_as_measured() -> None:
    assert_reads_right_at_least(THIRD_SET, MEASURED_SHARE)

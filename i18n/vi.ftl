# Chuỗi văn bản của giao diện mặc định, tiếng Việt.

skip-to-content = Chuyển đến nội dung
nav-label = Các mục chính
nav-all-sections = Tất cả { $count } mục chính
language-switcher-label = Ngôn ngữ
language-missing = Trang này chưa có bản { $language }. Liên kết sẽ mở trang chủ bản { $language }.
translation-missing = Trang này chưa có bản dịch sang { $languages }.
breadcrumbs-label = Vị trí của bạn
menu = Danh mục
section-nav-label = Các trang trong mục này
see-also-title = Xem thêm
section-more-title = Các trang khác trong mục này
section-nav-all = Tất cả { $count } trang của mục này
printed-from = In từ
toc-title = Trong trang này
terms-title = Phân loại
related-title = Hướng dẫn liên quan
backlinks-title = Các trang dẫn đến đây
prev-next-label = Trang trước và trang sau
previous = Trang trước:
next = Trang sau:
published-on = Đăng
updated-on = Cập nhật
draft-badge = Bản nháp
home-sections-title = Các mục của cơ sở tri thức
section-pages-title = { $count } trang trong mục này
pages-count = { $count } trang
not-found-title = Không tìm thấy trang
not-found-text = Không tìm thấy trang bạn yêu cầu. Trang có thể đã được chuyển sang địa chỉ khác hoặc địa chỉ đã nhập không đúng.
go-home = Về trang chủ
choose-language = Chọn ngôn ngữ
footer-offline = Sử dụng được khi không có kết nối mạng: có thể mở trang web trực tiếp từ thư mục và chức năng tìm kiếm vẫn hoạt động.

alert-note = Lưu ý
alert-tip = Gợi ý
alert-important = Quan trọng
alert-warning = Cảnh báo
alert-caution = Thận trọng
alert-editor = Ghi chú biên tập

search-label = Tìm kiếm
search-placeholder = Tìm trong cơ sở tri thức
search-no-results = Không có trang nào khớp với từ khóa tìm kiếm.
search-results-count = { $count } kết quả
search-all-languages = Tìm trong mọi ngôn ngữ
search-this-language = Chỉ tìm các trang tiếng Việt
search-page-title = Tìm kiếm
search-loading = Đang tìm…
search-result-in = dưới tiêu đề “{ $heading }”
search-needs-javascript = Tính năng tìm kiếm cần JavaScript. Vui lòng bật JavaScript trong trình duyệt.
search-showing-for = Đang hiển thị kết quả cho “{ $query }”.
search-instead = Tìm đúng từ khóa đã nhập: “{ $query }”
search-partial = Không có trang nào chứa tất cả các từ đã nhập. Đang hiển thị các trang có “{ $query }”.
search-also = Hiển thị thêm các trang về “{ $query }”.
search-error = Không thể tìm kiếm: không tải được chỉ mục tìm kiếm.

month-1 = tháng 01
month-2 = tháng 02
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
# Nghị định 30/2020/NĐ-CP: ngày và tháng dưới 10 (tháng 1, 2) viết thêm số 0.
date-long = ngày { $day2 } { $month } năm { $year }

# Bản in (mỗi mục một trang, để in hoặc lưu thành PDF) và tệp README.txt ở
# đầu trang web đã tạo và tệp .zip của nó.
print-section = In mục này
print-book-label = Bản in
print-book-back = ← Quay lại mục này
print-book-hint = Trang này gộp toàn bộ các trang của mục theo thứ tự để tiện in. Bấm nút bên dưới hoặc dùng lệnh In của trình duyệt (Ctrl+P); chọn “Lưu dưới dạng PDF” để tạo tệp PDF.
print-book-print = In hoặc lưu thành PDF
print-book-contents = Mục lục
print-book-edition = Phiên bản
readme-edition = Phiên bản { $date }
readme-open = Để đọc, hãy mở thư mục này và nhấp đúp vào tệp index.html: trang web sẽ mở trong trình duyệt, không cần kết nối Internet và không cần cài đặt gì.
readme-server = Để đưa lên mạng nội bộ, hãy sao chép toàn bộ thư mục lên bất kỳ máy chủ web tĩnh nào (Apache, nginx, IIS hoặc tương tự), ở bất kỳ địa chỉ hay thư mục con nào; không cần cấu hình gì thêm.
readme-404 = Tùy chọn: để người đọc gõ nhầm địa chỉ vẫn được dẫn về trang chủ, hãy cấu hình máy chủ hiển thị tệp 404.html cho mọi địa chỉ không tồn tại (thay /kb/ bằng thư mục chứa trang web): nginx: error_page 404 /kb/404.html; · Apache: ErrorDocument 404 /kb/404.html · IIS (web.config): <httpErrors errorMode="Custom"><remove statusCode="404"/><error statusCode="404" path="/kb/404.html" responseMode="ExecuteURL"/></httpErrors>
readme-search = Chức năng tìm kiếm hoạt động không cần mạng, bằng mọi ngôn ngữ, kể cả khi mở trang web trực tiếp từ thư mục hoặc từ USB.
readme-print = Để in cả một mục hoặc lưu thành PDF, hãy mở trang của mục đó và chọn “In mục này”.

# Phần đầu trang (front matter: đoạn YAML giữa hai dòng `---` ở đầu trang), các
# lỗi của bộ đọc YAML, và các kiểm tra trên nội dung trang.

fm-missing = thiếu phần đầu trang (front matter)
fm-missing-hint = bắt đầu tệp bằng một dòng `---`, rồi `title: ...`, rồi một dòng `---` để đóng lại
fm-not-closed = phần đầu trang (front matter) chưa được đóng
fm-not-closed-hint = thêm một dòng `---` sau trường cuối cùng của phần đầu trang
fm-terms-not-list = '{ $key }' phải là một danh sách thuật ngữ
fm-terms-not-list-hint = viết theo dạng { $key }: [thuat-ngu-mot, thuat-ngu-hai]
fm-term-no-letter = thuật ngữ '{ $term }' của { $key } không có chữ cái hay chữ số nào để tạo địa chỉ URL
fm-unknown-term = thuật ngữ '{ $term }' của { $key } chưa được khai báo
fm-unknown-term-suggest = có phải ý bạn là '{ $suggestion }'? Các thuật ngữ được khai báo trong mục taxonomies của sala.yaml
fm-unknown-term-hint = khai báo thuật ngữ này trong phân loại tương ứng ở sala.yaml
fm-unknown-field = trường '{ $key }' không có trong danh sách trường
fm-known-fields = các trường hợp lệ: { $fields }
fm-missing-title = thiếu tiêu đề
fm-missing-title-hint = thêm `title: ...` vào phần đầu trang
fm-date-no-such-day = ngày '{ $value }' không hợp lệ: lịch không có ngày này
fm-date-not-a-date = ngày '{ $value }' không hợp lệ: hãy viết theo dạng YYYY-MM-DD
fm-date-hint = viết ngày theo thứ tự năm-tháng-ngày, ví dụ date: 2026-11-24
fm-number-hint = dùng một số nguyên nhỏ, ví dụ weight: 10
fm-yaml-hint = phần đầu trang viết bằng YAML: mỗi dòng một cặp `key: value`, danh sách viết dạng [a, b]
fm-colon-hint = đặt trong dấu ngoặc kép giá trị nào có dấu hai chấm: title: "Phần 1: Cơ bản"
fm-tab = dòng { $line } bắt đầu bằng ký tự tab: hãy thụt lề bằng dấu cách
fm-tab-hint = YAML chỉ thụt lề bằng dấu cách: thay ký tự tab bằng hai dấu cách
fm-twice = '{ $key }' được khai báo hai lần
fm-twice-hint = chỉ giữ lại một trong hai dòng

# Dùng chung cho phần đầu trang và sala.yaml.
did-you-mean = có phải ý bạn là '{ $suggestion }'?
term-no-letter-hint = đặt tên thuật ngữ bằng chữ cái hoặc chữ số, ví dụ risk-management

yaml-too-large = số { $number } quá lớn: cần một số nguyên không vượt quá 9223372036854775807
yaml-quote-not-closed = giá trị trong dấu ngoặc kép này chưa được đóng
yaml-no-colon = dòng này thiếu dấu ':' giữa tên trường và giá trị
yaml-list-not-closed = danh sách mở bằng '[' này chưa được đóng bằng ']'
yaml-map-not-closed = nhóm giá trị mở bằng '{"{"}' này chưa được đóng bằng '{"}"}'
yaml-bad-character = có một ký tự YAML không đọc được ở đây (ký tự tab? YAML chỉ thụt lề bằng dấu cách)
yaml-indentation = dòng này không khớp với các dòng phía trên: hãy kiểm tra thụt lề và dấu ':'
yaml-too-deep = danh sách hoặc nhóm giá trị lồng nhau quá { $levels } cấp

lint-empty-description = phần mô tả (description) đang để trống
lint-empty-description-hint = viết một câu nói trang này mang lại gì cho người đọc (kết quả tìm kiếm và bản xem trước liên kết sẽ hiển thị câu này), hoặc xóa dòng đó
lint-future-date = { $key }: ngày { $date } nằm ở tương lai
lint-future-date-hint = kiểm tra lại năm và tháng; gói ngoại tuyến và bản in được ghi ngày theo ngày mới nhất
lint-unclosed-fence = khối mã này không bao giờ được đóng: phần còn lại của trang sẽ hiển thị như mã
lint-unclosed-fence-hint = đóng khối bằng một dòng rào giống như dòng mở (```), hoặc xóa dòng rào

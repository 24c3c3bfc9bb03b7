# Phần khai báo đầu trang (front matter: đoạn YAML giữa hai dòng `---` ở đầu trang), các
# lỗi của bộ đọc YAML, và các kiểm tra trên nội dung trang.

fm-missing = thiếu phần khai báo đầu trang (front matter)
fm-missing-hint = hãy bắt đầu tệp bằng một dòng `---`, tiếp theo là `title: ...`, rồi một dòng `---` để đóng lại
fm-not-closed = phần khai báo đầu trang (front matter) chưa được đóng
fm-not-closed-hint = hãy thêm một dòng `---` sau trường cuối cùng của phần khai báo đầu trang
fm-terms-not-list = '{ $key }' phải là một danh sách giá trị phân loại
fm-terms-not-list-hint = hãy viết theo dạng { $key }: [gia-tri-mot, gia-tri-hai]
fm-term-no-letter = giá trị phân loại '{ $term }' trong { $key } không có chữ cái hay chữ số nào để tạo địa chỉ URL
fm-unknown-term = giá trị phân loại '{ $term }' trong { $key } chưa được khai báo
fm-unknown-term-suggest = có phải ý bạn là '{ $suggestion }'? Các giá trị phân loại được khai báo dưới taxonomies trong sala.yaml
fm-unknown-term-hint = hãy khai báo giá trị này dưới phân loại tương ứng trong sala.yaml
fm-unknown-field = không nhận ra trường '{ $key }'
fm-known-fields = các trường có thể dùng: { $fields }
fm-missing-title = thiếu tiêu đề
fm-missing-title-hint = hãy thêm `title: ...` vào phần khai báo đầu trang
fm-date-no-such-day = ngày '{ $value }' không hợp lệ: lịch không có ngày này
fm-date-not-a-date = ngày '{ $value }' không hợp lệ: hãy viết theo dạng YYYY-MM-DD
fm-date-hint = hãy viết ngày theo thứ tự năm-tháng-ngày, ví dụ date: 2026-11-24
fm-number-hint = hãy dùng một số nguyên nhỏ, ví dụ weight: 10
fm-yaml-hint = phần khai báo đầu trang được viết bằng YAML: mỗi dòng một cặp `key: value`, danh sách viết dạng [a, b]
fm-colon-hint = hãy đặt giá trị có dấu hai chấm trong dấu ngoặc kép: title: "Phần 1: Cơ bản"
fm-tab = dòng { $line } bắt đầu bằng dấu tab: hãy thụt lề bằng dấu cách
fm-tab-hint = YAML chỉ thụt lề bằng dấu cách: hãy thay dấu tab bằng hai dấu cách
fm-twice = '{ $key }' được khai báo hai lần
fm-twice-hint = hãy chỉ giữ lại một trong hai dòng

# Dùng chung cho phần khai báo đầu trang và sala.yaml.
did-you-mean = có phải ý bạn là '{ $suggestion }'?
term-no-letter-hint = hãy đặt tên giá trị phân loại bằng chữ cái hoặc chữ số, ví dụ risk-management

yaml-too-large = số { $number } quá lớn: cần một số nguyên không vượt quá 9223372036854775807
yaml-quote-not-closed = giá trị trong dấu ngoặc kép này chưa được đóng
yaml-no-colon = dòng này thiếu dấu ':' giữa tên trường và giá trị
yaml-list-not-closed = danh sách này mở bằng '[' nhưng chưa được đóng bằng ']'
yaml-map-not-closed = nhóm giá trị này mở bằng '{"{"}' nhưng chưa được đóng bằng '{"}"}'
yaml-bad-character = ở đây có một ký tự YAML không đọc được (có phải dấu tab không? YAML chỉ thụt lề bằng dấu cách)
yaml-indentation = dòng này không khớp với các dòng phía trên: hãy kiểm tra thụt lề và dấu ':'
yaml-too-deep = danh sách hoặc nhóm giá trị lồng nhau quá { $levels } cấp

lint-empty-description = phần mô tả (description) đang để trống
lint-empty-description-hint = hãy viết một câu cho biết trang này mang lại gì cho người đọc (câu này hiện trong kết quả tìm kiếm và khi chia sẻ liên kết), hoặc xóa dòng này
lint-future-date = { $key }: { $date } là một ngày trong tương lai
lint-future-date-hint = hãy kiểm tra lại năm và tháng; gói phát hành ngoại tuyến và bản in mang ngày mới nhất
lint-unclosed-fence = khối mã này chưa được đóng: phần còn lại của trang sẽ bị hiển thị như mã
lint-unclosed-fence-hint = hãy đóng khối mã bằng một dòng giống dòng mở (```), hoặc xóa dòng mở đó
lint-unclosed-raw = thẻ <{ $tag }> này chưa được đóng: toàn bộ phần còn lại của trang sẽ bị mất cùng với thẻ này
lint-unclosed-raw-hint = hãy xóa thẻ này, hoặc đóng nó bằng </{ $tag }>
lint-too-deep = các khối hoặc phần tử HTML lồng nhau quá { $levels } cấp
lint-too-deep-hint = hãy giảm bớt số cấp lồng nhau của các trích dẫn, danh sách hoặc phần tử HTML ở đây

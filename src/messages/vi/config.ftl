# sala.yaml, tệp cài đặt ở thư mục gốc của trang web: tệp không đọc được,
# khóa không hợp lệ, và các kiểm tra mà trình đọc YAML không tự làm được.

config-missing-hint = hãy chạy sala trong thư mục gốc của trang web, hoặc chỉ định thư mục đó bằng --root DIR
# Hiển thị trong gợi ý; $yaml là một tệp sala.yaml mẫu, không dịch.
config-example =
    ví dụ:
    { $yaml }
config-empty = sala.yaml đang trống
config-empty-hint = hãy ghi ít nhất tiêu đề trang web, các ngôn ngữ và ngôn ngữ mặc định, { $example }
config-not-a-map = sala.yaml phải ghi các cài đặt thành từng dòng `key: value`, không phải một danh sách hay một giá trị đơn lẻ
config-no-field = sala.yaml thiếu khóa `{ $field }`
config-missing-field = thiếu khóa `{ $field }`
config-unknown-field = không nhận ra khóa `{ $field }`; các khóa hợp lệ: { $keys }
config-unknown-field-one = không nhận ra khóa `{ $field }`; khóa hợp lệ ở đây là `{ $key }`
config-unknown-field-two = không nhận ra khóa `{ $field }`; khóa hợp lệ ở đây là `{ $key }` hoặc `{ $other }`
config-known-keys = các khóa hợp lệ: { $keys }
config-known-keys-suggest = có phải ý bạn là '{ $suggestion }'? Các khóa hợp lệ: { $keys }
config-theme-not-a-name = giao diện (theme) '{ $theme }' không phải là tên một thư mục trong themes/
config-theme-not-a-name-hint = hãy chỉ ghi tên thư mục, ví dụ theme: default (ứng với themes/default)
config-no-languages = chưa khai báo ngôn ngữ nào
config-no-languages-hint = hãy thêm `languages:` với ít nhất một ngôn ngữ gồm `- code: en` và `name: English`
config-language-shared-folder = '{ $code }' là thư mục chứa các tệp dùng chung cho mọi ngôn ngữ, không phải một ngôn ngữ
config-language-shared-folder-hint = hãy dùng mã ngôn ngữ như vi, th, en hoặc pt-BR
config-language-not-a-tag = mã ngôn ngữ '{ $code }' không hợp lệ
config-language-not-a-tag-hint = hãy dùng mã như vi, th, en hoặc pt-BR: mã này được dùng làm tên thư mục và trong địa chỉ URL của ngôn ngữ đó
config-language-twice = ngôn ngữ '{ $code }' được khai báo hai lần
config-language-twice-hint = hãy khai báo mỗi ngôn ngữ chỉ một lần trong `languages:`
config-default-language-undeclared = default_language '{ $code }' không nằm trong các ngôn ngữ đã khai báo
config-use-one-of = hãy dùng một trong các mã sau: { $codes }
config-text-undeclared-language = có tiêu đề hoặc mô tả cho '{ $lang }', một ngôn ngữ chưa được khai báo
config-text-undeclared-language-hint = khóa trong các nhóm giá trị này là mã ngôn ngữ ({ $codes }); giá trị nào có dấu phẩy thì hãy đặt trong dấu ngoặc kép: {"{"}vi: "Cẩm nang (Tokyo, 2016)"{"}"}
config-base-url = base_url '{ $url }' không phải là địa chỉ web
config-base-url-hint = hãy ghi theo dạng https://your.site/path (hoặc bỏ hẳn khóa này nếu trang web được mở qua file:// hay từ USB)
config-label-undeclared-language = phân loại '{ $taxonomy }' có nhãn cho '{ $lang }', một ngôn ngữ chưa được khai báo
config-label-undeclared-language-hint = khóa trong các nhóm giá trị này là mã ngôn ngữ ({ $codes }); nhãn nào có dấu phẩy thì hãy đặt trong dấu ngoặc kép: {"{"}en: "Tokyo, 2016"{"}"}
config-taxonomy-name = tên phân loại '{ $name }' phải viết bằng chữ thường không dấu (ASCII)
config-taxonomy-name-hint = tên này được dùng làm tên trường trong phần khai báo đầu trang và làm một đoạn của địa chỉ URL
config-taxonomy-slug = slug '{ $slug }' của phân loại không phải là một đoạn URL đơn lẻ
config-taxonomy-slug-hint = hãy chỉ dùng chữ thường, chữ số, - và _, ví dụ slug: source-documents
config-term-no-letter = giá trị phân loại '{ $term }' trong { $taxonomy } không có chữ cái hay chữ số nào để tạo địa chỉ URL

# sala.yaml, tệp cài đặt ở thư mục gốc của website: tệp không đọc được,
# khóa không hợp lệ, và các kiểm tra mà trình đọc YAML không tự làm được.

config-missing-hint = hãy chạy sala trong thư mục gốc của website, hoặc thêm --root DIR
# Hiển thị trong gợi ý; $yaml là một tệp sala.yaml mẫu, không dịch.
config-example =
    ví dụ:
    { $yaml }
config-empty = sala.yaml đang trống
config-empty-hint = cần có ít nhất tên website, các ngôn ngữ và ngôn ngữ mặc định, { $example }
config-not-a-map = sala.yaml phải ghi các cài đặt thành từng dòng `key: value`, không phải một danh sách hay một giá trị đơn lẻ
config-no-field = sala.yaml chưa có `{ $field }`
config-missing-field = thiếu khóa `{ $field }`
config-unknown-field = không có khóa `{ $field }`; các khóa hợp lệ: { $keys }
config-unknown-field-one = không có khóa `{ $field }`; khóa hợp lệ duy nhất: `{ $key }`
config-unknown-field-two = không có khóa `{ $field }`; khóa hợp lệ: `{ $key }` hoặc `{ $other }`
config-known-keys = các khóa hợp lệ: { $keys }
config-known-keys-suggest = có phải ý bạn là '{ $suggestion }'? Các khóa hợp lệ: { $keys }
config-theme-not-a-name = giao diện (theme) '{ $theme }' không phải là tên một thư mục trong themes/
config-theme-not-a-name-hint = chỉ ghi tên thư mục, ví dụ theme: default (ứng với themes/default)
config-no-languages = chưa khai báo ngôn ngữ nào
config-no-languages-hint = thêm `languages:` với ít nhất một mục `- code: en` và `name: English`
config-language-shared-folder = '{ $code }' là thư mục chứa các tệp dùng chung cho mọi ngôn ngữ, không phải một ngôn ngữ
config-language-shared-folder-hint = hãy dùng mã ngôn ngữ như vi, th, en hoặc pt-BR
config-language-not-a-tag = mã ngôn ngữ '{ $code }' không phải là một mã ngôn ngữ hợp lệ
config-language-not-a-tag-hint = hãy dùng mã như vi, th, en hoặc pt-BR: mã này đặt tên cho thư mục và địa chỉ URL của ngôn ngữ đó
config-language-twice = ngôn ngữ '{ $code }' được khai báo hai lần
config-language-twice-hint = mỗi ngôn ngữ chỉ giữ một mục trong `languages:`
config-default-language-undeclared = default_language '{ $code }' không nằm trong các ngôn ngữ đã khai báo
config-use-one-of = hãy dùng một trong các mã: { $codes }
config-text-undeclared-language = có tiêu đề hoặc mô tả cho '{ $lang }', nhưng đây không phải là ngôn ngữ đã khai báo
config-text-undeclared-language-hint = khóa của các mục này là mã ngôn ngữ ({ $codes }); giá trị có dấu phẩy thì đặt trong ngoặc kép: {"{"}vi: "Cẩm nang (Tokyo, 2016)"{"}"}
config-base-url = base_url '{ $url }' không phải là địa chỉ web
config-base-url-hint = hãy ghi dạng https://your.site/path (hoặc bỏ dòng này nếu dùng file:// hay phát hành qua USB)
config-label-undeclared-language = phân loại '{ $taxonomy }' có nhãn cho '{ $lang }', nhưng đây không phải là ngôn ngữ đã khai báo
config-label-undeclared-language-hint = khóa của các mục này là mã ngôn ngữ ({ $codes }); nhãn có dấu phẩy thì đặt trong ngoặc kép: {"{"}en: "Tokyo, 2016"{"}"}
config-taxonomy-name = tên phân loại '{ $name }' phải viết bằng chữ ASCII thường
config-taxonomy-name-hint = tên này được dùng làm khóa trong phần đầu trang (front matter) và làm một đoạn của URL
config-taxonomy-slug = slug phân loại '{ $slug }' không phải là một đoạn URL duy nhất
config-taxonomy-slug-hint = chỉ dùng chữ thường, chữ số, - và _, ví dụ slug: source-documents
config-term-no-letter = thuật ngữ '{ $term }' của phân loại '{ $taxonomy }' không có chữ cái hay chữ số nào để tạo URL

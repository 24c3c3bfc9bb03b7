# Xây dựng trang web: thư mục đầu ra do sala quản lý (và khi nào sala từ chối dùng một thư mục),
# đọc các trang và glossary.yaml, mẫu trang bị lỗi, ghi tệp, các tập lệnh của
# chỉ mục tìm kiếm, bản in và gói phát hành ngoại tuyến.

## Thư mục đầu ra.
output-symlink = thư mục đầu ra là một liên kết tượng trưng (symbolic link)
output-symlink-hint = hãy chỉ định thư mục thật mà liên kết trỏ tới, hoặc một thư mục mới
output-root-unreadable = không mở được thư mục gốc của trang web: { $error }
output-cannot-resolve = không xác định được đường dẫn: { $error }
output-is-root = thư mục đầu ra chính là thư mục gốc của trang web: nếu xây dựng vào đó, các tệp nguồn sẽ bị xóa
output-contains-root = thư mục đầu ra chứa thư mục gốc của trang web: nếu xây dựng vào đó, các tệp nguồn sẽ bị xóa
output-own-folder-hint = hãy dùng một thư mục đầu ra riêng, ví dụ --out public
output-inside-sources = thư mục đầu ra nằm bên trong thư mục nguồn { $folder }/
output-inside-sources-hint = hãy dùng thư mục đầu ra nằm ngoài content/, themes/ và i18n/, ví dụ --out public
output-filesystem-root = thư mục đầu ra là thư mục gốc của hệ thống tệp
output-filesystem-root-hint = hãy dùng một thư mục riêng, ví dụ --out public
output-is-file = đầu ra là một tệp, không phải thư mục: nếu xây dựng, tệp đó sẽ bị xóa
output-is-file-hint = hãy chỉ định một thư mục cho trang web, ví dụ --out public
output-dir-hint = hãy đặt `output_dir:` là một thư mục riêng, ví dụ output_dir: public
output-manifest-damaged = tệp { $manifest } trong thư mục đầu ra bị hỏng (không phải văn bản), nên sala không biết mình đã ghi những tệp nào vào đó
output-manifest-damaged-hint = hãy xóa thư mục đầu ra nếu trong đó không có gì cần giữ, hoặc thêm --force để thay thế thư mục cùng toàn bộ nội dung bên trong
output-not-empty = thư mục đầu ra không trống và không do sala tạo ra: nếu xây dựng, mọi thứ trong đó sẽ bị xóa
output-not-empty-hint = hãy chỉ định một thư mục mới hoặc trống bằng --out, hoặc thêm --force để thay thế thư mục này cùng toàn bộ nội dung bên trong
output-foreign-files = thư mục đầu ra có { $count } tệp không do sala ghi: { $files }
output-foreign-files-hint = hãy chuyển các tệp này ra khỏi thư mục đầu ra (mỗi lần xây dựng sẽ thay thế thư mục này), hoặc thêm --force để xóa chúng
output-lock-symlink = tệp khóa của quá trình xây dựng, nằm cạnh thư mục đầu ra, là một liên kết tượng trưng
output-lock-symlink-hint = hãy xóa liên kết này; khi xây dựng, sala sẽ tự tạo tệp khóa
output-lock-cannot-create = không tạo được tệp khóa của quá trình xây dựng: { $error }
output-locked = một tiến trình xây dựng khác của sala đang ghi vào { $path }
output-locked-hint = hãy chờ tiến trình đó xong rồi xây dựng lại
output-cannot-lock = không khóa được: { $error }

## Ghi tệp (lý do của hệ thống đi sau dấu hai chấm).
output-cannot-clear = không dọn sạch được { $path }
output-cannot-create = không tạo được { $path }
output-cannot-write-in = không ghi được vào { $path }
output-cannot-write = không ghi được { $path }
output-cannot-read-path = không đọc được { $path }
output-cannot-write-manifest = không ghi được tệp danh sách đầu ra (manifest)
output-cannot-move-aside = không chuyển tạm { $path } sang chỗ khác được
output-cannot-move-in = không chuyển được trang web mới vào { $path }
output-bookkeeping = lỗi khi lập danh sách các tệp đầu ra
output-written-twice = hai tệp của lần xây dựng này sẽ cùng được ghi vào '{ $path }' (tệp thứ nhất được ghi dưới tên '{ $first }')
output-path-refused = đã từ chối ghi '{ $path }' vì đường dẫn này có thể trỏ ra ngoài thư mục đầu ra: { $why }
output-path-empty = đường dẫn rỗng
output-path-absolute = đây là đường dẫn tuyệt đối
output-path-backslash = đường dẫn có dấu gạch chéo ngược
output-path-colon = đường dẫn có dấu hai chấm
output-path-control = đường dẫn có ký tự điều khiển
output-path-segment = đường dẫn có một đoạn rỗng, `.` hoặc `..`
output-theme-link-refused = { $path }: đã từ chối một liên kết tượng trưng: { $reason } (hãy sao chép tệp vào giao diện thay vì tạo liên kết tới nó)

## Ghi chú cuối mỗi lần xây dựng.
output-note-allow-html = markdown.allow_html đang bật trong sala.yaml: mã HTML và tập lệnh viết trong các trang được giữ nguyên (chỉ dùng khi người viết đáng tin cậy)
output-note-no-feeds = chưa tạo được sitemap.xml và nguồn tin Atom: cần khai báo `base_url:` trong sala.yaml (địa chỉ của trang web)
# Thanh tiến độ: "đang tạo [=====>    ] 120/900 trang".
output-progress-rendering = đang tạo
output-progress-pages = trang

## Đọc các trang: nội dung và URL tạo từ tên của chúng.
output-page-not-utf8-hint = hãy lưu tệp ở dạng UTF-8 trong trình soạn thảo (Tệp > Lưu với bảng mã > UTF-8)
output-slug-no-letter = slug '{ $name }' không có chữ cái hay chữ số nào để tạo địa chỉ URL
output-name-no-letter = tên thư mục hoặc tệp '{ $name }' không có chữ cái hay chữ số nào để tạo địa chỉ URL
output-slug-no-letter-hint = slug là một đoạn URL: gồm chữ cái, chữ số và dấu gạch ngang, ví dụ slug: risks
output-slug-too-long = slug tạo ra một đoạn URL dài { $bytes } byte, vượt quá mức tối đa { $max } byte của một tên tệp
output-name-too-long = tên thư mục hoặc tệp tạo ra một đoạn URL dài { $bytes } byte, vượt quá mức tối đa { $max } byte của một tên tệp
output-slug-too-long-hint = hãy rút ngắn: vài từ là đủ, ví dụ slug: risks

## glossary.yaml
output-glossary-shape-hint = mỗi mục từ gồm: id, page, và cho từng ngôn ngữ {"{"}term, definition, aliases, search{"}"}
output-glossary-bad-id = id '{ $id }' của mục từ không đúng dạng
output-glossary-bad-id-hint = id chỉ gồm chữ thường, chữ số, - và _, ví dụ id: process-manager
output-glossary-unknown-language = mục từ '{ $id }' có ngôn ngữ '{ $lang }' không xác định
output-glossary-undefined = thuật ngữ '{ $id }' chưa được định nghĩa bằng các ngôn ngữ: { $langs }
output-glossary-undefined-hint = hãy thêm thuật ngữ và định nghĩa của nó bằng mọi ngôn ngữ
output-glossary-no-term = mục từ '{ $id }' chưa có khóa `term` cho ngôn ngữ { $lang }
output-glossary-no-term-hint = hãy viết thuật ngữ như người đọc sẽ thấy: { $lang }: {"{"}term: …, definition: …{"}"}
output-glossary-no-page = mục từ '{ $id }' liên kết tới { $files }, nhưng tệp này không tồn tại
output-glossary-no-page-hint = hãy đặt `page:` là đường dẫn một tệp bên trong thư mục của từng ngôn ngữ, ví dụ handbook/risks.md

## Mẫu trang bị lỗi khi tạo trang.
output-template-failed = mẫu trang '{ $name }' bị lỗi khi tạo { $url }: { $error }
output-template-failed-hint = hãy kiểm tra themes/{ $theme }/templates/{ $name }
output-missing-template-hint = hãy thêm themes/{ $theme }/templates/{ $name }, hoặc đổi `template:`
output-template-line-rendering = { $error } (khi tạo { $path })
output-template-line-pages-first = { $error } (ở { $count } trang, trang đầu tiên là { $path })
output-template-line-pages = { $error } (ở { $count } trang)
output-template-line-hint = hãy sửa mẫu trang tại dòng này
output-more-like-it = { $message } (và { $count } trường hợp tương tự)

## Bản in.
output-book-rewrite = bản in: không viết lại được mã HTML: { $error }

## Các tập lệnh tìm kiếm của giao diện và chỉ mục tìm kiếm mà chúng đọc.
output-search-version = tập lệnh này đọc chỉ mục tìm kiếm phiên bản { $version }, còn phiên bản sala đang dùng tạo chỉ mục phiên bản { $current }
output-search-no-version = tập lệnh này đọc chỉ mục tìm kiếm kiểu cũ (không khai báo INDEX_VERSION), còn phiên bản sala đang dùng tạo chỉ mục phiên bản { $current }
output-search-garbled = { $problem }: chức năng tìm kiếm có thể vẫn tìm thấy trang nhưng hiển thị đoạn trích bị lộn xộn
output-search-update-hint = hãy cập nhật các tập lệnh tìm kiếm của giao diện này (search.js và mọi tệp search-*.js bên cạnh) bằng các tệp trong thư mục themes/default/static/ đi kèm phiên bản sala này

## Gói phát hành ngoại tuyến (--archive).
output-archive-in-sources = --archive { $path }: thư mục này nằm trong { $folder }/ của trang web nên sẽ bị xuất bản ở lần xây dựng sau; hãy chọn một thư mục nằm ngoài các thư mục nguồn
output-archive-inside = gói phát hành ngoại tuyến { $path } sẽ nằm bên trong chính thư mục được đóng gói ({ $folder })
output-archive-not-ours = { $path } đã tồn tại và không do sala tạo ra: hãy chuyển nó đi nơi khác hoặc đổi tên, rồi xây dựng lại
output-archive-cannot-move = không chuyển được gói phát hành ngoại tuyến tới { $path }
output-archive-comment = không ghi được chú thích của gói phát hành ngoại tuyến

# Dựng website: thư mục đầu ra do sala quản lý (và khi nào sala từ chối dùng một thư mục),
# đọc các trang và glossary.yaml, mẫu trang bị lỗi, ghi tệp, các tệp script của
# chỉ mục tìm kiếm, bản in và gói lưu trữ ngoại tuyến.

## Thư mục đầu ra.
output-symlink = thư mục đầu ra là một liên kết tượng trưng (symbolic link)
output-symlink-hint = hãy chỉ định thư mục thật mà liên kết trỏ tới, hoặc một thư mục mới
output-root-unreadable = không mở được thư mục gốc của website: { $error }
output-cannot-resolve = không xác định được đường dẫn: { $error }
output-is-root = thư mục đầu ra chính là thư mục gốc của website: dựng vào đó sẽ xóa mất tệp nguồn
output-contains-root = thư mục đầu ra chứa thư mục gốc của website: dựng vào đó sẽ xóa mất tệp nguồn
output-own-folder-hint = hãy dùng một thư mục đầu ra riêng, ví dụ --out public
output-inside-sources = thư mục đầu ra nằm bên trong thư mục nguồn { $folder }/
output-inside-sources-hint = hãy dùng thư mục đầu ra nằm ngoài content/, themes/ và i18n/, ví dụ --out public
output-filesystem-root = thư mục đầu ra là thư mục gốc của hệ thống tệp
output-filesystem-root-hint = hãy dùng một thư mục riêng, ví dụ --out public
output-is-file = đầu ra là một tệp, không phải thư mục: dựng website sẽ xóa tệp đó
output-is-file-hint = hãy đặt tên một thư mục cho website, ví dụ --out public
output-dir-hint = hãy đặt `output_dir:` là một thư mục riêng, ví dụ output_dir: public
output-manifest-damaged = tệp { $manifest } trong thư mục đầu ra bị hỏng (không phải văn bản), nên sala không biết mình đã ghi những tệp nào vào đó
output-manifest-damaged-hint = hãy xóa thư mục đầu ra nếu trong đó không có gì cần giữ, hoặc thêm --force để thay thế thư mục cùng toàn bộ nội dung bên trong
output-not-empty = thư mục đầu ra không trống và không do sala tạo ra: dựng website sẽ xóa những gì đang có trong đó
output-not-empty-hint = hãy chỉ định một thư mục mới hoặc trống bằng --out, hoặc thêm --force để thay thế thư mục này cùng toàn bộ nội dung bên trong
output-foreign-files = thư mục đầu ra có { $count } tệp không do sala ghi: { $files }
output-foreign-files-hint = hãy chuyển các tệp này ra khỏi thư mục đầu ra (mỗi lần dựng sẽ thay thế thư mục này), hoặc thêm --force để xóa chúng
output-lock-symlink = tệp khóa bản dựng bên cạnh thư mục đầu ra là một liên kết tượng trưng
output-lock-symlink-hint = hãy xóa liên kết này; khi dựng, sala tự tạo tệp khóa
output-lock-cannot-create = không tạo được tệp khóa bản dựng: { $error }
output-locked = một lần dựng sala khác đang ghi vào { $path }
output-locked-hint = hãy chờ lần dựng đó xong rồi dựng lại
output-cannot-lock = không khóa được: { $error }

## Ghi tệp (lý do của hệ thống đi sau dấu hai chấm).
output-cannot-clear = không dọn được { $path }
output-cannot-create = không tạo được { $path }
output-cannot-write-in = không ghi được vào { $path }
output-cannot-write = không ghi được { $path }
output-cannot-read-path = không đọc được { $path }
output-cannot-write-manifest = không ghi được tệp danh sách đầu ra (manifest)
output-cannot-move-aside = không chuyển tạm { $path } sang chỗ khác được
output-cannot-move-in = không chuyển được website mới vào { $path }
output-bookkeeping = lỗi khi ghi sổ các tệp đầu ra
output-written-twice = hai tệp của lần dựng này cùng được ghi vào '{ $path }' (tệp đầu tiên là '{ $first }')
output-path-refused = đã từ chối ghi '{ $path }' ra ngoài hoặc vòng qua thư mục đầu ra, vì { $why }
output-path-empty = đường dẫn rỗng
output-path-absolute = đây là đường dẫn tuyệt đối
output-path-backslash = đường dẫn có dấu gạch chéo ngược
output-path-colon = đường dẫn có dấu hai chấm
output-path-control = đường dẫn có ký tự điều khiển
output-path-segment = đường dẫn có một đoạn rỗng, `.` hoặc `..`
output-theme-link-refused = { $path }: đã từ chối một liên kết: { $reason } (hãy sao chép tệp vào giao diện thay vì tạo liên kết tới nó)

## Ghi chú cuối mỗi lần dựng.
output-note-allow-html = markdown.allow_html đang bật trong sala.yaml: HTML và script viết trong các trang được giữ nguyên (chỉ dành cho người viết tin cậy)
output-note-no-feeds = không có sitemap.xml và nguồn tin Atom: cần khai báo `base_url:` trong sala.yaml (địa chỉ web của website)
# Thanh tiến độ: "đang dựng [=====>    ] 120/900 trang".
output-progress-rendering = đang dựng
output-progress-pages = trang

## Đọc các trang: nội dung và URL tạo từ tên của chúng.
output-page-not-utf8-hint = hãy lưu tệp ở dạng UTF-8 trong trình soạn thảo (Tệp > Lưu với bảng mã > UTF-8)
output-slug-no-letter = slug '{ $name }' không có chữ cái hay chữ số nào để tạo URL
output-name-no-letter = tên thư mục hoặc tệp '{ $name }' không có chữ cái hay chữ số nào để tạo URL
output-slug-no-letter-hint = slug là một đoạn URL: gồm chữ cái, chữ số và dấu gạch ngang, ví dụ slug: risks
output-slug-too-long = slug tạo ra một đoạn URL dài { $bytes } byte, vượt quá { $max } byte cho phép của một tên tệp
output-name-too-long = tên thư mục hoặc tệp tạo ra một đoạn URL dài { $bytes } byte, vượt quá { $max } byte cho phép của một tên tệp
output-slug-too-long-hint = hãy rút ngắn: vài từ là đủ, ví dụ slug: risks

## glossary.yaml
output-glossary-shape-hint = mỗi mục gồm: id, page, và cho từng ngôn ngữ {"{"}term, definition, aliases{"}"}
output-glossary-bad-id = id '{ $id }' của mục không phải là một định danh đơn giản
output-glossary-bad-id-hint = id chỉ gồm chữ thường, chữ số, - và _, ví dụ id: process-manager
output-glossary-unknown-language = mục '{ $id }' có ngôn ngữ không xác định '{ $lang }'
output-glossary-undefined = thuật ngữ '{ $id }' chưa được định nghĩa trong: { $langs }
output-glossary-undefined-hint = hãy thêm thuật ngữ và định nghĩa của nó cho mọi ngôn ngữ
output-glossary-no-page = mục '{ $id }' liên kết tới { $files }, nhưng tệp này không tồn tại
output-glossary-no-page-hint = hãy đặt `page:` là đường dẫn một tệp bên trong thư mục của từng ngôn ngữ, ví dụ handbook/risks.md

## Mẫu trang bị lỗi khi dựng trang.
output-template-failed = mẫu trang '{ $name }' bị lỗi khi dựng { $url }: { $error }
output-template-failed-hint = hãy kiểm tra themes/{ $theme }/templates/{ $name }
output-missing-template-hint = hãy thêm themes/{ $theme }/templates/{ $name }, hoặc đổi `template:`
output-template-line-rendering = { $error } (khi dựng { $path })
output-template-line-pages-first = { $error } (ở { $count } trang, trang đầu tiên là { $path })
output-template-line-pages = { $error } (ở { $count } trang)
output-template-line-hint = hãy sửa mẫu trang tại dòng này
output-more-like-it = { $message } (và { $count } lỗi tương tự)

## Bản in.
output-book-rewrite = bản in: không chuyển đổi được HTML: { $error }

## Các script tìm kiếm của giao diện và chỉ mục tìm kiếm mà chúng đọc.
output-search-version = script này đọc chỉ mục tìm kiếm phiên bản { $version }; phiên bản sala này ghi phiên bản { $current }
output-search-no-version = script này đọc chỉ mục tìm kiếm kiểu cũ (không ghi INDEX_VERSION); phiên bản sala này ghi phiên bản { $current }
output-search-garbled = { $problem }: tìm kiếm vẫn có thể thấy trang nhưng đoạn trích hiển thị sẽ bị lỗi
output-search-update-hint = hãy cập nhật các script tìm kiếm của giao diện này (search.js và mọi tệp search-*.js bên cạnh nó) từ thư mục themes/default/static/ đi kèm phiên bản sala này

## Gói lưu trữ ngoại tuyến (--archive).
output-archive-in-sources = --archive { $path }: thư mục này nằm trong { $folder }/ của website, lần dựng sau sẽ xuất bản nó; hãy chọn thư mục nằm ngoài các thư mục nguồn
output-archive-inside = gói lưu trữ { $path } sẽ nằm bên trong chính thư mục được đóng gói, { $folder }
output-archive-not-ours = { $path } đã tồn tại và không do sala tạo ra: hãy chuyển đi hoặc đổi tên, rồi dựng lại
output-archive-cannot-move = không chuyển được gói lưu trữ tới { $path }
output-archive-comment = không ghi được chú thích của gói lưu trữ

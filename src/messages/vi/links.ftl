# Liên kết giữa các trang: liên kết và điểm neo hỏng, trang không được trang
# nào liên kết tới, bản dịch (thiếu, cũ, trùng khóa), gợi ý cho liên kết không
# tìm thấy đích, và hai nguồn cùng ghi ra một tệp.

link-broken = liên kết hỏng '{ $href }': { $reason }
link-outside-content = '{ $href }' trỏ ra ngoài thư mục content/
link-no-file = không có tệp content/{ $path }
link-unsafe = đã bỏ liên kết tới địa chỉ dạng '{ $scheme }:' vì nó có thể chạy mã lệnh hoặc mở nội dung nằm ngoài trang web
link-unsafe-hint = liên kết có thể dùng đường dẫn tương đối (tới tệp .md), hoặc dùng http, https, mailto hay tel
link-broken-anchor = điểm neo hỏng '{ $href }': { $page } không có tiêu đề mục nào mang id '{ $anchor }'
link-broken-anchor-hint = có phải ý bạn là '#{ $suggestion }'?
link-no-headings-hint = trang đích không có tiêu đề mục nào
link-headings-hint = id các tiêu đề mục của trang đó: { $anchors }

link-md-extension-hint = hãy liên kết tới tệp nguồn, ghi cả đuôi .md
link-built-address-hint = hãy liên kết tới tệp nguồn của trang, không phải địa chỉ của trang đã xây dựng: '{ $link }'
link-did-you-mean-hint = có phải ý bạn là '{ $link }'?
link-title-matches-hint = có phải ý bạn là '{ $link }'? Tiêu đề của trang đó khớp với '{ $words }'
link-pages-in-folder-hint = các trang trong content/{ $folder }/: { $pages }
link-shared-file-hint = tệp này được dùng chung: hãy liên kết tới nó bằng '{ $link }'
link-file-elsewhere-hint = tệp đang nằm ở content/{ $found }: hãy sao chép nó vào content/{ $missing }, hoặc chuyển nó một lần vào content/{ $shared } rồi liên kết tới nó từ mọi ngôn ngữ bằng '{ $link }'

link-orphan = không có trang nào khác liên kết tới trang này
link-orphan-hint = hãy thêm liên kết tới trang này từ tệp _index.md của mục chứa nó hoặc từ một trang liên quan

link-no-translation = chưa có bản dịch sang: { $languages }
link-no-translation-hint = hãy thêm { $files } (cùng đường dẫn trong thư mục của từng ngôn ngữ)
link-stale-translation = có thể đã lỗi thời: { $other } được cập nhật ngày { $newer }, còn trang này ngày { $mine }
link-stale-translation-hint = hãy cập nhật nội dung, rồi ghi ngày vào `updated:` trong phần khai báo đầu trang (front matter)
link-translation-key-twice = hai trang ngôn ngữ '{ $lang }' dùng chung khóa bản dịch '{ $key }': { $first } và { $second }
link-translation-key-twice-hint = hãy đặt translation_key khác cho một trong hai trang

link-output-taxonomy-list = danh sách của phân loại '{ $taxonomy }'
link-output-term-page = trang của giá trị '{ $term }' thuộc phân loại { $taxonomy }
link-output-print-book = bản in của { $section }
link-output-search-page = trang tìm kiếm
link-output-not-found-page = trang báo không tìm thấy (404)
link-output-atom-feed = nguồn tin Atom
link-output-file = tệp { $path }
link-output-replaces-sala = { $what } sẽ ghi đè lên { $url }, một tệp của riêng sala
link-output-replaces-sala-hint = hãy đổi tên: search/, assets/, index.html, 404.html, sitemap.xml và README.txt ở cấp trên cùng của trang web là của sala
link-output-both-write = { $first } và { $second } cùng ghi ra { $url }
link-output-both-write-hint = hãy đổi tên một trong hai (hoặc đặt `slug:` cho trang, hay `slug:` cho phân loại trong sala.yaml)

# Thư mục content/ nói chung: các thư mục ngôn ngữ, thư mục dùng chung, và
# những tệp không đọc được hoặc không thể coi là trang.

content-no-folder = không có thư mục content/
content-no-folder-hint = hãy tạo content/<ngôn ngữ>/_index.md, hoặc chạy `sala new <ngôn ngữ>/my-page`
content-skipped-link = đã bỏ qua một liên kết tượng trưng (symlink): { $reason }
content-skipped-link-hint = hãy sao chép tệp hoặc thư mục mà liên kết này trỏ tới vào content/, hoặc xóa liên kết đó
content-cannot-read = không đọc được: { $why }
content-not-regular-file = không đọc được: đây không phải là tệp thông thường (mà là FIFO, socket hoặc thiết bị)
content-not-regular-file-hint = hãy thay nó bằng một tệp thông thường, hoặc xóa nó
content-outside-language = tệp nằm ngoài các thư mục ngôn ngữ
content-outside-language-hint = hãy chuyển nó vào content/<ngôn ngữ>/, trong đó <ngôn ngữ> là một trong các mã sau: { $languages }
content-page-in-shared = có một trang nằm trong content/shared/, thư mục dành cho các tệp mà mọi ngôn ngữ dùng chung
content-page-in-shared-hint = hãy đặt trang vào một thư mục ngôn ngữ, ví dụ content/en/
content-unknown-language = không nhận ra ngôn ngữ '{ $lang }'
content-unknown-language-hint = hãy khai báo ngôn ngữ này dưới `languages:` trong sala.yaml, hoặc dùng một trong các mã sau: { $languages }

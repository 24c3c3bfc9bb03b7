# Lời của sala trên dòng lệnh: nhãn của mỗi thông báo lỗi, tiêu đề nhóm, và
# các dòng kết thúc lệnh build, check và `sala new`.

diag-error = lỗi
diag-warning = cảnh báo
diag-hint = gợi ý
diag-group = ── { $kind }: { $n } { $severity ->
        [error] lỗi
       *[warning] cảnh báo
    } ──

kind-config = cấu hình
kind-content = nội dung
kind-front-matter = phần khai báo đầu trang
kind-glossary = bảng thuật ngữ
kind-i18n = chuỗi giao diện
kind-link = liên kết
kind-markdown = Markdown
kind-new = tạo trang
kind-orphan = trang chưa được liên kết tới
kind-output = tệp đầu ra
kind-terminology = thuật ngữ
kind-text = văn bản
kind-theme = giao diện (theme)
kind-write = ghi tệp
kind-translation = bản dịch
kind-stale-translation = bản dịch lỗi thời

cli-build-failed = xây dựng không thành công: { $errors } lỗi; trang web trước đó vẫn được giữ nguyên
cli-checked = đã kiểm tra { $pages } trang: { $errors } lỗi, { $warnings } cảnh báo
cli-built = đã xây dựng { $pages } trang ({ $languages }), { $files } tệp, { $warnings } cảnh báo, trong { $seconds } giây
cli-archive = gói phát hành ngoại tuyến { $path } ({ $files } tệp, { $mb } MB) trong { $seconds } giây
cli-note = lưu ý
cli-open = mở { $path }
cli-created = đã tạo { $path }

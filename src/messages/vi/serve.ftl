# `sala serve`: các dòng trong cửa sổ dòng lệnh và lớp thông báo phủ lên trang trong
# trình duyệt khi một lần lưu khiến việc xây dựng thất bại.

serve-overlay-title = sala: không thể xây dựng lại trang web
serve-overlay-note = Hãy sửa tệp rồi lưu lại: thông báo này sẽ tự biến mất.

serve-built = đã xây dựng xong trong { $ms } ms
serve-serving = đang chạy tại { $address } (nhấn Ctrl-C để dừng)
serve-open-to-network = chạy trên địa chỉ { $bind } sẽ cho phép các máy khác trong mạng mở bản xem trước
serve-took = { $what } trong { $ms } ms
serve-stopped = đã dừng
serve-build-failed = xây dựng không thành công (vẫn hiển thị các trang của lần xây dựng thành công gần nhất)
serve-index-updated = đã cập nhật chỉ mục tìm kiếm trong { $ms } ms
serve-index-not-updated = chưa cập nhật được chỉ mục tìm kiếm: { $why }
serve-books-not-updated = chưa cập nhật được bản in: { $why }
serve-nothing-to-do = không có gì cần làm
serve-re-rendered = đã tạo lại { $pages } trang{ $searched ->
        [yes] , đã cập nhật tìm kiếm
       *[no] {""}
    }
serve-rebuilt = đã xây dựng lại toàn bộ trang web
serve-cannot-open = không mở được { $path }
serve-cannot-listen = không mở được cổng tại { $address }: có chương trình khác đang dùng cổng này không? Hãy thử một cổng khác bằng --port
serve-cannot-start = không khởi động được máy chủ xem trước

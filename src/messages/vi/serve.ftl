# `sala serve`: các dòng trên cửa sổ lệnh và lớp thông báo phủ lên trang trong
# trình duyệt khi một lần lưu làm hỏng bản build.

serve-overlay-title = sala: không thể tạo lại trang web
serve-overlay-note = Hãy sửa tệp rồi lưu lại: thông báo này sẽ tự biến mất.

serve-built = đã tạo xong trong { $ms } ms
serve-serving = đang phục vụ tại { $address } (nhấn Ctrl-C để dừng)
serve-open-to-network = lắng nghe trên { $bind } sẽ mở bản xem trước cho cả mạng
serve-took = { $what } trong { $ms } ms
serve-stopped = đã dừng
serve-build-failed = build không thành công (vẫn phục vụ các trang tốt gần nhất)
serve-index-updated = đã cập nhật chỉ mục tìm kiếm trong { $ms } ms
serve-index-not-updated = chưa cập nhật được chỉ mục tìm kiếm: { $why }
serve-books-not-updated = chưa cập nhật được bản in: { $why }
serve-nothing-to-do = không có gì cần làm
serve-re-rendered = đã tạo lại { $pages } trang{ $searched ->
        [yes] , đã cập nhật tìm kiếm
       *[no] {""}
    }
serve-rebuilt = đã tạo lại toàn bộ trang web

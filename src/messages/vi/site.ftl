# Giao diện (theme) và các mẫu trang (themes/<theme>/templates/), cùng các chuỗi
# giao diện của trang web (i18n/<lang>.ftl): tệp không đọc được, lỗi cú pháp, khóa còn thiếu.

site-strings-cannot-read = không đọc được các chuỗi giao diện: { $reason }
site-strings-cannot-read-hint = hãy tạo tệp này; trong khi chưa có, các trang bằng ngôn ngữ '{ $lang }' sẽ dùng chuỗi giao diện của ngôn ngữ mặc định
site-fluent-syntax = lỗi cú pháp Fluent: { $error }
site-fluent-syntax-hint = hãy xem cú pháp tại https://projectfluent.org/fluent/guide/
site-message-twice = chuỗi '{ $id }' được khai báo hai lần
site-message-twice-hint = hãy xóa hoặc đổi tên một trong hai chỗ khai báo
site-missing-key = ngôn ngữ '{ $lang }' thiếu chuỗi '{ $key }'
site-missing-key-hint = hãy thêm `{ $key } = ...`; trong khi chưa có, trang web sẽ hiển thị chuỗi của ngôn ngữ '{ $default }'
site-missing-key-used-hint = hãy thêm `{ $key } = ...`; chuỗi của ngôn ngữ mặc định đã được dùng thay
site-undefined-reference = chuỗi '{ $id }' tham chiếu tới '{ $other }', nhưng tệp này không khai báo '{ $other }'
site-undefined-reference-hint = hãy khai báo `{ $other } = ...` trong tệp này, hoặc viết thẳng nội dung vào
site-reference-cycle = các chuỗi { $names } tham chiếu lẫn nhau thành vòng, nên không chuỗi nào hiển thị được
site-reference-cycle-hint = hãy viết thẳng nội dung vào một trong số đó

site-theme-no-templates = giao diện (theme) '{ $theme }' không có thư mục templates
site-theme-no-templates-hint = hãy đặt `theme:` trong sala.yaml là tên một thư mục trong themes/ (giao diện đi kèm sala là `default`)
site-include-loop = các mẫu trang nhúng (include) lẫn nhau thành vòng: { $chain }
site-include-loop-hint = hãy bỏ lệnh `include` dẫn ngược về một mẫu trang đã có trong chuỗi nhúng
site-tag-not-closed = `{"{"}% { $tag } %{"}"}` chưa được đóng
site-tag-not-closed-hint = hãy thêm `{"{"}% end{ $tag } %{"}"}` ở chỗ phần đó kết thúc
site-template-error = lỗi mẫu trang: { $error }
site-template-error-hint = hãy sửa cú pháp mẫu trang (Tera 2: {"{{"} ... {"}}"}, {"{"}% ... %{"}"})
site-missing-template = thiếu mẫu trang '{ $name }'
site-missing-template-hint = mọi giao diện đều cần có: { $names }

# Giao diện (theme) và các mẫu trang (themes/<theme>/templates/), cùng các chuỗi
# giao diện của website (i18n/<lang>.ftl): tệp không đọc được, lỗi cú pháp, khóa còn thiếu.

site-strings-cannot-read = không đọc được các chuỗi giao diện: { $reason }
site-strings-cannot-read-hint = hãy tạo tệp này; trong lúc chưa có, các trang '{ $lang }' dùng chuỗi của ngôn ngữ mặc định
site-fluent-syntax = lỗi cú pháp Fluent: { $error }
site-fluent-syntax-hint = xem cú pháp tại https://projectfluent.org/fluent/guide/
site-message-twice = thông điệp '{ $id }' được định nghĩa hai lần
site-message-twice-hint = hãy xóa hoặc đổi tên một trong hai định nghĩa
site-missing-key = thiếu khóa '{ $key }' trong ngôn ngữ '{ $lang }'
site-missing-key-hint = hãy thêm `{ $key } = ...`; trong lúc chưa có, văn bản của '{ $default }' sẽ được hiển thị
site-missing-key-used-hint = hãy thêm `{ $key } = ...`; văn bản của ngôn ngữ mặc định đã được dùng thay
site-undefined-reference = thông điệp '{ $id }' tham chiếu tới '{ $other }', nhưng tệp này không định nghĩa '{ $other }'
site-undefined-reference-hint = hãy định nghĩa `{ $other } = ...` trong tệp này, hoặc viết thẳng nội dung vào
site-reference-cycle = các thông điệp { $names } tham chiếu lẫn nhau thành vòng, nên không thông điệp nào hiển thị được
site-reference-cycle-hint = hãy viết thẳng nội dung vào một trong số đó

site-theme-no-templates = giao diện (theme) '{ $theme }' không có thư mục templates
site-theme-no-templates-hint = đặt `theme:` trong sala.yaml là một thư mục trong themes/ (giao diện có sẵn là `default`)
site-include-loop = các mẫu trang include lẫn nhau thành vòng: { $chain }
site-include-loop-hint = hãy bỏ lệnh include dẫn ngược về một mẫu trang đã có trên đường đi
site-tag-not-closed = `{"{"}% { $tag } %{"}"}` chưa được đóng
site-tag-not-closed-hint = hãy thêm `{"{"}% end{ $tag } %{"}"}` ở chỗ phần đó kết thúc
site-template-error = lỗi mẫu trang: { $error }
site-template-error-hint = hãy sửa cú pháp mẫu trang (Tera 2: {"{{"} ... {"}}"}, {"{"}% ... %{"}"})
site-missing-template = thiếu mẫu trang '{ $name }'
site-missing-template-hint = mọi giao diện đều cần có: { $names }

# `sala new <ngôn ngữ>/<mục>/<tên>`: vì sao không thể tạo trang mới ở đó.

new-usage-hint = hãy viết theo dạng <ngôn ngữ>/<mục>/<tên>, ví dụ vi/handbook/my-page
new-names-a-folder = '{ $path }' là tên một thư mục, không phải một trang
new-no-latin = '{ $name }' không có chữ cái Latinh hay chữ số nào để tạo tên tệp
new-no-latin-hint = hãy đặt tên tệp bằng chữ Latinh và ghi tiêu đề sau --title, ví dụ sala new { $section }/my-page --title "{ $name }"
new-no-language = '{ $path }' không bắt đầu bằng một ngôn ngữ
new-no-language-hint = { new-usage-hint }, trong đó <ngôn ngữ> là một trong các mã sau: { $languages }
new-not-a-page-path = '{ $path }' không phải là đường dẫn của một trang
new-not-a-page-path-hint = { new-usage-hint }; mỗi trang nằm trong một mục (thư mục của mục có tệp _index.md)
new-reserved-name = '{ $name }' là tên dành riêng cho sala (bản in của mỗi mục nằm ở { $name }/)
new-reserved-name-hint = hãy chọn tên khác, ví dụ { $section }/{ $name }-guide
new-exists = trang này đã có
new-exists-hint = hãy chọn tên khác, hoặc sửa trang đã có
new-not-a-section = content/{ $section }/ không phải là một mục: trong đó không có tệp _index.md
new-not-a-section-hint = hãy tạo _index.md của mục trước (có ghi tiêu đề), hoặc đặt trang vào một mục đã có
new-empty-title = tiêu đề đang để trống
new-empty-title-hint = hãy thêm --title "..."

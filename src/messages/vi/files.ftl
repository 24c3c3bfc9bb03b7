# Cửa đọc tệp: lý do sala từ chối đọc một tệp của trang web (không có tệp,
# liên kết trỏ ra ngoài trang web, tên ẩn, tệp quá lớn, không phải văn bản) và cách sửa.

files-cannot-read = không đọc được: { $reason }
files-missing = không có tệp này
files-missing-hint = hãy tạo tệp, hoặc sửa lại đường dẫn
files-permissions-hint = hãy kiểm tra quyền truy cập của tệp
files-hidden-name = '{ $name }' là tên ẩn (sala không bao giờ đọc tệp hay thư mục có tên bắt đầu bằng dấu chấm)
files-hidden-name-hint = hãy đổi tên để bỏ dấu chấm ở đầu, hoặc đưa nó ra khỏi trang web
files-outside-root = đây là liên kết tượng trưng tới { $path }, nằm ngoài trang web
files-link-into-hidden = đây là liên kết tượng trưng vào '{ $name }', một thư mục hay tệp ẩn (.git, .env) mà sala không bao giờ đọc
files-link-hint = hãy sao chép tệp vào trang web thay vì tạo liên kết tượng trưng tới nó
files-link-broken = không lần theo được liên kết tượng trưng ({ $error })
files-link-leaves = liên kết tượng trưng trỏ ra ngoài { $folder }/
files-not-regular = { $path } không phải là tệp thông thường (mà là thư mục, FIFO, socket hoặc thiết bị)
files-not-regular-hint = hãy thay nó bằng một tệp thông thường
files-too-large = tệp có dung lượng { $mb } MB, vượt giới hạn { $limit } MB
files-grew = dung lượng tệp đã tăng vượt giới hạn { $limit } MB trong lúc sala đang đọc
files-too-large-hint = hãy chia nhỏ tệp, hoặc để các tệp tải về có dung lượng lớn ở ngoài trang web
files-not-utf8 = tệp không phải là văn bản UTF-8 hợp lệ
files-not-utf8-hint = hãy lưu tệp ở dạng UTF-8 trong trình soạn thảo
